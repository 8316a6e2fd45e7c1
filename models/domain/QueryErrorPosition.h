#pragma once

#include <QString>

#include <optional>

namespace wsc {

// Where in the SQL a warehouse's error message points, so that the editor can mark it.
struct SqlPosition {
    int line = 1;   // 1-based
    int column = 1; // 1-based
    int length = 0; // characters to mark from there (0: a point)
    friend bool operator==(const SqlPosition &, const SqlPosition &) = default;
};

namespace QueryErrorPosition {

// Reads the position a warehouse names in `message` for the statement that wrapped `sql` (the preview's
// `SELECT * FROM (\n<sql>\n) …`, so the statement's line N is the SQL's line N-1):
//   Snowflake "… line 3 at position 5 …", PostgreSQL/Redshift "LINE 3:" or "at or near "FRM"",
//   SQLite "near "FRM": syntax error", "no such table: x.y", "no such column: z",
//   PostgreSQL "relation "x" does not exist", "column "z" does not exist", Snowflake "invalid identifier
//   'Z'".
// A named token is looked up in `sql` as a whole word (case-insensitive; the last part of a dotted name).
// nullopt when the message says nothing usable or the place is outside `sql`.
std::optional<SqlPosition> locate(const QString &message, const QString &sql);
// A line of the wrapped statement (1-based) as a line of `sql`: the statement puts the SQL, without its
// leading blank lines, on its second line. nullopt outside `sql`.
std::optional<int> modelLine(const QString &sql, int statementLine);

} // namespace QueryErrorPosition

} // namespace wsc

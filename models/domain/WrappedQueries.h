#pragma once

#include "models/domain/SchedulePlanner.h"

#include <QString>

namespace wsc {

// The statements that mParticle builds around a data model's SQL (spec §12.5): the model always runs as a
// sub-query, so a model that cannot be wrapped fails in the console first.
namespace WrappedQueries {

// The model's SQL as it goes inside the parentheses: a trailing `;` (and what follows it, only blanks and
// comments) dropped, as the service does before wrapping (§12.6).
QString innerSql(const QString &modelSql);
// `SELECT * FROM (<model>) AS mp_model LIMIT <limit>`: the rows a preview shows.
QString preview(const QString &modelSql, int limit);
// `SELECT * FROM (<model>) AS mp_model LIMIT 0`: the column set (§12.5's probe).
QString probe(const QString &modelSql);

// The three statements the service runs for one window, as §12.5 prints them (Snowflake dialect, no
// alias on the sub-query), and what the window filter reads.
struct RenderedQueries {
    QString probe;         // SELECT * FROM (<model>) LIMIT 0
    QString count;         // SELECT COUNT(*) FROM (<model>) [WHERE <filter>]
    QString extract;       // SELECT OBJECT_CONSTRUCT_KEEP_NULL(*) FROM (<model>) [WHERE <filter>]
    bool filtered = false; // a WHERE on the iterator applies
    QString windowNote;    // which rows the filter keeps, or why there is none
    friend bool operator==(const RenderedQueries &, const RenderedQueries &) = default;
};

// The statements for `window` of `pipeline`. The filter is inclusive on both ends (§10.6.6); an unbounded
// start gives `<= end` only, an unbounded end `>= start` only. A full sync without from/until has none.
RenderedQueries render(const QString &modelSql, const Pipeline &pipeline, const RunWindow &window);

// The warehouses the console itself can run a count on.
enum class Dialect { Sqlite, Postgres };

// The count of `render`, in a dialect our own drivers execute (with `AS mp_model`, which PostgreSQL
// requires): SQLite as the sandbox runs it (§12.6 step 4: julianday()/date() around ISO text, unix times
// as numbers), PostgreSQL with TIMESTAMPTZ/DATE literals (unix times as numbers).
QString countForPreview(const QString &modelSql, const Pipeline &pipeline, const RunWindow &window,
                        Dialect dialect);

} // namespace WrappedQueries

} // namespace wsc

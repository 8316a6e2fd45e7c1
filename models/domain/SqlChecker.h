#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace wsc {

// A problem in a data model's SQL, at a 1-based line and column (and the UTF-16 range it covers). An
// error is what the service refuses or what cannot run; a warning is our reading of what will likely go
// wrong, and never blocks a save.
struct SqlIssue {
    enum class Severity { Error, Warning };
    int line = 1;
    int column = 1;
    qsizetype offset = 0;
    qsizetype length = 0;
    QString message;
    Severity severity = Severity::Error;
    bool isError() const { return severity == Severity::Error; }
};

// A column of the query's result as far as it can be told from the text.
struct SqlResultColumn {
    QString name;          // the alias or column name; empty for an expression without an alias
    bool quoted = false;   // case is preserved only for quoted names (spec §12.1)
    bool wildcard = false; // `*` or `t.*`
    QString expression;  // the select-list item as written
    int line = 1;
    int column = 1;
    qsizetype offset = 0;
    qsizetype length = 0;
};

struct SqlCheckResult {
    std::vector<SqlIssue> issues;
    std::vector<SqlResultColumn> columns;
    bool hasWildcard = false; // `*` or `t.*`: the real columns are known only to the warehouse
    // No errors (warnings may remain).
    bool ok() const
    {
        return std::none_of(issues.begin(), issues.end(), [](const SqlIssue &i) { return i.isError(); });
    }
};

// The static check of a data model's SQL that the service applies on save (spec §12.3): one statement,
// starting with SELECT, none of the unsupported commands outside strings, quoted identifiers and comments.
// Errors also for what cannot run anywhere: unbalanced parentheses and quotes, an empty select item (a
// trailing comma before FROM). Warnings for what likely goes wrong: no FROM, an expression without an
// alias, two result columns of the same name, more than 100 columns (§14). Also lists the result columns
// of the top-level select list (§12.2).
class SqlChecker {
    Q_DECLARE_TR_FUNCTIONS(wsc::SqlChecker)

public:
    static SqlCheckResult check(QStringView sql);
    // Documented as unsupported (DELETE … WITH), then refused for safety (INSERT … VACUUM).
    static const QStringList &unsupportedCommands();
};

} // namespace wsc

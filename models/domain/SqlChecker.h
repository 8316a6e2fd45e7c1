#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace wsc {

// A problem in a data model's SQL, at a 1-based line and column (and the UTF-16 range it covers).
struct SqlIssue {
    int line = 1;
    int column = 1;
    qsizetype offset = 0;
    qsizetype length = 0;
    QString message;
};

// A column of the query's result as far as it can be told from the text.
struct SqlResultColumn {
    QString name;        // the alias or column name; empty for an expression without an alias
    bool quoted = false; // case is preserved only for quoted names (spec §12.1)
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
    bool ok() const { return issues.empty(); }
};

// The static check of a data model's SQL that the service applies on save (spec §12.3): one statement,
// starting with SELECT, none of the unsupported commands outside strings, quoted identifiers and comments.
// Also lists the result columns of the top-level select list (§12.2).
class SqlChecker {
    Q_DECLARE_TR_FUNCTIONS(wsc::SqlChecker)

public:
    static SqlCheckResult check(QStringView sql);
    // Documented as unsupported (DELETE … WITH), then refused for safety (INSERT … VACUUM).
    static const QStringList &unsupportedCommands();
};

} // namespace wsc

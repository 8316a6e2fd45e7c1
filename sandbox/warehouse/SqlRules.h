#pragma once

#include <QString>
#include <QStringList>

namespace wsc::sandbox {

// The service's static rules for a data model's SQL (spec §12.3) and the rewriting that lets SQLite run
// warehouse-style three-part names (§12.6). Written independently of the console's checker.
namespace SqlRules {

// One message per problem; empty when the query may be saved.
QStringList check(const QString &sql);
// `database.schema.table` → `schema.table` when the first part names the connection's database;
// also drops a trailing semicolon so the query can be wrapped as a sub-query.
QString rewriteForSqlite(const QString &sql, const QString &database);

} // namespace SqlRules

} // namespace wsc::sandbox

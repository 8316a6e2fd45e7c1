#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <sqlite3.h>

namespace wsc::sandbox::SqliteWarehouse {

// How the local warehouses are opened and read (spec §12.6), shared by the runs and the preview.
struct DbCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct StmtFinalizer {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

QString sqliteMessage(sqlite3 *db);
QString quoteIdentifier(const QString &name);
// Opens every <schema>.sqlite of a warehouse directory read-only, main.sqlite as the default schema,
// with `query_only` and an authorizer that allows reading only.
Db openWarehouse(const QString &dir, QString *error);
// A prepared statement of `sql`, or null with SQLite's message in `error`.
Stmt prepare(sqlite3 *db, const QString &sql, QString *error);
// The first part of a three-part name that the connection's database stands for.
QString databaseQualifier(const QJsonObject &connection);
// A result value as JSON: NULL → null, BLOB → base64 text.
QJsonValue columnValue(sqlite3_stmt *stmt, int column);

} // namespace wsc::sandbox::SqliteWarehouse

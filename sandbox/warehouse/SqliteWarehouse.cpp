#include "sandbox/warehouse/SqliteWarehouse_p.h"

#include <QByteArray>
#include <QDir>
#include <QStringList>
#include <QUrl>

namespace wsc::sandbox::SqliteWarehouse {

using namespace Qt::StringLiterals;

namespace {

// Only reading is allowed: SELECT, reads of tables and functions other than load_extension.
int readOnlyAuthorizer(void *, int action, const char *arg1, const char *arg2, const char *, const char *)
{
    Q_UNUSED(arg2);
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ: return SQLITE_OK;
    case SQLITE_FUNCTION: return arg2 && qstricmp(arg2, "load_extension") == 0 ? SQLITE_DENY : SQLITE_OK;
    default: Q_UNUSED(arg1); return SQLITE_DENY;
    }
}

} // namespace

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

QString quoteIdentifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// Opens every <schema>.sqlite of a warehouse directory read-only, main.sqlite as the default schema.
Db openWarehouse(const QString &dir, QString *error)
{
    const QStringList files = QDir(dir).entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = u"No warehouse data found (no *.sqlite in "_s + dir + u")."_s;
        return nullptr;
    }
    sqlite3 *raw = nullptr;
    const QString mainPath = QDir(dir).filePath(u"main.sqlite"_s);
    const QString mainUri =
        files.contains(u"main.sqlite"_s)
            ? u"file:"_s + QString::fromLatin1(QUrl::toPercentEncoding(mainPath, "/")) + u"?mode=ro"_s
            : u"file::memory:"_s;
    const int flags =
        SQLITE_OPEN_URI | (files.contains(u"main.sqlite"_s) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
    if (sqlite3_open_v2(mainUri.toUtf8().constData(), &raw, flags, nullptr) != SQLITE_OK) {
        *error = sqliteMessage(raw);
        sqlite3_close_v2(raw);
        return nullptr;
    }
    Db db(raw);
    for (const QString &file : files) {
        if (file == u"main.sqlite")
            continue;
        const QString schema = file.chopped(7);
        const QString uri = u"file:"_s +
                            QString::fromLatin1(QUrl::toPercentEncoding(QDir(dir).filePath(file), "/")) +
                            u"?mode=ro"_s;
        const QString attach = u"ATTACH DATABASE '"_s + QString(uri).replace(u'\'', u"''"_s) + u"' AS "_s +
                               quoteIdentifier(schema);
        char *message = nullptr;
        if (sqlite3_exec(db.get(), attach.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            *error = QString::fromUtf8(message);
            sqlite3_free(message);
            return nullptr;
        }
    }
    sqlite3_exec(db.get(), "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
    sqlite3_set_authorizer(db.get(), readOnlyAuthorizer, nullptr);
    sqlite3_limit(db.get(), SQLITE_LIMIT_ATTACHED, 0); // nothing more can be attached from a query
    sqlite3_limit(db.get(), SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024); // no zeroblob(1e9)
    return db;
}

Stmt prepare(sqlite3 *db, const QString &sql, QString *error)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &raw, nullptr) != SQLITE_OK) {
        *error = sqliteMessage(db);
        sqlite3_finalize(raw);
        return nullptr;
    }
    return Stmt(raw);
}

QString databaseQualifier(const QJsonObject &connection)
{
    const QJsonObject config = connection.value(u"config"_s).toObject();
    const QString provider = connection.value(u"service_provider"_s).toString();
    if (provider == u"BigQuery")
        return config.value(u"project_id"_s).toString();
    if (provider == u"Databricks")
        return config.value(u"provider"_s).toString();
    return config.value(u"database"_s).toString();
}

QJsonValue columnValue(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER: return QJsonValue(qint64(sqlite3_column_int64(stmt, column)));
    case SQLITE_FLOAT: return sqlite3_column_double(stmt, column);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                                 sqlite3_column_bytes(stmt, column));
    case SQLITE_BLOB:
        return QString::fromLatin1(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, column)),
                                              sqlite3_column_bytes(stmt, column))
                                       .toBase64());
    default: return QJsonValue::Null;
    }
}

} // namespace wsc::sandbox::SqliteWarehouse

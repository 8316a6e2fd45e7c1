// The console's look into a local warehouse: its catalog, and a preview query (capped, read-only, with a
// deadline and a cancel flag), through the same read-only opening as the runs (spec §12.6).
#include "sandbox/warehouse/SqlRules.h"
#include "sandbox/warehouse/SqliteWarehouse_p.h"
#include "sandbox/warehouse/Warehouse.h"

#include <QDeadlineTimer>
#include <QDir>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;
using namespace SqliteWarehouse;

namespace {

// The columns of a table as a query sees them (pragmas are not allowed by the read-only authorizer).
QJsonArray columnsOf(sqlite3 *db, const QString &schema, const QString &table)
{
    QString error;
    const Stmt stmt = prepare(
        db, u"SELECT * FROM "_s + quoteIdentifier(schema) + u'.' + quoteIdentifier(table) + u" LIMIT 0"_s,
        &error);
    QJsonArray columns;
    for (int i = 0; stmt && i < sqlite3_column_count(stmt.get()); ++i) {
        const char *type = sqlite3_column_decltype(stmt.get(), i);
        columns.append(QJsonObject{{u"name"_s, QString::fromUtf8(sqlite3_column_name(stmt.get(), i))},
                                   {u"type"_s, type ? QString::fromUtf8(type) : QString()}});
    }
    return columns;
}

// The schemas of a warehouse directory: one file each, main.sqlite the default one (spec §6.8).
QStringList schemasOf(const QString &dir)
{
    QStringList schemas;
    for (const QString &file : QDir(dir).entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name))
        schemas << file.chopped(7);
    return schemas;
}

// The storage class of a value, for a result column without a declared type (an expression).
QString storageClass(int sqliteType)
{
    switch (sqliteType) {
    case SQLITE_INTEGER: return u"INTEGER"_s;
    case SQLITE_FLOAT: return u"REAL"_s;
    case SQLITE_TEXT: return u"TEXT"_s;
    case SQLITE_BLOB: return u"BLOB"_s;
    default: return {};
    }
}

Warehouse::Preview previewFailure(QString failure, QString message)
{
    Warehouse::Preview preview;
    preview.failure = std::move(failure);
    preview.message = std::move(message);
    return preview;
}

// Interrupts a statement at its deadline or when cancelled, for as long as it lives.
class Watchdog {
public:
    Watchdog(sqlite3 *db, int timeoutMs, const std::atomic_bool *cancel, const std::atomic_bool *closing,
             const std::atomic_bool *stop)
        : m_db(db)
        , m_deadline(timeoutMs)
        , m_cancel(cancel)
        , m_closing(closing)
        , m_stop(stop)
    {
        sqlite3_progress_handler(m_db, 1000, &Watchdog::check, this);
    }
    ~Watchdog() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

    bool cancelled() const
    {
        for (const std::atomic_bool *flag : {m_cancel, m_closing, m_stop})
            if (flag && flag->load())
                return true;
        return false;
    }
    bool expired() const { return m_deadline.hasExpired(); }

private:
    static int check(void *self)
    {
        const auto *w = static_cast<const Watchdog *>(self);
        return w->cancelled() || w->expired() ? 1 : 0;
    }
    sqlite3 *m_db;
    QDeadlineTimer m_deadline;
    const std::atomic_bool *m_cancel;
    const std::atomic_bool *m_closing;
    const std::atomic_bool *m_stop;
};

} // namespace

QJsonObject Warehouse::catalog(const QJsonObject &connection, QString *error) const
{
    const QString dir = directoryFor(connection);
    const Db db = openWarehouse(dir, error);
    if (!db)
        return {};
    QJsonArray tables;
    for (const QString &schema : schemasOf(dir)) {
        QString problem;
        const Stmt list = prepare(db.get(),
                                  u"SELECT name, type FROM "_s + quoteIdentifier(schema) +
                                      u".sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE "
                                      u"'sqlite_%' ORDER BY name"_s,
                                  &problem);
        while (list && sqlite3_step(list.get()) == SQLITE_ROW) {
            const QString name =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list.get(), 0)));
            const bool view =
                qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(list.get(), 1)), "view") == 0;
            tables.append(QJsonObject{{u"schema"_s, schema == u"main" ? QString() : schema},
                                      {u"name"_s, name},
                                      {u"view"_s, view},
                                      {u"columns"_s, columnsOf(db.get(), schema, name)}});
        }
    }
    return QJsonObject{{u"database"_s, databaseQualifier(connection)}, {u"tables"_s, tables}};
}

Warehouse::Preview Warehouse::preview(const QJsonObject &connection, const QString &statement, int maxRows,
                                      int timeoutMs, const std::atomic_bool *cancel,
                                      const std::atomic_bool *closing) const
{
    if (const QStringList problems = SqlRules::check(statement); !problems.isEmpty())
        return previewFailure(u"refused"_s, problems.join(u' '));
    QString error;
    const Db db = openWarehouse(directoryFor(connection), &error);
    if (!db)
        return previewFailure(u"connection"_s, u"Failed to connect to the warehouse: "_s + error);
    Watchdog watchdog(db.get(), timeoutMs, cancel, closing, m_stopFlag.get());
    const Stmt stmt =
        prepare(db.get(), SqlRules::rewriteForSqlite(statement, databaseQualifier(connection)), &error);
    if (!stmt)
        return previewFailure(u"query"_s, error);
    if (!sqlite3_stmt_readonly(stmt.get()))
        return previewFailure(u"refused"_s, u"The query is not read-only."_s);
    Preview preview;
    const int count = sqlite3_column_count(stmt.get());
    QStringList types;
    for (int i = 0; i < count; ++i) {
        const char *type = sqlite3_column_decltype(stmt.get(), i);
        types << (type ? QString::fromUtf8(type) : QString());
    }
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        if (preview.rows.size() >= maxRows) {
            preview.truncated = true;
            break;
        }
        QJsonArray row;
        for (int i = 0; i < count; ++i) {
            row.append(columnValue(stmt.get(), i));
            if (types[i].isEmpty())
                types[i] = storageClass(sqlite3_column_type(stmt.get(), i));
        }
        preview.rows.append(row);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        if (rc == SQLITE_INTERRUPT && watchdog.cancelled())
            return previewFailure(u"cancelled"_s, u"The query was cancelled."_s);
        if (rc == SQLITE_INTERRUPT)
            return previewFailure(u"timeout"_s,
                                  u"The query ran longer than %1 ms and was stopped."_s.arg(timeoutMs));
        return previewFailure(u"query"_s, sqliteMessage(db.get()));
    }
    for (int i = 0; i < count; ++i)
        preview.columns.append(QJsonObject{{u"name"_s, QString::fromUtf8(sqlite3_column_name(stmt.get(), i))},
                                           {u"type"_s, types[i]}});
    return preview;
}

} // namespace wsc::sandbox

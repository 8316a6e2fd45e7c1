#include "sandbox/warehouse/Warehouse.h"

#include "sandbox/seed/DemoWorkspace.h"
#include "sandbox/warehouse/SqlRules.h"
#include "sandbox/engine/WireTime.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <sqlite3.h>

namespace wsc::sandbox {

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

struct DbCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct StmtFinalizer {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

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

// The batch of one user-attributes row (spec §12.2, §12.4); nullopt when the row has no identity at all.
std::optional<QJsonObject> userBatch(const QJsonObject &row, const QString &iterator,
                                     const QString &environment)
{
    QJsonObject identities, devices, attributes;
    QJsonValue mpid;
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QString lower = it.key().toLower();
        if (lower == iterator.toLower())
            continue;
        if (lower == u"mpid") {
            mpid = it.value();
        } else if (Warehouse::isUserIdentity(lower)) {
            if (!it.value().isNull())
                identities[lower == u"customerid" ? u"customer_id"_s : lower] = it.value();
        } else if (Warehouse::isDeviceIdentity(lower)) {
            if (!it.value().isNull())
                devices[lower] = it.value();
        } else {
            attributes[it.key()] = it.value();
        }
    }
    if (identities.isEmpty() && devices.isEmpty() && mpid.isNull())
        return std::nullopt;
    QJsonObject batch{{u"environment"_s, environment},
                      {u"user_identities"_s, identities},
                      {u"user_attributes"_s, attributes}};
    if (!devices.isEmpty())
        batch[u"device_info"_s] = devices;
    if (!mpid.isNull())
        batch[u"mpid"_s] = mpid;
    return batch;
}

// The event batch of one row through a field transformation (spec §11.4); nullopt when it is not an event.
std::optional<QJsonObject> eventBatch(const QJsonObject &row, const QJsonObject &transformation,
                                      const QString &environment)
{
    QJsonObject data, custom, identities;
    QJsonValue eventType;
    QJsonObject batch{{u"environment"_s, environment}};
    auto place = [&](const QString &destination, const QJsonValue &value) {
        const QString lower = destination.toLower();
        if (lower == u"event_type")
            eventType = value;
        else if (lower == u"mpid" || lower == u"environment" || lower == u"ip")
            batch[lower] = value;
        else if (Warehouse::isUserIdentity(lower))
            identities[lower == u"customerid" ? u"customer_id"_s : lower] = value;
        else if (QSet<QString>{u"event_id"_s, u"event_num"_s, u"source_message_id"_s, u"session_id"_s,
                               u"session_uuid"_s, u"timestamp_unixtime_ms"_s, u"location"_s,
                               u"device_current_state"_s, u"custom_flags"_s, u"event_name"_s,
                               u"custom_event_type"_s}
                     .contains(lower))
            data[lower] = value;
        else
            custom[destination] = value;
    };
    for (const QJsonValue &m : transformation.value(u"mappings"_s).toArray()) {
        const QJsonObject mapping = m.toObject();
        const QString type = mapping.value(u"mapping_type"_s).toString();
        if (type == u"static") {
            place(mapping.value(u"destination"_s).toString(), mapping.value(u"value"_s));
        } else if (type == u"column") {
            const QString source = mapping.value(u"source"_s).toString();
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (it.key().compare(source, Qt::CaseInsensitive) == 0)
                    place(mapping.value(u"destination"_s).toString(), it.value());
            }
        }
    }
    if (!eventType.isString() || eventType.toString().isEmpty())
        return std::nullopt;
    if (eventType.toString() == u"custom_event" && data.value(u"event_name"_s).toString().isEmpty())
        return std::nullopt;
    if (!custom.isEmpty())
        data[u"custom_attributes"_s] = custom;
    batch[u"events"_s] = QJsonArray{QJsonObject{{u"data"_s, data}, {u"event_type"_s, eventType}}};
    if (!identities.isEmpty())
        batch[u"user_identities"_s] = identities;
    return batch;
}

} // namespace

Warehouse::Warehouse(QString root)
    : m_root(std::move(root))
{}

bool Warehouse::isUserIdentity(const QString &column)
{
    static const QSet<QString> names = {u"mpid"_s,          u"customerid"_s,
                                        u"customer_id"_s,   u"email"_s,
                                        u"facebook"_s,      u"twitter"_s,
                                        u"google"_s,        u"microsoft"_s,
                                        u"yahoo"_s,         u"facebook_custom_audience_id"_s,
                                        u"other"_s,         u"other_id_2"_s,
                                        u"other_id_3"_s,    u"other_id_4"_s,
                                        u"other_id_5"_s,    u"other_id_6"_s,
                                        u"other_id_7"_s,    u"other_id_8"_s,
                                        u"other_id_9"_s,    u"other_id_10"_s,
                                        u"mobile_number"_s, u"phone_number_2"_s,
                                        u"phone_number_3"_s};
    return names.contains(column.toLower());
}

bool Warehouse::isDeviceIdentity(const QString &column)
{
    static const QSet<QString> names = {u"android_uuid"_s,
                                        u"ios_advertising_id"_s,
                                        u"push_token"_s,
                                        u"ios_idfv"_s,
                                        u"android_advertising_id"_s,
                                        u"amp_id"_s,
                                        u"roku_advertising_id"_s,
                                        u"roku_publisher_id"_s,
                                        u"microsoft_advertising_id"_s,
                                        u"microsoft_publisher_id"_s,
                                        u"fire_advertising_id"_s,
                                        u"mp_deviceid"_s};
    return names.contains(column.toLower());
}

QString Warehouse::directoryFor(const QJsonObject &connection) const
{
    const QJsonObject c = connection.value(u"config"_s).toObject();
    const QString provider = connection.value(u"service_provider"_s).toString();
    QStringList parts{provider.toLower()};
    if (provider == u"Snowflake")
        parts << c.value(u"account_identifier"_s).toString() << c.value(u"database"_s).toString();
    else if (provider == u"BigQuery")
        parts << c.value(u"project_id"_s).toString() << c.value(u"dataset_id"_s).toString();
    else if (provider == u"Redshift")
        parts << c.value(u"host"_s).toString() << c.value(u"database"_s).toString();
    else if (provider == u"Databricks")
        parts << c.value(u"provider"_s).toString() << c.value(u"schema"_s).toString();
    // Each part becomes one safe path segment: nothing can climb out of the warehouse root.
    QString path = m_root;
    for (QString part : parts) {
        part.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
        if (part.isEmpty() || part == u"." || part == u"..")
            part = u"_"_s;
        path += u'/' + part;
    }
    return path;
}

QString Warehouse::healthCheck(const QJsonObject &connection) const
{
    const QString provider = connection.value(u"service_provider"_s).toString();
    const QJsonObject config = connection.value(u"config"_s).toObject();
    if (provider == u"BigQuery") {
        const QJsonObject key =
            QJsonDocument::fromJson(config.value(u"service_account_key"_s).toString().toUtf8()).object();
        if (!key.contains(u"private_key"_s) || !key.contains(u"client_email"_s))
            return u"The service account key is not a JSON key file with private_key and client_email."_s;
    }
    const QString dir = directoryFor(connection);
    if (!QDir(dir).exists())
        return u"Failed to connect to the warehouse: no warehouse at "_s + dir.mid(m_root.size() + 1) +
               u". Check the account, region, warehouse and database."_s;
    // Optional expected credentials (sandbox.json: {"user": …, "password": …}).
    QFile expected(QDir(dir).filePath(u"sandbox.json"_s));
    if (expected.open(QIODevice::ReadOnly)) {
        const QJsonObject creds = QJsonDocument::fromJson(expected.readAll()).object();
        for (const QString &key : {u"user"_s, u"password"_s, u"role"_s}) {
            if (creds.contains(key) && creds.value(key) != config.value(key))
                return u"Failed to connect to the warehouse: check the user name and password."_s;
        }
    }
    QString error;
    if (!openWarehouse(dir, &error))
        return u"Failed to connect to the warehouse: "_s + error;
    return {};
}

bool Warehouse::provision(const QJsonObject &connection, const QDateTime &now, QString *error) const
{
    return DemoWorkspace::writeTables(directoryFor(connection), now, error);
}

Warehouse::Outcome Warehouse::run(const Job &job) const
{
    using Failure = Outcome::Failure;
    Outcome outcome;
    QString error;
    Db db = openWarehouse(directoryFor(job.connection), &error);
    if (!db) {
        outcome.failure = Failure::Connection;
        outcome.message = u"Failed to connect to the warehouse: "_s + error;
        return outcome;
    }
    // A runaway query (a cross join of large tables) is interrupted instead of holding the server, and so
    // is any query when the server stops.
    struct Interrupt {
        QDeadlineTimer deadline;
        const std::atomic_bool *stop;
        bool stopped() const { return stop && stop->load(std::memory_order_relaxed); }
    } interrupt{QDeadlineTimer(std::chrono::seconds(job.timeLimitSeconds)), m_stopFlag.get()};
    sqlite3_progress_handler(
        db.get(), 10000,
        [](void *d) -> int {
            const auto *i = static_cast<const Interrupt *>(d);
            return i->deadline.hasExpired() || i->stopped() ? 1 : 0;
        },
        &interrupt);
    auto interrupted = [&] {
        return interrupt.stopped() ? u"The sandbox stopped while the query ran."_s
                                   : u"The query ran longer than %1 seconds and was stopped."_s.arg(
                                         job.timeLimitSeconds);
    };
    const QString model = SqlRules::rewriteForSqlite(job.sql, databaseQualifier(job.connection));
    const QString wrapped = u"SELECT * FROM (\n"_s + model + u"\n) AS mp_model"_s;

    auto prepare = [&](const QString &sql) -> Stmt {
        sqlite3_stmt *raw = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db.get(), utf8.constData(), int(utf8.size()), &raw, nullptr) != SQLITE_OK) {
            error = sqliteMessage(db.get());
            sqlite3_finalize(raw);
            return nullptr;
        }
        return Stmt(raw);
    };

    // Probe: the column set (spec §12.5).
    Stmt probe = prepare(wrapped + u" LIMIT 0"_s);
    if (!probe || !sqlite3_stmt_readonly(probe.get())) {
        outcome.failure = Failure::DataModel;
        outcome.message = u"SQL compilation error: "_s + (probe ? u"the query is not read-only"_s : error);
        return outcome;
    }
    const int columns = sqlite3_column_count(probe.get());
    if (columns > 100) {
        outcome.failure = Failure::DataModel;
        outcome.message = u"The query returns %1 columns; at most 100 are supported."_s.arg(columns);
        return outcome;
    }
    QString iterator;
    for (int i = 0; i < columns && !job.iteratorField.isEmpty(); ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(probe.get(), i));
        if (name.compare(job.iteratorField, Qt::CaseInsensitive) == 0)
            iterator = name;
    }
    if (!job.iteratorField.isEmpty() && iterator.isEmpty()) {
        outcome.failure = Failure::DataModel;
        outcome.message = u"The iterator column \"%1\" is not a column of the data model's result."_s.arg(
            job.iteratorField);
        return outcome;
    }

    // The window predicate for the iterator's data type (spec §10.5, §10.6.6).
    QString where;
    QVariantList binds;
    if (!iterator.isEmpty() && (job.window.lo || job.window.hi)) {
        const QString col = quoteIdentifier(iterator);
        QString expr = u"julianday("_s + col + u')';
        QString bound = u"julianday(?)"_s;
        auto value = [&](const QDateTime &t) -> QVariant {
            if (job.iteratorType == u"timestamp_unixtime_ms")
                return t.toMSecsSinceEpoch();
            if (job.iteratorType == u"timestamp_unixtime_s")
                return t.toSecsSinceEpoch();
            return WireTime::sqlite(t);
        };
        if (job.iteratorType == u"timestamp_unixtime_ms" || job.iteratorType == u"timestamp_unixtime_s") {
            expr = col;
            bound = u"?"_s;
        } else if (job.iteratorType == u"date") {
            expr = u"date("_s + col + u')';
            bound = u"date(?)"_s;
        }
        QStringList parts;
        if (job.window.lo) {
            parts << expr + u" >= "_s + bound;
            binds << value(*job.window.lo);
        }
        if (job.window.hi) {
            parts << expr + (job.halfOpen ? u" < "_s : u" <= "_s) + bound;
            binds << value(*job.window.hi);
        }
        where = u" WHERE "_s + parts.join(u" AND "_s);
    }
    auto bindAll = [&](sqlite3_stmt *stmt) {
        for (int i = 0; i < binds.size(); ++i) {
            if (binds[i].typeId() == QMetaType::QString) {
                const QByteArray utf8 = binds[i].toString().toUtf8();
                sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(stmt, i + 1, binds[i].toLongLong());
            }
        }
    };

    // Count, then refuse a window over the record limit before extracting anything (spec §14).
    Stmt count = prepare(u"SELECT COUNT(*) FROM ("_s + wrapped + where + u')');
    if (!count) {
        outcome.failure = Failure::DataModel;
        outcome.message = u"SQL compilation error: "_s + error;
        return outcome;
    }
    bindAll(count.get());
    const int counted = sqlite3_step(count.get());
    if (counted != SQLITE_ROW) {
        outcome.failure = Failure::DataModel;
        outcome.message =
            counted == SQLITE_INTERRUPT
                ? interrupted()
                : u"Query failed: "_s + sqliteMessage(db.get());
        return outcome;
    }
    const qint64 total = sqlite3_column_int64(count.get(), 0);
    if (job.recordLimit > 0 && total > job.recordLimit) {
        outcome.failure = Failure::Pipeline;
        outcome.message = u"Record count %1 exceeds the limit of %2 for %3 runs."_s.arg(total)
                              .arg(job.recordLimit)
                              .arg(job.recordLimitKind);
        return outcome;
    }

    Stmt extract = prepare(wrapped + where);
    if (!extract) {
        outcome.failure = Failure::DataModel;
        outcome.message = u"SQL compilation error: "_s + error;
        return outcome;
    }
    bindAll(extract.get());
    QFile outbox(job.outboxPath);
    const bool writeOutbox = !job.outboxPath.isEmpty() && QDir().mkpath(QFileInfo(job.outboxPath).path()) &&
                             outbox.open(QIODevice::Append);
    QStringList names;
    for (int i = 0; i < sqlite3_column_count(extract.get()); ++i)
        names << QString::fromUtf8(sqlite3_column_name(extract.get(), i));
    int rc;
    while ((rc = sqlite3_step(extract.get())) == SQLITE_ROW) {
        QJsonObject row; // OBJECT_CONSTRUCT_KEEP_NULL(*): nulls kept
        for (int i = 0; i < names.size(); ++i)
            row[names[i]] = columnValue(extract.get(), i);
        const auto batch = job.pipelineType == u"events"
                               ? eventBatch(row, job.transformation, job.environment)
                               : userBatch(row, iterator, job.environment);
        if (!batch) {
            ++outcome.failed;
            continue;
        }
        ++outcome.successful;
        if (writeOutbox) {
            QJsonObject line = *batch;
            line[u"run_id"_s] = job.runId;
            outbox.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        }
    }
    if (rc != SQLITE_DONE) {
        outcome.failure = Failure::DataModel;
        outcome.message =
            rc == SQLITE_INTERRUPT
                ? interrupted()
                : u"Query failed: "_s + sqliteMessage(db.get());
    }
    return outcome;
}

} // namespace wsc::sandbox

#include "sandbox/warehouse/Warehouse.h"

#include "sandbox/engine/WireTime.h"
#include "sandbox/seed/DemoWorkspace.h"
#include "sandbox/warehouse/RowBatches.h"
#include "sandbox/warehouse/SqlRules.h"
#include "sandbox/warehouse/SqliteWarehouse_p.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <sqlite3.h>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;

using namespace SqliteWarehouse;

namespace {

using Job = Warehouse::Job;
using Outcome = Warehouse::Outcome;
using Failure = Outcome::Failure;

Outcome failedWith(Failure failure, QString message)
{
    Outcome outcome;
    outcome.failure = failure;
    outcome.message = std::move(message);
    return outcome;
}

// The WHERE clause of a run's window over the iterator column, and the values bound to it (spec §10.5,
// §10.6.6); empty without an iterator or without bounds.
struct WindowFilter {
    QString where;
    QVariantList binds;

    void bindTo(sqlite3_stmt *stmt) const
    {
        for (int i = 0; i < binds.size(); ++i) {
            if (binds[i].typeId() == QMetaType::QString) {
                const QByteArray utf8 = binds[i].toString().toUtf8();
                sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(stmt, i + 1, binds[i].toLongLong());
            }
        }
    }
};

bool isUnixTime(const QString &iteratorType)
{
    return iteratorType == u"timestamp_unixtime_ms" || iteratorType == u"timestamp_unixtime_s";
}

// A window bound as the iterator's data type stores it.
QVariant boundValue(const QString &iteratorType, const QDateTime &t)
{
    if (iteratorType == u"timestamp_unixtime_ms")
        return t.toMSecsSinceEpoch();
    if (iteratorType == u"timestamp_unixtime_s")
        return t.toSecsSinceEpoch();
    return WireTime::sqlite(t);
}

WindowFilter windowFilter(const Job &job, const QString &iterator)
{
    WindowFilter filter;
    if (iterator.isEmpty() || (!job.window.lo && !job.window.hi))
        return filter;
    const QString col = quoteIdentifier(iterator);
    QString expr = u"julianday("_s + col + u')';
    QString bound = u"julianday(?)"_s;
    if (isUnixTime(job.iteratorType)) {
        expr = col;
        bound = u"?"_s;
    } else if (job.iteratorType == u"date") {
        expr = u"date("_s + col + u')';
        bound = u"date(?)"_s;
    }
    QStringList parts;
    if (job.window.lo) {
        parts << expr + u" >= "_s + bound;
        filter.binds << boundValue(job.iteratorType, *job.window.lo);
    }
    if (job.window.hi) {
        parts << expr + (job.halfOpen ? u" < "_s : u" <= "_s) + bound;
        filter.binds << boundValue(job.iteratorType, *job.window.hi);
    }
    filter.where = u" WHERE "_s + parts.join(u" AND "_s);
    return filter;
}

// The JSON Lines file a run appends its batches to, each tagged with the run id; inert without a path.
class Outbox {
public:
    Outbox(const QString &path, qint64 runId)
        : m_file(path)
        , m_runId(runId)
        , m_open(!path.isEmpty() && QDir().mkpath(QFileInfo(path).path()) && m_file.open(QIODevice::Append))
    {}

    void write(QJsonObject batch)
    {
        if (!m_open)
            return;
        batch[u"run_id"_s] = m_runId;
        m_file.write(QJsonDocument(batch).toJson(QJsonDocument::Compact) + '\n');
    }

private:
    QFile m_file;
    qint64 m_runId;
    bool m_open;
};

// One job's data model run against an open warehouse: probe its columns, count the window against the
// record limit, then extract the rows as batches. A runaway query (a cross join of large tables) is
// interrupted instead of holding the server, and so is any query when the server stops.
class ModelQuery {
public:
    ModelQuery(sqlite3 *db, const Job &job, const std::atomic_bool *stop);
    ~ModelQuery();
    ModelQuery(const ModelQuery &) = delete; // the progress handler holds `this`
    ModelQuery &operator=(const ModelQuery &) = delete;

    Outcome run();

private:
    Stmt prepare(const QString &sql, QString *error) const;
    // The iterator column as the result spells it (empty when the job has none), or the failure.
    std::optional<Outcome> probeColumns(QString *iterator) const;
    std::optional<Outcome> checkRecordCount(const WindowFilter &window) const;
    Outcome extract(const WindowFilter &window, const QString &iterator) const;
    std::optional<QJsonObject> batchOf(const QJsonObject &row, const QString &iterator) const;
    // The message of a step that ended with `rc` instead of a row or the end.
    QString stepFailure(int rc) const;
    bool stopped() const { return m_stop && m_stop->load(std::memory_order_relaxed); }

    sqlite3 *m_db;
    const Job m_job; // a copy (implicitly shared): a temporary job cannot dangle here
    const std::atomic_bool *m_stop;
    QDeadlineTimer m_deadline;
    QString m_wrapped; // the model as a subquery
};

ModelQuery::ModelQuery(sqlite3 *db, const Job &job, const std::atomic_bool *stop)
    : m_db(db)
    , m_job(job)
    , m_stop(stop)
    , m_deadline(std::chrono::seconds(job.timeLimitSeconds))
    , m_wrapped(u"SELECT * FROM (\n"_s +
                SqlRules::rewriteForSqlite(job.sql, databaseQualifier(job.connection)) + u"\n) AS mp_model"_s)
{
    sqlite3_progress_handler(
        m_db, 10000,
        [](void *d) -> int {
            const auto *query = static_cast<const ModelQuery *>(d);
            return query->m_deadline.hasExpired() || query->stopped() ? 1 : 0;
        },
        this);
}

ModelQuery::~ModelQuery()
{
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

Outcome ModelQuery::run()
{
    QString iterator;
    if (const auto failure = probeColumns(&iterator))
        return *failure;
    const WindowFilter window = windowFilter(m_job, iterator);
    if (const auto failure = checkRecordCount(window))
        return *failure;
    return extract(window, iterator);
}

Stmt ModelQuery::prepare(const QString &sql, QString *error) const
{
    return SqliteWarehouse::prepare(m_db, sql, error);
}

QString ModelQuery::stepFailure(int rc) const
{
    if (rc != SQLITE_INTERRUPT)
        return u"Query failed: "_s + sqliteMessage(m_db);
    return stopped() ? u"The sandbox stopped while the query ran."_s
                     : u"The query ran longer than %1 seconds and was stopped."_s.arg(m_job.timeLimitSeconds);
}

// The column set (spec §12.5).
std::optional<Outcome> ModelQuery::probeColumns(QString *iterator) const
{
    QString error;
    const Stmt probe = prepare(m_wrapped + u" LIMIT 0"_s, &error);
    if (!probe || !sqlite3_stmt_readonly(probe.get()))
        return failedWith(Failure::DataModel,
                          u"SQL compilation error: "_s + (probe ? u"the query is not read-only"_s : error));
    const int columns = sqlite3_column_count(probe.get());
    if (columns > 100)
        return failedWith(Failure::DataModel,
                          u"The query returns %1 columns; at most 100 are supported."_s.arg(columns));
    if (m_job.iteratorField.isEmpty())
        return std::nullopt;
    for (int i = 0; i < columns; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(probe.get(), i));
        if (name.compare(m_job.iteratorField, Qt::CaseInsensitive) == 0)
            *iterator = name;
    }
    if (iterator->isEmpty())
        return failedWith(Failure::DataModel,
                          u"The iterator column \"%1\" is not a column of the data model's result."_s.arg(
                              m_job.iteratorField));
    return std::nullopt;
}

// A window over the record limit is refused before anything is extracted (spec §14).
std::optional<Outcome> ModelQuery::checkRecordCount(const WindowFilter &window) const
{
    QString error;
    const Stmt count = prepare(u"SELECT COUNT(*) FROM ("_s + m_wrapped + window.where + u')', &error);
    if (!count)
        return failedWith(Failure::DataModel, u"SQL compilation error: "_s + error);
    window.bindTo(count.get());
    const int rc = sqlite3_step(count.get());
    if (rc != SQLITE_ROW)
        return failedWith(Failure::DataModel, stepFailure(rc));
    const qint64 total = sqlite3_column_int64(count.get(), 0);
    if (m_job.recordLimit > 0 && total > m_job.recordLimit)
        return failedWith(Failure::Pipeline,
                          u"Record count %1 exceeds the limit of %2 for %3 runs."_s.arg(total)
                              .arg(m_job.recordLimit)
                              .arg(m_job.recordLimitKind));
    return std::nullopt;
}

std::optional<QJsonObject> ModelQuery::batchOf(const QJsonObject &row, const QString &iterator) const
{
    return m_job.pipelineType == u"events"
               ? RowBatches::eventBatch(row, m_job.transformation, m_job.environment)
               : RowBatches::userBatch(row, iterator, m_job.environment);
}

Outcome ModelQuery::extract(const WindowFilter &window, const QString &iterator) const
{
    QString error;
    const Stmt extract = prepare(m_wrapped + window.where, &error);
    if (!extract)
        return failedWith(Failure::DataModel, u"SQL compilation error: "_s + error);
    window.bindTo(extract.get());
    Outbox outbox(m_job.outboxPath, m_job.runId);
    QStringList names;
    for (int i = 0; i < sqlite3_column_count(extract.get()); ++i)
        names << QString::fromUtf8(sqlite3_column_name(extract.get(), i));
    Outcome outcome;
    int rc;
    while ((rc = sqlite3_step(extract.get())) == SQLITE_ROW) {
        QJsonObject row; // OBJECT_CONSTRUCT_KEEP_NULL(*): nulls kept
        for (int i = 0; i < names.size(); ++i)
            row[names[i]] = columnValue(extract.get(), i);
        if (const auto batch = batchOf(row, iterator)) {
            ++outcome.successful;
            outbox.write(*batch);
        } else {
            ++outcome.failed;
        }
    }
    if (rc != SQLITE_DONE) {
        outcome.failure = Failure::DataModel;
        outcome.message = stepFailure(rc);
    }
    return outcome;
}

} // namespace

Warehouse::Warehouse(QString root)
    : m_root(std::move(root))
{}

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
    QString error;
    const Db db = openWarehouse(directoryFor(job.connection), &error);
    if (!db)
        return failedWith(Failure::Connection, u"Failed to connect to the warehouse: "_s + error);
    ModelQuery query(db.get(), job, m_stopFlag.get());
    return query.run();
}

} // namespace wsc::sandbox

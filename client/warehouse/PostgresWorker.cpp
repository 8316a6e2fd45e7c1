#include "client/warehouse/PostgresWorker.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace wsc {

using namespace Qt::StringLiterals;

// The catalog in one statement: the database name comes with every row, and with a row of NULLs when
// there is no table at all.
static const QString kCatalogStatement = uR"(SELECT d.db, t.table_schema, t.table_name, t.table_type,
       c.column_name, c.udt_name
FROM (SELECT current_database() AS db) AS d
LEFT JOIN information_schema.tables AS t
       ON t.table_schema NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
LEFT JOIN information_schema.columns AS c
       ON c.table_schema = t.table_schema AND c.table_name = t.table_name
ORDER BY t.table_schema, t.table_name, c.ordinal_position)"_s;

// A catalog larger than this many columns is cut (and says so in the log).
static constexpr int kCatalogMaxColumns = 200000;

PostgresWorker::PostgresWorker(PostgresSettings settings, std::shared_ptr<PostgresSession> session)
    : m_settings(std::move(settings))
    , m_session(std::move(session))
{
    static std::atomic<quint64> counter{0};
    m_connectionName = u"wsc-pg-"_s + QString::number(++counter);
}

PostgresWorker::~PostgresWorker()
{
    PostgresSupport::remove(m_connectionName);
}

QSqlDatabase PostgresWorker::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void PostgresWorker::dropConnection()
{
    m_session->backendPid = 0;
    database().close();
}

std::optional<WarehouseError> PostgresWorker::ensureOpen()
{
    if (database().isOpen())
        return std::nullopt;
    if (auto problem = PostgresSupport::open(m_connectionName, m_settings))
        return problem;
    QSqlQuery pid(database());
    if (!pid.exec(u"SELECT pg_backend_pid()"_s) || !pid.next()) {
        const QString reason =
            PostgresSupport::masked(pid.lastError().databaseText().simplified(), m_settings);
        dropConnection();
        return WarehouseError{
            WarehouseError::Kind::Connection,
            tr("Could not connect to %1: %2").arg(PostgresSupport::description(m_settings), reason)};
    }
    m_session->backendPid = pid.value(0).toInt();
    return std::nullopt;
}

std::optional<WarehouseError> PostgresWorker::begin(int timeoutMs, QSqlError *failure)
{
    QSqlQuery query(database());
    // Read-only by construction: whatever the statement is, the server refuses to write in this
    // transaction, which is rolled back in any case.
    if (query.exec(u"BEGIN READ ONLY"_s) &&
        query.exec(u"SET LOCAL statement_timeout = "_s + QString::number(qMax(1, timeoutMs))))
        return std::nullopt;
    *failure = query.lastError();
    return PostgresSupport::queryError(*failure, m_settings);
}

void PostgresWorker::rollback()
{
    if (!database().isOpen())
        return;
    QSqlQuery query(database());
    if (!query.exec(u"ROLLBACK"_s) && PostgresSupport::connectionLost(query.lastError()))
        dropConnection();
}

std::optional<QSqlError> PostgresWorker::readRows(const State &state, const QString &statement, int maxRows,
                                                  QueryResult *result)
{
    QSqlQuery query(database());
    // Rows one at a time (libpq's single-row mode): a big result is never held whole in memory.
    query.setForwardOnly(true);
    // numeric stays exact, as its text.
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!query.exec(statement))
        return query.lastError();
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField field = record.field(i);
        result->columns.append(
            {field.name(),
             PostgresSupport::typeName(field.typeID(), QString::fromLatin1(field.metaType().name()))});
    }
    int rows = 0;
    while (query.next()) {
        if (state->stopped())
            return std::nullopt;
        if (rows == maxRows) {
            result->truncated = true;
            break;
        }
        for (int i = 0; i < record.count(); ++i)
            result->cells.append(query.isNull(i) ? QVariant() : query.value(i));
        ++rows;
    }
    if (query.lastError().isValid())
        return query.lastError();
    return std::nullopt;
}

static WarehouseError stoppedError(const PostgresWorker::State &state, int timeoutMs)
{
    if (state->stop.load() == PostgresRequestState::Stop::Deadline)
        return PostgresSupport::timeoutError(timeoutMs);
    return {WarehouseError::Kind::Cancelled, PostgresWorker::tr("Cancelled.")};
}

WarehouseError PostgresWorker::classify(const QSqlError &error, const State &state, qint64 elapsedMs,
                                        int timeoutMs)
{
    if (state->stopped())
        return stoppedError(state, timeoutMs);
    // 57014 is both the server's statement_timeout and a cancel from elsewhere: the clock tells them apart.
    if (PostgresSupport::cancelled(error) && elapsedMs >= timeoutMs * 9 / 10)
        return PostgresSupport::timeoutError(timeoutMs);
    WarehouseError result = PostgresSupport::queryError(error, m_settings);
    if (PostgresSupport::connectionLost(error)) {
        dropConnection();
        result.kind = WarehouseError::Kind::Connection;
        result.message = tr("The connection to %1 was lost: %2")
                             .arg(PostgresSupport::description(m_settings), result.message);
    }
    return result;
}

PostgresWorker::Outcome PostgresWorker::execute(quint64 id, const State &state, const QString &statement,
                                                int maxRows, int timeoutMs)
{
    if (state->stopped())
        return {{}, stoppedError(state, timeoutMs)};
    if (auto problem = PostgresSupport::multipleStatements(statement))
        return {{}, problem};
    if (auto problem = ensureOpen())
        return {{}, problem};
    // Published before the stop flag is read again: a cancel that the driver sends from now on finds the
    // request running, and one sent before has set the flag.
    m_session->runningId = id;
    const auto done = qScopeGuard([this] { m_session->runningId = 0; });
    if (state->stopped())
        return {{}, stoppedError(state, timeoutMs)};
    emit requestStarted(id);

    QElapsedTimer timer;
    timer.start();
    QSqlError failure;
    if (begin(timeoutMs, &failure)) {
        rollback();
        // A connection that died while idle is opened again once: nothing of the request ran yet.
        if (!PostgresSupport::connectionLost(failure) || state->stopped())
            return {{}, classify(failure, state, timer.elapsed(), timeoutMs)};
        dropConnection();
        if (auto problem = ensureOpen())
            return {{}, problem};
        if (begin(timeoutMs, &failure)) {
            rollback();
            return {{}, classify(failure, state, timer.elapsed(), timeoutMs)};
        }
    }
    Outcome outcome;
    outcome.result.statement = statement;
    const std::optional<QSqlError> error = readRows(state, statement, maxRows, &outcome.result);
    rollback();
    outcome.result.elapsedMs = timer.elapsed();
    if (error)
        outcome.error = classify(*error, state, outcome.result.elapsedMs, timeoutMs);
    else if (state->stopped())
        outcome.error = stoppedError(state, timeoutMs);
    return outcome;
}

void PostgresWorker::runQuery(quint64 id, const State &state, const QString &statement, int maxRows,
                              int timeoutMs)
{
    Outcome outcome = execute(id, state, statement, qMax(0, maxRows), timeoutMs);
    if (outcome.error)
        emit requestFailed(id, *outcome.error);
    else
        emit queryFinished(id, outcome.result);
}

void PostgresWorker::runCatalog(quint64 id, const State &state, int timeoutMs)
{
    const Outcome outcome = execute(id, state, kCatalogStatement, kCatalogMaxColumns, timeoutMs);
    if (outcome.error) {
        emit requestFailed(id, *outcome.error);
        return;
    }
    const QueryResult &rows = outcome.result;
    if (rows.truncated)
        qCWarning(lcPostgres) << "the catalog of" << PostgresSupport::description(m_settings) << "was cut at"
                              << kCatalogMaxColumns << "columns";
    WarehouseCatalog catalog;
    for (qsizetype row = 0; row < rows.rowCount(); ++row) {
        catalog.database = rows.cell(row, 0).toString();
        if (rows.cell(row, 2).isNull())
            continue;
        const QString schema = rows.cell(row, 1).toString();
        const QString name = rows.cell(row, 2).toString();
        if (catalog.tables.isEmpty() || catalog.tables.constLast().schema != schema ||
            catalog.tables.constLast().name != name) {
            catalog.tables.append({schema, name, {}, rows.cell(row, 3).toString() == u"VIEW"_s});
        }
        if (!rows.cell(row, 4).isNull())
            catalog.tables.last().columns.append(
                {rows.cell(row, 4).toString(), rows.cell(row, 5).toString()});
    }
    emit catalogFinished(id, catalog);
}

} // namespace wsc

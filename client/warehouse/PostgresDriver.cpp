#include "client/warehouse/PostgresDriver.h"

#include "client/warehouse/PostgresWorker.h"

#include <QTimer>

namespace wsc {

PostgresDriver::PostgresDriver(Settings settings, QObject *parent)
    : WarehouseDriver(parent)
    , m_settings(std::move(settings))
{
    m_thread.setObjectName(QStringLiteral("wsc-postgres"));
    m_worker = new PostgresWorker(m_settings, m_session);
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread as it ends, so that the connection is removed where it was made.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PostgresWorker::requestStarted, this, &PostgresDriver::handleRequestStarted);
    connect(m_worker, &PostgresWorker::queryFinished, this, &PostgresDriver::handleQueryFinished);
    connect(m_worker, &PostgresWorker::catalogFinished, this, &PostgresDriver::handleCatalogFinished);
    connect(m_worker, &PostgresWorker::requestFailed, this, &PostgresDriver::handleRequestFailed);
    m_cancelPool.setMaxThreadCount(2);
    m_thread.start();
}

PostgresDriver::~PostgresDriver()
{
    for (auto &[id, request] : m_requests) {
        stop(id, PostgresRequestState::Stop::Closed);
        if (request.job)
            request.job->fail(
                {WarehouseError::Kind::Cancelled, tr("The connection to the warehouse was closed.")});
    }
    m_requests.clear();
    // Requests still queued behind the running one are dropped with the worker's event loop.
    m_thread.quit();
    m_thread.wait();
    m_cancelPool.waitForDone();
}

QString PostgresDriver::description() const
{
    return PostgresSupport::description(m_settings);
}

quint64 PostgresDriver::track(WarehouseJob *job, int timeoutMs, std::shared_ptr<PostgresRequestState> state)
{
    const quint64 id = ++m_lastId;
    m_requests[id] = {job, std::move(state), timeoutMs};
    connect(job, &WarehouseJob::cancelRequested, this,
            [this, id] { stop(id, PostgresRequestState::Stop::Cancelled); });
    return id;
}

WarehouseJob *PostgresDriver::query(const QString &statement, int maxRows, int timeoutMs)
{
    auto *job = new WarehouseJob;
    auto state = std::make_shared<PostgresRequestState>();
    const quint64 id = track(job, timeoutMs, state);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, state, statement, maxRows, timeoutMs] {
            worker->runQuery(id, state, statement, maxRows, timeoutMs);
        },
        Qt::QueuedConnection);
    return job;
}

WarehouseJob *PostgresDriver::catalog()
{
    auto *job = new WarehouseJob;
    auto state = std::make_shared<PostgresRequestState>();
    const quint64 id = track(job, kCatalogTimeoutMs, state);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, state] { worker->runCatalog(id, state, kCatalogTimeoutMs); },
        Qt::QueuedConnection);
    return job;
}

void PostgresDriver::stop(quint64 id, PostgresRequestState::Stop reason)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return;
    auto expected = PostgresRequestState::Stop::None;
    if (!it->second.state->stop.compare_exchange_strong(expected, reason))
        return;
    // The worker publishes the running request before it reads the flag again: either it sees the flag,
    // or the cancel below finds it running.
    if (m_session->runningId.load() != id)
        return;
    m_cancelPool.start([settings = m_settings, session = m_session, id] {
        PostgresSupport::cancelBackend(settings, session, id);
    });
}

void PostgresDriver::handleRequestStarted(quint64 id)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return;
    // The server's statement_timeout should stop it first; this is for a server that ignores it.
    // Precise: a coarse timer (the default from 2 s on) may fire 5% early.
    QTimer::singleShot(it->second.timeoutMs + kDeadlineMarginMs, Qt::PreciseTimer, this, [this, id] {
        const auto request = m_requests.find(id);
        if (request == m_requests.end())
            return;
        const int timeoutMs = request->second.timeoutMs;
        stop(id, PostgresRequestState::Stop::Deadline);
        if (WarehouseJob *job = take(id))
            job->fail(PostgresSupport::timeoutError(timeoutMs));
    });
}

WarehouseJob *PostgresDriver::take(quint64 id)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return nullptr;
    WarehouseJob *job = it->second.job;
    m_requests.erase(it);
    return job;
}

void PostgresDriver::handleQueryFinished(quint64 id, const QueryResult &result)
{
    if (WarehouseJob *job = take(id))
        job->succeed(result);
}

void PostgresDriver::handleCatalogFinished(quint64 id, const WarehouseCatalog &catalog)
{
    if (WarehouseJob *job = take(id))
        job->succeed(catalog);
}

void PostgresDriver::handleRequestFailed(quint64 id, const WarehouseError &error)
{
    if (WarehouseJob *job = take(id))
        job->fail(error);
}

} // namespace wsc

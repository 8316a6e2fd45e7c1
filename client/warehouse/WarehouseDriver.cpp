#include "client/warehouse/WarehouseDriver.h"

#include <QTimer>

namespace wsc {

WarehouseJob::WarehouseJob(QObject *parent)
    : QObject(parent)
{}

bool WarehouseJob::settle()
{
    if (m_settled)
        return false;
    m_settled = true;
    // Reported from the event loop: a caller connects to finished() after starting the job.
    QTimer::singleShot(0, this, [this] {
        emit finished();
        deleteLater();
    });
    return true;
}

void WarehouseJob::cancel()
{
    if (m_settled)
        return;
    emit cancelRequested();
    fail({WarehouseError::Kind::Cancelled, tr("Cancelled.")});
}

void WarehouseJob::succeed(QueryResult result)
{
    if (settle())
        m_result = std::move(result);
}

void WarehouseJob::succeed(WarehouseCatalog catalog)
{
    if (settle())
        m_catalog = std::move(catalog);
}

void WarehouseJob::fail(WarehouseError error)
{
    if (settle())
        m_error = std::move(error);
}

void WarehouseJob::settleLike(const WarehouseJob &other)
{
    if (!settle())
        return;
    m_error = other.m_error;
    m_result = other.m_result;
    m_catalog = other.m_catalog;
}

} // namespace wsc

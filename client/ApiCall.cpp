#include "client/ApiCall.h"

#include <QTimer>

namespace wsc {

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
{}

void ApiReply::cancel()
{
    if (isSettled())
        return;
    // Settle first: aborting the transfer below must not be reported as a network error.
    fail(ApiError(ApiError::Kind::Cancelled, tr("Cancelled.")));
    emit cancelRequested();
}

void ApiReply::succeed(int status, QByteArray body, quint64 logEntry)
{
    if (isSettled())
        return;
    m_staged = ApiOutcome{true, status, std::move(body), std::nullopt, logEntry};
    finishLater();
}

void ApiReply::fail(ApiError error, quint64 logEntry)
{
    if (isSettled())
        return;
    const int status = error.httpStatus();
    m_staged = ApiOutcome{true, status, {}, std::move(error), logEntry};
    finishLater();
}

void ApiReply::finishLater()
{
    // Always from the event loop: a caller that connects right after starting the call never misses it.
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        // Published only now, so that nobody sees a result before finished() is due.
        *m_outcome = std::move(m_staged);
        emit finished();
        deleteLater();
    });
}

} // namespace wsc

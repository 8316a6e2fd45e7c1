#pragma once

#include "client/ApiError.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace wsc {

template <typename T>
using ApiResult = Result<T, ApiError>;

// The value of calls that answer with no body (DELETE).
struct Done {};

// What a call ended with, shared by the reply and every ApiCall that views it, so that a handler attached
// after the reply finished (and deleted itself) still gets the result.
struct ApiOutcome {
    bool done = false;
    int status = 0;
    QByteArray body;
    std::optional<ApiError> error;
    quint64 logEntry = 0; // the request log's entry of the attempt that answered (0: none)
};

// One API call in flight. It reports exactly once, with finished(), and then deletes itself. Completion is
// always delivered from the event loop, never from inside the call that started it.
class ApiReply : public QObject {
    Q_OBJECT

public:
    explicit ApiReply(QObject *parent = nullptr);

    // Finished, or its outcome decided and about to be reported: nothing more may happen to it.
    bool isSettled() const { return m_outcome->done || m_pending; }
    bool hasError() const { return m_outcome->error.has_value(); }
    const ApiError &error() const { return *m_outcome->error; }
    int httpStatus() const { return m_outcome->status; }
    const QByteArray &body() const { return m_outcome->body; }
    std::shared_ptr<const ApiOutcome> outcome() const { return m_outcome; }

    // Stops the call; it then reports ApiError::Kind::Cancelled (unless it had already finished).
    void cancel();

    // Used by ApiClient.
    void succeed(int status, QByteArray body, quint64 logEntry = 0);
    void fail(ApiError error, quint64 logEntry = 0);

signals:
    void finished();
    void cancelRequested();

private:
    void finishLater();

    bool m_pending = false;
    std::shared_ptr<ApiOutcome> m_outcome = std::make_shared<ApiOutcome>(); // shared with every ApiCall
    ApiOutcome m_staged;                                                    // decided, not yet published
};

// A typed view of an ApiReply: `then` delivers a value or an ApiError, once, to a context object (a late
// answer to a closed window is dropped with it).
template <typename T>
class ApiCall {
public:
    // Reads the body of a 2xx answer (with the rest of the outcome: the log entry to note problems on).
    using Decoder = std::function<ApiResult<T>(const ApiOutcome &outcome)>;

    ApiCall(ApiReply *reply, Decoder decode)
        : m_reply(reply)
        , m_outcome(reply ? reply->outcome() : nullptr)
        , m_decode(std::move(decode))
    {}

    ApiReply *reply() const { return m_reply; }
    void cancel() const
    {
        if (m_reply)
            m_reply->cancel();
    }

    // Calls `handler` once with the result, from the event loop, unless `context` is destroyed first.
    template <typename Handler>
    void then(QObject *context, Handler handler) const
    {
        if (!m_outcome)
            return;
        auto deliver = [outcome = m_outcome, decode = m_decode, handler]() mutable {
            if (!outcome->done) // the client went away before an answer: never a success
                handler(ApiResult<T>(ApiError(ApiError::Kind::Cancelled, ApiError::tr("Cancelled."))));
            else if (outcome->error)
                handler(ApiResult<T>(*outcome->error));
            else
                handler(decode(*outcome));
        };
        if (m_outcome->done || !m_reply)
            QMetaObject::invokeMethod(context, std::move(deliver), Qt::QueuedConnection);
        else
            QObject::connect(m_reply, &ApiReply::finished, context, std::move(deliver),
                             Qt::SingleShotConnection);
    }

private:
    QPointer<ApiReply> m_reply;
    std::shared_ptr<const ApiOutcome> m_outcome;
    Decoder m_decode;
};

} // namespace wsc

#pragma once

#include "client/ApiError.h"
#include "client/RetryPolicy.h"
#include "models/domain/Result.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace wsc {

class RequestLog;

// The OAuth client-credentials token (spec §3): kept in memory only, refreshed ahead of expiry, one
// request in flight however many calls wait for it.
class TokenProvider : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<QString, ApiError> &)>;

    TokenProvider(QNetworkAccessManager &network, RequestLog *log, QObject *parent = nullptr);
    // Stops a token request in flight (its network access manager may outlive this provider).
    ~TokenProvider() override;

    void setCredentials(const QUrl &tokenUrl, const QString &clientId, const QString &clientSecret,
                        const QString &audience = QStringLiteral("https://api.mparticle.com"));
    // The deadline of each attempt, as a whole.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Transient failures of the token request (429, 5xx, network) are retried like the API's GETs (asking
    // twice is harmless), with the same cap on Retry-After.
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    // A token that can be sent in an Authorization header: visible ASCII only (RFC 6750 b64token and
    // more), so CR/LF can never start a header of its own.
    static bool isHeaderSafe(const QString &token);

    // Calls `callback` (in `context`, unless it is gone) with a valid token, fetching one if needed.
    void withToken(QObject *context, Callback callback);
    // Drops the cached token (after a 401): any, or only `used` if it is still the cached one.
    void invalidate(const QString &used = QString());
    bool hasValidToken() const;
    int requestsSent() const { return m_requestsSent; }

private:
    void fetch();
    // The token request's answer: a token for everyone waiting, another attempt, or the failure.
    void handleReply(QNetworkReply *reply, quint64 logId, bool timedOut, quint64 generation);
    // An answer without a token: asked again when the policy allows, else a failure for everyone waiting.
    void retryOrFail(QNetworkReply &reply, int status, const QByteArray &response, bool timedOut,
                     quint64 generation);
    // A 200 answer: its token, once it is one that can be sent.
    void acceptToken(const QByteArray &response);
    void deliver(const Result<QString, ApiError> &result);

    QNetworkAccessManager &m_network;
    QPointer<QNetworkReply> m_reply; // the token request in flight
    quint64 m_generation = 0;        // bumped by setCredentials: older answers are ignored
    QPointer<RequestLog> m_log;
    QUrl m_tokenUrl;
    QString m_clientId;
    QString m_clientSecret;
    QString m_audience;
    QString m_token;
    QDeadlineTimer m_refreshAt; // ahead of the real expiry
    bool m_fetching = false;
    int m_timeoutMs = 30000;
    int m_requestsSent = 0;
    int m_attempt = 0;
    RetryPolicy m_retry;
    std::vector<std::pair<QPointer<QObject>, Callback>> m_waiting;
};

} // namespace wsc

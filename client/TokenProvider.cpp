#include "client/TokenProvider.h"

#include "client/ApiEndpoints.h"
#include "client/Redaction.h"
#include "client/RequestLog.h"
#include "models/domain/JsonCodec.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace wsc {

TokenProvider::TokenProvider(QNetworkAccessManager &network, RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_log(log)
{}

TokenProvider::~TokenProvider()
{
    ++m_generation; // what the abort below reports is for nobody
    if (m_reply)
        m_reply->abort();
}

void TokenProvider::setCredentials(const QUrl &tokenUrl, const QString &clientId, const QString &clientSecret,
                                   const QString &audience)
{
    m_tokenUrl = tokenUrl;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_audience = audience;
    invalidate();
    // A token request for the previous credentials must not answer for the new ones.
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    m_fetching = false;
    if (!m_waiting.empty())
        deliver(ApiError(ApiError::Kind::Cancelled, tr("The credentials changed.")));
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && !m_refreshAt.hasExpired();
}

void TokenProvider::invalidate(const QString &used)
{
    if (used.isEmpty() || used == m_token)
        m_token.clear();
}

void TokenProvider::withToken(QObject *context, Callback callback)
{
    if (hasValidToken()) {
        QTimer::singleShot(0, context,
                           [callback = std::move(callback), token = m_token] { callback(token); });
        return;
    }
    m_waiting.emplace_back(context, std::move(callback));
    if (!m_fetching) {
        m_attempt = 0;
        fetch();
    }
}

bool TokenProvider::isHeaderSafe(const QString &token)
{
    return !token.isEmpty() && std::all_of(token.begin(), token.end(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f;
    });
}

void TokenProvider::fetch()
{
    if (!ApiEndpoints::isAllowedTransport(m_tokenUrl)) {
        QTimer::singleShot(0, this, [this] {
            deliver(
                ApiError(ApiError::Kind::Insecure,
                         tr("The token URL must use https (plain http is allowed only for this computer)."),
                         m_tokenUrl.toString()));
        });
        return;
    }
    m_fetching = true;
    ++m_requestsSent;
    ++m_attempt;
    QNetworkRequest request(m_tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    const QByteArray body = JsonCodec::encodeTokenRequest(m_clientId, m_clientSecret, m_audience);
    const quint64 logId = m_log ? m_log->begin(QStringLiteral("POST"), m_tokenUrl, body) : 0;
    QNetworkReply *reply = m_network.post(request, body);
    m_reply = reply;
    // The attempt as a whole is bounded, not only its silences.
    auto timedOut = std::make_shared<bool>(false);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, logId, timedOut, generation = m_generation] {
        handleReply(reply, logId, *timedOut, generation);
    });
}

void TokenProvider::handleReply(QNetworkReply *reply, quint64 logId, bool timedOut, quint64 generation)
{
    reply->deleteLater();
    if (generation != m_generation) { // for credentials that were replaced meanwhile
        if (m_log) // the inspector's entry ends too (no body: the secret it could hold is gone)
            m_log->end(logId, 0, {}, tr("Cancelled: the credentials changed."));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray response = reply->readAll();
    if (m_log)
        m_log->end(logId, status, Redaction::redactValues(response, {m_clientSecret}),
                   status != 0 && !timedOut ? QString() : reply->errorString()); // an answer speaks for itself
    if (status != 200 || timedOut)
        return retryOrFail(*reply, status, response, timedOut, generation);
    m_fetching = false;
    acceptToken(response);
}

void TokenProvider::retryOrFail(QNetworkReply &reply, int status, const QByteArray &response, bool timedOut,
                                quint64 generation)
{
    ApiError error = timedOut ? ApiError(ApiError::Kind::Timeout,
                                         tr("The token endpoint did not answer within %n second(s).", nullptr,
                                            (m_timeoutMs + 999) / 1000))
                              : ApiError::fromResponse(reply.error(), status, response, reply.errorString());
    readRetryAfter(reply, error);
    error.redact({m_clientSecret});
    const RetryPolicy::Decision decision = m_retry.decide(error, m_attempt, true);
    if (decision.retry) {
        QTimer::singleShot(decision.delayMs, this, [this, generation] {
            if (generation == m_generation)
                fetch();
        });
        return; // still fetching
    }
    m_fetching = false;
    error = *decision.error;
    if (status == 400 || status == 401 || status == 403)
        error = ApiError(ApiError::Kind::Http, tr("Sign-in failed: check the client id and secret."),
                         error.details());
    deliver(error);
}

void TokenProvider::acceptToken(const QByteArray &response)
{
    const auto token = JsonCodec::decodeAccessToken(response);
    if (!token) {
        deliver(ApiError::decodeFailure(token.error().toString()));
        return;
    }
    // Only a bearer token is sent as one (OAuth 2.0 §7.1: the type is compared without case).
    if (!token->tokenType.isEmpty() && token->tokenType.compare(u"Bearer", Qt::CaseInsensitive) != 0) {
        deliver(ApiError(ApiError::Kind::Invalid,
                         tr("The token endpoint issued a token of type \"%1\"; the API takes Bearer tokens "
                            "only.")
                             .arg(token->tokenType.left(40))));
        return;
    }
    if (!isHeaderSafe(token->accessToken)) {
        deliver(ApiError(ApiError::Kind::Invalid,
                         tr("The token endpoint issued a token with characters that cannot be sent in a "
                            "request header; it was not used.")));
        return;
    }
    m_token = token->accessToken;
    // Refresh when less than max(60 s, 10 %) of the lifetime is left (spec §3.4).
    const qint64 lifetime = token->expiresInSeconds > 0 ? token->expiresInSeconds : 3600;
    const qint64 margin = std::min(lifetime / 2, std::max<qint64>(60, lifetime / 10));
    m_refreshAt.setRemainingTime((lifetime - margin) * 1000);
    deliver(m_token);
}

void TokenProvider::deliver(const Result<QString, ApiError> &result)
{
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (auto &[context, callback] : waiting) {
        if (context)
            callback(result);
    }
}

} // namespace wsc

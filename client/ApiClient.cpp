// The client's transport: each request's token, headers, deadline, retries and redaction, and a create
// whose earlier attempt may already have happened.
#include "client/ApiClient.h"

#include "client/Redaction.h"
#include "client/RequestLog.h"
#include "client/TokenProvider.h"
#include "models/domain/JsonDiff.h"
#include "models/domain/SecretFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTimer>

#include <cstring>

namespace wsc {

Q_LOGGING_CATEGORY(lcApi, "wsc.api")

struct ApiClient::Request {
    QString token; // the one sent with the last attempt
    QByteArray method;
    QUrl url;
    QByteArray body;
    QStringList secrets; // the request's secret values: never shown, even when the server echoes them
    QPointer<ApiReply> reply;
    QPointer<QNetworkReply> network;
    int attempt = 0;
    bool replayedAfter401 = false;
    bool counted = false;
    bool timedOut = false;  // the attempt's deadline passed
    bool anonymous = false; // sent without a token (the sandbox's local endpoints)
    bool polling = false;   // background status polling (PollingScope)
    int timeoutMs = 0;      // the attempt's deadline; 0: the client's
    QString refusal;        // why it is not sent at all
    bool idempotent() const { return method != "POST"; }
};

namespace {

// The upload of a POST: sequential, and it cannot be rewound. Qt's HTTP layer resends a request on its own
// when a connection closes before the answer; with a device that cannot be reset it fails the request
// (ContentReSendError) instead, so a create or a trigger happens at most once.
class OneShotUpload : public QIODevice {
public:
    explicit OneShotUpload(QByteArray data, QObject *parent = nullptr)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return -1; // at the end: nothing more, ever
        std::memcpy(data, m_data.constData() + m_pos, std::size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// The values of the members named as secrets in a JSON body (at any depth).
void collectSecrets(const QJsonValue &value, QStringList &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (SecretFields::isSecret(it.key()) && it.value().isString())
                out << it.value().toString();
            else
                collectSecrets(it.value(), out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectSecrets(item, out);
    }
}

QStringList secretsOf(const QByteArray &body)
{
    QStringList out;
    if (body.isEmpty())
        return out;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    collectSecrets(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), out);
    return out;
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_log(new RequestLog(this))
    , m_tokens(new TokenProvider(*m_network, m_log, this))
{
    setRetryPolicy(m_retry);
    // The API does not redirect; following one could carry the bearer token to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::ApiClient(QNetworkAccessManager *network, RequestLog *log)
    : m_network(network)
    , m_log(log)
    , m_tokens(new TokenProvider(*m_network, m_log, this))
{
    setRetryPolicy(m_retry);
}

std::unique_ptr<ApiClient> ApiClient::sibling()
{
    std::unique_ptr<ApiClient> client(new ApiClient(m_network, m_log));
    client->setTimeoutMs(m_timeoutMs);
    client->setRetryPolicy(m_retry);
    return client;
}

ApiClient::~ApiClient()
{
    // A sibling's transfers run on a network access manager that outlives it: stop them, so that nothing
    // keeps running (or stays open in the request log) for a client that is gone.
    if (m_network->parent() != this) {
        for (const QPointer<ApiReply> &reply : std::exchange(m_live, {})) {
            if (reply)
                reply->cancel();
        }
    }
}

void ApiClient::configure(const QUrl &apiRoot, const QUrl &tokenUrl, const QString &workspaceId,
                          const QString &clientId, const QString &clientSecret)
{
    const auto live = std::exchange(m_live, {});
    for (const QPointer<ApiReply> &reply : live) {
        if (reply)
            reply->cancel();
    }
    m_endpoints = ApiEndpoints(apiRoot, workspaceId);
    m_runPageSizeLimit = 0;
    m_tokens->setCredentials(tokenUrl, clientId, clientSecret);
    emit configured();
}

void ApiClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retry = policy;
    m_tokens->setRetryPolicy(policy);
}

void ApiClient::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    m_tokens->setTimeoutMs(ms);
}

ApiReply *ApiClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    auto request = std::make_shared<Request>();
    request->method = method;
    request->url = url;
    request->body = body;
    return send(std::move(request));
}

ApiReply *ApiClient::sendLocal(const QByteArray &method, const QString &path, const QByteArray &body,
                               int timeoutMs)
{
    auto request = std::make_shared<Request>();
    request->method = method;
    request->body = body;
    request->anonymous = true;
    request->timeoutMs = timeoutMs;
    request->url = m_endpoints.apiRoot();
    request->url.setPath(path);
    if (!ApiEndpoints::isLoopbackHost(request->url.host()))
        request->refusal = tr("Not sent: only a sandbox on this computer has these endpoints.");
    return send(std::move(request));
}

ApiReply *ApiClient::send(std::shared_ptr<Request> request)
{
    request->secrets = secretsOf(request->body);
    request->polling = m_pollingDepth > 0;
    request->reply = new ApiReply(this);
    connect(request->reply, &ApiReply::cancelRequested, this, [request] {
        if (request->network)
            request->network->abort();
    });
    m_live.removeAll(nullptr);
    m_live.append(request->reply);
    ++m_inFlight;
    request->counted = true;
    emit inFlightChanged(m_inFlight);
    connect(request->reply, &ApiReply::finished, this, [this, request] { finish(request); });
    start(request);
    return request->reply;
}

void ApiClient::finish(const std::shared_ptr<Request> &request)
{
    if (!request->counted)
        return;
    request->counted = false;
    --m_inFlight;
    emit inFlightChanged(m_inFlight);
}

void ApiClient::fail(const std::shared_ptr<Request> &request, ApiError error, quint64 logEntry)
{
    error.redact(request->secrets);
    request->reply->fail(std::move(error), logEntry);
}

void ApiClient::start(std::shared_ptr<Request> request)
{
    if (!request->reply || request->reply->isSettled())
        return;
    if (!request->refusal.isEmpty()) {
        request->reply->fail(ApiError(ApiError::Kind::Invalid, request->refusal));
        return;
    }
    if (request->url.isEmpty() || !request->url.isValid()) {
        request->reply->fail(ApiError(ApiError::Kind::Invalid,
                                      tr("Not sent: an id in the request is empty or not a valid id (ids are "
                                         "letters, digits, _ and -).")));
        return;
    }
    if (!ApiEndpoints::isAllowedTransport(request->url)) {
        request->reply->fail(
            ApiError(ApiError::Kind::Insecure,
                     tr("Refused to send over plain http: the API must use https (plain http is allowed "
                        "only for this computer)."),
                     request->url.toString(QUrl::RemoveUserInfo)));
        return;
    }
    if (request->anonymous) {
        dispatch(request, QString());
        return;
    }
    m_tokens->withToken(request->reply, [this, request](const Result<QString, ApiError> &token) {
        if (!request->reply)
            return;
        if (!token)
            request->reply->fail(token.error());
        else
            dispatch(request, token.value());
    });
}

void ApiClient::dispatch(std::shared_ptr<Request> request, const QString &token)
{
    if (!request->reply || request->reply->isSettled())
        return;
    ++request->attempt;
    request->token = token;
    request->timedOut = false;
    if (!token.isEmpty() && !request->secrets.contains(token)) // a server that echoes the header
        request->secrets << token;
    QNetworkRequest nr(request->url);
    if (!request->anonymous)
        nr.setRawHeader("Authorization", "Bearer " + token.toLatin1()); // checked by TokenProvider
    nr.setRawHeader("Accept", "application/json");
    if (!request->body.isEmpty() || request->method == "POST" || request->method == "PUT")
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const int timeoutMs = request->timeoutMs > 0 ? request->timeoutMs : m_timeoutMs;
    nr.setTransferTimeout(timeoutMs);
    const quint64 logId =
        m_log->begin(QString::fromLatin1(request->method), request->url, request->body, request->polling);
    QNetworkReply *reply = nullptr;
    if (request->method == "POST") {
        // At most once: not buffered by Qt, so it cannot replay it on a new connection by itself.
        nr.setHeader(QNetworkRequest::ContentLengthHeader, request->body.size());
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *upload = new OneShotUpload(request->body);
        reply = m_network->sendCustomRequest(nr, request->method, upload);
        upload->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(nr, request->method, request->body);
    }
    request->network = reply;
    // The transfer timeout only catches silence; this bounds the attempt as a whole (a trickled body).
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [request, reply] {
        request->timedOut = true;
        reply->abort();
    });
    deadline->start(timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, request, reply, logId] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->isOpen() ? reply->peek(reply->bytesAvailable()) : QByteArray();
        // An HTTP answer speaks for itself (its body is the server's message); Qt's transfer error only says
        // why there is none.
        const bool answered = status != 0 && !request->timedOut;
        m_log->end(logId, status, Redaction::redactValues(answer, request->secrets),
                   answered || reply->error() == QNetworkReply::NoError ? QString() : reply->errorString());
        handleFinished(request, reply, logId);
    });
}

void ApiClient::handleFinished(std::shared_ptr<Request> request, QNetworkReply *reply, quint64 logId)
{
    reply->deleteLater();
    if (!request->reply || request->reply->isSettled())
        return; // cancelled meanwhile: already reported
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (status == 401 && !request->replayedAfter401 && !request->anonymous) {
        // The token may have expired early or been refused: fetch a new one and replay once (§3.4). A 401
        // means the request was not carried out, so a POST may be replayed too.
        request->replayedAfter401 = true;
        m_tokens->invalidate(request->token); // not a newer token another request already fetched
        start(request);
        return;
    }
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError && !request->timedOut) {
        request->reply->succeed(status, body, logId);
        return;
    }
    ApiError error =
        request->timedOut
            ? ApiError(ApiError::Kind::Timeout,
                       tr("The server did not answer within %n second(s).", nullptr,
                          ((request->timeoutMs > 0 ? request->timeoutMs : m_timeoutMs) + 999) / 1000))
        : status >= 200 && status < 300
            ? ApiError(ApiError::Kind::Network, tr("The server's answer broke off before its end."),
                       reply->errorString())
            : ApiError::fromResponse(reply->error(), status, body, reply->errorString());
    readRetryAfter(*reply, error);
    const bool answerCut = request->timedOut || (status >= 200 && status < 300); // a 2xx whose body broke off
    if (!request->idempotent() && (status == 0 || answerCut)) {
        // No (whole) answer to a POST: unless it surely never left (refused, no such host, TLS), it may
        // have been carried out. It is not sent again.
        const auto e = reply->error();
        const bool neverSent = e == QNetworkReply::ConnectionRefusedError ||
                               e == QNetworkReply::HostNotFoundError ||
                               e == QNetworkReply::SslHandshakeFailedError;
        if (!neverSent || answerCut)
            error.markOutcomeUnknown();
    }
    if (request->method == "DELETE" && status == 404 && request->attempt > 1) {
        // An earlier attempt was answered with 5xx or lost but did its work: the resource is gone as asked.
        request->reply->succeed(200, {}, logId);
        return;
    }
    // The sandbox's local endpoints are on this computer: nothing to wait out, so never tried again.
    const RetryPolicy::Decision decision =
        m_retry.decide(error, request->attempt, request->idempotent() && !request->anonymous);
    if (decision.retry) {
        qCDebug(lcApi) << request->method << request->url.path() << "retry" << request->attempt << "in"
                       << decision.delayMs << "ms";
        QTimer::singleShot(decision.delayMs, request->reply, [this, request] { start(request); });
        return;
    }
    fail(request, *decision.error, logId);
}

ApiReply *ApiClient::sendCreate(const QUrl &collection, const QUrl &item, const QByteArray &body)
{
    auto *outer = new ApiReply(this);
    ApiReply *post = send("POST", collection, body);
    connect(outer, &ApiReply::cancelRequested, post, &ApiReply::cancel);
    connect(post, &ApiReply::finished, outer, [this, outer, post, item, body] {
        const ApiOutcome result = *post->outcome();
        if (!result.error || result.status != 400 || !item.isValid()) {
            if (result.error)
                outer->fail(*result.error, result.logEntry);
            else
                outer->succeed(result.status, result.body, result.logEntry);
            return;
        }
        // Refused: perhaps because an earlier attempt (whose answer was lost) created it. The server's
        // copy decides, not the wording of its message.
        ApiReply *get = send("GET", item);
        connect(outer, &ApiReply::cancelRequested, get, &ApiReply::cancel);
        connect(get, &ApiReply::finished, outer, [this, outer, get, result, item, body] {
            const ApiOutcome held = *get->outcome();
            const QJsonDocument server = QJsonDocument::fromJson(held.body);
            const QJsonDocument sent = QJsonDocument::fromJson(body);
            if (held.error && held.error->kind() == ApiError::Kind::Cancelled) {
                outer->fail(*held.error, held.logEntry);
                return;
            }
            if (held.error || !server.isObject() || !sent.isObject() ||
                !jsonHolds(server.object(), sent.object())) {
                outer->fail(*result.error, result.logEntry);
                return;
            }
            if (secretsOf(body).isEmpty()) {
                outer->succeed(held.status, held.body, held.logEntry);
                return;
            }
            // Secrets cannot be compared (the server masks them): the same body is put, so that what
            // the user typed is what the server holds.
            ApiReply *put = send("PUT", item, body);
            connect(outer, &ApiReply::cancelRequested, put, &ApiReply::cancel);
            connect(put, &ApiReply::finished, outer, [outer, put] {
                const ApiOutcome stored = *put->outcome();
                if (stored.error)
                    outer->fail(*stored.error, stored.logEntry);
                else
                    outer->succeed(stored.status, stored.body, stored.logEntry);
            });
        });
    });
    return outer;
}

} // namespace wsc

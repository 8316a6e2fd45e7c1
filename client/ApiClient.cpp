#include "client/ApiClient.h"

#include "client/RequestLog.h"
#include "client/TokenProvider.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace wsc {

Q_LOGGING_CATEGORY(lcApi, "wsc.api")

using namespace Qt::StringLiterals;

struct ApiClient::Request {
    QString token; // the one sent with the last attempt
    QByteArray method;
    QUrl url;
    QByteArray body;
    QPointer<ApiReply> reply;
    QPointer<QNetworkReply> network;
    int attempt = 0;
    bool replayedAfter401 = false;
    bool counted = false;
    bool idempotent() const { return method != "POST"; }
};

namespace {

template <typename T, typename Decode>
ApiCall<T> typed(ApiReply *reply, Decode decode)
{
    return ApiCall<T>(reply, [decode](const QByteArray &body) -> ApiResult<T> {
        auto decoded = decode(QByteArrayView(body));
        if (!decoded)
            return ApiError::decodeFailure(decoded.error().toString());
        return std::move(decoded).value();
    });
}

ApiCall<Done> done(ApiReply *reply)
{
    return ApiCall<Done>(reply, [](const QByteArray &) -> ApiResult<Done> { return Done{}; });
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_log(new RequestLog(this))
    , m_tokens(new TokenProvider(m_network, m_log, this))
{
    setRetryPolicy(m_retry);
    // The API does not redirect; following one could carry the bearer token to another host.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::configure(const QUrl &apiRoot, const QUrl &tokenUrl, const QString &workspaceId,
                          const QString &clientId, const QString &clientSecret)
{
    const auto live = std::exchange(m_live, {});
    for (const QPointer<ApiReply> &reply : live) {
        if (reply)
            reply->cancel();
    }
    m_endpoints = ApiEndpoints(apiRoot, workspaceId);
    m_tokens->setCredentials(tokenUrl, clientId, clientSecret);
}

void ApiClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retry = policy;
    m_tokens->setRetry(policy.maxAttempts, policy.baseDelayMs);
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

void ApiClient::start(std::shared_ptr<Request> request)
{
    if (!request->reply || request->reply->isSettled())
        return;
    if (!ApiEndpoints::isAllowedTransport(request->url)) {
        request->reply->fail(
            ApiError(ApiError::Kind::Insecure,
                     tr("Refused to send over plain http: the API must use https (plain http is allowed "
                        "only for this computer)."),
                     request->url.toString(QUrl::RemoveUserInfo)));
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
    QNetworkRequest nr(request->url);
    nr.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    nr.setRawHeader("Accept", "application/json");
    if (!request->body.isEmpty() || request->method == "POST" || request->method == "PUT")
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    nr.setTransferTimeout(m_timeoutMs);
    const quint64 logId = m_log->begin(QString::fromLatin1(request->method), request->url, request->body);
    QNetworkReply *reply = m_network.sendCustomRequest(nr, request->method, request->body);
    request->network = reply;
    connect(reply, &QNetworkReply::finished, this, [this, request, reply, logId] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_log->end(logId, status, reply->isOpen() ? reply->peek(reply->bytesAvailable()) : QByteArray(),
                   reply->error() == QNetworkReply::NoError ? QString() : reply->errorString());
        handleFinished(request, reply);
    });
}

void ApiClient::handleFinished(std::shared_ptr<Request> request, QNetworkReply *reply)
{
    reply->deleteLater();
    if (!request->reply || request->reply->isSettled())
        return; // cancelled meanwhile: already reported
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (status == 401 && !request->replayedAfter401) {
        // The token may have expired early or been refused: fetch a new one and replay once (§3.4).
        request->replayedAfter401 = true;
        m_tokens->invalidate(request->token); // not a newer token another request already fetched
        start(request);
        return;
    }
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        request->reply->succeed(status, body);
        return;
    }
    ApiError error = ApiError::fromResponse(reply->error(), status, body, reply->errorString());
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok && retryAfter >= 0)
        error.setRetryAfterSeconds(retryAfter);

    const bool transientStatus = status == 429 || status == 502 || status == 503 || status == 504;
    const bool transientNetwork = status == 0 && error.kind() != ApiError::Kind::Insecure;
    const bool tooLongToWait = error.retryAfterSeconds() > m_retry.maxRetryAfterSeconds;
    if (request->idempotent() && (transientStatus || transientNetwork) &&
        request->attempt < m_retry.maxAttempts && !tooLongToWait) {
        int delay = std::min(m_retry.maxDelayMs, m_retry.baseDelayMs << std::min(request->attempt - 1, 16));
        delay += int(QRandomGenerator::global()->bounded(delay / 2 + 1));
        if (error.retryAfterSeconds() >= 0)
            delay = std::max(delay, error.retryAfterSeconds() * 1000);
        qCDebug(lcApi) << request->method << request->url.path() << "retry" << request->attempt << "in"
                       << delay << "ms";
        QTimer::singleShot(delay, request->reply, [this, request] { start(request); });
        return;
    }
    request->reply->fail(error);
}

// --- endpoints -----------------------------------------------------------------------------------------

ApiCall<DecodedList<Connection>> ApiClient::listConnections(std::optional<ServiceProvider> provider)
{
    QUrl url = m_endpoints.connections();
    if (provider) {
        QUrlQuery query;
        query.addQueryItem(u"serviceProvider"_s, EnumValue<ServiceProvider>(*provider).wire());
        url.setQuery(query);
    }
    auto call = typed<DecodedList<Connection>>(send("GET", url), JsonCodec::decodeConnections);
    if (!provider)
        return call;
    // The server may ignore the filter (I-28): filter here too.
    return ApiCall<DecodedList<Connection>>(
        call.reply(), [want = *provider](const QByteArray &body) -> ApiResult<DecodedList<Connection>> {
            auto decoded = JsonCodec::decodeConnections(body);
            if (!decoded)
                return ApiError::decodeFailure(decoded.error().toString());
            DecodedList<Connection> list = std::move(decoded).value();
            std::erase_if(list.items, [want](const Connection &c) { return c.serviceProvider != want; });
            return list;
        });
}

ApiCall<Connection> ApiClient::getConnection(const QString &id)
{
    return typed<Connection>(send("GET", m_endpoints.connection(id)), JsonCodec::decodeConnection);
}

ApiCall<Connection> ApiClient::createConnection(const Connection &c)
{
    return typed<Connection>(send("POST", m_endpoints.connections(), JsonCodec::encode(c)),
                             JsonCodec::decodeConnection);
}

ApiCall<Connection> ApiClient::replaceConnection(const Connection &c)
{
    return typed<Connection>(send("PUT", m_endpoints.connection(c.id), JsonCodec::encode(c)),
                             JsonCodec::decodeConnection);
}

ApiCall<Done> ApiClient::deleteConnection(const QString &id)
{
    return done(send("DELETE", m_endpoints.connection(id)));
}

ApiCall<DecodedList<DataModel>> ApiClient::listDataModels()
{
    return typed<DecodedList<DataModel>>(send("GET", m_endpoints.dataModels()), JsonCodec::decodeDataModels);
}

ApiCall<DataModel> ApiClient::getDataModel(const QString &id)
{
    return typed<DataModel>(send("GET", m_endpoints.dataModel(id)), JsonCodec::decodeDataModel);
}

ApiCall<DataModel> ApiClient::createDataModel(const DataModel &m)
{
    return typed<DataModel>(send("POST", m_endpoints.dataModels(), JsonCodec::encode(m)),
                            JsonCodec::decodeDataModel);
}

ApiCall<DataModel> ApiClient::replaceDataModel(const DataModel &m)
{
    return typed<DataModel>(send("PUT", m_endpoints.dataModel(m.id), JsonCodec::encode(m)),
                            JsonCodec::decodeDataModel);
}

ApiCall<Done> ApiClient::deleteDataModel(const QString &id)
{
    return done(send("DELETE", m_endpoints.dataModel(id)));
}

ApiCall<DecodedList<FieldTransformation>> ApiClient::listFieldTransformations()
{
    return typed<DecodedList<FieldTransformation>>(send("GET", m_endpoints.fieldTransformations()),
                                                   JsonCodec::decodeFieldTransformations);
}

ApiCall<FieldTransformation> ApiClient::getFieldTransformation(const QString &id)
{
    return typed<FieldTransformation>(send("GET", m_endpoints.fieldTransformation(id)),
                                      JsonCodec::decodeFieldTransformation);
}

ApiCall<FieldTransformation> ApiClient::createFieldTransformation(const FieldTransformation &t)
{
    return typed<FieldTransformation>(send("POST", m_endpoints.fieldTransformations(), JsonCodec::encode(t)),
                                      JsonCodec::decodeFieldTransformation);
}

ApiCall<FieldTransformation> ApiClient::replaceFieldTransformation(const FieldTransformation &t)
{
    return typed<FieldTransformation>(
        send("PUT", m_endpoints.fieldTransformation(t.id), JsonCodec::encode(t)),
        JsonCodec::decodeFieldTransformation);
}

ApiCall<Done> ApiClient::deleteFieldTransformation(const QString &id)
{
    return done(send("DELETE", m_endpoints.fieldTransformation(id)));
}

ApiCall<DecodedList<Pipeline>> ApiClient::listPipelines()
{
    return typed<DecodedList<Pipeline>>(send("GET", m_endpoints.pipelines()), JsonCodec::decodePipelines);
}

ApiCall<Pipeline> ApiClient::getPipeline(const QString &id)
{
    return typed<Pipeline>(send("GET", m_endpoints.pipeline(id)), JsonCodec::decodePipeline);
}

ApiCall<Pipeline> ApiClient::createPipeline(const Pipeline &p)
{
    return typed<Pipeline>(send("POST", m_endpoints.pipelines(), JsonCodec::encode(p)),
                           JsonCodec::decodePipeline);
}

ApiCall<Pipeline> ApiClient::replacePipeline(const Pipeline &p)
{
    return typed<Pipeline>(send("PUT", m_endpoints.pipeline(p.id), JsonCodec::encode(p)),
                           JsonCodec::decodePipeline);
}

ApiCall<Done> ApiClient::deletePipeline(const QString &id)
{
    return done(send("DELETE", m_endpoints.pipeline(id)));
}

ApiCall<TriggerResult> ApiClient::trigger(const QString &pipelineId)
{
    return typed<TriggerResult>(
        send("POST", m_endpoints.trigger(), JsonCodec::encodeTriggerRequest(pipelineId)),
        JsonCodec::decodeTriggerResult);
}

ApiCall<PipelineReport> ApiClient::report(const QString &pipelineId)
{
    return typed<PipelineReport>(send("GET", m_endpoints.report(pipelineId)), JsonCodec::decodeReport);
}

ApiCall<RunPage> ApiClient::runs(const QString &pipelineId, const RunQuery &query)
{
    return typed<RunPage>(send("GET", m_endpoints.runs(pipelineId, query)), JsonCodec::decodeRunPage);
}

ApiCall<PipelineRun> ApiClient::run(const QString &pipelineId, qint64 runId)
{
    return typed<PipelineRun>(send("GET", m_endpoints.run(pipelineId, runId)), JsonCodec::decodeRun);
}

} // namespace wsc

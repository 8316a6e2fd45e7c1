#pragma once

#include "client/ApiCall.h"
#include "client/ApiEndpoints.h"
#include "models/domain/JsonCodec.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <optional>

namespace wsc {

class RequestLog;
class TokenProvider;

// How failed idempotent requests are retried (spec §4.4, §13.4).
struct RetryPolicy {
    int maxAttempts = 5;   // for GET, PUT and DELETE; POST is never replayed
    int baseDelayMs = 500; // doubles per attempt, with up to 50 % random jitter
    int maxDelayMs = 30000;
    int maxRetryAfterSeconds = 120; // a longer Retry-After is reported instead of waited for
};

// The Warehouse Sync API client: the one QNetworkAccessManager, every endpoint as a typed call, bearer
// tokens, timeouts, retries and the request log.
class ApiClient : public QObject {
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // `apiRoot` as a profile holds it (https://api.mparticle.com); `tokenUrl` the full token endpoint.
    // Every call still in flight for the previous settings is cancelled: nothing of one profile reaches
    // another.
    void configure(const QUrl &apiRoot, const QUrl &tokenUrl, const QString &workspaceId,
                   const QString &clientId, const QString &clientSecret);
    void setTimeoutMs(int ms);
    void setRetryPolicy(const RetryPolicy &policy);
    const ApiEndpoints &endpoints() const { return m_endpoints; }
    RequestLog &requestLog() { return *m_log; }
    TokenProvider &tokens() { return *m_tokens; }
    int inFlight() const { return m_inFlight; }

    ApiCall<DecodedList<Connection>> listConnections(std::optional<ServiceProvider> provider = std::nullopt);
    ApiCall<Connection> getConnection(const QString &id);
    ApiCall<Connection> createConnection(const Connection &connection);
    ApiCall<Connection> replaceConnection(const Connection &connection);
    ApiCall<Done> deleteConnection(const QString &id);

    ApiCall<DecodedList<DataModel>> listDataModels();
    ApiCall<DataModel> getDataModel(const QString &id);
    ApiCall<DataModel> createDataModel(const DataModel &model);
    ApiCall<DataModel> replaceDataModel(const DataModel &model);
    ApiCall<Done> deleteDataModel(const QString &id);

    ApiCall<DecodedList<FieldTransformation>> listFieldTransformations();
    ApiCall<FieldTransformation> getFieldTransformation(const QString &id);
    ApiCall<FieldTransformation> createFieldTransformation(const FieldTransformation &transformation);
    ApiCall<FieldTransformation> replaceFieldTransformation(const FieldTransformation &transformation);
    ApiCall<Done> deleteFieldTransformation(const QString &id);

    ApiCall<DecodedList<Pipeline>> listPipelines();
    ApiCall<Pipeline> getPipeline(const QString &id);
    ApiCall<Pipeline> createPipeline(const Pipeline &pipeline);
    ApiCall<Pipeline> replacePipeline(const Pipeline &pipeline);
    ApiCall<Done> deletePipeline(const QString &id);

    ApiCall<TriggerResult> trigger(const QString &pipelineId);
    ApiCall<PipelineReport> report(const QString &pipelineId);
    ApiCall<RunPage> runs(const QString &pipelineId, const RunQuery &query);
    ApiCall<PipelineRun> run(const QString &pipelineId, qint64 runId);

    // Any request with the API's own JSON in and out (the command line prints it as it came).
    ApiReply *send(const QByteArray &method, const QUrl &url, const QByteArray &body = {});

signals:
    void inFlightChanged(int count);

private:
    struct Request;
    void start(std::shared_ptr<Request> request);
    void dispatch(std::shared_ptr<Request> request, const QString &token);
    void handleFinished(std::shared_ptr<Request> request, QNetworkReply *reply);
    void finish(const std::shared_ptr<Request> &request);

    QNetworkAccessManager m_network;
    RequestLog *m_log;
    TokenProvider *m_tokens;
    ApiEndpoints m_endpoints;
    RetryPolicy m_retry;
    int m_timeoutMs = 30000;
    int m_inFlight = 0;
    QList<QPointer<ApiReply>> m_live;
};

} // namespace wsc

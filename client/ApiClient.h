#pragma once

#include "client/ApiCall.h"
#include "client/ApiEndpoints.h"
#include "client/RetryPolicy.h"
#include "models/domain/JsonCodec.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>
#include <optional>

namespace wsc {

class RequestLog;
class TokenProvider;

// The Warehouse Sync API client: the one QNetworkAccessManager, every endpoint as a typed call, bearer
// tokens, timeouts, retries and the request log. Every server is treated as possibly hostile: an id is
// checked before it becomes part of a URL, each attempt has an overall deadline, a POST is sent at most
// once (Qt's own resend on a closed connection included), and a 2xx body that is not what the endpoint
// returns is an error.
class ApiClient : public QObject {
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;
    // A client with settings of its own on this one's network access manager and request log (the sign-in
    // test of a profile being edited: its traffic shows in the inspector like every other call, while this
    // client stays on its profile). It must not outlive this one.
    std::unique_ptr<ApiClient> sibling();

    // `apiRoot` as a profile holds it (https://api.mparticle.com); `tokenUrl` the full token endpoint.
    // Every call still in flight for the previous settings is cancelled: nothing of one profile reaches
    // another.
    void configure(const QUrl &apiRoot, const QUrl &tokenUrl, const QString &workspaceId,
                   const QString &clientId, const QString &clientSecret);
    // The deadline of each attempt, from sending to the last byte of the answer (the token request too).
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy);
    const ApiEndpoints &endpoints() const { return m_endpoints; }
    RequestLog &requestLog() { return *m_log; }
    TokenProvider &tokens() { return *m_tokens; }
    int inFlight() const { return m_inFlight; }
    // While one lives, the calls made are the background polling of run status: the request log marks them
    // so that the inspector can hide them.
    class PollingScope {
    public:
        explicit PollingScope(ApiClient &client)
            : m_client(client)
        {
            ++m_client.m_pollingDepth;
        }
        ~PollingScope() { --m_client.m_pollingDepth; }
        PollingScope(const PollingScope &) = delete;
        PollingScope &operator=(const PollingScope &) = delete;

    private:
        ApiClient &m_client;
    };

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
    ApiCall<PipelineRun> run(const QString &pipelineId, const QString &runId);
    // The run page size to ask for: `wanted`, or less once this service refused a larger page (the
    // pages of a query keep one size, so callers pick it here before their first page).
    int runPageSize(int wanted) const
    {
        return m_runPageSizeLimit > 0 ? std::min(wanted, m_runPageSizeLimit) : wanted;
    }

    // Any request with the API's own JSON in and out (the command line prints it as it came). An invalid
    // `url` (ApiEndpoints gives one for an id that cannot be used) is refused without sending.
    ApiReply *send(const QByteArray &method, const QUrl &url, const QByteArray &body = {});
    // A POST that creates `item` in `collection`. When it is refused with 400 and the item exists holding
    // what was sent, the create happened already (an earlier attempt whose answer was lost): it succeeds
    // with the item as the server has it (put once more with the same body when it carries secrets, which
    // the server masks and so cannot be compared).
    ApiReply *sendCreate(const QUrl &collection, const QUrl &item, const QByteArray &body);
    // A request to the local sandbox's own endpoints (`path` below the API root, e.g.
    // "/_sandbox/clock"): without a token, with a deadline of its own (0: the client's), never retried,
    // and refused unless the API root is this computer.
    ApiReply *sendLocal(const QByteArray &method, const QString &path, const QByteArray &body = {},
                        int timeoutMs = 0);

signals:
    void inFlightChanged(int count);
    // configure() pointed the client at another service (or the same one with other credentials).
    void configured();
    // The service refused the run page size asked for; later pages ask for `pageSize` at most.
    void runPageSizeLimited(int pageSize);

private:
    struct Request;
    ApiReply *send(std::shared_ptr<Request> request);
    void start(std::shared_ptr<Request> request);
    void dispatch(std::shared_ptr<Request> request, const QString &token);
    void handleFinished(std::shared_ptr<Request> request, QNetworkReply *reply, quint64 logId);
    void finish(const std::shared_ptr<Request> &request);
    void fail(const std::shared_ptr<Request> &request, ApiError error, quint64 logEntry);
    template <typename T, typename Decode>
    ApiCall<T> typed(ApiReply *reply, Decode decode);

    ApiClient(QNetworkAccessManager *network, RequestLog *log);

    QNetworkAccessManager *m_network; // this client's own, or the one a sibling shares
    RequestLog *m_log;
    TokenProvider *m_tokens;
    ApiEndpoints m_endpoints;
    RetryPolicy m_retry;
    int m_timeoutMs = 30000;
    int m_inFlight = 0;
    int m_pollingDepth = 0;
    int m_runPageSizeLimit = 0;
    QList<QPointer<ApiReply>> m_live;
};

} // namespace wsc

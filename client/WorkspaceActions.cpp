#include "client/WorkspaceActions.h"

#include "client/ApiClient.h"
#include "client/RunHistoryLoader.h"
#include "client/RunPoller.h"
#include "client/bundle/BundleApplier.h"
#include "client/bundle/OtherWorkspace.h"
#include "client/warehouse/WarehouseAccess.h"
#include "models/store/WorkspaceStore.h"

namespace wsc {

WorkspaceActions::WorkspaceActions(ApiClient &client, WorkspaceStore &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_warehouses(new WarehouseAccess(client, this))
{
    connect(&client, &ApiClient::inFlightChanged, this, &WorkspaceActions::inFlightChanged);
}

WorkspaceActions::~WorkspaceActions() = default;

RequestLog &WorkspaceActions::requestLog()
{
    return m_client.requestLog();
}

int WorkspaceActions::inFlight() const
{
    return m_client.inFlight();
}

template <typename T>
ApiCall<T> WorkspaceActions::intoStore(ApiCall<T> call)
{
    // Attached before the caller's handler, so that the store has the answer when the caller hears of it.
    call.then(&m_store, [store = &m_store](const ApiResult<T> &result) {
        if (result)
            store->upsert(result.value());
    });
    return call;
}

ApiCall<Connection> WorkspaceActions::save(const Connection &connection, bool isNew)
{
    return intoStore(isNew ? m_client.createConnection(connection) : m_client.replaceConnection(connection));
}

ApiCall<DataModel> WorkspaceActions::save(const DataModel &model, bool isNew)
{
    return intoStore(isNew ? m_client.createDataModel(model) : m_client.replaceDataModel(model));
}

ApiCall<FieldTransformation> WorkspaceActions::save(const FieldTransformation &transformation, bool isNew)
{
    return intoStore(isNew ? m_client.createFieldTransformation(transformation)
                           : m_client.replaceFieldTransformation(transformation));
}

ApiCall<Pipeline> WorkspaceActions::save(const Pipeline &pipeline, bool isNew)
{
    ApiCall<Pipeline> call =
        intoStore(isNew ? m_client.createPipeline(pipeline) : m_client.replacePipeline(pipeline));
    // A replace clears the pipeline's fault (spec §8, E15): the status shown must not keep the old one.
    call.then(this, [this, id = pipeline.id](const ApiResult<Pipeline> &result) {
        if (result)
            refreshStatus(id);
    });
    return call;
}

ApiCall<Done> WorkspaceActions::remove(ResourceKind kind, const QString &id)
{
    ApiCall<Done> call = kind == ResourceKind::Connection            ? m_client.deleteConnection(id)
                         : kind == ResourceKind::DataModel           ? m_client.deleteDataModel(id)
                         : kind == ResourceKind::FieldTransformation ? m_client.deleteFieldTransformation(id)
                                                                     : m_client.deletePipeline(id);
    call.then(&m_store, [store = &m_store, kind, id](const ApiResult<Done> &result) {
        if (result || result.error().httpStatus() == 404) // 404: someone else deleted it already
            store->remove(kind, id);
    });
    return call;
}

ApiCall<TriggerResult> WorkspaceActions::trigger(const QString &pipelineId)
{
    ApiCall<TriggerResult> call = m_client.trigger(pipelineId);
    call.then(this, [this, pipelineId](const ApiResult<TriggerResult> &) { refreshStatus(pipelineId); });
    return call;
}

void WorkspaceActions::refreshStatus(const QString &pipelineId)
{
    if (m_poller && m_poller->isWatching(pipelineId)) {
        m_poller->pollSoon(pipelineId);
        return;
    }
    // No poller watches it (a test, or a pipeline that just arrived): ask once.
    m_client.report(pipelineId).then(this, [this, pipelineId](const ApiResult<PipelineReport> &result) {
        if (!result) {
            emit statusFailed(pipelineId, result.error());
            return;
        }
        m_store.setReport(pipelineId, result.value());
        if (result->latestRun)
            m_store.mergeRuns(pipelineId, {*result->latestRun});
    });
}

ApiCall<PipelineRun> WorkspaceActions::fetchRun(const QString &pipelineId, const QString &runId)
{
    ApiCall<PipelineRun> call = m_client.run(pipelineId, runId);
    call.then(&m_store, [store = &m_store, pipelineId](const ApiResult<PipelineRun> &result) {
        if (result)
            store->mergeRuns(pipelineId, {result.value()});
    });
    return call;
}

RunHistoryLoader *WorkspaceActions::newHistoryLoader(QObject *parent)
{
    auto *loader = new RunHistoryLoader(m_client, parent);
    // Connected before the view's own handlers: the store has the page's state when the table takes it.
    connect(loader, &RunHistoryLoader::pageLoaded, &m_store,
            [store = &m_store, loader](const std::vector<PipelineRun> &page) {
                store->updateHeldRuns(loader->pipelineId(), page);
            });
    return loader;
}

ApiCall<DecodedList<Connection>> WorkspaceActions::testSignIn(const QUrl &apiRoot, const QUrl &tokenUrl,
                                                              const QString &workspaceId,
                                                              const QString &clientId,
                                                              const QString &clientSecret)
{
    if (!m_signInProbe)
        m_signInProbe = m_client.sibling();
    m_signInProbe->configure(apiRoot, tokenUrl, workspaceId, clientId, clientSecret); // cancels the last
    return m_signInProbe->listConnections();
}

void WorkspaceActions::snapshot(const QString &profileName, QObject *context, WorkspaceSnapshot::Handler done)
{
    WorkspaceSnapshot::fetch(m_client, profileName, context, std::move(done));
}

BundleApplier *WorkspaceActions::newApplier(Plan plan, QHash<QString, QString> secrets, QObject *parent)
{
    return new BundleApplier(m_client, std::move(plan), std::move(secrets), parent);
}

std::unique_ptr<OtherWorkspace> WorkspaceActions::otherWorkspace(const Profile &profile)
{
    return std::make_unique<OtherWorkspace>(m_client.sibling(), profile, m_secretStore);
}

} // namespace wsc

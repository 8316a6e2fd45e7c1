#pragma once

#include "client/ApiCall.h"
#include "client/ApiEndpoints.h"
#include "client/Profile.h"
#include "client/bundle/WorkspaceSnapshot.h"
#include "models/domain/Connection.h"
#include "models/domain/DataModel.h"
#include "models/domain/FieldTransformation.h"
#include "models/domain/JsonCodec.h"
#include "models/domain/Pipeline.h"
#include "models/domain/PipelineReport.h"
#include "models/domain/PipelineRun.h"
#include "models/domain/ResourceKind.h"

#include <QObject>

#include <memory>

namespace wsc {

class ApiClient;
class BundleApplier;
class OtherWorkspace;
class RequestLog;
class SecretStore;
struct Plan;
class RunHistoryLoader;
class RunPoller;
class WarehouseAccess;
class WorkspaceStore;

// Everything a user does to a workspace: save, delete, trigger, refresh a status, fetch a run. The only
// writer of the store the widgets use (WorkspaceSync and RunPoller are the other two): each action sends
// its request and puts the server's answer into the store, even when the widget that asked is gone, so
// that every view shows the same state. Widgets call these, watch the store, and read the answer of the
// returned call for their own messages; none of them holds the ApiClient.
class WorkspaceActions : public QObject {
    Q_OBJECT

public:
    WorkspaceActions(ApiClient &client, WorkspaceStore &store, QObject *parent = nullptr);
    ~WorkspaceActions() override;

    // What the widgets watch: read-only, so that no widget can write it.
    const WorkspaceStore &store() const { return m_store; }
    // The request inspector's model.
    RequestLog &requestLog();
    // The warehouses behind the connections: previews of queries, schema catalogs.
    WarehouseAccess &warehouses() { return *m_warehouses; }
    int inFlight() const;
    // The poller that keeps statuses live; refreshStatus() asks it first.
    void setRunPoller(RunPoller *poller) { m_poller = poller; }
    RunPoller *runPoller() const { return m_poller; }

    // Creates (POST) or replaces (PUT) a resource; the answer goes into the store. Pausing and resuming a
    // pipeline is a save of its state.
    ApiCall<Connection> save(const Connection &connection, bool isNew);
    ApiCall<DataModel> save(const DataModel &model, bool isNew);
    ApiCall<FieldTransformation> save(const FieldTransformation &transformation, bool isNew);
    ApiCall<Pipeline> save(const Pipeline &pipeline, bool isNew);
    // Deletes a resource; the store drops it when the server has (or answers 404: it is gone already).
    ApiCall<Done> remove(ResourceKind kind, const QString &id);
    // Asks for a run now. The poller is told to look soon, whatever the answer (a refusal may mean a run
    // is in progress that the console has not seen yet).
    ApiCall<TriggerResult> trigger(const QString &pipelineId);
    // A fresh status of one pipeline: through the poller when it watches it (it keeps the budget and the
    // back-off), otherwise one report request into the store. A failure is announced by statusFailed (the
    // poller's pollFailed for watched pipelines).
    void refreshStatus(const QString &pipelineId);
    // One run, into the store (an older latest success that the planner starts from).
    ApiCall<PipelineRun> fetchRun(const QString &pipelineId, const QString &runId);
    // A loader of run history pages for a view. Every page goes through the store first (updateHeldRuns:
    // what it holds takes the page's state); the older runs are the view's to keep.
    RunHistoryLoader *newHistoryLoader(QObject *parent);
    // Signs in with other settings than the workspace's (a profile being edited) and lists its connections,
    // on the one network access manager, so that the traffic shows in the request inspector; the store is
    // not touched. A new test cancels the previous one.
    ApiCall<DecodedList<Connection>> testSignIn(const QUrl &apiRoot, const QUrl &tokenUrl,
                                                const QString &workspaceId, const QString &clientId,
                                                const QString &clientSecret);

    // Workspace as code: the whole workspace as a bundle (read from the server, not the store: a plan must
    // not rest on a list that failed), an applier of a plan to it, and another profile's workspace.
    void snapshot(const QString &profileName, QObject *context, WorkspaceSnapshot::Handler done);
    BundleApplier *newApplier(Plan plan, QHash<QString, QString> secrets, QObject *parent);
    std::unique_ptr<OtherWorkspace> otherWorkspace(const Profile &profile);
    // The console's secret store (the keychain, or this session's memory without one), shared by whatever
    // reads or keeps a secret on the workspace's behalf; null until the application sets it.
    void setSecretStore(SecretStore *store) { m_secretStore = store; }
    SecretStore *secretStore() const { return m_secretStore; }

signals:
    void inFlightChanged(int count);
    void statusFailed(const QString &pipelineId, const wsc::ApiError &error);

private:
    template <typename T>
    ApiCall<T> intoStore(ApiCall<T> call);

    ApiClient &m_client;
    WorkspaceStore &m_store;
    WarehouseAccess *m_warehouses; // a child
    RunPoller *m_poller = nullptr;
    SecretStore *m_secretStore = nullptr;
    std::unique_ptr<ApiClient> m_signInProbe;
};

} // namespace wsc

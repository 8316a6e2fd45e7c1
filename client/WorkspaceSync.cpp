#include "client/WorkspaceSync.h"

#include "client/ApiClient.h"

namespace wsc {

WorkspaceSync::WorkspaceSync(ApiClient &client, WorkspaceStore &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

template <typename T, typename Setter>
void WorkspaceSync::load(ResourceKind kind, const auto &call, Setter setter)
{
    ++m_pending;
    call.then(this, [this, kind, setter, generation = m_generation](const ApiResult<DecodedList<T>> &result) {
        if (generation != m_generation)
            return; // a refresh of the workspace before a switch
        if (!result) {
            const ApiError &error = result.error();
            // The field-transformations path is not in the published v2 reference (§11.3): a service
            // without it answers 404 or 405, which means "not here", not "failed".
            const bool unpublished = kind == ResourceKind::FieldTransformation &&
                                     (error.httpStatus() == 404 || error.httpStatus() == 405);
            if (unpublished) {
                m_store.setListStatus(kind, {ListStatus::State::Unavailable,
                                             tr("Not available on this service (the API answered %1).")
                                                 .arg(error.httpStatus())});
                setter({});
                done();
                return;
            }
            m_lastError = error;
            m_store.setListStatus(kind, {ListStatus::State::Failed, error.toString()});
            emit listFailed(kind, error);
            done();
            return;
        }
        DecodedList<T> list = result.value();
        QStringList problems;
        for (const DecodeError &e : list.problems)
            problems << tr("skipped: %1").arg(e.toString());
        for (const T &item : list.items) {
            for (const DecodeError &e : item.rawFields)
                problems << tr("%1 kept as sent: %2").arg(item.id, e.toString());
        }
        if (!problems.isEmpty())
            emit itemsSkipped(kind, problems);
        setter(std::move(list.items));
        m_store.setListStatus(kind, {ListStatus::State::Loaded, {}});
        done();
    });
}

void WorkspaceSync::start(ResourceKind kind)
{
    // Plain lambdas, not pointers to members: with GCC 12 and AddressSanitizer a member-function pointer
    // called from the handler's captures faulted (a stack-buffer-underflow at the call).
    switch (kind) {
    case ResourceKind::Connection:
        load<Connection>(kind, m_client.listConnections(),
                         [this](std::vector<Connection> items) { m_store.setConnections(std::move(items)); });
        break;
    case ResourceKind::DataModel:
        load<DataModel>(kind, m_client.listDataModels(),
                        [this](std::vector<DataModel> items) { m_store.setDataModels(std::move(items)); });
        break;
    case ResourceKind::FieldTransformation:
        load<FieldTransformation>(kind, m_client.listFieldTransformations(),
                                  [this](std::vector<FieldTransformation> items) {
                                      m_store.setFieldTransformations(std::move(items));
                                  });
        break;
    case ResourceKind::Pipeline:
        load<Pipeline>(kind, m_client.listPipelines(),
                       [this](std::vector<Pipeline> items) { m_store.setPipelines(std::move(items)); });
        break;
    }
}

void WorkspaceSync::refresh()
{
    if (m_pending > 0)
        return; // the refresh in flight will bring the same lists
    m_lastError = {};
    emit loadingChanged(true);
    // Four requests at once: well within the concurrency a workspace tolerates.
    for (ResourceKind kind : {ResourceKind::Connection, ResourceKind::DataModel, ResourceKind::FieldTransformation,
                              ResourceKind::Pipeline})
        start(kind);
}

void WorkspaceSync::refreshList(ResourceKind kind)
{
    if (m_pending > 0)
        return; // a refresh in flight brings this list too
    m_lastError = {};
    emit loadingChanged(true);
    start(kind);
}

void WorkspaceSync::reset()
{
    ++m_generation;
    m_store.clear();
    if (m_pending > 0) {
        m_pending = 0;
        emit loadingChanged(false);
    }
}

void WorkspaceSync::done()
{
    if (--m_pending > 0)
        return;
    emit loadingChanged(false);
    // Connected when a list of this workspace loaded (now or before a retry of another): a service
    // without some endpoint, or with a wrong workspace id (404 everywhere), is not "connected" by itself.
    bool connected = false;
    for (ResourceKind kind : {ResourceKind::Connection, ResourceKind::DataModel, ResourceKind::FieldTransformation,
                              ResourceKind::Pipeline})
        connected = connected || m_store.listStatus(kind).state == ListStatus::State::Loaded;
    emit refreshed(connected);
}

} // namespace wsc

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
            emit listFailed(kind, result.error());
            done(false);
            return;
        }
        DecodedList<T> list = result.value();
        if (!list.problems.empty()) {
            QStringList problems;
            for (const DecodeError &e : list.problems)
                problems << e.toString();
            emit itemsSkipped(kind, problems);
        }
        setter(std::move(list.items));
        done(true);
    });
}

void WorkspaceSync::refresh()
{
    if (m_pending > 0)
        return; // the refresh in flight will bring the same lists
    m_allOk = true;
    emit loadingChanged(true);
    // Four requests at once: well within the concurrency a workspace tolerates.
    // Plain lambdas, not pointers to members: with GCC 12 and AddressSanitizer a member-function pointer
    // called from the handler's captures faulted (a stack-buffer-underflow at the call).
    load<Connection>(ResourceKind::Connection, m_client.listConnections(),
                     [this](std::vector<Connection> items) { m_store.setConnections(std::move(items)); });
    load<DataModel>(ResourceKind::DataModel, m_client.listDataModels(),
                    [this](std::vector<DataModel> items) { m_store.setDataModels(std::move(items)); });
    load<FieldTransformation>(ResourceKind::FieldTransformation, m_client.listFieldTransformations(),
                              [this](std::vector<FieldTransformation> items) {
                                  m_store.setFieldTransformations(std::move(items));
                              });
    load<Pipeline>(ResourceKind::Pipeline, m_client.listPipelines(),
                   [this](std::vector<Pipeline> items) { m_store.setPipelines(std::move(items)); });
}

void WorkspaceSync::reset()
{
    ++m_generation;
    if (m_pending > 0) {
        m_pending = 0;
        emit loadingChanged(false);
    }
}

void WorkspaceSync::done(bool ok)
{
    m_allOk = m_allOk && ok;
    if (--m_pending > 0)
        return;
    emit loadingChanged(false);
    emit refreshed(m_allOk);
}

} // namespace wsc

#pragma once

#include "client/ApiError.h"
#include "models/domain/Result.h"
#include "models/store/WorkspaceStore.h"

#include <QObject>

namespace wsc {

class ApiClient;

// Loads the four resource lists of the workspace into the store, and refreshes them on demand. A refresh
// changes only what differs, so editors keep their copies and views keep their selection. Every list is
// independent: one that fails marks its own category (WorkspaceStore::listStatus) and the others load.
class WorkspaceSync : public QObject {
    Q_OBJECT

public:
    WorkspaceSync(ApiClient &client, WorkspaceStore &store, QObject *parent = nullptr);

    // All four lists.
    void refresh();
    // One list again (the Retry of a category that failed).
    void refreshList(ResourceKind kind);
    // Forgets the workspace (a profile switch): the refresh in flight, whose lists belong to another
    // workspace, and everything the store holds.
    void reset();
    bool isLoading() const { return m_pending > 0; }
    // Why the last refresh reached nothing, when it did not (for the connection state).
    const ApiError &lastError() const { return m_lastError; }

signals:
    void loadingChanged(bool loading);
    // Once per refresh: `connected` when at least one list loaded (a list that failed on its own is in
    // listFailed and in the store's list status).
    void refreshed(bool connected);
    void listFailed(wsc::ResourceKind kind, const wsc::ApiError &error);
    // Items of a list that could not be read: each skipped item (not an object, or without an id) and
    // each field kept raw, with its path (shown, not fatal).
    void itemsSkipped(wsc::ResourceKind kind, const QStringList &problems);

private:
    template <typename T, typename Setter>
    void load(ResourceKind kind, const auto &call, Setter setter);
    void start(ResourceKind kind);
    void done();

    ApiClient &m_client;
    WorkspaceStore &m_store;
    int m_pending = 0;
    quint64 m_generation = 0;
    ApiError m_lastError;
};

} // namespace wsc

#pragma once

#include "client/ApiError.h"
#include "models/domain/Result.h"
#include "models/store/WorkspaceStore.h"

#include <QObject>

namespace wsc {

class ApiClient;

// Loads the four resource lists of the workspace into the store, and refreshes them on demand. A refresh
// changes only what differs, so editors keep their copies and views keep their selection.
class WorkspaceSync : public QObject {
    Q_OBJECT

public:
    WorkspaceSync(ApiClient &client, WorkspaceStore &store, QObject *parent = nullptr);

    void refresh();
    // Forgets the refresh in flight (after a profile switch its lists belong to another workspace).
    void reset();
    bool isLoading() const { return m_pending > 0; }

signals:
    void loadingChanged(bool loading);
    // Once per refresh: `ok` when every list loaded.
    void refreshed(bool ok);
    void listFailed(wsc::ResourceKind kind, const wsc::ApiError &error);
    // Items of a list that could not be read (shown, not fatal).
    void itemsSkipped(wsc::ResourceKind kind, const QStringList &problems);

private:
    template <typename T, typename Setter>
    void load(ResourceKind kind, const auto &call, Setter setter);
    void done(bool ok);

    ApiClient &m_client;
    WorkspaceStore &m_store;
    int m_pending = 0;
    quint64 m_generation = 0;
    bool m_allOk = true;
};

} // namespace wsc

#pragma once

#include "models/domain/bundle/Bundle.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace wsc {

class ApiClient;

// Reads a whole workspace into a Bundle: the four lists at once. A list that fails, or an item that cannot
// be read, fails the snapshot: a plan made without them would create or delete what exists.
class WorkspaceSnapshot {
    Q_DECLARE_TR_FUNCTIONS(wsc::WorkspaceSnapshot)

public:
    using Handler = std::function<void(const Result<Bundle, QString> &)>;

    // Calls `done` once, from the event loop, unless `context` is destroyed first.
    static void fetch(ApiClient &client, const QString &profileName, QObject *context, Handler done);
};

} // namespace wsc

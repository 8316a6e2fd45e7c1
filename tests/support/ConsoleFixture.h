#pragma once

// Test support: the console's client, store, sync and main window on an in-process sandbox, as the
// editor tests need them. Provision the sandbox (`sandbox.http`) before the first refresh().

#include "client/ApiClient.h"
#include "client/RequestLog.h"
#include "client/WorkspaceActions.h"
#include "client/WorkspaceSync.h"
#include "models/store/WorkspaceStore.h"
#include "tests/support/SandboxFixture.h"
#include "ui/main/MainWindow.h"

#include <QSignalSpy>
#include <QStandardPaths>

namespace wsc::test {

struct ConsoleFixture {
    explicit ConsoleFixture(sandbox::SandboxConfig config = SandboxFixture::defaults(),
                            const QDateTime &start = utc("2024-03-01T12:00:00Z"))
        : sandbox(std::move(config), start)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarehouseSyncConsoleTests"));
        const QString base = sandbox.server->baseUrl();
        client.configure(QUrl(base), QUrl(base + QStringLiteral("/oauth/token")), QStringLiteral("1"),
                         QStringLiteral("sandbox"), QStringLiteral("sandbox"));
        window = std::make_unique<MainWindow>(actions, sync);
        window->show();
    }

    // Loads the workspace into the store, as the Refresh action does.
    bool refresh()
    {
        QSignalSpy done(&sync, &WorkspaceSync::refreshed);
        sync.refresh();
        return done.wait(10000);
    }

    // How many requests of `method` the console has sent, as its request inspector lists them.
    int requestsSent(const QString &method)
    {
        int sent = 0;
        for (int row = 0; row < client.requestLog().rowCount(); ++row)
            sent += client.requestLog().entry(row)->method == method ? 1 : 0;
        return sent;
    }

    SandboxFixture sandbox;
    ApiClient client;
    WorkspaceStore store;
    WorkspaceSync sync{client, store};
    WorkspaceActions actions{client, store};
    std::unique_ptr<MainWindow> window;
};

} // namespace wsc::test

#pragma once

#include "client/Profile.h"
#include "sandbox/EmbeddedSandbox.h"

#include <QApplication>
#include <QTranslator>

#include <memory>
#include <optional>

namespace wsc {

class ApiClient;
class MainWindow;
class RunPoller;
class SecretStore;
class WorkspaceActions;
class WorkspaceStore;
class WorkspaceSync;

// The composition root: command line, settings, translators, the client and the store, the embedded
// sandbox for the built-in profile, and the main window.
class Application : public QApplication {
    Q_OBJECT

public:
    Application(int &argc, char **argv);
    ~Application() override;

    // Parses the command line and shows the main window; returns the exit code when it should not run.
    std::optional<int> start();

private:
    void installTranslators(const QString &language);
    // Points the client at a profile (starting the local sandbox for the built-in one) and loads it.
    void connectTo(const QString &profileName);
    // The profile dialog; reconnects when the profile in use was changed or removed.
    void manageProfiles();
    void useCredentials(const Profile &profile, const QString &secret);
    // The built-in profile: starts the sandbox on its thread (once) and connects when it is ready.
    void connectToSandbox(const Profile &profile);
    // The embedded sandbox, created (not started) on first use.
    sandbox::EmbeddedSandbox &embeddedSandbox();
    void showSandboxStage();

    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    ProfileStore m_profiles;
    QString m_sandboxDataDir;
    quint64 m_connectGeneration = 0;
    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
    sandbox::EmbeddedSandbox::Stage m_sandboxStage = sandbox::EmbeddedSandbox::Stage::Opening;
    // The built-in profile waiting for the sandbox to be ready, and the connection it belongs to.
    std::optional<Profile> m_waitingForSandbox;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<WorkspaceSync> m_sync;
    std::unique_ptr<RunPoller> m_poller;
    std::unique_ptr<WorkspaceActions> m_actions;
    std::unique_ptr<MainWindow> m_mainWindow;
};

} // namespace wsc

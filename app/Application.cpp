#include "app/Application.h"

#include "client/ApiClient.h"
#include "client/RunPoller.h"
#include "client/SecretStore.h"
#include "client/warehouse/WarehouseAccess.h"
#include "client/SettingsKeys.h"
#include "client/WorkspaceActions.h"
#include "client/WorkspaceSync.h"
#include "models/store/WorkspaceStore.h"
#include "sandbox/EmbeddedSandbox.h"
#include "ui/style/Appearance.h"
#include "ui/main/MainWindow.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/ProfileDialog.h"

#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace wsc {

using namespace Qt::StringLiterals;

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setOrganizationName(u"WarehouseSyncConsole"_s);
    setApplicationName(u"wsconsole"_s);
    setApplicationDisplayName(tr("Warehouse Sync Console"));
    setWindowIcon(QIcon(u":/icons/wsconsole.svg"_s)); // resources/icons, drawn for this project
    setApplicationVersion(QStringLiteral(WSC_VERSION));
}

Application::~Application()
{
    // The window goes first: it refers to everything else.
    m_mainWindow.reset();
}

std::optional<int> Application::start()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop console for the mParticle Warehouse Sync API v2."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(u"language"_s, tr("User interface language, e.g. de or en."),
                                            tr("code"));
    const QCommandLineOption profileOption(u"profile"_s,
                                           tr("Open this profile instead of the last used one."), tr("name"));
    const QCommandLineOption sandboxDirOption(u"sandbox-data-dir"_s,
                                              tr("Data directory of the embedded local sandbox."), tr("dir"));
    parser.addOptions({languageOption, profileOption, sandboxDirOption});
    parser.process(*this);

    const QSettings settings;
    installTranslators(parser.isSet(languageOption)
                           ? parser.value(languageOption)
                           : settings.value(SettingsKeys::kLanguage).toString());
    Appearance::apply(Appearance::themeFromSetting(settings.value(SettingsKeys::kTheme).toString()));
    m_sandboxDataDir = parser.value(sandboxDirOption);

    QString profile = parser.value(profileOption);
    if (profile.isEmpty())
        profile = m_profiles.lastUsed();
    if (profile.isEmpty() || !m_profiles.profile(profile))
        profile = ProfileStore::sandboxProfileName();
    // The local sandbox opens (and on a first start seeds) on its thread while the window is built.
    if (const auto chosen = m_profiles.profile(profile); chosen && chosen->embeddedSandbox)
        embeddedSandbox().start();

    m_secrets = std::make_unique<SecretStore>();
    m_client = std::make_unique<ApiClient>();
    m_store = std::make_unique<WorkspaceStore>();
    m_sync = std::make_unique<WorkspaceSync>(*m_client, *m_store);
    m_poller = std::make_unique<RunPoller>(*m_client, *m_store);
    m_actions = std::make_unique<WorkspaceActions>(*m_client, *m_store);
    m_actions->setRunPoller(m_poller.get());
    m_actions->warehouses().setSecretStore(m_secrets.get());
    m_actions->setSecretStore(m_secrets.get());
    m_mainWindow = std::make_unique<MainWindow>(*m_actions, *m_sync);
    connect(m_mainWindow.get(), &MainWindow::profileSwitchRequested, this, &Application::connectTo);
    connect(m_mainWindow.get(), &MainWindow::refreshRequested, m_sync.get(), &WorkspaceSync::refresh);
    connect(m_mainWindow.get(), &MainWindow::manageProfilesRequested, this, &Application::manageProfiles);
    // A list that fails marks its own category in the tree; the window is connected when any list loaded.
    connect(m_sync.get(), &WorkspaceSync::itemsSkipped, m_mainWindow.get(), &MainWindow::showReadProblems);
    connect(m_sync.get(), &WorkspaceSync::refreshed, m_mainWindow.get(), [this](bool ok) {
        if (ok)
            m_mainWindow->setConnectionState(tr("Connected"), true);
        else
            m_mainWindow->setConnectionState(m_sync->lastError().toString(), false);
        // bench/startup: the window is up with the workspace listed; report and leave.
        if (ok && qEnvironmentVariableIsSet("WSC_EXIT_WHEN_READY")) {
            QTimer::singleShot(0, this, [] {
                QFile status(u"/proc/self/status"_s);
                QByteArray peak;
                if (status.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmHWM:"))
                            peak = line.mid(6).trimmed();
                std::fprintf(stdout, "ready peak_rss=%s\n", peak.constData());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
    });
    connect(m_secrets.get(), &SecretStore::keychainUnavailable, m_mainWindow.get(),
            [this](const QString &reason) { m_mainWindow->setConnectionState(reason, false); });
    m_mainWindow->show();

    // The workspace loads after the window is on screen.
    QTimer::singleShot(0, this, [this, profile] {
        m_poller->followNetworkReachability(); // no polling while the system is offline (unless on loopback)
        connectTo(profile);
    });
    return std::nullopt;
}

void Application::manageProfiles()
{
    const QString current = m_profiles.lastUsed();
    ProfileDialog dialog(m_profiles, *m_secrets, *m_actions, m_mainWindow.get());
    dialog.selectProfile(current);
    dialog.exec();
    QStringList names;
    for (const Profile &p : m_profiles.profiles())
        names << p.name;
    if (!dialog.changedProfiles().contains(current)) {
        m_mainWindow->setProfiles(names, current);
        return;
    }
    // The profile in use changed or went away: reconnect, once its editors are closed.
    if (!m_mainWindow->closeAllEditors()) {
        m_mainWindow->setProfiles(names, current);
        return;
    }
    const QString renamed = dialog.renamedTo(current);
    const QString next = !renamed.isEmpty() ? renamed : current;
    connectTo(m_profiles.profile(next) ? next : ProfileStore::sandboxProfileName());
}

void Application::connectTo(const QString &profileName)
{
    const auto profile = m_profiles.profile(profileName);
    QStringList names;
    for (const Profile &p : m_profiles.profiles())
        names << p.name;
    if (!profile) {
        m_mainWindow->setConnectionState(tr("There is no profile named \"%1\".").arg(profileName), false);
        return;
    }
    m_mainWindow->setProfiles(names, profile->name);
    m_profiles.setLastUsed(profile->name);
    // Nothing of the previous workspace may arrive in this one.
    ++m_connectGeneration;
    m_poller->stop();
    m_poller->unwatchAll();
    m_sync->reset(); // and the store with it
    m_mainWindow->setConnectionState(tr("Connecting to %1…").arg(profile->name), true, true);

    m_waitingForSandbox.reset();
    if (profile->embeddedSandbox)
        return connectToSandbox(*profile);
    m_secrets->read(
        profile->name, this,
        [this, p = *profile, generation = m_connectGeneration](const QString &secret, const QString &error) {
            if (generation != m_connectGeneration)
                return; // another profile was chosen meanwhile
            if (!error.isEmpty() || secret.isEmpty()) {
                m_mainWindow->setConnectionState(
                    error.isEmpty()
                        ? tr("No client secret is stored for %1: enter it in the profile.").arg(p.name)
                        : error,
                    false);
                return;
            }
            useCredentials(p, secret);
        });
}

sandbox::EmbeddedSandbox &Application::embeddedSandbox()
{
    using sandbox::EmbeddedSandbox;
    if (m_sandbox)
        return *m_sandbox;
    sandbox::SandboxConfig config;
    config.dataDir = m_sandboxDataDir;
    m_sandbox = std::make_unique<EmbeddedSandbox>(config);
    // Start-up shows at once; the first start seeds the demo workspace meanwhile, on the sandbox's thread.
    // Until a profile waits for it (connectToSandbox), what it says is only remembered by the sandbox.
    connect(m_sandbox.get(), &EmbeddedSandbox::stage, this, [this](EmbeddedSandbox::Stage stage) {
        m_sandboxStage = stage;
        if (m_waitingForSandbox)
            showSandboxStage();
    });
    connect(m_sandbox.get(), &EmbeddedSandbox::ready, this, [this] {
        if (!m_waitingForSandbox)
            return; // another profile was chosen meanwhile, or none waits yet
        const Profile local = *std::exchange(m_waitingForSandbox, std::nullopt);
        connectToSandbox(local);
    });
    connect(m_sandbox.get(), &EmbeddedSandbox::failed, this, [this](const QString &error) {
        if (!std::exchange(m_waitingForSandbox, std::nullopt))
            return;
        m_mainWindow->setConnectionState(tr("The local sandbox could not start: %1").arg(error), false);
    });
    return *m_sandbox;
}

void Application::showSandboxStage()
{
    m_mainWindow->setConnectionState(
        m_sandboxStage == sandbox::EmbeddedSandbox::Stage::Seeding
            ? tr("Starting the local sandbox: preparing the demo workspace (first start only)…")
            : tr("Starting the local sandbox…"),
        true, true);
}

void Application::connectToSandbox(const Profile &profile)
{
    embeddedSandbox();
    if (!m_sandbox->isReady()) {
        m_waitingForSandbox = profile;
        showSandboxStage();
        m_sandbox->start();
        return;
    }
    Profile local = profile;
    local.apiRoot = QUrl(m_sandbox->baseUrl());
    local.tokenUrl = QUrl(m_sandbox->tokenUrl());
    local.workspaceId = m_sandbox->config().workspaceId;
    local.clientId = m_sandbox->config().clientId;
    useCredentials(local, m_sandbox->config().clientSecret);
}

void Application::useCredentials(const Profile &profile, const QString &secret)
{
    m_client->configure(profile.apiRoot, profile.tokenUrl, profile.workspaceId, profile.clientId, secret);
    m_sync->refresh();
    // Every pipeline is watched: its status in the tree, the views and the notifications follow the server.
    m_poller->watchEveryPipeline();
    m_poller->start();
}

void Application::installTranslators(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (m_qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installTranslator(&m_qtTranslator);
    // English is the source language, but its plural forms ("1 minute") come from a translation too.
    if (m_appTranslator.load(locale, u"wsconsole"_s, u"_"_s, u":/i18n"_s) ||
        m_appTranslator.load(u"wsconsole_en"_s, u":/i18n"_s))
        installTranslator(&m_appTranslator);
}

} // namespace wsc

// The main window itself: the central page, the inspector dock, menus, toolbar, status bar and window state.
#include "ui/main/MainWindow.h"

#include "client/RequestLog.h"
#include "client/SettingsKeys.h"
#include "client/WorkspaceActions.h"
#include "client/WorkspaceSync.h"
#include "models/items/ResourceTreeModel.h"
#include "models/store/WorkspaceStore.h"
#include "ui/compare/CompareWindow.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/editors/ConnectionEditor.h"
#include "ui/editors/DataModelEditor.h"
#include "ui/editors/FieldTransformationEditor.h"
#include "ui/editors/FormSupport.h"
#include "ui/editors/PipelineEditor.h"
#include "ui/main/Notifier.h"
#include "ui/main/RequestInspector.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/pipeline/WorkspaceOverview.h"
#include "ui/style/Appearance.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(WorkspaceActions &actions, WorkspaceSync &sync, QWidget *parent)
    : QMainWindow(parent)
    , m_actions(actions)
    , m_store(actions.store())
    , m_sync(sync)
{
    setWindowTitle(tr("Warehouse Sync Console"));
    setObjectName(u"MainWindow"_s);

    m_central = new QStackedWidget(this);
    // In a layout, so that the wrapped hint gets the height of all its lines.
    auto *hintPage = new QWidget(m_central);
    auto *hintLayout = new QVBoxLayout(hintPage);
    hintLayout->setContentsMargins(80, 40, 80, 40);
    auto *hint = new QLabel(
        tr("Double-click a resource in the workspace tree to edit it, or create one from the File menu: "
           "New Data Model (Ctrl+N), New Connection (Ctrl+Shift+N), New Field Transformation or New "
           "Pipeline."),
        hintPage);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    hintLayout->addStretch(1);
    hintLayout->addWidget(hint);
    hintLayout->addStretch(1);
    m_tabs = new QTabWidget(m_central);
    m_tabs->setObjectName(u"EditorTabs"_s);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1000); // a draft at most a second behind the typing
    connect(m_draftTimer, &QTimer::timeout, this, [this] {
        writeDrafts();
        saveSession(); // the open tabs too, so that a crash does not forget them
    });
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeEditorTab);
    m_central->addWidget(hintPage);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);

    m_notifier = new Notifier(m_store, this);
    connect(m_notifier, &Notifier::notified, this, [this](const QString &title, const QString &message) {
        statusBar()->showMessage(tr("%1: %2").arg(title, message), 15000);
    });
    connect(m_notifier, &Notifier::pipelineOpenRequested, this, [this](const QString &id) {
        showNormal();
        activateWindow();
        openPipelineView(id);
    });

    createWorkspaceDock();
    createInspectorDock();
    createActions();
    createStatusBar();
    restoreWindowState();

    connect(&m_actions, &WorkspaceActions::inFlightChanged, this, &MainWindow::handleInFlightChanged);
    connect(&m_sync, &WorkspaceSync::refreshed, this, &MainWindow::handleRefreshed);
    // The poller's reports are fresh data too: the time moves while polling goes on.
    connect(&m_store, &WorkspaceStore::reportChanged, this, &MainWindow::showUpdatedNow);
}

MainWindow::~MainWindow() = default;

void MainWindow::createInspectorDock()
{
    auto *dock = new QDockWidget(tr("Request inspector"), this);
    dock->setObjectName(u"InspectorDock"_s);
    dock->setWidget(new RequestInspector(m_actions.requestLog(), dock));
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {200}, Qt::Vertical);
    dock->toggleViewAction()->setText(tr("&Request Inspector"));
    dock->toggleViewAction()->setObjectName(u"actionRequestInspector"_s);
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
}

void MainWindow::createActions()
{
    const auto [profiles, refresh] = createFileMenu();
    createEditMenu();
    QAction *overview = createViewAndHelpMenus();
    createToolBar({profiles, refresh, overview});
}

std::pair<QAction *, QAction *> MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newModel = file->addAction(tr("&New Data Model"), this, [this] { openDataModel({}); });
    newModel->setObjectName(u"actionNewDataModel"_s);
    newModel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *newConnection =
        file->addAction(tr("New C&onnection"), this, [this] { openEditor(ResourceKind::Connection, {}); });
    newConnection->setObjectName(u"actionNewConnection"_s);
    newConnection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *newTransformation = file->addAction(
        tr("New &Field Transformation"), this, [this] { openEditor(ResourceKind::FieldTransformation, {}); });
    newTransformation->setObjectName(u"actionNewFieldTransformation"_s);
    QAction *newPipeline =
        file->addAction(tr("New &Pipeline"), this, [this] { openEditor(ResourceKind::Pipeline, {}); });
    newPipeline->setObjectName(u"actionNewPipeline"_s);
    QAction *save = file->addAction(tr("&Save"), this, [this] {
        if (auto *editor = qobject_cast<ResourceEditor *>(m_tabs->currentWidget()))
            editor->save();
    });
    save->setObjectName(u"actionSave"_s);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    QAction *closeTab = file->addAction(tr("&Close Tab"), this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeEditorTab(m_tabs->currentIndex());
    });
    closeTab->setObjectName(u"actionCloseTab"_s);
    closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    QAction *compare = file->addAction(tr("Compare &Workspaces…"), this, &MainWindow::compareWorkspaces);
    compare->setObjectName(u"actionCompareWorkspaces"_s);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *exportAll =
        file->addAction(tr("&Export Workspace…"), this, [this] { exportResources({}); });
    exportAll->setObjectName(u"actionExportWorkspace"_s);
    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *import = file->addAction(tr("&Import from Folder…"), this, &MainWindow::importFromFolder);
    import->setObjectName(u"actionImportFolder"_s);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addSeparator();
    QAction *profiles = file->addAction(tr("&Profiles…"), this, &MainWindow::manageProfilesRequested);
    profiles->setObjectName(u"actionProfiles"_s);
    QAction *refresh = file->addAction(tr("&Refresh"), this, &MainWindow::refreshRequested);
    refresh->setObjectName(u"actionRefresh"_s);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    // Spelled out: the platform's QKeySequence::Quit is empty on some platforms (offscreen, Windows).
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    return {profiles, refresh};
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Find where the user is: in the SQL of the data model being edited, else in the workspace tree.
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        auto *editor = qobject_cast<DataModelEditor *>(m_tabs->currentWidget());
        if (editor && editor->isVisible() && editor->isAncestorOf(QApplication::focusWidget())) {
            editor->showFind(false);
            return;
        }
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setObjectName(u"actionFind"_s);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    edit->addSeparator();
    // Delete acts on the tree's current row, and only while the tree has focus: elsewhere the key edits text.
    QAction *remove = edit->addAction(tr("&Delete"), this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        const QVariant kind = current.data(ResourceTreeModel::KindRole);
        if (kind.isValid())
            deleteResource(qvariant_cast<ResourceKind>(kind),
                           current.data(ResourceTreeModel::IdRole).toString());
    });
    remove->setObjectName(u"actionDelete"_s);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(remove);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(u"actionPreferences"_s);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
}

QAction *MainWindow::createViewAndHelpMenus()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *overview = view->addAction(tr("Workspace &Overview"), this, &MainWindow::openOverview);
    overview->setObjectName(u"actionOverview"_s);
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Warehouse Sync Console"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    return overview;
}

void MainWindow::createToolBar(const QList<QAction *> &actions)
{
    QAction *profiles = actions.value(0);
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"MainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Profile:"), toolbar));
    m_profiles = new QComboBox(toolbar);
    m_profiles->setObjectName(u"ProfileSwitcher"_s);
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profiles->setToolTip(tr("Switch to another workspace profile"));
    toolbar->addWidget(m_profiles);
    toolbar->addAction(profiles);
    connect(m_profiles, &QComboBox::activated, this, [this](int row) {
        const QString name = m_profiles->itemText(row);
        if (name == m_profile)
            return;
        // An editor belongs to its workspace: none may save into the next one.
        if (!closeAllEditors()) {
            const QSignalBlocker blocker(m_profiles);
            m_profiles->setCurrentText(m_profile);
            return;
        }
        emit profileSwitchRequested(name);
    });
    toolbar->addSeparator();
    for (QAction *action : actions.mid(1))
        toolbar->addAction(action);
}

void MainWindow::createStatusBar()
{
    m_profileLabel = new QLabel(this);
    m_connectionState = new QLabel(tr("Not connected"), this);
    m_connectionState->setObjectName(u"ConnectionState"_s);
    m_refreshedAt = new QLabel(this);
    m_refreshedAt->setObjectName(u"RefreshedAt"_s);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    // The request inspector starts hidden; a click here (or View ▸ Request Inspector) shows it.
    auto *requests = new QToolButton(this);
    requests->setObjectName(u"InspectorToggle"_s);
    requests->setDefaultAction(findChild<QDockWidget *>(u"InspectorDock"_s)->toggleViewAction());
    requests->setToolButtonStyle(Qt::ToolButtonTextOnly);
    requests->setAutoRaise(true);
    statusBar()->addWidget(m_connectionState, 1);
    statusBar()->addPermanentWidget(requests);
    statusBar()->addPermanentWidget(m_refreshedAt);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_profileLabel);
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    if (current != m_profile) {
        // A compare window's "this workspace" is the profile it was opened on: never another one.
        for (CompareWindow *window : findChildren<CompareWindow *>())
            window->close();
        m_profile = current;
        m_sessionRestored = false;
        m_drafts = DraftStore(DraftStore::directoryFor(current));
    }
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    m_profiles->addItems(names);
    m_profiles->setCurrentText(current);
    m_profileLabel->setText(tr("Profile: %1").arg(current));
}

void MainWindow::setConnectionState(const QString &text, bool ok, bool inProgress)
{
    m_connectionState->setText(text);
    m_connectionState->setStyleSheet(ok ? QString() : Appearance::errorStyle());
    m_connecting = inProgress;
    handleInFlightChanged(m_inFlight);
}

void MainWindow::showReadProblems(ResourceKind kind, const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    const int n = int(problems.size());
    QString text;
    switch (kind) {
    case ResourceKind::Connection:
        text = tr("The connections had %n thing(s) the console could not read (%1). The request inspector "
                  "shows them with the answer.", nullptr, n);
        break;
    case ResourceKind::DataModel:
        text = tr("The data models had %n thing(s) the console could not read (%1). The request inspector "
                  "shows them with the answer.", nullptr, n);
        break;
    case ResourceKind::FieldTransformation:
        text = tr("The field transformations had %n thing(s) the console could not read (%1). The request "
                  "inspector shows them with the answer.", nullptr, n);
        break;
    case ResourceKind::Pipeline:
        text = tr("The pipelines had %n thing(s) the console could not read (%1). The request inspector "
                  "shows them with the answer.", nullptr, n);
        break;
    }
    statusBar()->showMessage(text.arg(problems.first()), 20000);
}

void MainWindow::handleInFlightChanged(int count)
{
    m_inFlight = count;
    m_busy->setVisible(count > 0 || m_connecting);
    m_busy->setToolTip(tr("%n request(s) in flight", nullptr, count));
}

void MainWindow::showUpdatedNow()
{
    m_refreshedAt->setText(
        tr("Refreshed at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void MainWindow::handleRefreshed(bool ok)
{
    if (ok && !m_sessionRestored && !m_profile.isEmpty()) {
        m_sessionRestored = true;
        QTimer::singleShot(0, this, &MainWindow::restoreSession); // after the tree has the workspace
    }
    if (ok)
        showUpdatedNow();
    for (int row = 0; row < m_treeProxy->rowCount(); ++row)
        m_tree->expand(m_treeProxy->index(row, 0));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(SettingsKeys::kWindowGeometry).toByteArray())) {
        // No window manager under Xvfb and no saved geometry on a first run: a sensible default.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size(std::min(1200, available.width() - 40), std::min(760, available.height() - 40));
        setGeometry(QRect(available.center() - QPoint(size.width() / 2, size.height() / 2), size));
    }
    // On a first start the request inspector stays out of the way; later its state is remembered.
    if (!restoreState(settings.value(SettingsKeys::kWindowState).toByteArray()))
        findChild<QDockWidget *>(u"InspectorDock"_s)->hide();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::kWindowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::kWindowState, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    // Nothing typed is lost silently: each unsaved editor asks first.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        auto *editor = qobject_cast<ResourceEditor *>(m_tabs->widget(i));
        if (editor && editor->isDirty() && !closeEditorTab(i)) {
            event->ignore();
            return;
        }
    }
    writeDrafts(); // every editor left is clean: nothing remains on disk
    saveWindowState();
    event->accept();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.applyChoices())
        statusBar()->showMessage(tr("The new language is used when the console starts next."), 8000);
    m_notifier->setEnabled(Notifier::enabledInSettings());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Warehouse Sync Console"),
                       tr("<h3>Warehouse Sync Console %1</h3>"
                          "<p>A desktop console for the mParticle Warehouse Sync API v2.</p>"
                          "<p>Released under the MIT license.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace wsc

#pragma once

#include "models/store/DraftStore.h"

#include <QMainWindow>
#include <QModelIndex>
#include <QSet>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeView;

namespace wsc {

class ApiError;
class CompareWindow;
class DataModelEditor;
class Notifier;
class PipelineView;
class WorkspaceOverview;
class ResourceEditor;
class ResourceTreeModel;
class WorkspaceActions;
class WorkspaceStore;
enum class ResourceKind;
class WorkspaceSync;

// The console's main window: the workspace tree, the request inspector, the profile switcher, menus,
// shortcuts and the status bar. It shows what the store holds; the Application decides where it comes from.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(WorkspaceActions &actions, WorkspaceSync &sync, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The profiles the toolbar offers, and the one in use.
    void setProfiles(const QStringList &names, const QString &current);
    // "Connecting…", "Connected", or the reason it failed.
    // The connection line of the status bar; `inProgress` shows the busy indicator with it (start-up).
    void setConnectionState(const QString &text, bool ok, bool inProgress = false);
    // Items of a list that could not be read, or fields kept raw: said in the status bar (the request
    // inspector has them next to the answer).
    void showReadProblems(wsc::ResourceKind kind, const QStringList &problems);
    QTreeView *resourceTree() const { return m_tree; }
    QLineEdit *filterBox() const { return m_filter; }
    QTabWidget *editorTabs() const { return m_tabs; }

    // Opens (or brings forward) the editor of a resource; an empty id opens a new one. Null for ids the
    // store does not have.
    ResourceEditor *openEditor(ResourceKind kind, const QString &id);
    DataModelEditor *openDataModel(const QString &id);
    // Opens (or brings forward) the live view of a pipeline: status, runs, charts, schedule. Null for ids
    // the store does not have.
    PipelineView *openPipelineView(const QString &id);
    // Opens (or brings forward) the overview of every pipeline.
    WorkspaceOverview *openOverview();
    Notifier *notifier() const { return m_notifier; }
    // Asks about unsaved changes first; false when the user kept the tab open.
    bool closeEditorTab(int index);
    // Closes every editor, asking about unsaved ones first; false when the user kept one open. The open
    // tabs are remembered for the profile first.
    bool closeAllEditors();
    // A new editor filled with a copy of the resource; null when it is gone.
    ResourceEditor *duplicateResource(ResourceKind kind, const QString &id);
    // Asks first, naming the pipelines that use the resource; false when nothing was sent. The store
    // (and so the tree) drops the resource when the server has deleted it.
    bool deleteResource(ResourceKind kind, const QString &id);
    // The tree's context menu for a row (Open, New, Duplicate, Delete, Copy id, Refresh); the caller owns it.
    QMenu *treeMenu(const QModelIndex &index);
    // Workspace as code (MainWindowBundle.cpp): the window that compares two sides, with its signals
    // connected; export (the whole workspace when `keys` is empty), import, and copy to another workspace.
    CompareWindow *openCompare();
    void compareWorkspaces();
    void importFromFolder();
    void exportResources(const QSet<QString> &keys);
    void copyToWorkspace(const QSet<QString> &keys);
    // The tree's selection as "kind/id" (the clicked row alone when it is not selected).
    QSet<QString> selectedResources(const QModelIndex &clicked = {}) const;

signals:
    void profileSwitchRequested(const QString &name);
    void refreshRequested();
    void manageProfilesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    // Returns the Profiles and Refresh actions, which the toolbar shows too.
    std::pair<QAction *, QAction *> createFileMenu();
    void createEditMenu();
    // Returns the Workspace Overview action.
    QAction *createViewAndHelpMenus();
    // The profile switcher, then `actions` (Profiles…, then the rest after a separator).
    void createToolBar(const QList<QAction *> &actions);
    void createWorkspaceDock();
    void createInspectorDock();
    void showUpdatedNow();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();
    void showPreferences();
    void handleInFlightChanged(int count);
    void handleRefreshed(bool ok);
    void handleTreeActivated(const QModelIndex &index);
    void closeEditorsOf(ResourceKind kind, const QString &id);
    // Adds a tab that is not an editor (a pipeline view, the overview) and follows its title.
    void addViewTab(QWidget *view, const QString &title);
    void togglePipelinePause(const QString &id);
    // The open tabs of the profile, kept in QSettings between runs.
    void saveSession() const;
    // After the first refresh of a profile: reopens its tabs and offers the drafts a crash left.
    void restoreSession();
    void writeDrafts();
    QString draftKey(const ResourceEditor *editor) const;
    void updateCentralPage();

    WorkspaceActions &m_actions;
    const WorkspaceStore &m_store; // watched; changes go through m_actions
    WorkspaceSync &m_sync;
    ResourceTreeModel *m_treeModel = nullptr;
    QSortFilterProxyModel *m_treeProxy = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_profiles = nullptr;
    QStackedWidget *m_central = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_connectionState = nullptr;
    QLabel *m_refreshedAt = nullptr;
    QProgressBar *m_busy = nullptr;
    int m_inFlight = 0;
    bool m_connecting = false;
    QString m_profile;
    bool m_sessionRestored = false;
    DraftStore m_drafts;
    Notifier *m_notifier = nullptr;
    QTimer *m_draftTimer = nullptr;
};

} // namespace wsc

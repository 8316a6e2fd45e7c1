// The main window's session keeper: the open tabs of each profile (QSettings) and the drafts of unsaved
// editors (DraftStore), so that a restart or a crash loses nothing.
#include "ui/main/MainWindow.h"

#include "client/RequestLog.h"
#include "client/SettingsKeys.h"
#include "client/WorkspaceActions.h"
#include "client/WorkspaceSync.h"
#include "models/items/ResourceTreeModel.h"
#include "models/store/WorkspaceStore.h"
#include "ui/style/Appearance.h"
#include "ui/editors/ConnectionEditor.h"
#include "ui/editors/DataModelEditor.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/editors/FieldTransformationEditor.h"
#include "ui/editors/FormSupport.h"
#include "ui/main/Notifier.h"
#include "ui/main/RequestInspector.h"
#include "ui/editors/PipelineEditor.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/pipeline/WorkspaceOverview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
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
#include <QUuid>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {
// Session entries of tabs that are not editors.
const auto kViewTab = u"view:"_s;
const auto kOverviewTab = u"overview"_s;
} // namespace

QString MainWindow::draftKey(const ResourceEditor *editor) const
{
    // A key of its own for each editor, never its address: after a crash, a new editor can be allocated
    // where an old one was, and its key would then claim the old editor's draft as its own.
    if (!editor)
        return {};
    QVariant key = editor->property("wsc.draftKey");
    if (!key.isValid()) {
        key = QString(u"editor-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        const_cast<ResourceEditor *>(editor)->setProperty("wsc.draftKey", key);
    }
    return key.toString();
}

void MainWindow::writeDrafts()
{
    m_draftTimer->stop();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<ResourceEditor *>(m_tabs->widget(i));
        if (!editor)
            continue;
        if (editor->isDirty())
            m_drafts.write(draftKey(editor),
                           {editor->kind(), editor->resourceId(), editor->isNew(), editor->draftJson(), {}});
        else
            m_drafts.remove(draftKey(editor));
    }
}

void MainWindow::saveSession() const
{
    // Until the profile's tabs were restored, what is open is not its session: keep the saved one.
    if (m_profile.isEmpty() || !m_sessionRestored)
        return;
    QStringList tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<ResourceEditor *>(m_tabs->widget(i));
        if (editor && !editor->isNew())
            tabs << resourceKindName(editor->kind()) + u':' + editor->resourceId();
        if (auto *view = qobject_cast<PipelineView *>(m_tabs->widget(i)))
            tabs << kViewTab + view->pipelineId();
        if (qobject_cast<WorkspaceOverview *>(m_tabs->widget(i)))
            tabs << kOverviewTab;
    }
    QSettings settings;
    settings.beginGroup(SettingsKeys::kSessions);
    settings.beginGroup(QString::fromLatin1(m_profile.toUtf8().toHex()));
    settings.setValue(SettingsKeys::kSessionTabs, tabs);
}

void MainWindow::restoreSession()
{
    QSettings settings;
    settings.beginGroup(SettingsKeys::kSessions);
    settings.beginGroup(QString::fromLatin1(m_profile.toUtf8().toHex()));
    // A profile opened for the first time starts on the overview of its pipelines.
    const QStringList tabs =
        settings.contains(SettingsKeys::kSessionTabs) ? settings.value(SettingsKeys::kSessionTabs).toStringList() : QStringList{kOverviewTab};
    for (const QString &tab : tabs) {
        if (tab == kOverviewTab) {
            openOverview();
            continue;
        }
        if (tab.startsWith(kViewTab)) {
            openPipelineView(tab.mid(kViewTab.size()));
            continue;
        }
        const qsizetype colon = tab.indexOf(u':');
        const auto kind = colon > 0 ? resourceKindFromName(QStringView(tab).left(colon)) : std::nullopt;
        if (kind) // a resource deleted meanwhile is skipped
            openEditor(*kind, tab.mid(colon + 1));
    }

    // Drafts of editors open now (typed in before the first refresh) are theirs, not a crash's.
    QSet<QString> openKeys;
    for (int i = 0; i < m_tabs->count(); ++i)
        openKeys.insert(draftKey(qobject_cast<ResourceEditor *>(m_tabs->widget(i))));
    std::vector<DraftStore::Draft> drafts = m_drafts.all();
    std::erase_if(drafts, [&openKeys](const DraftStore::Draft &d) { return openKeys.contains(d.key); });
    if (drafts.empty())
        return;
    const auto answer = Dialogs::ask(
        this, tr("Restore unsaved changes"),
        tr("The console closed last time with %n editor(s) not saved. Restore them? Secrets are never kept "
           "and must be typed again.",
           nullptr, int(drafts.size())),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    for (const DraftStore::Draft &draft : drafts)
        m_drafts.remove(draft.key);
    if (answer != QMessageBox::Yes)
        return;
    int lost = 0;
    for (const DraftStore::Draft &draft : drafts) {
        ResourceEditor *editor = openEditor(draft.kind, draft.isNew ? QString() : draft.id);
        if (!editor) // deleted meanwhile: restore it as a new one
            editor = openEditor(draft.kind, {});
        if (!editor || !editor->restoreDraft(draft.resource))
            ++lost;
    }
    writeDrafts(); // under the new editors' keys
    if (lost > 0)
        Dialogs::ask(this, tr("Restore unsaved changes"),
                     tr("%n draft(s) could not be restored.", nullptr, lost), QMessageBox::Ok,
                     QMessageBox::Ok);
}

} // namespace wsc

// The main window's editor tabs: find or open the tab of a resource, a pipeline or the overview; ask before
// closing unsaved ones; delete, duplicate, pause.
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

void MainWindow::addViewTab(QWidget *view, const QString &title)
{
    const int index = m_tabs->addTab(view, title);
    m_tabs->setCurrentIndex(index);
    updateCentralPage();
    m_draftTimer->start(); // the session remembers it
}

WorkspaceOverview *MainWindow::openOverview()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *overview = qobject_cast<WorkspaceOverview *>(m_tabs->widget(i))) {
            m_tabs->setCurrentIndex(i);
            return overview;
        }
    }
    auto *overview = new WorkspaceOverview(m_store, m_tabs);
    connect(overview, &WorkspaceOverview::pipelineOpenRequested, this, &MainWindow::openPipelineView);
    addViewTab(overview, tr("Overview"));
    return overview;
}

PipelineView *MainWindow::openPipelineView(const QString &id)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<PipelineView *>(m_tabs->widget(i));
        if (view && view->pipelineId() == id) {
            m_tabs->setCurrentIndex(i);
            return view;
        }
    }
    if (!m_store.pipeline(id))
        return nullptr;
    auto *view = new PipelineView(m_actions, id, m_tabs);
    connect(view, &PipelineView::titleChanged, this, [this, view](const QString &title) {
        const int at = m_tabs->indexOf(view);
        if (at >= 0)
            m_tabs->setTabText(at, title);
    });
    connect(view, &PipelineView::editRequested, this,
            [this](const QString &pipelineId) { openEditor(ResourceKind::Pipeline, pipelineId); });
    connect(view, &PipelineView::pauseToggleRequested, this, &MainWindow::togglePipelinePause);
    connect(view, &PipelineView::runTriggered, m_notifier, &Notifier::expectRun);
    addViewTab(view, view->title());
    return view;
}

void MainWindow::togglePipelinePause(const QString &id)
{
    // The editor sends it: it shows the change, asks for a masked feed key and handles a conflict.
    const QPointer<QWidget> current = m_tabs->currentWidget();
    bool wasOpen = false;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<PipelineEditor *>(m_tabs->widget(i));
        wasOpen = wasOpen || (editor && !editor->isNew() && editor->resourceId() == id);
    }
    auto *editor = qobject_cast<PipelineEditor *>(openEditor(ResourceKind::Pipeline, id));
    if (!editor)
        return;
    if (wasOpen) {
        editor->togglePause();
        return;
    }
    // Opened just for this: back to the view once the server has it, unless something is left to fix.
    const auto back = connect(
        editor, &ResourceEditor::saved, this,
        [this, editor, current] {
            if (!editor->isDirty()) {
                closeEditorTab(m_tabs->indexOf(editor));
                if (current)
                    m_tabs->setCurrentWidget(current);
            }
        },
        Qt::SingleShotConnection);
    if (!editor->togglePause())
        disconnect(back); // nothing sent: the editor stays, as any other
}

DataModelEditor *MainWindow::openDataModel(const QString &id)
{
    return qobject_cast<DataModelEditor *>(openEditor(ResourceKind::DataModel, id));
}

ResourceEditor *MainWindow::openEditor(ResourceKind kind, const QString &id)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<ResourceEditor *>(m_tabs->widget(i));
        if (editor && !id.isEmpty() && editor->kind() == kind && editor->resourceId() == id) {
            m_tabs->setCurrentIndex(i);
            return editor;
        }
    }
    ResourceEditor *editor = nullptr;
    switch (kind) {
    case ResourceKind::DataModel: {
        const DataModel *existing = id.isEmpty() ? nullptr : m_store.dataModel(id);
        if (id.isEmpty() || existing)
            editor = new DataModelEditor(m_actions, existing, m_tabs);
        break;
    }
    case ResourceKind::Connection: {
        const Connection *existing = id.isEmpty() ? nullptr : m_store.connection(id);
        if (id.isEmpty() || existing)
            editor = new ConnectionEditor(m_actions, existing, m_tabs);
        break;
    }
    case ResourceKind::FieldTransformation: {
        const FieldTransformation *existing = id.isEmpty() ? nullptr : m_store.fieldTransformation(id);
        if (id.isEmpty() || existing)
            editor = new FieldTransformationEditor(m_actions, existing, m_tabs);
        break;
    }
    case ResourceKind::Pipeline: {
        const Pipeline *existing = id.isEmpty() ? nullptr : m_store.pipeline(id);
        if (id.isEmpty() || existing)
            editor = new PipelineEditor(m_actions, existing, m_tabs);
        break;
    }
    }
    if (!editor)
        return nullptr;
    const int index = m_tabs->addTab(editor, editor->title());
    m_tabs->setCurrentIndex(index);
    connect(editor, &ResourceEditor::titleChanged, this, [this, editor](const QString &title) {
        const int at = m_tabs->indexOf(editor);
        if (at >= 0)
            m_tabs->setTabText(at, title);
    });
    connect(editor, &ResourceEditor::saved, this, [this](const QString &savedId) {
        statusBar()->showMessage(tr("Saved %1.").arg(savedId), 5000);
        writeDrafts();
    });
    connect(editor, &ResourceEditor::edited, m_draftTimer, qOverload<>(&QTimer::start));
    m_draftTimer->start();
    updateCentralPage();
    return editor;
}

ResourceEditor *MainWindow::duplicateResource(ResourceKind kind, const QString &id)
{
    ResourceEditor *editor = openEditor(kind, {});
    if (editor && !editor->startAsCopyOf(id)) {
        closeEditorTab(m_tabs->indexOf(editor));
        return nullptr;
    }
    return editor;
}

bool MainWindow::deleteResource(ResourceKind kind, const QString &id)
{
    const QString name = m_store.displayName(kind, id);
    const QStringList users = m_store.pipelinesUsing(kind, id);
    if (!users.isEmpty()) {
        // The service refuses to delete what a pipeline uses: say which, instead of sending a doomed request.
        QStringList names;
        for (const QString &pipeline : users)
            names << m_store.displayName(ResourceKind::Pipeline, pipeline);
        Dialogs::ask(
            this, tr("Cannot delete %1").arg(name),
            tr("%1 is used by %n pipeline(s): %2. Delete those pipelines or change what they use first.",
               nullptr, int(users.size()))
                .arg(name, names.join(u", "_s)),
            QMessageBox::Ok, QMessageBox::Ok);
        return false;
    }
    const QString consequence = kind == ResourceKind::Pipeline
                                    ? tr("Its run history is deleted too, and a run in progress is stopped.")
                                    : tr("No pipeline uses it.");
    if (Dialogs::ask(this, tr("Delete %1").arg(name),
                     tr("Delete %1 (%2) from the workspace? This cannot be undone.").arg(name, id) +
                         u"\n\n"_s + consequence,
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    // The workspace may have changed while the question was open (a refresh, another window's save).
    if (!m_store.contains(kind, id)) {
        statusBar()->showMessage(tr("%1 is no longer in the workspace.").arg(name), 5000);
        return false;
    }
    if (!m_store.pipelinesUsing(kind, id).isEmpty())
        return deleteResource(kind, id); // says which pipelines use it now

    statusBar()->showMessage(tr("Deleting %1…").arg(name));
    m_actions.remove(kind, id).then(this, [this, kind, id, name](const ApiResult<Done> &result) {
        if (!result && result.error().httpStatus() != 404) { // 404: someone else deleted it already
            statusBar()->clearMessage();
            QString text = tr("%1 was not deleted: %2").arg(name, result.error().message());
            if (!result.error().details().isEmpty())
                text += u"\n\n"_s + result.error().details();
            Dialogs::tell(this, tr("Delete failed"), text);
            return;
        }
        closeEditorsOf(kind, id); // the store has dropped it already
        statusBar()->showMessage(tr("Deleted %1.").arg(name), 5000);
    });
    return true;
}

void MainWindow::closeEditorsOf(ResourceKind kind, const QString &id)
{
    // The user confirmed the deletion: the resource's editor has nothing left to save to.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        auto *editor = qobject_cast<ResourceEditor *>(m_tabs->widget(i));
        if (editor && !editor->isNew() && editor->kind() == kind && editor->resourceId() == id) {
            m_tabs->removeTab(i);
            m_drafts.remove(draftKey(editor)); // not offered back after a restart
            editor->deleteLater();
        }
        auto *view = qobject_cast<PipelineView *>(m_tabs->widget(i));
        if (view && kind == ResourceKind::Pipeline && view->pipelineId() == id) {
            m_tabs->removeTab(i);
            view->deleteLater();
        }
    }
    updateCentralPage();
}

bool MainWindow::closeEditorTab(int index)
{
    auto *editor = qobject_cast<ResourceEditor *>(m_tabs->widget(index));
    if (editor)
        editor->commitPendingEdits();
    if (editor && editor->isDirty()) {
        const auto answer =
            Dialogs::ask(this, tr("Unsaved changes"),
                         tr("%1 has changes that are not saved. Save them?").arg(editor->title()),
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            if (!editor->canSave())
                return false; // invalid: the messages next to the fields say why
            m_tabs->setCurrentIndex(index);
            editor->save(); // the tab stays open until the server has answered
            return false;
        }
    }
    QWidget *page = m_tabs->widget(index);
    m_tabs->removeTab(index);
    if (editor)
        m_drafts.remove(draftKey(editor));
    if (page) {
        page->deleteLater();
        m_draftTimer->start();
    }
    updateCentralPage();
    return true;
}

bool MainWindow::closeAllEditors()
{
    saveSession();
    for (int i = m_tabs->count() - 1; i >= 0; --i)
        if (!closeEditorTab(i))
            return false;
    m_sessionRestored = false; // the next successful refresh reopens the profile's tabs
    return true;
}

void MainWindow::updateCentralPage()
{
    m_central->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
}

} // namespace wsc

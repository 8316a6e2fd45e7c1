// The main window's workspace-as-code entries: export to a folder, import from one, compare workspaces,
// and copy the tree's selection (with what it depends on) to another workspace.
#include "ui/main/MainWindow.h"

#include "client/WorkspaceActions.h"
#include "models/domain/bundle/BundleCompare.h"
#include "models/domain/bundle/BundleFolder.h"
#include "models/items/ResourceTreeModel.h"
#include "ui/compare/CompareWindow.h"

#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

namespace wsc {

using namespace Qt::StringLiterals;

CompareWindow *MainWindow::openCompare()
{
    auto *window = new CompareWindow(m_actions, m_profile, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &CompareWindow::workspaceChanged, this, &MainWindow::refreshRequested);
    return window;
}

QSet<QString> MainWindow::selectedResources(const QModelIndex &clicked) const
{
    QSet<QString> keys;
    auto add = [&keys](const QModelIndex &index) {
        const QVariant kind = index.data(ResourceTreeModel::KindRole);
        if (kind.isValid())
            keys.insert(BundleCompare::resourceKey(qvariant_cast<ResourceKind>(kind),
                                                   index.data(ResourceTreeModel::IdRole).toString()));
    };
    const QModelIndexList selected = m_tree->selectionModel()->selectedRows();
    // The rows selected when the clicked one is among them, else the clicked one alone.
    if (!clicked.isValid() || selected.contains(clicked)) {
        for (const QModelIndex &index : selected)
            add(index);
    } else {
        add(clicked);
    }
    return keys;
}

void MainWindow::compareWorkspaces()
{
    CompareWindow *window = openCompare();
    window->show();
    window->compare();
}

void MainWindow::importFromFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import from a Workspace Folder"));
    if (dir.isEmpty())
        return;
    CompareWindow *window = openCompare();
    window->setFolder(CompareWindow::Side::Left, dir);
    window->setProfile(CompareWindow::Side::Right, m_profile);
    window->show();
    window->compare();
}

void MainWindow::copyToWorkspace(const QSet<QString> &keys)
{
    CompareWindow *window = openCompare();
    window->limitTo(keys);
    window->setWindowTitle(tr("Copy to Workspace"));
    window->show();
    window->compare(); // the right side is the first other profile (or the user picks a folder)
}

void MainWindow::exportResources(const QSet<QString> &keys)
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, keys.isEmpty() ? tr("Export the Workspace to a Folder") : tr("Export to a Folder"));
    if (dir.isEmpty())
        return;
    statusBar()->showMessage(tr("Reading the workspace…"));
    m_actions.snapshot(m_profile, this, [this, dir, keys](const Result<Bundle, QString> &workspace) {
        if (!workspace) {
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("Export"), tr("The workspace could not be read: %1").arg(workspace.error()));
            return;
        }
        Bundle chosen = *workspace;
        if (!keys.isEmpty())
            std::erase_if(chosen.entries, [&keys](const BundleEntry &e) {
                return !keys.contains(BundleCompare::resourceKey(e.kind, e.id));
            });
        const QString error = BundleFolder::write(dir, chosen, keys.isEmpty());
        if (!error.isEmpty()) {
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("Export"), error);
            return;
        }
        statusBar()->showMessage(tr("Exported %n resource(s) to %1; secrets are written as references, never as "
                                    "values.",
                                    nullptr, int(chosen.entries.size()))
                                     .arg(QDir::toNativeSeparators(dir)),
                                 15000);
    });
}

} // namespace wsc

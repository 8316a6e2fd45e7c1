// The main window's workspace tree: the dock with its filter, opening what a row names, and the row's
// context menu.
#include "client/WorkspaceSync.h"
#include "models/items/ResourceTreeModel.h"
#include "models/store/WorkspaceStore.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// The tree's filter: a row shows when its id or name contains the text, case-insensitively; with no text
// every row shows, without reading it (a list of 10,000 pipelines and their relation rows goes in without
// 50,000 lookups of ids and names). A plain substring test, not the regular expression a fixed string
// becomes in QSortFilterProxyModel: each keystroke reads every row.
class TreeFilterProxy : public QSortFilterProxyModel {
public:
    TreeFilterProxy(const ResourceTreeModel &tree, QObject *parent) : QSortFilterProxyModel(parent), m_tree(tree)
    {
    }

    void setFilterText(const QString &text)
    {
        if (text == m_text)
            return;
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_text.isEmpty())
            return true;
        return m_tree.matches(m_tree.index(sourceRow, 0, sourceParent), m_text);
    }

private:
    const ResourceTreeModel &m_tree;
    QString m_text;
};

} // namespace

void MainWindow::createWorkspaceDock()
{
    auto *dock = new QDockWidget(tr("Workspace"), this);
    dock->setObjectName(u"WorkspaceDock"_s);
    auto *panel = new QWidget(dock);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(panel);
    m_filter->setObjectName(u"TreeFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by id or name"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_treeModel = new ResourceTreeModel(m_store, this);
    m_treeProxy = new TreeFilterProxy(*m_treeModel, this);
    m_treeProxy->setSourceModel(m_treeModel);
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_tree = new QTreeView(panel);
    m_tree->setObjectName(u"ResourceTree"_s);
    m_tree->setModel(m_treeProxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true); // fast with tens of thousands of rows
    // Several rows at once for export and copy to another workspace; opening acts on the current one.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (int row = 0; row < m_treeProxy->rowCount(); ++row)
        m_tree->expand(m_treeProxy->index(row, 0));
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeView::activated, this, &MainWindow::handleTreeActivated);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = treeMenu(m_tree->indexAt(at));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_tree->viewport()->mapToGlobal(at));
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<TreeFilterProxy *>(m_treeProxy)->setFilterText(text.trimmed());
        if (!text.isEmpty())
            m_tree->expandToDepth(1); // categories and provider groups: every matching resource shows
    });
    dock->setWidget(panel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {340}, Qt::Horizontal);
}

void MainWindow::handleTreeActivated(const QModelIndex &index)
{
    const QVariant kind = index.data(ResourceTreeModel::KindRole);
    if (!kind.isValid())
        return;
    const QString id = index.data(ResourceTreeModel::IdRole).toString();
    // A pipeline opens on its live view; its settings are one click (Edit) away.
    if (qvariant_cast<ResourceKind>(kind) == ResourceKind::Pipeline)
        openPipelineView(id);
    else
        openEditor(qvariant_cast<ResourceKind>(kind), id);
}

QMenu *MainWindow::treeMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    const QVariant kindData = index.data(ResourceTreeModel::KindRole);
    const QString id = index.data(ResourceTreeModel::IdRole).toString();
    const bool exists = kindData.isValid() && m_store.ids(qvariant_cast<ResourceKind>(kindData)).contains(id);
    if (exists) {
        const auto kind = qvariant_cast<ResourceKind>(kindData);
        QAction *open = menu->addAction(tr("&Open"), this, [this, kind, id] {
            if (kind == ResourceKind::Pipeline)
                openPipelineView(id);
            else
                openEditor(kind, id);
        });
        open->setObjectName(u"menuOpen"_s);
        if (kind == ResourceKind::Pipeline) {
            QAction *edit = menu->addAction(tr("&Edit Settings"), this,
                                            [this, id] { openEditor(ResourceKind::Pipeline, id); });
            edit->setObjectName(u"menuEdit"_s);
        }
    }
    const QVariant section = index.isValid() ? index.data(ResourceTreeModel::SectionKindRole) : QVariant();
    if (section.isValid()) {
        const auto kind = qvariant_cast<ResourceKind>(section);
        QAction *create =
            menu->addAction(kind == ResourceKind::Connection            ? tr("&New Connection")
                            : kind == ResourceKind::DataModel           ? tr("&New Data Model")
                            : kind == ResourceKind::FieldTransformation ? tr("&New Field Transformation")
                                                                        : tr("&New Pipeline"),
                            this, [this, kind] { openEditor(kind, {}); });
        create->setObjectName(u"menuNew"_s);
    }
    if (exists) {
        const auto kind = qvariant_cast<ResourceKind>(kindData);
        QAction *duplicate =
            menu->addAction(tr("D&uplicate"), this, [this, kind, id] { duplicateResource(kind, id); });
        duplicate->setObjectName(u"menuDuplicate"_s);
        QAction *remove =
            menu->addAction(tr("&Delete…"), this, [this, kind, id] { deleteResource(kind, id); });
        remove->setObjectName(u"menuDelete"_s);
        menu->addSeparator();
        QAction *copyId =
            menu->addAction(tr("&Copy Id"), this, [id] { QGuiApplication::clipboard()->setText(id); });
        copyId->setObjectName(u"menuCopyId"_s);
        menu->addSeparator();
        const QSet<QString> keys = selectedResources(index);
        QAction *copyTo = menu->addAction(tr("Copy to &Workspace…"), this, [this, keys] { copyToWorkspace(keys); });
        copyTo->setObjectName(u"menuCopyToWorkspace"_s);
        copyTo->setToolTip(tr("Compares these resources and what they depend on with another workspace, and "
                              "copies them there after showing the plan"));
        QAction *exportSome = menu->addAction(tr("E&xport…"), this, [this, keys] { exportResources(keys); });
        exportSome->setObjectName(u"menuExport"_s);
    }
    if (index.data(ResourceTreeModel::ListFailedRole).toBool() && section.isValid()) {
        const auto kind = qvariant_cast<ResourceKind>(section);
        QAction *retry =
            menu->addAction(tr("Re&try Loading This List"), this, [this, kind] { m_sync.refreshList(kind); });
        retry->setObjectName(u"menuRetryList"_s);
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    QAction *refresh = menu->addAction(tr("&Refresh"), this, &MainWindow::refreshRequested);
    refresh->setObjectName(u"menuRefresh"_s);
    return menu;
}

} // namespace wsc

#include "ui/sql/SchemaBrowser.h"

#include "models/items/WarehouseCatalogModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMinimumWidth = 200;

} // namespace

SchemaBrowser::SchemaBrowser(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"SchemaBrowser"_s);
    m_model = new WarehouseCatalogModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(WarehouseCatalogModel::NameColumn);
    m_proxy->setRecursiveFilteringEnabled(true); // a matching column keeps its table and schema
    m_proxy->setAutoAcceptChildRows(true);       // a matching table still shows its columns

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"SchemaFilter"_s);
    m_filter->setPlaceholderText(tr("Filter tables and columns"));
    m_filter->setClearButtonEnabled(true);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"SchemaRefresh"_s);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the warehouse's schemas again"));
    m_state = new QLabel(this);
    m_state->setObjectName(u"SchemaState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->hide();

    m_view = new QTreeView(this);
    m_view->setObjectName(u"SchemaTree"_s);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setExpandsOnDoubleClick(false); // a double-click inserts; schemas toggle in handleActivated
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setIndentation(m_view->fontMetrics().averageCharWidth() * 2); // the panel is narrow
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WarehouseCatalogModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WarehouseCatalogModel::TypeColumn, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_view, 1);
    setMinimumWidth(kMinimumWidth);

    connect(m_refresh, &QToolButton::clicked, this, &SchemaBrowser::refreshRequested);
    connect(m_filter, &QLineEdit::textChanged, this, &SchemaBrowser::handleFilterChanged);
    connect(m_view, &QTreeView::activated, this, &SchemaBrowser::handleActivated);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SchemaBrowser::applyExpansion);
}

QSize SchemaBrowser::sizeHint() const
{
    return {280, QWidget::sizeHint().height()};
}

void SchemaBrowser::setCatalog(const WarehouseCatalog &catalog, ServiceProvider provider)
{
    m_model->setCatalog(catalog, provider);
    m_filter->setEnabled(true);
    m_refresh->setEnabled(true);
    m_view->setEnabled(true);
    if (catalog.tables.isEmpty())
        showState(tr("The warehouse has no tables this connection can read."));
    else
        showState({});
}

void SchemaBrowser::setLoading()
{
    m_refresh->setEnabled(false); // one request at a time
    showState(tr("Loading…"));
}

void SchemaBrowser::setError(const QString &message)
{
    m_refresh->setEnabled(true);
    showState(tr("Could not read the schemas: %1").arg(message));
}

void SchemaBrowser::setUnavailable(const QString &reason)
{
    m_model->setCatalog({}, ServiceProvider::Unknown);
    m_filter->setEnabled(false);
    m_refresh->setEnabled(false);
    m_view->setEnabled(false);
    showState(reason.isEmpty() ? tr("Browsing schemas is not available for this provider.") : reason);
}

void SchemaBrowser::showState(const QString &text)
{
    m_state->setText(text);
    m_state->setVisible(!text.isEmpty());
}

void SchemaBrowser::handleFilterChanged(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    applyExpansion();
}

// Run after a new catalog or filter only, so that what the user expanded survives a refresh.
void SchemaBrowser::applyExpansion()
{
    constexpr int kFewSchemas = 3;
    if (!m_filter->text().trimmed().isEmpty())
        m_view->expandToDepth(1); // the matches, in their schemas and tables
    else if (m_proxy->rowCount() <= kFewSchemas)
        m_view->expandToDepth(0); // few schemas: show their tables at once
    else
        m_view->collapseAll();
}

void SchemaBrowser::handleActivated(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index.siblingAtColumn(WarehouseCatalogModel::NameColumn));
    switch (WarehouseCatalogModel::kind(source)) {
    case WarehouseCatalogModel::Kind::Schema:
        m_view->setExpanded(index.siblingAtColumn(0), !m_view->isExpanded(index.siblingAtColumn(0)));
        return;
    case WarehouseCatalogModel::Kind::Table:
    case WarehouseCatalogModel::Kind::View:
    case WarehouseCatalogModel::Kind::Column:
        emit insertRequested(source.data(WarehouseCatalogModel::InsertionRole).toString());
        return;
    }
}

} // namespace wsc

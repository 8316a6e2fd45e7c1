#include "ui/sql/ResultGrid.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

namespace {

// Rows measured for the initial column widths: enough to be representative, few enough to be instant.
constexpr int kMeasuredRows = 200;
constexpr int kCellPadding = 16;

} // namespace

ResultGrid::ResultGrid(QWidget *parent)
    : QWidget(parent)
    , m_model(new QueryResultModel(this))
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(tr("Press Ctrl+Enter to run the query and see its rows here."), this))
    , m_view(new QTableView(this))
{
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setMargin(24);

    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSortIndicatorClearable(true); // a third click returns to the warehouse's order
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // Rows of one height: the view then never measures rows it does not show (100,000 rows scroll freely).
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    rows->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    createActions();
}

void ResultGrid::createActions()
{
    const auto add = [this](const QString &text, const QKeySequence &keys, auto handler) {
        auto *action = new QAction(text, m_view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, handler);
        m_view->addAction(action);
        return action;
    };
    add(tr("&Copy"), QKeySequence::Copy, [this] { copySelection(ExportFormat::Tsv); });
    add(tr("Copy as C&SV"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        [this] { copySelection(ExportFormat::Csv); });
    add(tr("Copy as &JSON"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
        [this] { copySelection(ExportFormat::Json); });
    auto *separator = new QAction(m_view);
    separator->setSeparator(true);
    m_view->addAction(separator);
    add(tr("Select &All"), QKeySequence::SelectAll, [this] { selectAll(); });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ResultGrid::setResult(const QueryResult &result, const QString &iteratorField)
{
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setIteratorField(iteratorField);
    m_model->setResult(result);
    m_stack->setCurrentWidget(m_view);
    m_view->scrollToTop();
    fitColumns();
}

void ResultGrid::setIteratorField(const QString &iteratorField)
{
    m_model->setIteratorField(iteratorField);
}

void ResultGrid::clear()
{
    m_model->clear();
    m_stack->setCurrentWidget(m_hint);
}

bool ResultGrid::hasResult() const
{
    return m_stack->currentWidget() == m_view;
}

// Widths from the header and the first rows, capped so that one long column does not push the others
// out of sight; the user resizes from there.
void ResultGrid::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const int rows = std::min(m_model->rowCount(), kMeasuredRows);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int width = header->sectionSizeHint(column);
        for (int row = 0; row < rows; ++row) {
            const QString text = m_model->index(row, column).data().toString();
            width = std::max(width, metrics.horizontalAdvance(text) + kCellPadding);
            if (width >= kMaxInitialColumnWidth)
                break;
        }
        header->resizeSection(column, std::min(width, kMaxInitialColumnWidth));
    }
}

QString ResultGrid::selectionText(ExportFormat format) const
{
    return m_model->exportText(format, m_view->selectionModel()->selectedIndexes());
}

void ResultGrid::copySelection(ExportFormat format)
{
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_model->exportText(format, selected));
}

void ResultGrid::selectAll()
{
    // Every row of the result, not only those the view has fetched so far.
    m_model->fetchAll();
    m_view->selectAll();
}

} // namespace wsc

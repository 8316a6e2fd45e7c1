#include "ui/pipeline/WorkspaceOverview.h"

#include "models/items/PipelineOverviewModel.h"
#include "models/items/StatusIcons.h"
#include "models/store/WorkspaceStore.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// Faulted first, then running, idle, stopped; by name within each; any column by its raw value.
class OverviewProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const auto byName = [&] {
            return left.siblingAtColumn(PipelineOverviewModel::NameColumn)
                       .data(PipelineOverviewModel::SortRole)
                       .toString() < right.siblingAtColumn(PipelineOverviewModel::NameColumn)
                                         .data(PipelineOverviewModel::SortRole)
                                         .toString();
        };
        const QVariant l = left.data(PipelineOverviewModel::SortRole);
        const QVariant r = right.data(PipelineOverviewModel::SortRole);
        const auto order = QVariant::compare(l, r);
        if (order == QPartialOrdering::Equivalent)
            return byName();
        return order == QPartialOrdering::Less;
    }
};

// A small line of the records of each run, with the last point marked.
class SparklineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, QModelIndex()); // background and selection only
        const auto points = index.data(PipelineOverviewModel::SparklineRole).value<QList<qreal>>();
        if (points.isEmpty())
            return;
        const QRectF area = QRectF(option.rect).adjusted(4, 4, -6, -4);
        qreal top = 0;
        for (qreal v : points)
            top = std::max(top, v);
        top = std::max<qreal>(top, 1);
        const qreal step = points.size() > 1 ? area.width() / (points.size() - 1) : 0;
        QPainterPath path;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QPointF p(area.left() + step * qreal(i), area.bottom() - points[i] / top * area.height());
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor line = option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                                  : StatusIcons::color(u"running"_s);
        painter->setPen(QPen(line, 1.5));
        painter->drawPath(path);
        painter->setBrush(line);
        painter->drawEllipse(path.currentPosition(), 2, 2);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override { return {140, 20}; }
};

} // namespace

WorkspaceOverview::WorkspaceOverview(const WorkspaceStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(u"WorkspaceOverview"_s);
    m_model = new PipelineOverviewModel(store, this);
    m_proxy = new OverviewProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(true);

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"OverviewSummary"_s);
    layout->addWidget(m_summary);
    m_table = new QTableView(this);
    m_table->setObjectName(u"OverviewTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PipelineOverviewModel::StatusColumn, Qt::AscendingOrder); // faulted first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setItemDelegateForColumn(PipelineOverviewModel::TrendColumn, new SparklineDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(PipelineOverviewModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PipelineOverviewModel::TrendColumn, QHeaderView::Fixed);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(PipelineOverviewModel::StatusColumn,
                            metrics.horizontalAdvance(tr("Faulted")) + metrics.height() + 40);
    m_table->setColumnWidth(PipelineOverviewModel::LastRunColumn,
                            metrics.horizontalAdvance(u"Success, 2024-03-01 12:00:00 UTC"_s) +
                                metrics.height() + 24);
    m_table->setColumnWidth(
        PipelineOverviewModel::RecordsColumn,
        metrics.horizontalAdvance(
            m_model->headerData(PipelineOverviewModel::RecordsColumn, Qt::Horizontal).toString()) +
            32);
    m_table->setColumnWidth(
        PipelineOverviewModel::TrendColumn,
        std::max(160,
                 metrics.horizontalAdvance(
                     m_model->headerData(PipelineOverviewModel::TrendColumn, Qt::Horizontal).toString()) +
                     24));
    m_table->setToolTip(tr("Click a pipeline to open it"));
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit pipelineOpenRequested(index.data(PipelineOverviewModel::PipelineIdRole).toString());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit pipelineOpenRequested(index.data(PipelineOverviewModel::PipelineIdRole).toString());
    });
    // Many reports arrive together after a refresh: the summary counts once they are in.
    auto *summaryTimer = new QTimer(this);
    summaryTimer->setSingleShot(true);
    summaryTimer->setInterval(200);
    connect(summaryTimer, &QTimer::timeout, this, &WorkspaceOverview::updateSummary);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, summaryTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, summaryTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, summaryTimer, qOverload<>(&QTimer::start));
    updateSummary();
}

void WorkspaceOverview::updateSummary()
{
    int faulted = 0;
    int running = 0;
    const int total = m_model->rowCount();
    for (const QString &id : m_store.ids(ResourceKind::Pipeline)) {
        const int rank = m_model->statusRank(id);
        faulted += rank == 0;
        running += rank == 1;
    }
    m_summary->setText(
        total == 0 ? tr("No pipelines in this workspace yet.")
                   : tr("%n pipeline(s): %1 faulted, %2 running.", nullptr, total).arg(faulted).arg(running));
}

QString WorkspaceOverview::summary() const
{
    return m_summary->text();
}

} // namespace wsc

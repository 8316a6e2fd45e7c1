#include "models/items/RunFilterProxy.h"

#include "models/items/RunTableModel.h"

namespace wsc {

RunFilterProxy::RunFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RunTableModel::SortRole);
    setDynamicSortFilter(true);
}

void RunFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_runs = qobject_cast<RunTableModel *>(model);
    Q_ASSERT(m_runs || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RunFilterProxy::setStatuses(const QSet<RunStatus> &statuses)
{
    m_statuses = statuses;
    invalidateFilter();
}

void RunFilterProxy::setType(RunType type)
{
    m_type = type;
    invalidateFilter();
}

bool RunFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const RunRecord &r = m_runs->record(sourceRow);
    return (m_statuses.isEmpty() || m_statuses.contains(r.status)) &&
           (m_type == RunType::Unknown || r.type == m_type);
}

bool RunFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Straight from the records: QVariant comparisons cost too much over 100,000 rows.
    const RunRecord &a = m_runs->record(left.row());
    const RunRecord &b = m_runs->record(right.row());
    const auto tieBreak = [&] { return runRecordBefore(a, b); };
    const auto by = [&](qint64 x, qint64 y) { return x != y ? x < y : tieBreak(); };
    switch (left.column()) {
    case RunTableModel::IdColumn: return compare(a.id, b.id) < 0;
    case RunTableModel::LogicalDateColumn: return tieBreak();
    case RunTableModel::StartedColumn: return by(a.startedOn, b.startedOn);
    case RunTableModel::EndedColumn: return by(a.endedOn, b.endedOn);
    case RunTableModel::WindowColumn: return by(a.rangeEnd, b.rangeEnd);
    case RunTableModel::SuccessfulColumn: return by(a.successfulRecords, b.successfulRecords);
    case RunTableModel::FailedColumn: return by(a.failedRecords, b.failedRecords);
    default: {
        const QVariant l = left.data(sortRole());
        const QVariant r = right.data(sortRole());
        const auto order = QVariant::compare(l, r);
        return order == QPartialOrdering::Equivalent ? tieBreak() : order == QPartialOrdering::Less;
    }
    }
}

} // namespace wsc

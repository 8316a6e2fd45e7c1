#include "models/items/PipelineOverviewModel.h"

#include "models/items/RunRecord.h"
#include "models/items/RunTableModel.h"
#include "models/items/StatusIcons.h"
#include "models/store/WorkspaceStore.h"

#include <QDateTime>
#include <QLocale>

namespace wsc {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

// When a run counts as "in the last 24 hours": when it ended, or else its logical date.
qint64 runTime(const PipelineRun &run)
{
    if (run.endedOn.isValid())
        return run.endedOn.toMSecsSinceEpoch();
    return run.logicalDate.isValid() ? run.logicalDate.toMSecsSinceEpoch() : RunRecord::kNone;
}

} // namespace

PipelineOverviewModel::PipelineOverviewModel(const WorkspaceStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_ids = store.ids(ResourceKind::Pipeline);
    m_known = QSet<QString>(m_ids.cbegin(), m_ids.cend());
    connect(&store, &WorkspaceStore::added, this, &PipelineOverviewModel::handleAdded);
    connect(&store, &WorkspaceStore::removed, this, &PipelineOverviewModel::handleRemoved);
    connect(&store, &WorkspaceStore::listReplaced, this, &PipelineOverviewModel::appendPending);
    connect(&store, &WorkspaceStore::changed, this, [this](ResourceKind kind, const QString &id) {
        if (kind == ResourceKind::Pipeline)
            updateRow(id);
    });
    connect(&store, &WorkspaceStore::reportChanged, this, &PipelineOverviewModel::updateRow);
    connect(&store, &WorkspaceStore::runsAppended, this, &PipelineOverviewModel::updateRow);
    connect(&store, &WorkspaceStore::runsChanged, this, &PipelineOverviewModel::updateRow);
    connect(&store, &WorkspaceStore::runsReset, this, &PipelineOverviewModel::updateRow);
    connect(&store, &WorkspaceStore::cleared, this, [this] {
        beginResetModel();
        m_ids.clear();
        m_known.clear();
        m_pending.clear();
        endResetModel();
    });
}

void PipelineOverviewModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, RecordsColumn), index(int(m_ids.size()) - 1, TrendColumn));
}

void PipelineOverviewModel::handleAdded(ResourceKind kind, const QString &id)
{
    if (kind != ResourceKind::Pipeline)
        return;
    m_pending << id;
    if (!m_store.isReplacingList()) // otherwise the whole list goes in at once when it is replaced
        appendPending();
}

void PipelineOverviewModel::appendPending()
{
    QStringList fresh;
    for (const QString &id : std::exchange(m_pending, {})) {
        if (!m_known.contains(id)) {
            m_known.insert(id);
            fresh << id;
        }
    }
    if (fresh.isEmpty())
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row + int(fresh.size()) - 1);
    m_ids << fresh;
    endInsertRows();
}

void PipelineOverviewModel::handleRemoved(ResourceKind kind, const QString &id)
{
    if (kind != ResourceKind::Pipeline)
        return;
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_known.remove(id);
    endRemoveRows();
}

void PipelineOverviewModel::updateRow(const QString &pipelineId)
{
    const int row = rowOf(pipelineId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

qint64 PipelineOverviewModel::recordsLast24h(const QString &pipelineId) const
{
    const qint64 since = m_clock() - kDayMs;
    qint64 sum = 0;
    for (const PipelineRun &run : m_store.runs(pipelineId))
        if (runTime(run) >= since)
            sum += run.successfulRecords;
    return sum;
}

QList<qreal> PipelineOverviewModel::sparkline(const QString &pipelineId) const
{
    const qint64 since = m_clock() - kDayMs;
    QList<qreal> points;
    for (const PipelineRun &run : m_store.runs(pipelineId))
        if (runTime(run) >= since && run.status != RunStatus::Queued)
            points << qreal(run.successfulRecords);
    return points;
}

int PipelineOverviewModel::statusRank(const QString &pipelineId) const
{
    const EffectiveStatus status = m_store.effectiveStatus(pipelineId);
    if (status.paused)
        return 3;
    switch (status.status.value()) {
    case PipelineStatus::Faulted: return 0;
    case PipelineStatus::Running: return 1;
    case PipelineStatus::Idle: return 2;
    case PipelineStatus::Stopped: return 4;
    case PipelineStatus::Unknown: break;
    }
    return 5;
}

int PipelineOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PipelineOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids[index.row()];
    const int column = index.column();
    const PipelineReport *report = m_store.report(id);
    const std::optional<PipelineRun> &latest = report ? report->latestRun : std::nullopt;
    const EffectiveStatus status = m_store.effectiveStatus(id);
    switch (role) {
    case PipelineIdRole: return id;
    case StatusRankRole: return statusRank(id);
    case SparklineRole: return QVariant::fromValue(sparkline(id));
    case Qt::DecorationRole:
        if (column == StatusColumn && status.isKnown())
            return StatusIcons::icon(status.key());
        if (column == LastRunColumn && latest)
            return StatusIcons::icon(latest->status.wire());
        return {};
    case Qt::ToolTipRole: {
        if (column == StatusColumn && report && !report->errors.empty()) {
            QStringList messages;
            for (const ApiMessage &m : report->errors)
                messages << m.message;
            return messages.join(u'\n');
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        return column == RecordsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        switch (column) {
        case NameColumn: return m_store.displayName(ResourceKind::Pipeline, id).toLower();
        case StatusColumn: return statusRank(id);
        case LastRunColumn:
            return latest && latest->logicalDate.isValid() ? latest->logicalDate.toMSecsSinceEpoch()
                                                           : RunRecord::kNone;
        case RecordsColumn:
        case TrendColumn: return recordsLast24h(id);
        default: return {};
        }
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return m_store.displayName(ResourceKind::Pipeline, id);
        case StatusColumn:
            return status.paused           ? displayName(EnumValue<PipelineState>(PipelineState::Paused))
                   : status.status.isSet() ? displayName(status.status)
                                           : tr("checking…");
        case LastRunColumn:
            if (!latest)
                return report ? tr("no runs yet") : QString();
            return tr("%1, %2 UTC")
                .arg(displayName(latest->status),
                     RunTableModel::timeText(latest->logicalDate.isValid()
                                                 ? latest->logicalDate.toMSecsSinceEpoch()
                                                 : RunRecord::kNone));
        case RecordsColumn: return QLocale().toString(recordsLast24h(id));
        default: return {};
        }
    default: return {};
    }
}

QVariant PipelineOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Pipeline");
    case StatusColumn: return tr("Status");
    case LastRunColumn: return tr("Latest run");
    case RecordsColumn: return tr("Records (24 h)");
    case TrendColumn: return tr("Records per run (24 h)");
    default: return {};
    }
}

} // namespace wsc

#include "models/items/RunTableModel.h"

#include "models/items/StatusIcons.h"
#include "models/store/WorkspaceStore.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace wsc {

using namespace Qt::StringLiterals;

RunTableModel::RunTableModel(const WorkspaceStore &store, const QString &pipelineId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_pipelineId(pipelineId)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(&store, &WorkspaceStore::runsAppended, this, [this](const QString &id, int first, int count) {
        if (id != m_pipelineId)
            return;
        const auto &runs = m_store.runs(id);
        merge(std::vector<PipelineRun>(runs.begin() + first, runs.begin() + first + count));
    });
    connect(&store, &WorkspaceStore::runsChanged, this, [this](const QString &id, const QStringList &ids) {
        if (id != m_pipelineId)
            return;
        std::vector<PipelineRun> changed;
        for (const PipelineRun &run : m_store.runs(id))
            if (ids.contains(run.id))
                changed.push_back(run);
        merge(changed);
    });
    connect(&store, &WorkspaceStore::runsReset, this, &RunTableModel::handleStoreRuns);
    connect(&store, &WorkspaceStore::removed, this, [this](ResourceKind kind, const QString &id) {
        if (kind == ResourceKind::Pipeline && id == m_pipelineId)
            clear(); // its runs are gone with it
    });
    takeFromStore();
}

void RunTableModel::handleStoreRuns(const QString &pipelineId)
{
    if (pipelineId == m_pipelineId)
        takeFromStore();
}

void RunTableModel::takeFromStore()
{
    merge(m_store.runs(m_pipelineId));
}

bool RunTableModel::inRange(qint64 logicalDate) const
{
    return (m_from == RunRecord::kNone || logicalDate >= m_from) &&
           (m_to == RunRecord::kNone || logicalDate <= m_to);
}

void RunTableModel::setRange(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = toMs;
    // Rows outside the range go, in contiguous blocks (the records are sorted by logical date).
    for (int row = int(m_records.size()) - 1; row >= 0;) {
        if (inRange(m_records[std::size_t(row)].logicalDate)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !inRange(m_records[std::size_t(first - 1)].logicalDate))
            --first;
        beginRemoveRows({}, first, row);
        for (int r = first; r <= row; ++r)
            m_details.remove(m_records[std::size_t(r)].id);
        m_records.erase(m_records.begin() + first, m_records.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }
    takeFromStore();
}

void RunTableModel::clear()
{
    if (m_records.empty())
        return;
    beginResetModel();
    m_records.clear();
    m_records.shrink_to_fit();
    m_details.clear();
    endResetModel();
}

int RunTableModel::rowOf(const RunId &runId, qint64 logicalDate) const
{
    // A run's logical date is fixed when it is created (§10.6.4): with the id it finds the row at once.
    RunRecord key;
    key.id = runId;
    key.logicalDate = logicalDate;
    const auto it = std::lower_bound(m_records.begin(), m_records.end(), key, runRecordBefore);
    return it != m_records.end() && it->id == runId ? int(it - m_records.begin()) : -1;
}

void RunTableModel::merge(const std::vector<PipelineRun> &runs)
{
    std::vector<RunRecord> fresh;
    for (const PipelineRun &run : runs) {
        RunRecord record = RunRecord::from(run);
        if (!inRange(record.logicalDate))
            continue;
        Details details;
        if (record.hasDetails) {
            for (const ApiMessage &m : run.errors)
                details.errors << m.message;
            if (run.status.isUnknownValue())
                details.statusWire = run.status.wire();
            if (run.type.isUnknownValue())
                details.typeWire = run.type.wire();
        }
        const int row = m_records.empty() ? -1 : rowOf(record.id, record.logicalDate);
        if (row < 0) {
            if (record.hasDetails)
                m_details.insert(record.id, details);
            fresh.push_back(record);
            continue;
        }
        RunRecord &known = m_records[std::size_t(row)];
        if (known == record && (!record.hasDetails || m_details.value(record.id).errors == details.errors))
            continue;
        known = record;
        // The details first: whoever the signal reaches reads them at once.
        if (record.hasDetails)
            m_details.insert(record.id, details);
        else
            m_details.remove(record.id);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (fresh.empty())
        return;
    std::sort(fresh.begin(), fresh.end(), runRecordBefore);
    fresh.erase(std::unique(fresh.begin(), fresh.end(),
                            [](const RunRecord &a, const RunRecord &b) { return a.id == b.id; }),
                fresh.end());
    // Insert in blocks: the new runs that go between the same two known runs arrive as one insertion. The
    // history grows by a quarter at a time: a few more copies while it loads, a fifth of the spare memory
    // held for as long as it is shown.
    if (m_records.capacity() < m_records.size() + fresh.size())
        m_records.reserve(std::max(m_records.size() + fresh.size(), m_records.size() * 5 / 4));
    std::size_t i = 0;
    while (i < fresh.size()) {
        const auto pos = std::lower_bound(m_records.begin(), m_records.end(), fresh[i], runRecordBefore);
        const int row = int(pos - m_records.begin());
        std::size_t j = i + 1;
        while (j < fresh.size() && (pos == m_records.end() || runRecordBefore(fresh[j], *pos)))
            ++j;
        beginInsertRows({}, row, row + int(j - i) - 1);
        m_records.insert(m_records.begin() + row, fresh.begin() + qsizetype(i), fresh.begin() + qsizetype(j));
        endInsertRows();
        i = j;
    }
}

std::size_t RunTableModel::bytesHeld() const
{
    std::size_t bytes = m_records.capacity() * sizeof(RunRecord);
    for (const RunRecord &r : m_records)
        bytes += r.id.heapBytes();
    for (auto it = m_details.cbegin(); it != m_details.cend(); ++it) {
        bytes += sizeof(RunId) + it.key().heapBytes() + sizeof(Details) + 32; // the hash node and its bucket
        for (const QString &e : it->errors)
            bytes += sizeof(QString) + std::size_t(e.size()) * 2;
    }
    return bytes;
}

QString RunTableModel::statusText(const RunRecord &record) const
{
    if (record.status == RunStatus::Unknown && record.hasDetails)
        return unknownEnumLabel(details(record.id).statusWire);
    return EnumTraits<RunStatus>::displayName(record.status);
}

QString RunTableModel::typeText(const RunRecord &record) const
{
    if (record.type == RunType::Unknown && record.hasDetails)
        return unknownEnumLabel(details(record.id).typeWire);
    return EnumTraits<RunType>::displayName(record.type);
}

QString RunTableModel::durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString RunTableModel::windowText(const RunRecord &r)
{
    return tr("%1 → %2").arg(r.rangeStart == RunRecord::kNone ? tr("the beginning") : timeText(r.rangeStart),
                             timeText(r.rangeEnd));
}

QString RunTableModel::timeText(qint64 ms)
{
    if (ms == RunRecord::kNone)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &r = m_records[std::size_t(index.row())];
    const int column = index.column();
    if (role == RunIdRole)
        return r.id.toString();
    if (role == StatusWireRole)
        return r.status == RunStatus::Unknown ? details(r.id).statusWire
                                              : EnumValue<RunStatus>::canonical(r.status).toString();
    if (role == Qt::DecorationRole && column == StatusColumn)
        return StatusIcons::icon(data(index, StatusWireRole).toString());
    if (role == Qt::TextAlignmentRole)
        return column == IdColumn || column == SuccessfulColumn || column == FailedColumn ||
                       column == DurationColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ToolTipRole && column == StatusColumn && r.hasDetails)
        return details(r.id).errors.join(u'\n');
    if (role == SortRole) {
        switch (column) {
        case IdColumn: return r.id.toString();
        case StatusColumn: return statusText(r);
        case TypeColumn: return typeText(r);
        case LogicalDateColumn: return r.logicalDate;
        case StartedColumn: return r.startedOn;
        case EndedColumn: return r.endedOn;
        case DurationColumn: return r.durationMs(m_clock());
        case WindowColumn: return r.rangeEnd;
        case SuccessfulColumn: return r.successfulRecords;
        case FailedColumn: return r.failedRecords;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case IdColumn: return r.id.toString();
    case StatusColumn: return statusText(r);
    case TypeColumn: return typeText(r);
    case LogicalDateColumn: return timeText(r.logicalDate);
    case StartedColumn: return timeText(r.startedOn);
    case EndedColumn: return timeText(r.endedOn);
    case DurationColumn: return durationText(r.durationMs(m_clock()));
    case WindowColumn: return windowText(r);
    case SuccessfulColumn: return locale.toString(r.successfulRecords);
    case FailedColumn: return locale.toString(r.failedRecords);
    default: return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Run");
    case StatusColumn: return tr("Status");
    case TypeColumn: return tr("Type");
    case LogicalDateColumn: return tr("Logical date (UTC)");
    case StartedColumn: return tr("Started (UTC)");
    case EndedColumn: return tr("Ended (UTC)");
    case DurationColumn: return tr("Duration");
    case WindowColumn: return tr("Window (UTC)");
    case SuccessfulColumn: return tr("Records");
    case FailedColumn: return tr("Failed records");
    default: return {};
    }
}

} // namespace wsc

#pragma once

#include "models/domain/Enums.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

#include <functional>

namespace wsc {

class WorkspaceStore;
enum class ResourceKind;

// Every pipeline of the workspace with its status, its latest run, the records of the last 24 hours and
// their trend per run (for a sparkline). Follows the store row by row: the poller's reports and runs
// update single rows. Sorting (faulted first) is the proxy's, by StatusRankRole.
class PipelineOverviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, LastRunColumn, RecordsColumn, TrendColumn, ColumnCount };
    enum Role {
        PipelineIdRole = Qt::UserRole + 1,
        StatusRankRole, // 0 faulted, 1 running, 2 idle, 3 paused, 4 stopped, 5 not known yet
        SortRole,       // the raw value of a cell
        SparklineRole,  // QList<qreal>: successful records of each run of the last 24 hours, oldest first
    };
    using Clock = std::function<qint64()>; // now, in ms since the epoch

    explicit PipelineOverviewModel(const WorkspaceStore &store, QObject *parent = nullptr);

    // The clock "the last 24 hours" are counted from (tests set the sandbox's).
    void setClock(Clock clock);
    int rowOf(const QString &pipelineId) const { return int(m_ids.indexOf(pipelineId)); }
    qint64 recordsLast24h(const QString &pipelineId) const;
    QList<qreal> sparkline(const QString &pipelineId) const;
    int statusRank(const QString &pipelineId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void appendPending();
    void handleAdded(ResourceKind kind, const QString &id);
    void handleRemoved(ResourceKind kind, const QString &id);
    void updateRow(const QString &pipelineId);

    const WorkspaceStore &m_store;
    QStringList m_ids;
    QSet<QString> m_known;  // m_ids, for lookups
    QStringList m_pending;  // added while the store replaces a list: appended together
    Clock m_clock;
};

} // namespace wsc

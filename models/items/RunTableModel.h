#pragma once

#include "models/items/RunRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace wsc {

class WorkspaceStore;

// The run history of one pipeline as a table: the runs the history loader fetched page by page, kept up
// to date from the store as the poller brings new and finished runs. Holds compact RunRecords in the
// API's order (logical date, then id); sorting and filtering are the proxy's. A date range limits which
// runs it takes, as the API's startDate/endDate do.
class RunTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StatusColumn,
        TypeColumn,
        LogicalDateColumn,
        StartedColumn,
        EndedColumn,
        DurationColumn,
        WindowColumn,
        SuccessfulColumn,
        FailedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value of a cell, for sorting
        RunIdRole,
        StatusWireRole,
    };
    // What a run holds besides its numbers; only runs with errors or unknown values have it.
    struct Details {
        QStringList errors;
        QString statusWire; // set when the status is not one the console knows
        QString typeWire;
    };
    using Clock = std::function<qint64()>; // now, in ms since the epoch

    RunTableModel(const WorkspaceStore &store, const QString &pipelineId, QObject *parent = nullptr);

    QString pipelineId() const { return m_pipelineId; }
    // Only runs whose logical date lies in [fromMs, toMs] are taken (RunRecord::kNone: unbounded). Drops
    // what lies outside and takes the store's runs that lie inside.
    void setRange(qint64 fromMs, qint64 toMs);
    bool inRange(qint64 logicalDate) const;
    // Adds new runs and updates known ones, row by row (a page of the history, a poll's answer).
    void merge(const std::vector<PipelineRun> &runs);
    void clear();
    void setClock(Clock clock) { m_clock = std::move(clock); }

    const std::vector<RunRecord> &records() const { return m_records; }
    const RunRecord &record(int row) const { return m_records[std::size_t(row)]; }
    Details details(const RunId &runId) const { return m_details.value(runId); }
    Details details(const QString &runId) const { return details(RunId(runId)); }
    // -1 when the model does not hold the run (found by its logical date, which never changes).
    int rowOf(const RunId &runId, qint64 logicalDate) const;
    int rowOf(const QString &runId, qint64 logicalDate) const { return rowOf(RunId(runId), logicalDate); }
    QString statusText(const RunRecord &record) const;
    QString typeText(const RunRecord &record) const;
    // Bytes held per run (records, spare capacity and details), for the benchmark.
    std::size_t bytesHeld() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1 h 02 min", "38 s": how long a run took.
    static QString durationText(qint64 ms);
    // yyyy-MM-dd HH:mm:ss in UTC, or empty for kNone.
    static QString timeText(qint64 ms);
    // "start → end" of a run's data window, in UTC; an unbounded start is "the beginning".
    static QString windowText(const RunRecord &record);

private:
    void takeFromStore();
    void handleStoreRuns(const QString &pipelineId);

    const WorkspaceStore &m_store;
    QString m_pipelineId;
    qint64 m_from = RunRecord::kNone;
    qint64 m_to = RunRecord::kNone;
    std::vector<RunRecord> m_records;
    QHash<RunId, Details> m_details;
    Clock m_clock;
};

} // namespace wsc

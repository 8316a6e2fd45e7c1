#pragma once

#include "models/domain/Connection.h"
#include "models/domain/DataModel.h"
#include "models/domain/FieldTransformation.h"
#include "models/domain/Pipeline.h"
#include "models/domain/PipelineReport.h"
#include "models/domain/PipelineRun.h"
#include "models/domain/ResourceKind.h"

#include <QHash>
#include <QObject>

#include <array>

#include <optional>
#include <vector>

namespace wsc {

// How the last refresh of one resource list went. Each list stands on its own: one that failed (or an
// endpoint the service does not have) marks its own category and leaves the others alone.
struct ListStatus {
    enum class State {
        NotLoaded,
        Loaded,
        Failed,      // the list could not be loaded; `message` says why, a retry may help
        Unavailable, // the service does not have this endpoint (404/405 on an unpublished path, §11.3)
    };
    State state = State::NotLoaded;
    QString message;
    friend bool operator==(const ListStatus &, const ListStatus &) = default;
};

// A pipeline's status as every view shows it (one rule, here): a paused pipeline is paused, whatever the
// service last said of its runs; otherwise the service's status: the polled report's, which is fresher,
// then the one its list had (kept in `status` for a paused one too, for what compares with the service).
struct EffectiveStatus {
    bool paused = false;
    EnumValue<PipelineStatus> status;
    bool isKnown() const { return paused || status.isSet(); }
    // The status icon's key: "paused" or the wire value.
    QString key() const { return paused ? QStringLiteral("paused") : status.wire(); }
};

// The cache of one workspace (run history: the store holds each pipeline's recent runs, as the poller
// brings them, the last two days and then every new one; a view that shows older history keeps those pages
// itself and routes every page through updateHeldRuns, so the store is the one home of any run it holds): every resource, the pipelines' reports and their run history, with a signal
// for each resource that is added, changed or removed, so that views update rows instead of resetting.
// The single place where the console's copy of the server state changes.
class WorkspaceStore : public QObject {
    Q_OBJECT

public:
    explicit WorkspaceStore(QObject *parent = nullptr);

    const Connection *connection(const QString &id) const;
    const DataModel *dataModel(const QString &id) const;
    const FieldTransformation *fieldTransformation(const QString &id) const;
    const Pipeline *pipeline(const QString &id) const;
    // Ids in the order the server listed them (new ones last).
    QStringList ids(ResourceKind kind) const;
    int count(ResourceKind kind) const;
    // The resource's name, or its id when it has none (or is not there).
    QString displayName(ResourceKind kind, const QString &id) const;
    bool contains(ResourceKind kind, const QString &id) const { return rawFields(kind, id) != nullptr; }
    // The fields of a resource the decoder kept raw; nullptr when it is not there.
    const RawFields *rawFields(ResourceKind kind, const QString &id) const;

    // Replace a whole list (a refresh): emits added/changed/removed only for what differs.
    void setConnections(std::vector<Connection> items);
    void setDataModels(std::vector<DataModel> items);
    void setFieldTransformations(std::vector<FieldTransformation> items);
    void setPipelines(std::vector<Pipeline> items);
    // One resource as the server returned it after a GET, POST or PUT.
    void upsert(Connection item);
    void upsert(DataModel item);
    void upsert(FieldTransformation item);
    void upsert(Pipeline item);
    // While a whole list is being replaced (between listReplacing and listReplaced): views that insert
    // rows may collect the added ones and insert them together at listReplaced.
    bool isReplacingList() const { return m_replacing; }
    void remove(ResourceKind kind, const QString &id);
    void clear();

    const ListStatus &listStatus(ResourceKind kind) const { return m_listStatus[std::size_t(kind)]; }
    void setListStatus(ResourceKind kind, ListStatus status);

    const PipelineReport *report(const QString &pipelineId) const;
    EffectiveStatus effectiveStatus(const QString &pipelineId) const;
    void setReport(const QString &pipelineId, PipelineReport report);

    // Runs of a pipeline ordered by logical date, then id.
    const std::vector<PipelineRun> &runs(const QString &pipelineId) const;
    // The range_end of the latest successful run, where the next incremental window starts; nullopt when
    // the store does not know that run.
    std::optional<Timestamp> watermark(const QString &pipelineId) const;
    // Adds new runs and updates known ones (a running run that finished).
    void mergeRuns(const QString &pipelineId, const std::vector<PipelineRun> &runs);
    // A page of run history: the runs the store holds take the page's state (except that a run it knows
    // has ended never goes back to active: the page may be older than the poller's answer), and runs
    // within the span it holds join it; older ones stay with the view that loaded them (its run table),
    // so that whatever two views both show, they show alike.
    void updateHeldRuns(const QString &pipelineId, const std::vector<PipelineRun> &page);

    // The pipelines that use a connection, data model or field transformation.
    QStringList pipelinesUsing(ResourceKind kind, const QString &id) const;

signals:
    void added(wsc::ResourceKind kind, const QString &id);
    void changed(wsc::ResourceKind kind, const QString &id);
    void removed(wsc::ResourceKind kind, const QString &id);
    void reportChanged(const QString &pipelineId);
    // `first` is the index of the first new run in runs(pipelineId) after sorting; new runs may also have
    // been inserted earlier when the server filled a gap, in which case runsReset is emitted instead.
    void runsAppended(const QString &pipelineId, int first, int count);
    void runsChanged(const QString &pipelineId, const QStringList &runIds);
    void runsReset(const QString &pipelineId);
    void listStatusChanged(wsc::ResourceKind kind);
    // Around the added/changed/removed signals of a whole list's replacement.
    void listReplacing(wsc::ResourceKind kind);
    void listReplaced(wsc::ResourceKind kind);
    void cleared();

private:
    template <typename T>
    struct Table {
        std::vector<T> items;
        QHash<QString, std::size_t> index;
    };
    template <typename T>
    void setAll(Table<T> &table, ResourceKind kind, std::vector<T> items);
    template <typename T>
    void upsertOne(Table<T> &table, ResourceKind kind, T item);
    template <typename T>
    static const T *find(const Table<T> &table, const QString &id);
    template <typename T>
    bool removeFrom(Table<T> &table, const QString &id);

    Table<Connection> m_connections;
    Table<DataModel> m_dataModels;
    Table<FieldTransformation> m_transformations;
    Table<Pipeline> m_pipelines;
    QHash<QString, PipelineReport> m_reports;
    QHash<QString, std::vector<PipelineRun>> m_runs;
    std::array<ListStatus, 4> m_listStatus;
    bool m_replacing = false;
};

} // namespace wsc

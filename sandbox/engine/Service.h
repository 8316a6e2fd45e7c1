#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/engine/StoredPipeline.h"
#include "sandbox/http/HttpResponse.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace wsc::sandbox {

class Clock;
class Storage;
class Warehouse;
struct ValidationResult;

// The Warehouse Sync API of one workspace: resources, validation, referential rules, the scheduler and the
// runs (spec §5-§14). Answers are HttpResponse values; HttpFrontEnd does the HTTP.
class Service {
public:
    enum class Kind { Connection, DataModel, FieldTransformation, Pipeline };

    Service(const SandboxConfig &config, const Clock &clock, Storage &storage, const Warehouse &warehouse);
    ~Service();

    // Reads everything back from storage (after a restart the scheduler resumes where it was).
    void load();
    // After a write that could not be committed: memory goes back to what is on disk.
    void reload();
    bool isEmpty() const;

    HttpResponse list(Kind kind, const QUrlQuery &query) const;
    HttpResponse get(Kind kind, const QString &id) const;
    HttpResponse create(Kind kind, const QByteArray &body);
    HttpResponse replace(Kind kind, const QString &id, const QByteArray &body);
    HttpResponse remove(Kind kind, const QString &id);

    // POST …/trigger with {"pipeline_id"}; `pathId` is the alias form …/{id}/trigger (I-15).
    HttpResponse trigger(const QByteArray &body, const QString &pathId = QString());
    HttpResponse report(const QString &pipelineId) const;
    HttpResponse runs(const QString &pipelineId, const QUrlQuery &query) const;
    HttpResponse run(const QString &pipelineId, const QString &runId) const;

    // One scheduler pass: due ticks become runs, queued runs start, finished runs complete; repeated until
    // nothing moves (bounded). Returns the number of transitions.
    int runScheduler();

    // Admin hooks (/_sandbox/…).
    void setDataPlan(const QString &id, bool active, const QList<qint64> &versions);
    HttpResponse forceConnectionFault(const QString &connectionId, const QString &message);
    // A connection as stored (secrets in clear, for the local warehouse only); nullopt when unknown.
    std::optional<QJsonObject> storedConnection(const QString &connectionId) const;
    FaultConfig &faults() { return m_config.faults; }
    const SandboxConfig &config() const { return m_config; }
    QString outboxPath(const QString &pipelineId) const;

    // Bulk creation for demos and benchmarks: writes without the per-request checks.
    void insertGenerated(Kind kind, const QJsonObject &canonical, const QDateTime &createdOn);
    // Runs, for real against the warehouse, the scheduled ticks of an interval pipeline from `since` to now,
    // as if the scheduler had done it, and dates them in the past (demo history).
    void backfill(const QString &pipelineId, const QDateTime &since);
    // A run of `type` (manual, or the scheduled run of a once pipeline) started at `at`, executed now and dated
    // then.
    void backfillRun(const QString &pipelineId, const QString &type, const QDateTime &at);
    // A finished run written as given (benchmark data); its window moves the watermark if it succeeded.
    void insertHistoricRun(const QString &pipelineId, QJsonObject run);

    static QString kindName(Kind kind);

private:
    struct Resource {
        qint64 seq = 0;
        QJsonObject body; // canonical stored form, secrets in clear, plus status/errors/audit fields
    };
    struct Runtime; // scheduler state of one pipeline

    QHash<QString, Resource> &resources(Kind kind) { return m_resources[int(kind)]; }
    const QHash<QString, Resource> &resources(Kind kind) const { return m_resources[int(kind)]; }
    // The one way a resource's body changes in memory: a pipeline's typed form follows it. Returns the slot
    // (for its sequence number); persist() writes it to storage.
    Resource &setBody(Kind kind, const QString &id, const QJsonObject &body);
    // The typed form of a stored pipeline; an empty one for an id that is not stored.
    const StoredPipeline &pipeline(const QString &pipelineId) const;
    QJsonObject render(Kind kind, const QJsonObject &stored) const;
    QJsonObject renderRun(const QJsonObject &run) const;
    QString pipelineStatus(const QString &pipelineId) const;
    QStringList pipelinesUsing(Kind kind, const QString &id) const;
    void persist(Kind kind, const QString &id);

    HttpResponse validateAndStore(Kind kind, const QString &pathId, const QByteArray &body, bool create);
    ValidationResult validate(Kind kind, const QJsonObject &body, const Resource *existing) const;
    // What the service adds to a valid body before it is stored (statuses, a connection's health check,
    // a pipeline's references); the refusal to answer instead, if any.
    std::optional<HttpResponse> prepareStored(Kind kind, QJsonObject &stored, bool create) const;
    void stampAudit(QJsonObject &stored, const Resource *existing) const;
    // Runs `work` as one transaction; on failure restores memory from disk and returns a 500 to send.
    std::optional<HttpResponse> commit(const std::function<void()> &work);
    std::optional<HttpResponse> checkPipelineReferences(const StoredPipeline &pipeline,
                                                        const QString &selfId) const;
    void applyPipelineChange(const QString &id, const StoredPipeline *before, const StoredPipeline &after);
    void applyDependencyChange(Kind kind, const QString &id, const QJsonObject &before,
                               const QJsonObject &after);
    void clearFaultsCausedBy(Kind kind, const QString &id);

    Runtime &runtime(const QString &pipelineId);
    void saveRuntime(const QString &pipelineId);
    std::optional<QJsonObject> activeRun(const QString &pipelineId) const;
    std::pair<std::optional<QDateTime>, QDateTime>
    window(const StoredPipeline &pipeline, const Runtime &runtime, const QDateTime &cutoff) const;
    qint64 createRun(const QString &pipelineId, const QString &type, const QDateTime &logicalDate,
                     const QDateTime &cutoff);
    void stopActiveRun(const QString &pipelineId, const QString &why);
    bool advanceRun(QJsonObject &run);
    bool scheduleNext(const QString &pipelineId);
    void executeAttempt(QJsonObject &run);
    void completeRun(QJsonObject &run);
    void saveRun(const QJsonObject &run);
    void runInThePast(qint64 runId, const QDateTime &startedAt);
    qint64 recordLimit(const StoredPipeline &pipeline, const QString &runType, QString *kind) const;

    SandboxConfig m_config;
    const Clock &m_clock;
    Storage &m_storage;
    const Warehouse &m_warehouse;
    QHash<QString, Resource> m_resources[4];
    QHash<QString, StoredPipeline> m_pipelines; // the typed form of resources(Kind::Pipeline)
    std::map<QString, std::unique_ptr<Runtime>> m_runtime;
    QHash<QString, QJsonObject> m_dataPlans;
    qint64 m_nextSeq = 1;
    qint64 m_nextRunId = 1;
};

} // namespace wsc::sandbox

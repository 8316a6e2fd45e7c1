// Runs: windows, creation, attempts against the warehouse, completion.
#include "sandbox/engine/Clock.h"
#include "sandbox/engine/Service.h"
#include "sandbox/engine/Service_p.h"
#include "sandbox/storage/Storage.h"
#include "sandbox/warehouse/Warehouse.h"

#include <QJsonArray>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;
using namespace engine;

// ---------------------------------------------------------------------------------------------------
// Runs

std::pair<std::optional<QDateTime>, QDateTime>
Service::window(const StoredPipeline &pipeline, const Runtime &r, const QDateTime &cutoff) const
{
    // Spec §10.6.2-§10.6.3. A full sync reads everything between `from` and `until` on every run: the
    // watermark does not apply to it (§10.4).
    const StoredPipeline::Sync &sync = pipeline.sync;
    const bool full = sync.type == StoredPipeline::SyncType::Full;
    std::optional<QDateTime> lo = full ? std::nullopt : r.watermark;
    if (!lo && !full && !sync.from && pipeline.schedule.type == StoredPipeline::ScheduleType::OnDemand)
        lo = pipeline.schedule.start;
    if (sync.from && (!lo || *lo < *sync.from))
        lo = sync.from;
    QDateTime hi = cutoff;
    if (sync.until && *sync.until < hi)
        hi = *sync.until;
    return {lo, hi};
}

std::optional<QJsonObject> Service::activeRun(const QString &pipelineId) const
{
    const auto it = m_runtime.find(pipelineId);
    if (it == m_runtime.end() || it->second->activeRunId == 0)
        return std::nullopt;
    return m_storage.run(it->second->activeRunId);
}

qint64 Service::createRun(const QString &pipelineId, const QString &type, const QDateTime &logicalDate,
                          const QDateTime &cutoff)
{
    Runtime &r = runtime(pipelineId);
    const auto [lo, hi] = window(pipeline(pipelineId), r, cutoff);

    const qint64 id = m_nextRunId++;
    m_storage.setMeta(u"next_run_id"_s, QString::number(m_nextRunId));
    QJsonObject run{{u"id"_s, id},
                    {u"pipeline_id"_s, pipelineId},
                    {u"type"_s, type},
                    {u"status"_s, u"queued"_s},
                    {u"errors"_s, QJsonArray()},
                    {u"logical_date"_s, ms(logicalDate)},
                    {u"started_on"_s, QJsonValue::Null},
                    {u"ended_on"_s, QJsonValue::Null},
                    {u"range_start"_s, lo ? QJsonValue(ms(*lo)) : QJsonValue()},
                    {u"range_end"_s, ms(hi)},
                    {u"successful_records"_s, 0},
                    {u"failed_records"_s, 0},
                    {u"_attempts"_s, 0}};
    r.activeRunId = id;
    saveRun(run);
    saveRuntime(pipelineId);
    return id;
}

void Service::saveRun(const QJsonObject &run)
{
    const auto logicalDate = timeOf(run.value(u"logical_date"_s));
    m_storage.putRun(run.value(u"id"_s).toInteger(), run.value(u"pipeline_id"_s).toString(),
                     logicalDate ? logicalDate->toMSecsSinceEpoch() : 0, run);
}

void Service::stopActiveRun(const QString &pipelineId, const QString &why)
{
    auto run = activeRun(pipelineId);
    if (!run)
        return;
    (*run)[u"status"_s] = u"stopped"_s;
    (*run)[u"errors"_s] = messages(why);
    (*run)[u"ended_on"_s] = ms(m_clock.now());
    saveRun(*run);
    runtime(pipelineId).activeRunId = 0;
    saveRuntime(pipelineId);
}

qint64 Service::recordLimit(const StoredPipeline &pipeline, const QString &runType, QString *kind) const
{
    QString k;
    if (runType == u"manual" || pipeline.schedule.type == StoredPipeline::ScheduleType::OnDemand)
        k = u"on-demand"_s;
    else if (pipeline.schedule.type == StoredPipeline::ScheduleType::Interval)
        k = pipeline.schedule.frequency;
    else
        k = u"once"_s;
    *kind = k;
    if (m_config.recordLimitOverride > 0)
        return m_config.recordLimitOverride;
    if (k == u"hourly")
        return 1'000'000;
    if (k == u"daily" || k == u"on-demand")
        return 24'000'000;
    return 40'000'000;
}

void Service::executeAttempt(QJsonObject &run)
{
    const QString pipelineId = run.value(u"pipeline_id"_s).toString();
    const StoredPipeline &p = pipeline(pipelineId);
    const QDateTime now = m_clock.now();
    if (run.value(u"started_on"_s).isNull())
        run[u"started_on"_s] = ms(now);
    run[u"status"_s] = u"running"_s;
    run[u"_attempts"_s] = run.value(u"_attempts"_s).toInt() + 1;

    const QJsonObject connection = resources(Kind::Connection).value(p.connectionId).body;
    Warehouse::Outcome outcome;
    const QString forced = connection.value(u"_forced_fault"_s).toString();
    const QString health = forced.isEmpty() ? m_warehouse.healthCheck(connection) : forced;
    if (!health.isEmpty()) {
        outcome.failure = Warehouse::Outcome::Failure::Connection;
        outcome.message = health;
    } else {
        Warehouse::Job job;
        job.connection = connection;
        job.sql = resources(Kind::DataModel)
                      .value(p.dataModelId)
                      .body.value(u"config"_s)
                      .toObject()
                      .value(u"sql_query"_s)
                      .toString();
        job.pipelineType = p.pipelineType;
        job.iteratorField = p.sync.iteratorField;
        job.iteratorType = p.sync.iteratorType;
        if (p.sync.filtered() && !job.iteratorField.isEmpty()) {
            job.window.lo = timeOf(run.value(u"range_start"_s));
            job.window.hi = timeOf(run.value(u"range_end"_s));
        }
        job.halfOpen = m_config.halfOpenWindows;
        job.recordLimit = recordLimit(p, run.value(u"type"_s).toString(), &job.recordLimitKind);
        job.transformation = resources(Kind::FieldTransformation).value(p.fieldTransformationId).body;
        job.environment = p.environment;
        job.outboxPath = outboxPath(pipelineId);
        job.runId = run.value(u"id"_s).toInteger();
        job.timeLimitSeconds = m_config.queryTimeLimitSeconds;
        // An empty window (a trigger at the instant of the last one) reads nothing (§10.6.3).
        const bool empty = job.window.lo && job.window.hi && *job.window.lo >= *job.window.hi;
        if (!empty)
            outcome = m_warehouse.run(job);
    }
    const char *failure = "";
    switch (outcome.failure) {
    case Warehouse::Outcome::Failure::None: break;
    case Warehouse::Outcome::Failure::Connection: failure = "connection"; break;
    case Warehouse::Outcome::Failure::DataModel: failure = "data_model"; break;
    case Warehouse::Outcome::Failure::Pipeline: failure = "pipeline"; break;
    }
    run[u"_outcome"_s] = QJsonObject{{u"failure"_s, QString::fromLatin1(failure)},
                                     {u"message"_s, outcome.message},
                                     {u"successful"_s, outcome.successful},
                                     {u"failed"_s, outcome.failed}};
    run[u"_finish_at"_s] = ms(now.addSecs(m_config.runDurationSeconds));
}

void Service::completeRun(QJsonObject &run)
{
    const QString pipelineId = run.value(u"pipeline_id"_s).toString();
    Runtime &r = runtime(pipelineId);
    const QJsonObject outcome = run.value(u"_outcome"_s).toObject();
    const QString failure = outcome.value(u"failure"_s).toString();
    const QString now = ms(m_clock.now());
    const StoredPipeline &p = pipeline(pipelineId);

    if (failure.isEmpty()) {
        run[u"status"_s] = u"success"_s;
        run[u"errors"_s] = QJsonArray();
        run[u"ended_on"_s] = now;
        run[u"successful_records"_s] = outcome.value(u"successful"_s).toInteger();
        run[u"failed_records"_s] = outcome.value(u"failed"_s).toInteger();
        r.watermark = timeOf(run.value(u"range_end"_s));
        r.activeRunId = 0;
        if (r.fault) { // a successful (manual) run clears the fault
            r.fault = false;
            r.faultCause.clear();
            r.faultErrors = QJsonArray();
        }
        // The run proves the connection healthy and the model valid.
        for (const auto &[kind, id, status] : {std::tuple{Kind::Connection, p.connectionId, u"healthy"_s},
                                               std::tuple{Kind::DataModel, p.dataModelId, u"valid"_s}}) {
            Resource &res = resources(kind)[id];
            if (res.body.value(u"status"_s) != status && res.body.value(u"_forced_fault"_s).isUndefined()) {
                res.body[u"status"_s] = status;
                res.body[u"errors"_s] = QJsonArray();
                persist(kind, id);
            }
        }
        if (p.schedule.type == StoredPipeline::ScheduleType::Once &&
            run.value(u"type"_s).toString() == u"scheduled") {
            r.onceDone = true;
            r.exhausted = true;
        }
        if (p.schedule.type == StoredPipeline::ScheduleType::Interval && p.sync.until && r.watermark &&
            *r.watermark >= *p.sync.until)
            r.exhausted = true;
    } else {
        const QJsonArray errors = messages(outcome.value(u"message"_s).toString());
        run[u"errors"_s] = errors;
        run[u"successful_records"_s] = 0;
        run[u"failed_records"_s] = 0;
        const bool retryable = failure != u"pipeline";
        if (retryable && run.value(u"_attempts"_s).toInt() < m_config.maxAttempts) {
            run[u"status"_s] = u"retrying"_s;
            run[u"_retry_at"_s] = ms(m_clock.now().addSecs(m_config.retryBackoffSeconds));
            saveRun(run);
            saveRuntime(pipelineId);
            return;
        }
        run[u"status"_s] = u"failed"_s;
        run[u"ended_on"_s] = now;
        r.activeRunId = 0;
        r.fault = true;
        r.faultCause = failure;
        r.faultErrors = errors;
        if (failure == u"connection" || failure == u"data_model") {
            const Kind kind = failure == u"connection" ? Kind::Connection : Kind::DataModel;
            const QString &id = failure == u"connection" ? p.connectionId : p.dataModelId;
            Resource &res = resources(kind)[id];
            res.body[u"status"_s] = failure == u"connection" ? u"faulted"_s : u"invalid"_s;
            res.body[u"errors"_s] = errors;
            persist(kind, id);
        }
    }
    run.remove(u"_outcome"_s);
    run.remove(u"_finish_at"_s);
    run.remove(u"_retry_at"_s);
    saveRun(run);
    saveRuntime(pipelineId);
}

bool Service::advanceRun(QJsonObject &run)
{
    const QString status = run.value(u"status"_s).toString();
    const QDateTime now = m_clock.now();
    if (status == u"queued") {
        executeAttempt(run);
        saveRun(run);
        return true;
    }
    if (status == u"running") {
        // A run without a readable finish time finishes now rather than never.
        if (const auto finishAt = timeOf(run.value(u"_finish_at"_s)); finishAt && now < *finishAt)
            return false;
        completeRun(run);
        return true;
    }
    if (status == u"retrying") {
        if (const auto retryAt = timeOf(run.value(u"_retry_at"_s)); retryAt && now < *retryAt)
            return false;
        executeAttempt(run);
        saveRun(run);
        return true;
    }
    return false;
}

} // namespace wsc::sandbox

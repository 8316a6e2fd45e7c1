// Admin hooks and bulk creation: demo history, benchmark data.
#include "sandbox/engine/Clock.h"
#include "sandbox/engine/Service.h"
#include "sandbox/engine/Service_p.h"
#include "sandbox/storage/Storage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;
using namespace engine;

// ---------------------------------------------------------------------------------------------------
// Admin and bulk

void Service::setDataPlan(const QString &id, bool active, const QList<qint64> &versions)
{
    QJsonArray list;
    for (qint64 v : versions)
        list.append(v);
    m_dataPlans.insert(id, QJsonObject{{u"active"_s, active}, {u"versions"_s, list}});
    QJsonObject all;
    for (auto it = m_dataPlans.begin(); it != m_dataPlans.end(); ++it)
        all.insert(it.key(), it.value());
    m_storage.setMeta(u"data_plans"_s, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

HttpResponse Service::forceConnectionFault(const QString &connectionId, const QString &message)
{
    if (!resources(Kind::Connection).contains(connectionId))
        return HttpResponse::error(404, u"Connection "_s + connectionId + u" was not found."_s);
    Resource &res = resources(Kind::Connection)[connectionId];
    if (message.isEmpty()) {
        res.body.remove(u"_forced_fault"_s);
    } else {
        res.body[u"_forced_fault"_s] = message; // every run's health check fails until a PUT clears it
        res.body[u"status"_s] = u"faulted"_s;
        res.body[u"errors"_s] = messages(message);
    }
    persist(Kind::Connection, connectionId);
    return HttpResponse::json(200, render(Kind::Connection, res.body));
}

std::optional<QJsonObject> Service::storedConnection(const QString &connectionId) const
{
    const auto it = resources(Kind::Connection).constFind(connectionId);
    if (it == resources(Kind::Connection).cend())
        return std::nullopt;
    return it->body;
}

void Service::insertGenerated(Kind kind, const QJsonObject &canonical, const QDateTime &createdOn)
{
    QJsonObject stored = canonical;
    const QString id = stored.value(u"id"_s).toString();
    stored[u"created_on"_s] = ms(createdOn);
    stored[u"created_by"_s] = m_config.effectivePrincipal();
    stored[u"last_modified_on"_s] = QJsonValue::Null;
    stored[u"last_modified_by"_s] = QJsonValue::Null;
    if (kind == Kind::Connection || kind == Kind::DataModel) {
        if (!stored.contains(u"status"_s))
            stored[u"status"_s] = kind == Kind::Connection ? u"healthy"_s : u"valid"_s;
        if (!stored.contains(u"errors"_s))
            stored[u"errors"_s] = QJsonArray();
    }
    setBody(kind, id, stored).seq = m_nextSeq++;
    persist(kind, id);
    if (kind == Kind::Pipeline)
        applyPipelineChange(id, nullptr, pipeline(id));
}

void Service::runInThePast(qint64 runId, const QDateTime &startedAt)
{
    auto run = m_storage.run(runId);
    if (!run)
        return;
    (*run)[u"_attempts"_s] = m_config.maxAttempts - 1; // one attempt: a failure is final
    executeAttempt(*run);
    completeRun(*run);
    (*run)[u"started_on"_s] = ms(startedAt);
    (*run)[u"ended_on"_s] = ms(startedAt.addSecs(20 + runId % 70));
    saveRun(*run);
}

void Service::backfill(const QString &pipelineId, const QDateTime &since)
{
    const auto &schedule = pipeline(pipelineId).interval;
    if (!schedule)
        return;
    const ScheduleMath math = *schedule;
    Runtime &r = runtime(pipelineId);
    const QDateTime now = m_clock.now();
    qint64 k = math.firstTickAtOrAfter(since);
    m_storage.transaction([&] {
        while (math.due(k) <= now && !r.fault) {
            const qint64 runId = createRun(pipelineId, u"scheduled"_s, math.tick(k - 1), math.tick(k));
            runInThePast(runId, math.due(k).addSecs(3 + k % 17));
            ++k;
        }
        r.activated = true;
        r.catchingUp = false;
        r.nextTick = k;
        saveRuntime(pipelineId);
    });
}

void Service::backfillRun(const QString &pipelineId, const QString &type, const QDateTime &at)
{
    m_storage.transaction([&] {
        const qint64 runId = createRun(pipelineId, type, at, at);
        runInThePast(runId, at.addSecs(2));
    });
}

void Service::insertHistoricRun(const QString &pipelineId, QJsonObject run)
{
    run[u"id"_s] = m_nextRunId++;
    m_storage.setMeta(u"next_run_id"_s, QString::number(m_nextRunId));
    run[u"pipeline_id"_s] = pipelineId;
    saveRun(run);
    if (run.value(u"status"_s).toString() == u"success") {
        Runtime &r = runtime(pipelineId);
        const auto end = timeOf(run.value(u"range_end"_s));
        if (end && (!r.watermark || *r.watermark < *end))
            r.watermark = end;
        saveRuntime(pipelineId);
    }
}

} // namespace wsc::sandbox

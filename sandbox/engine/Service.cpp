#include "sandbox/engine/Service.h"

#include "sandbox/engine/Clock.h"
#include "sandbox/http/RequestValidation.h"
#include "sandbox/engine/ScheduleMath.h"
#include "sandbox/storage/Storage.h"
#include "sandbox/warehouse/Warehouse.h"
#include "sandbox/engine/WireTime.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kUnboundedLow = std::numeric_limits<qint64>::min();
constexpr qint64 kUnboundedHigh = std::numeric_limits<qint64>::max();

QString ms(const QDateTime &t)
{
    return WireTime::millis(t);
}

std::optional<QDateTime> timeOf(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return WireTime::parse(value.toString());
}

QJsonArray messages(const QString &message)
{
    return QJsonArray{QJsonObject{{u"message"_s, message}}};
}

const char *kindKey(Service::Kind kind)
{
    switch (kind) {
    case Service::Kind::Connection: return "connection";
    case Service::Kind::DataModel: return "data-model";
    case Service::Kind::FieldTransformation: return "field-transformation";
    case Service::Kind::Pipeline: return "pipeline";
    }
    return "";
}

} // namespace

struct Service::Runtime {
    std::optional<QDateTime> watermark; // range_end of the latest successful run
    qint64 nextTick = 0;
    bool catchingUp = false;
    bool activated = false; // has been active once: a later activation resumes instead of catching up
    bool fault = false;
    QString faultCause; // connection | data_model | pipeline
    QJsonArray faultErrors;
    bool onceDone = false;
    bool exhausted = false;
    qint64 activeRunId = 0;

    QJsonObject toJson() const
    {
        return {{u"watermark"_s, watermark ? QJsonValue(ms(*watermark)) : QJsonValue()},
                {u"next_tick"_s, nextTick},
                {u"catching_up"_s, catchingUp},
                {u"activated"_s, activated},
                {u"fault"_s, fault},
                {u"fault_cause"_s, faultCause},
                {u"fault_errors"_s, faultErrors},
                {u"once_done"_s, onceDone},
                {u"exhausted"_s, exhausted},
                {u"active_run"_s, activeRunId}};
    }
    static Runtime fromJson(const QJsonObject &o)
    {
        Runtime r;
        r.watermark = timeOf(o.value(u"watermark"_s));
        r.nextTick = o.value(u"next_tick"_s).toInteger();
        r.catchingUp = o.value(u"catching_up"_s).toBool();
        r.activated = o.value(u"activated"_s).toBool();
        r.fault = o.value(u"fault"_s).toBool();
        r.faultCause = o.value(u"fault_cause"_s).toString();
        r.faultErrors = o.value(u"fault_errors"_s).toArray();
        r.onceDone = o.value(u"once_done"_s).toBool();
        r.exhausted = o.value(u"exhausted"_s).toBool();
        r.activeRunId = o.value(u"active_run"_s).toInteger();
        return r;
    }
};

Service::Service(const SandboxConfig &config, const Clock &clock, Storage &storage,
                 const Warehouse &warehouse)
    : m_config(config)
    , m_clock(clock)
    , m_storage(storage)
    , m_warehouse(warehouse)
{
    // The plan of the published examples (spec §8.4) exists in every sandbox workspace.
    m_dataPlans.insert(u"example-data-plan-id"_s,
                       QJsonObject{{u"active"_s, true}, {u"versions"_s, QJsonArray{1, 2}}});
}

Service::~Service() = default;

QString Service::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Connection: return u"Connection"_s;
    case Kind::DataModel: return u"Data model"_s;
    case Kind::FieldTransformation: return u"Field transformation"_s;
    case Kind::Pipeline: return u"Pipeline"_s;
    }
    return {};
}

void Service::load()
{
    for (Kind kind : {Kind::Connection, Kind::DataModel, Kind::FieldTransformation, Kind::Pipeline}) {
        for (auto &stored : m_storage.loadResources(QString::fromLatin1(kindKey(kind)))) {
            resources(kind).insert(stored.id, Resource{stored.seq, stored.body});
            m_nextSeq = std::max(m_nextSeq, stored.seq + 1);
        }
    }
    for (const auto &[id, state] : m_storage.loadPipelineStates())
        m_runtime[id] = std::make_unique<Runtime>(Runtime::fromJson(state));
    // Run ids are never reused, even after the pipeline owning the newest runs was deleted (§5.1).
    m_nextRunId = std::max(m_storage.maxRunId() + 1, m_storage.meta(u"next_run_id"_s).toLongLong());
    const QJsonObject plans = QJsonDocument::fromJson(m_storage.meta(u"data_plans"_s).toUtf8()).object();
    for (auto it = plans.begin(); it != plans.end(); ++it)
        m_dataPlans.insert(it.key(), it.value().toObject());
}

void Service::reload()
{
    for (auto &map : m_resources)
        map.clear();
    m_runtime.clear();
    load();
}

std::optional<HttpResponse> Service::commit(const std::function<void()> &work)
{
    if (m_storage.transaction(work))
        return std::nullopt;
    reload();
    return HttpResponse::error(500,
                               u"The change could not be saved (database error); nothing was changed."_s);
}

bool Service::isEmpty() const
{
    for (const auto &map : m_resources) {
        if (!map.isEmpty())
            return false;
    }
    return true;
}

QString Service::outboxPath(const QString &pipelineId) const
{
    return m_config.dataDir + u"/outbox/"_s + pipelineId + u".jsonl"_s;
}

// ---------------------------------------------------------------------------------------------------
// Rendering

QJsonObject Service::render(Kind kind, const QJsonObject &stored) const
{
    QJsonObject out = stored;
    for (const QString &key : stored.keys()) {
        if (key.startsWith(u'_'))
            out.remove(key); // internal bookkeeping
    }
    if (kind == Kind::Connection) {
        QJsonObject config = out.value(u"config"_s).toObject();
        for (const QString &secret :
             RequestValidation::secretFields(out.value(u"service_provider"_s).toString())) {
            if (config.contains(secret))
                config[secret] = RequestValidation::kMask;
        }
        out[u"config"_s] = config;
    } else if (kind == Kind::Pipeline) {
        const QString id = stored.value(u"id"_s).toString();
        out[u"status"_s] = pipelineStatus(id);
        const auto it = m_runtime.find(id);
        out[u"errors"_s] =
            it != m_runtime.end() && it->second->fault ? it->second->faultErrors : QJsonArray();
        for (const QString &key : {u"data_plan_id"_s, u"data_plan_version"_s}) {
            if (!out.contains(key))
                out[key] = QJsonValue::Null; // always emitted (I-54)
        }
    }
    return out;
}

QJsonObject Service::renderRun(const QJsonObject &run) const
{
    QJsonObject out;
    for (auto it = run.begin(); it != run.end(); ++it) {
        if (!it.key().startsWith(u'_'))
            out.insert(it.key(), it.value());
    }
    return out;
}

QString Service::pipelineStatus(const QString &pipelineId) const
{
    const auto it = m_runtime.find(pipelineId);
    if (it == m_runtime.end())
        return u"idle"_s;
    const Runtime &r = *it->second;
    if (r.activeRunId != 0)
        return u"running"_s;
    if (r.fault)
        return u"faulted"_s;
    const QJsonObject pipeline = resources(Kind::Pipeline).value(pipelineId).body;
    if (pipeline.value(u"state"_s).toString() == u"paused" || r.exhausted)
        return u"stopped"_s;
    return u"idle"_s;
}

// ---------------------------------------------------------------------------------------------------
// CRUD

HttpResponse Service::list(Kind kind, const QUrlQuery &query) const
{
    QString provider;
    if (kind == Kind::Connection && query.hasQueryItem(u"serviceProvider"_s)) {
        const QString wanted = query.queryItemValue(u"serviceProvider"_s);
        for (const QString &candidate : {u"Snowflake"_s, u"BigQuery"_s, u"Redshift"_s, u"Databricks"_s}) {
            if (candidate.compare(wanted, Qt::CaseInsensitive) == 0)
                provider = candidate;
        }
        if (provider.isEmpty())
            return HttpResponse::error(
                400, u"serviceProvider must be one of Snowflake, BigQuery, Redshift, Databricks."_s);
    }
    std::vector<const Resource *> ordered;
    ordered.reserve(std::size_t(resources(kind).size()));
    for (const Resource &r : resources(kind)) {
        if (provider.isEmpty() || r.body.value(u"service_provider"_s).toString() == provider)
            ordered.push_back(&r);
    }
    std::sort(ordered.begin(), ordered.end(),
              [](const Resource *a, const Resource *b) { return a->seq < b->seq; });
    QJsonArray items;
    for (const Resource *r : ordered)
        items.append(render(kind, r->body));
    return HttpResponse::json(200, items);
}

HttpResponse Service::get(Kind kind, const QString &id) const
{
    const auto it = resources(kind).find(id);
    if (it == resources(kind).end())
        return HttpResponse::error(404, kindName(kind) + u' ' + id + u" was not found."_s);
    return HttpResponse::json(200, render(kind, it->body));
}

HttpResponse Service::create(Kind kind, const QByteArray &body)
{
    return validateAndStore(kind, QString(), body, true);
}

HttpResponse Service::replace(Kind kind, const QString &id, const QByteArray &body)
{
    if (!resources(kind).contains(id))
        return HttpResponse::error(404, kindName(kind) + u' ' + id + u" was not found."_s);
    return validateAndStore(kind, id, body, false);
}

QStringList Service::pipelinesUsing(Kind kind, const QString &id) const
{
    const QString key = kind == Kind::Connection  ? u"connection_id"_s
                        : kind == Kind::DataModel ? u"data_model_id"_s
                                                  : u"field_transformation_id"_s;
    QStringList users;
    for (const Resource &p : resources(Kind::Pipeline)) {
        if (p.body.value(key).toString() == id)
            users << p.body.value(u"id"_s).toString();
    }
    users.sort();
    return users;
}

void Service::persist(Kind kind, const QString &id)
{
    const Resource &r = resources(kind)[id];
    m_storage.putResource(QString::fromLatin1(kindKey(kind)), id, r.seq, r.body);
}

HttpResponse Service::validateAndStore(Kind kind, const QString &pathId, const QByteArray &bytes, bool create)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return HttpResponse::error(400, u"The request body is not valid JSON: "_s + parseError.errorString() +
                                            u" at offset "_s + QString::number(parseError.offset) + u'.');
    if (!document.isObject())
        return HttpResponse::error(400, u"The request body must be a JSON object."_s);
    QJsonObject body = document.object();
    if (!create) {
        // The id is immutable: a body id different from the path's is refused; an absent one is the path's.
        if (body.contains(u"id"_s) && body.value(u"id"_s) != QJsonValue(pathId))
            return HttpResponse::error(
                400, u"The id in the body (%1) does not match the id in the path (%2)."_s.arg(
                         body.value(u"id"_s).toVariant().toString(), pathId));
        body[u"id"_s] = pathId;
    }
    const Resource *existing = create ? nullptr : &resources(kind)[pathId];

    ValidationResult v;
    switch (kind) {
    case Kind::Connection:
        v = RequestValidation::connection(body, existing ? &existing->body : nullptr);
        break;
    case Kind::DataModel: v = RequestValidation::dataModel(body); break;
    case Kind::FieldTransformation: v = RequestValidation::fieldTransformation(body); break;
    case Kind::Pipeline: v = RequestValidation::pipeline(body); break;
    }
    if (!v.ok())
        return HttpResponse::error(400, v.errors);
    QJsonObject stored = v.canonical;
    const QString id = stored.value(u"id"_s).toString();
    if (create && resources(kind).contains(id))
        return HttpResponse::error(400, kindName(kind) + u' ' + id + u" already exists."_s);

    if (kind == Kind::Pipeline) {
        if (auto refused = checkPipelineReferences(stored, create ? QString() : id))
            return *refused;
    }
    if (kind == Kind::Connection) {
        if (m_config.faults.failConnectionSaves)
            return HttpResponse::error(
                505, u"The request failed to connect to the warehouse account (injected fault)."_s);
        if (stored.value(u"state"_s).toString() == u"active") {
            const QString problem = m_warehouse.healthCheck(stored);
            if (!problem.isEmpty())
                return HttpResponse::error(505, problem);
        }
        if (stored.value(u"service_provider"_s).toString() == u"Snowflake") {
            // Values the real service reads from the storage integration (spec §6.7.1): echoed or made up.
            QJsonObject config = stored.value(u"config"_s).toObject();
            const QString hash = QString::fromLatin1(
                QByteArray::number(qHash(config.value(u"storage_integration"_s).toString() + id), 16)
                    .left(8));
            if (!config.contains(u"aws_iam_user_arn"_s))
                config[u"aws_iam_user_arn"_s] =
                    QString(u"arn:aws:iam::000000000000:user/externalstages/"_s + hash);
            if (!config.contains(u"aws_external_id"_s))
                config[u"aws_external_id"_s] = QString(u"SANDBOX="_s + hash + u"=="_s);
            stored[u"config"_s] = config;
        }
        stored[u"status"_s] = u"healthy"_s;
        stored[u"errors"_s] = QJsonArray();
    } else if (kind == Kind::DataModel) {
        stored[u"status"_s] = u"valid"_s;
        stored[u"errors"_s] = QJsonArray();
    }

    const QString now = ms(m_clock.now());
    const QString principal = m_config.effectivePrincipal();
    if (create) {
        stored[u"created_on"_s] = now;
        stored[u"created_by"_s] = principal;
        stored[u"last_modified_on"_s] = QJsonValue::Null;
        stored[u"last_modified_by"_s] = QJsonValue::Null;
    } else {
        for (const QString &key : {u"created_on"_s, u"created_by"_s})
            stored[key] = existing->body.value(key);
        stored[u"last_modified_on"_s] = now;
        stored[u"last_modified_by"_s] = principal;
    }

    const QJsonObject before = existing ? existing->body : QJsonObject();
    const auto failed = commit([&] {
        Resource &slot = resources(kind)[id];
        if (create)
            slot.seq = m_nextSeq++;
        slot.body = stored;
        persist(kind, id);
        if (kind == Kind::Pipeline)
            applyPipelineChange(id, create ? nullptr : &before, stored);
        else if (!create)
            applyDependencyChange(kind, id, before, stored);
    });
    if (failed)
        return *failed;
    return HttpResponse::json(200, render(kind, stored));
}

std::optional<HttpResponse> Service::checkPipelineReferences(const QJsonObject &p,
                                                             const QString &selfId) const
{
    QStringList missing;
    if (!resources(Kind::Connection).contains(p.value(u"connection_id"_s).toString()))
        missing << u"Connection %1 was not found."_s.arg(p.value(u"connection_id"_s).toString());
    if (!resources(Kind::DataModel).contains(p.value(u"data_model_id"_s).toString()))
        missing << u"Data model %1 was not found."_s.arg(p.value(u"data_model_id"_s).toString());
    if (p.value(u"pipeline_type"_s).toString() == u"events" &&
        !resources(Kind::FieldTransformation).contains(p.value(u"field_transformation_id"_s).toString()))
        missing << u"Field transformation %1 was not found."_s.arg(
            p.value(u"field_transformation_id"_s).toString());
    if (!missing.isEmpty())
        return HttpResponse::error(404, missing);

    if (p.contains(u"data_plan_id"_s)) {
        const QString planId = p.value(u"data_plan_id"_s).toString();
        if (!m_dataPlans.contains(planId))
            return HttpResponse::error(404, u"Data plan %1 was not found in this workspace."_s.arg(planId));
        const QJsonObject plan = m_dataPlans.value(planId);
        if (!p.contains(u"data_plan_version"_s))
            return HttpResponse::error(404, u"Data plan version is required for data plan %1."_s.arg(planId));
        const qint64 version = p.value(u"data_plan_version"_s).toInteger();
        if (!plan.value(u"versions"_s).toArray().contains(QJsonValue(version)))
            return HttpResponse::error(404, u"Data plan %1 has no version %2."_s.arg(planId).arg(version));
        if (!plan.value(u"active"_s).toBool())
            return HttpResponse::error(400, u"Data plan %1 is not active."_s.arg(planId));
    }

    if (p.value(u"state"_s).toString() == u"active") {
        int active = 0;
        for (const Resource &other : resources(Kind::Pipeline)) {
            if (other.body.value(u"state"_s).toString() == u"active" &&
                other.body.value(u"id"_s).toString() != selfId)
                ++active;
        }
        if (active >= m_config.maxActivePipelines)
            return HttpResponse::error(400,
                                       u"The workspace already has the maximum of %1 active pipelines."_s.arg(
                                           m_config.maxActivePipelines));
    }
    return std::nullopt;
}

HttpResponse Service::remove(Kind kind, const QString &id)
{
    if (!resources(kind).contains(id))
        return HttpResponse::error(404, kindName(kind) + u' ' + id + u" was not found."_s);
    if (kind != Kind::Pipeline) {
        const QStringList users = pipelinesUsing(kind, id);
        if (!users.isEmpty())
            return HttpResponse::error(400, kindName(kind) + u' ' + id + u" is used by pipeline(s): "_s +
                                                users.join(u", "_s));
    }
    const auto failed = commit([&] {
        if (kind == Kind::Pipeline) {
            stopActiveRun(id, u"The pipeline was deleted."_s);
            m_storage.deleteRuns(id);
            m_storage.deletePipelineState(id);
            m_runtime.erase(id);
        }
        resources(kind).remove(id);
        m_storage.deleteResource(QString::fromLatin1(kindKey(kind)), id);
    });
    return failed ? *failed : HttpResponse::noContent();
}

// ---------------------------------------------------------------------------------------------------
// Pipeline lifecycle (spec §10.6.5, §10.9-§10.11)

Service::Runtime &Service::runtime(const QString &pipelineId)
{
    auto &slot = m_runtime[pipelineId];
    if (!slot)
        slot = std::make_unique<Runtime>();
    return *slot;
}

void Service::saveRuntime(const QString &pipelineId)
{
    m_storage.putPipelineState(pipelineId, runtime(pipelineId).toJson());
}

void Service::applyPipelineChange(const QString &id, const QJsonObject *before, const QJsonObject &after)
{
    Runtime &r = runtime(id);
    bool faultCleared = false;
    const bool wasActive = before && before->value(u"state"_s).toString() == u"active";
    const bool isActive = after.value(u"state"_s).toString() == u"active";
    const QJsonObject schedule = after.value(u"schedule"_s).toObject();
    const QString scheduleType = schedule.value(u"type"_s).toString();
    auto resumeAtNextFutureTick = [&] {
        r.catchingUp = false;
        if (scheduleType == u"interval") {
            const ScheduleMath math(*timeOf(schedule.value(u"start"_s)),
                                    schedule.value(u"frequency"_s).toString(),
                                    schedule.value(u"delay"_s).toString());
            r.nextTick = math.firstDueAfter(m_clock.now());
        }
    };

    if (!before) {
        *m_runtime[id] = Runtime();
    } else if (r.fault) {
        // A PUT of the pipeline clears its fault; it runs again at the next scheduled interval.
        faultCleared = true;
        r.fault = false;
        r.faultCause.clear();
        r.faultErrors = QJsonArray();
        resumeAtNextFutureTick();
    }
    if (before) {
        // Any edit may extend what the schedule can still do (a later `until` or `end`): the scheduler
        // decides again; only a `once` pipeline that succeeded stays done.
        const bool wasExhausted = r.exhausted;
        r.exhausted = scheduleType == u"once" && r.onceDone;
        // A changed grid is re-anchored at the next future tick; a schedule that had run out resumes there.
        if (r.activated && (wasExhausted || before->value(u"schedule"_s) != after.value(u"schedule"_s)))
            resumeAtNextFutureTick();
    }
    if (wasActive && !isActive) {
        stopActiveRun(id, u"The pipeline was paused."_s);
    } else if (isActive && !wasActive) {
        if (!r.activated) {
            r.activated = true;
            r.nextTick = 0;
            r.catchingUp = true;
        } else {
            resumeAtNextFutureTick();
        }
    }
    // A `once` pipeline queues its single run when it becomes active, and again after a fault is cleared
    // if it has not succeeded yet.
    if (isActive && scheduleType == u"once" && !r.onceDone && r.activeRunId == 0 &&
        (!wasActive || faultCleared))
        createRun(id, u"scheduled"_s, m_clock.now(), m_clock.now());
    saveRuntime(id);
}

void Service::applyDependencyChange(Kind kind, const QString &id, const QJsonObject &before,
                                    const QJsonObject &after)
{
    if (kind == Kind::Connection) {
        const bool wasActive = before.value(u"state"_s).toString() == u"active";
        const bool isActive = after.value(u"state"_s).toString() == u"active";
        for (const QString &pipelineId : pipelinesUsing(kind, id)) {
            if (wasActive && !isActive) {
                // Its runs cannot go on (§10.9: stopped when the connection is deactivated).
                stopActiveRun(pipelineId, u"Connection %1 was deactivated."_s.arg(id));
            } else if (isActive && !wasActive) {
                // Past-due ticks are not replayed: the next run is the next tick (§10.6.5).
                Runtime &r = runtime(pipelineId);
                const QJsonObject schedule =
                    resources(Kind::Pipeline).value(pipelineId).body.value(u"schedule"_s).toObject();
                if (schedule.value(u"type"_s).toString() == u"interval" && r.activated) {
                    r.nextTick = ScheduleMath(*timeOf(schedule.value(u"start"_s)),
                                              schedule.value(u"frequency"_s).toString(),
                                              schedule.value(u"delay"_s).toString())
                                     .firstDueAfter(m_clock.now());
                    r.catchingUp = false;
                    saveRuntime(pipelineId);
                }
            }
        }
        if (!isActive)
            return; // no health check was made: nothing is known to be fixed
    }
    clearFaultsCausedBy(kind, id);
}

void Service::clearFaultsCausedBy(Kind kind, const QString &id)
{
    const QString cause = kind == Kind::Connection  ? u"connection"_s
                          : kind == Kind::DataModel ? u"data_model"_s
                                                    : QString();
    if (cause.isEmpty())
        return;
    for (const QString &pipelineId : pipelinesUsing(kind, id)) {
        Runtime &r = runtime(pipelineId);
        if (!r.fault || r.faultCause != cause)
            continue;
        r.fault = false;
        r.faultCause.clear();
        r.faultErrors = QJsonArray();
        const QJsonObject pipeline = resources(Kind::Pipeline).value(pipelineId).body;
        const QJsonObject schedule = pipeline.value(u"schedule"_s).toObject();
        r.catchingUp = false;
        if (schedule.value(u"type"_s).toString() == u"interval") {
            const ScheduleMath math(*timeOf(schedule.value(u"start"_s)),
                                    schedule.value(u"frequency"_s).toString(),
                                    schedule.value(u"delay"_s).toString());
            r.nextTick = math.firstDueAfter(m_clock.now());
        }
        saveRuntime(pipelineId);
    }
}

// ---------------------------------------------------------------------------------------------------
// Runs

std::pair<std::optional<QDateTime>, QDateTime> Service::window(const QJsonObject &pipeline, const Runtime &r,
                                                               const QDateTime &cutoff) const
{
    // Spec §10.6.2-§10.6.3. A full sync reads everything between `from` and `until` on every run: the
    // watermark does not apply to it (§10.4).
    const QJsonObject sync = pipeline.value(u"sync_mode"_s).toObject();
    const QJsonObject schedule = pipeline.value(u"schedule"_s).toObject();
    const bool full = sync.value(u"type"_s).toString() == u"full";
    const auto from = timeOf(sync.value(u"from"_s));
    const auto until = timeOf(sync.value(u"until"_s));
    std::optional<QDateTime> lo = full ? std::nullopt : r.watermark;
    if (!lo && !full && !from && schedule.value(u"type"_s).toString() == u"on_demand")
        lo = timeOf(schedule.value(u"start"_s));
    if (from && (!lo || *lo < *from))
        lo = from;
    QDateTime hi = cutoff;
    if (until && *until < hi)
        hi = *until;
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
    const QJsonObject pipeline = resources(Kind::Pipeline).value(pipelineId).body;
    const QJsonObject sync = pipeline.value(u"sync_mode"_s).toObject();
    const QJsonObject schedule = pipeline.value(u"schedule"_s).toObject();
    Runtime &r = runtime(pipelineId);

    const auto [lo, hi] = window(pipeline, r, cutoff);

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
    m_storage.putRun(run.value(u"id"_s).toInteger(), run.value(u"pipeline_id"_s).toString(),
                     timeOf(run.value(u"logical_date"_s))->toMSecsSinceEpoch(), run);
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

qint64 Service::recordLimit(const QString &pipelineId, const QString &runType, QString *kind) const
{
    const QJsonObject schedule =
        resources(Kind::Pipeline).value(pipelineId).body.value(u"schedule"_s).toObject();
    QString k = runType == u"manual" ? u"on-demand"_s : schedule.value(u"type"_s).toString();
    if (k == u"interval")
        k = schedule.value(u"frequency"_s).toString();
    if (k == u"on_demand")
        k = u"on-demand"_s;
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
    const QJsonObject pipeline = resources(Kind::Pipeline).value(pipelineId).body;
    const QJsonObject sync = pipeline.value(u"sync_mode"_s).toObject();
    const QDateTime now = m_clock.now();
    if (run.value(u"started_on"_s).isNull())
        run[u"started_on"_s] = ms(now);
    run[u"status"_s] = u"running"_s;
    run[u"_attempts"_s] = run.value(u"_attempts"_s).toInt() + 1;

    const QString connectionId = pipeline.value(u"connection_id"_s).toString();
    const QJsonObject connection = resources(Kind::Connection).value(connectionId).body;
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
                      .value(pipeline.value(u"data_model_id"_s).toString())
                      .body.value(u"config"_s)
                      .toObject()
                      .value(u"sql_query"_s)
                      .toString();
        job.pipelineType = pipeline.value(u"pipeline_type"_s).toString();
        job.iteratorField = sync.value(u"iterator_field"_s).toString();
        job.iteratorType = sync.value(u"iterator_data_type"_s).toString();
        const bool filtered = sync.value(u"type"_s).toString() == u"incremental" ||
                              sync.contains(u"from"_s) || sync.contains(u"until"_s);
        if (filtered && !job.iteratorField.isEmpty()) {
            job.window.lo = timeOf(run.value(u"range_start"_s));
            job.window.hi = timeOf(run.value(u"range_end"_s));
        }
        job.halfOpen = m_config.halfOpenWindows;
        job.recordLimit = recordLimit(pipelineId, run.value(u"type"_s).toString(), &job.recordLimitKind);
        job.transformation = resources(Kind::FieldTransformation)
                                 .value(pipeline.value(u"field_transformation_id"_s).toString())
                                 .body;
        job.environment = pipeline.value(u"environment"_s).toString();
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
    const QJsonObject pipeline = resources(Kind::Pipeline).value(pipelineId).body;

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
        for (auto [kind, key, status] : {std::tuple{Kind::Connection, u"connection_id"_s, u"healthy"_s},
                                         std::tuple{Kind::DataModel, u"data_model_id"_s, u"valid"_s}}) {
            const QString id = pipeline.value(key).toString();
            Resource &res = resources(kind)[id];
            if (res.body.value(u"status"_s) != status && res.body.value(u"_forced_fault"_s).isUndefined()) {
                res.body[u"status"_s] = status;
                res.body[u"errors"_s] = QJsonArray();
                persist(kind, id);
            }
        }
        const QJsonObject schedule = pipeline.value(u"schedule"_s).toObject();
        if (schedule.value(u"type"_s).toString() == u"once" &&
            run.value(u"type"_s).toString() == u"scheduled") {
            r.onceDone = true;
            r.exhausted = true;
        }
        const auto until = timeOf(pipeline.value(u"sync_mode"_s).toObject().value(u"until"_s));
        if (schedule.value(u"type"_s).toString() == u"interval" && until && r.watermark &&
            *r.watermark >= *until)
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
            const QString id =
                pipeline.value(failure == u"connection" ? u"connection_id"_s : u"data_model_id"_s).toString();
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
        if (now < *timeOf(run.value(u"_finish_at"_s)))
            return false;
        completeRun(run);
        return true;
    }
    if (status == u"retrying") {
        if (now < *timeOf(run.value(u"_retry_at"_s)))
            return false;
        executeAttempt(run);
        saveRun(run);
        return true;
    }
    return false;
}

bool Service::scheduleNext(const QString &pipelineId)
{
    Runtime &r = runtime(pipelineId);
    const QJsonObject pipeline = resources(Kind::Pipeline).value(pipelineId).body;
    if (r.activeRunId != 0 || r.fault || r.exhausted || pipeline.value(u"state"_s).toString() != u"active")
        return false;
    const QJsonObject connection =
        resources(Kind::Connection).value(pipeline.value(u"connection_id"_s).toString()).body;
    if (connection.value(u"state"_s).toString() != u"active")
        return false;
    const QJsonObject schedule = pipeline.value(u"schedule"_s).toObject();
    if (schedule.value(u"type"_s).toString() != u"interval")
        return false;

    const ScheduleMath math(*timeOf(schedule.value(u"start"_s)), schedule.value(u"frequency"_s).toString(),
                            schedule.value(u"delay"_s).toString());
    const auto end = timeOf(schedule.value(u"end"_s));
    const QJsonObject sync = pipeline.value(u"sync_mode"_s).toObject();
    const auto until = timeOf(sync.value(u"until"_s));
    const bool incremental = sync.value(u"type"_s).toString() == u"incremental";
    const QDateTime now = m_clock.now();
    bool changed = false;

    if (r.catchingUp) {
        // Ticks older than the catch-up limit are consumed without running (spec §10.6.5).
        const qint64 horizon =
            std::min(math.firstTickAtOrAfter(math.catchUpHorizon(now)), math.firstDueAfter(now));
        if (r.nextTick < horizon) {
            r.nextTick = horizon;
            changed = true;
        }
    }
    for (int guard = 0; guard < 100000; ++guard) {
        const QDateTime tick = math.tick(r.nextTick);
        if ((end && tick > *end) || (incremental && until && r.watermark && *r.watermark >= *until)) {
            r.exhausted = true;
            changed = true;
            break;
        }
        if (math.due(r.nextTick) > now) {
            r.catchingUp = false;
            break;
        }
        // The window of this tick; an empty one is consumed without a run.
        const auto [lo, hi] = window(pipeline, r, tick);
        const qint64 k = r.nextTick++;
        changed = true;
        if (lo && *lo >= hi) {
            // Jump over ticks that cannot reach past the lower bound.
            r.nextTick = std::max(r.nextTick, math.firstTickAtOrAfter(*lo));
            continue;
        }
        createRun(pipelineId, u"scheduled"_s, math.tick(k - 1), tick);
        break;
    }
    if (changed)
        saveRuntime(pipelineId);
    return changed;
}

int Service::runScheduler()
{
    int transitions = 0;
    // Bounded so that a long catch-up cannot hold the event loop; the next pass continues.
    for (int round = 0; round < 1000; ++round) {
        int moved = 0;
        const bool saved = m_storage.transaction([&] {
            for (auto &[id, r] : m_runtime) {
                if (r->activeRunId != 0) {
                    auto run = m_storage.run(r->activeRunId);
                    if (!run) {
                        r->activeRunId = 0;
                        continue;
                    }
                    if (advanceRun(*run))
                        ++moved;
                } else if (scheduleNext(id)) {
                    ++moved;
                }
            }
        });
        if (!saved) {
            reload(); // what was not committed did not happen; the next pass tries again
            break;
        }
        transitions += moved;
        if (moved == 0)
            break;
    }
    return transitions;
}

// ---------------------------------------------------------------------------------------------------
// Operations (spec §9)

HttpResponse Service::trigger(const QByteArray &body, const QString &pathId)
{
    QString id = pathId;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return HttpResponse::error(400, u"The request body must be a JSON object with pipeline_id."_s);
        const QJsonValue bodyId = document.object().value(u"pipeline_id"_s);
        if (!bodyId.isUndefined() && !bodyId.isString())
            return HttpResponse::error(400, u"pipeline_id must be a string."_s);
        if (bodyId.isString()) {
            if (!pathId.isEmpty() && bodyId.toString() != pathId)
                return HttpResponse::error(400, u"pipeline_id in the body does not match the path."_s);
            id = bodyId.toString();
        }
    }
    if (id.isEmpty())
        return HttpResponse::error(400, u"pipeline_id is required."_s);
    if (!resources(Kind::Pipeline).contains(id))
        return HttpResponse::error(404, u"Pipeline "_s + id + u" was not found."_s);
    const QJsonObject pipeline = resources(Kind::Pipeline).value(id).body;
    if (runtime(id).activeRunId != 0)
        return HttpResponse::error(400, u"Pipeline "_s + id + u" is already in progress."_s);
    if (pipeline.value(u"state"_s).toString() != u"active")
        return HttpResponse::error(400, u"Pipeline "_s + id + u" is not active."_s);
    const QString connectionId = pipeline.value(u"connection_id"_s).toString();
    if (resources(Kind::Connection).value(connectionId).body.value(u"state"_s).toString() != u"active")
        return HttpResponse::error(400, u"Connection "_s + connectionId + u" is not active."_s);
    qint64 runId = 0;
    if (const auto failed = commit([&] { runId = createRun(id, u"manual"_s, m_clock.now(), m_clock.now()); }))
        return *failed;
    return HttpResponse::json(
        200, QJsonObject{{u"pipeline_run_id"_s, runId}, {u"status"_s, u"attempt_requested"_s}});
}

HttpResponse Service::report(const QString &pipelineId) const
{
    if (!resources(Kind::Pipeline).contains(pipelineId))
        return HttpResponse::error(404, u"Pipeline "_s + pipelineId + u" was not found."_s);
    const QJsonObject pipeline = resources(Kind::Pipeline).value(pipelineId).body;
    const QJsonObject connection =
        resources(Kind::Connection).value(pipeline.value(u"connection_id"_s).toString()).body;
    const QJsonObject model =
        resources(Kind::DataModel).value(pipeline.value(u"data_model_id"_s).toString()).body;
    const auto it = m_runtime.find(pipelineId);
    const bool faulted = it != m_runtime.end() && it->second->fault;
    const auto latest = m_storage.latestRun(pipelineId);
    const auto latestSuccess = m_storage.latestRun(pipelineId, u"success"_s);
    return HttpResponse::json(
        200, QJsonObject{{u"pipeline_id"_s, pipelineId},
                         {u"status"_s, pipelineStatus(pipelineId)},
                         {u"errors"_s, faulted ? it->second->faultErrors : QJsonArray()},
                         {u"connection_status"_s, connection.value(u"status"_s)},
                         {u"connection_errors"_s, connection.value(u"errors"_s).toArray()},
                         {u"data_model_status"_s, model.value(u"status"_s)},
                         {u"data_model_errors"_s, model.value(u"errors"_s).toArray()},
                         {u"latest_successful_pipeline_run_id"_s,
                          latestSuccess ? latestSuccess->value(u"id"_s) : QJsonValue()},
                         {u"latest_pipeline_run"_s, latest ? QJsonValue(renderRun(*latest)) : QJsonValue()}});
}

HttpResponse Service::runs(const QString &pipelineId, const QUrlQuery &query) const
{
    if (!resources(Kind::Pipeline).contains(pipelineId))
        return HttpResponse::error(404, u"Pipeline "_s + pipelineId + u" was not found."_s);
    QStringList problems;
    auto intParam = [&](const QString &name, int fallback, int max) {
        if (!query.hasQueryItem(name))
            return fallback;
        bool ok = false;
        const qint64 value = query.queryItemValue(name).toLongLong(&ok);
        if (!ok || value < 1) {
            problems << u"%1 must be a whole number of 1 or more."_s.arg(name);
            return fallback;
        }
        return int(std::min<qint64>(value, max)); // larger page sizes are served as the maximum (I-31)
    };
    const int page = intParam(u"currentPage"_s, 1, std::numeric_limits<int>::max());
    const int pageSize = intParam(u"pageSize"_s, 50, 1000);
    auto dateParam = [&](const QString &name, qint64 fallback) {
        if (!query.hasQueryItem(name))
            return fallback;
        const auto time = WireTime::parseDateOrTimestamp(query.queryItemValue(name, QUrl::FullyDecoded));
        if (!time) {
            problems << name + u" must be a date (YYYY-MM-DD) or an ISO-8601 timestamp."_s;
            return fallback;
        }
        return time->toMSecsSinceEpoch();
    };
    const qint64 from = dateParam(u"startDate"_s, kUnboundedLow);
    const qint64 to = dateParam(u"endDate"_s, kUnboundedHigh);
    if (!problems.isEmpty())
        return HttpResponse::error(400, problems);

    const qint64 total = m_storage.countRuns(pipelineId, from, to);
    const qint64 totalPages = (total + pageSize - 1) / pageSize;
    QJsonArray items;
    for (const QJsonObject &run : m_storage.runs(pipelineId, from, to, pageSize, qint64(page - 1) * pageSize))
        items.append(renderRun(run));
    return HttpResponse::json(200, QJsonObject{{u"items"_s, items},
                                               {u"current_page"_s, page},
                                               {u"page_size"_s, pageSize},
                                               {u"total_pages"_s, totalPages},
                                               {u"total_items"_s, total},
                                               {u"has_previous_page"_s, page > 1},
                                               {u"has_next_page"_s, page < totalPages}});
}

HttpResponse Service::run(const QString &pipelineId, const QString &runId) const
{
    if (!resources(Kind::Pipeline).contains(pipelineId))
        return HttpResponse::error(404, u"Pipeline "_s + pipelineId + u" was not found."_s);
    bool ok = false;
    const qint64 id = runId.toLongLong(&ok);
    const auto run = ok ? m_storage.run(id) : std::nullopt;
    if (!run || run->value(u"pipeline_id"_s).toString() != pipelineId)
        return HttpResponse::error(404, u"Run "_s + runId + u" of pipeline "_s + pipelineId +
                                            u" was not found."_s);
    return HttpResponse::json(200, renderRun(*run));
}

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
    Resource &slot = resources(kind)[id];
    slot.seq = m_nextSeq++;
    slot.body = stored;
    persist(kind, id);
    if (kind == Kind::Pipeline)
        applyPipelineChange(id, nullptr, stored);
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
    const QJsonObject schedule =
        resources(Kind::Pipeline).value(pipelineId).body.value(u"schedule"_s).toObject();
    if (schedule.value(u"type"_s).toString() != u"interval")
        return;
    const ScheduleMath math(*timeOf(schedule.value(u"start"_s)), schedule.value(u"frequency"_s).toString(),
                            schedule.value(u"delay"_s).toString());
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

void Service::backfillManualRun(const QString &pipelineId, const QDateTime &at)
{
    m_storage.transaction([&] {
        const qint64 runId = createRun(pipelineId, u"manual"_s, at, at);
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

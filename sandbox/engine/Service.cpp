// The Warehouse Sync API of one workspace: set-up, transactions and rendering.
#include "sandbox/engine/Service.h"

#include "sandbox/engine/Clock.h"
#include "sandbox/engine/Service_p.h"
#include "sandbox/http/RequestValidation.h"
#include "sandbox/storage/Storage.h"
#include "sandbox/warehouse/Warehouse.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;
using namespace engine;

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

Service::Resource &Service::setBody(Kind kind, const QString &id, const QJsonObject &body)
{
    Resource &slot = resources(kind)[id];
    slot.body = body;
    if (kind == Kind::Pipeline)
        m_pipelines.insert(id, StoredPipeline::parse(body));
    return slot;
}

const StoredPipeline &Service::pipeline(const QString &pipelineId) const
{
    static const StoredPipeline none;
    const auto it = m_pipelines.constFind(pipelineId);
    return it == m_pipelines.cend() ? none : *it;
}

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
            setBody(kind, stored.id, stored.body).seq = stored.seq;
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
    m_pipelines.clear();
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
    if (pipeline(pipelineId).state == StoredPipeline::State::Paused || r.exhausted)
        return u"stopped"_s;
    return u"idle"_s;
}

} // namespace wsc::sandbox

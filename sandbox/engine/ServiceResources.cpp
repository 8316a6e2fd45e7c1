// Resources: list, get, create, replace, delete, and their referential rules.
#include "sandbox/engine/Clock.h"
#include "sandbox/engine/Service.h"
#include "sandbox/engine/Service_p.h"
#include "sandbox/http/RequestValidation.h"
#include "sandbox/storage/Storage.h"
#include "sandbox/warehouse/Warehouse.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <variant>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;
using namespace engine;

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
    const QLatin1StringView key = kind == Kind::Connection  ? "connection_id"_L1
                                  : kind == Kind::DataModel ? "data_model_id"_L1
                                                            : "field_transformation_id"_L1;
    QStringList users;
    for (const StoredPipeline &p : m_pipelines) {
        if (p.uses(key) == id)
            users << p.id;
    }
    users.sort();
    return users;
}

void Service::persist(Kind kind, const QString &id)
{
    const Resource &r = resources(kind)[id];
    m_storage.putResource(QString::fromLatin1(kindKey(kind)), id, r.seq, r.body);
}

namespace {

// The request body as an object, with the path's id for a PUT; or the 400 to answer.
std::variant<QJsonObject, HttpResponse> readBody(const QByteArray &bytes, const QString &pathId, bool create)
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
    return body;
}

// Values the real service reads from a Snowflake storage integration (spec §6.7.1): echoed or made up.
void fillSnowflakeIntegration(QJsonObject &stored, const QString &id)
{
    QJsonObject config = stored.value(u"config"_s).toObject();
    const QString hash = QString::fromLatin1(
        QByteArray::number(qHash(config.value(u"storage_integration"_s).toString() + id), 16).left(8));
    if (!config.contains(u"aws_iam_user_arn"_s))
        config[u"aws_iam_user_arn"_s] = QString(u"arn:aws:iam::000000000000:user/externalstages/"_s + hash);
    if (!config.contains(u"aws_external_id"_s))
        config[u"aws_external_id"_s] = QString(u"SANDBOX="_s + hash + u"=="_s);
    stored[u"config"_s] = config;
}

} // namespace

ValidationResult Service::validate(Kind kind, const QJsonObject &body, const Resource *existing) const
{
    switch (kind) {
    case Kind::Connection: return RequestValidation::connection(body, existing ? &existing->body : nullptr);
    case Kind::DataModel: return RequestValidation::dataModel(body);
    case Kind::FieldTransformation: return RequestValidation::fieldTransformation(body);
    case Kind::Pipeline: return RequestValidation::pipeline(body);
    }
    return {};
}

std::optional<HttpResponse> Service::prepareStored(Kind kind, QJsonObject &stored, bool create) const
{
    const QString id = stored.value(u"id"_s).toString();
    if (kind == Kind::Pipeline)
        return checkPipelineReferences(StoredPipeline::parse(stored), create ? QString() : id);
    if (kind == Kind::Connection) {
        if (m_config.faults.failConnectionSaves)
            return HttpResponse::error(
                505, u"The request failed to connect to the warehouse account (injected fault)."_s);
        if (stored.value(u"state"_s).toString() == u"active") {
            const QString problem = m_warehouse.healthCheck(stored);
            if (!problem.isEmpty())
                return HttpResponse::error(505, problem);
        }
        if (stored.value(u"service_provider"_s).toString() == u"Snowflake")
            fillSnowflakeIntegration(stored, id);
        stored[u"status"_s] = u"healthy"_s;
        stored[u"errors"_s] = QJsonArray();
    } else if (kind == Kind::DataModel) {
        stored[u"status"_s] = u"valid"_s;
        stored[u"errors"_s] = QJsonArray();
    }
    return std::nullopt;
}

void Service::stampAudit(QJsonObject &stored, const Resource *existing) const
{
    const QString now = ms(m_clock.now());
    const QString principal = m_config.effectivePrincipal();
    if (!existing) {
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
}

HttpResponse Service::validateAndStore(Kind kind, const QString &pathId, const QByteArray &bytes, bool create)
{
    auto read = readBody(bytes, pathId, create);
    if (auto *refused = std::get_if<HttpResponse>(&read))
        return *refused;
    const Resource *existing = create ? nullptr : &resources(kind)[pathId];
    const ValidationResult v = validate(kind, std::get<QJsonObject>(read), existing);
    if (!v.ok())
        return HttpResponse::error(400, v.errors);
    QJsonObject stored = v.canonical;
    const QString id = stored.value(u"id"_s).toString();
    if (create && resources(kind).contains(id))
        return HttpResponse::error(400, kindName(kind) + u' ' + id + u" already exists."_s);
    if (auto refused = prepareStored(kind, stored, create))
        return *refused;
    stampAudit(stored, existing);

    const QJsonObject before = existing ? existing->body : QJsonObject();
    const StoredPipeline pipelineBefore = kind == Kind::Pipeline ? pipeline(id) : StoredPipeline();
    const auto failed = commit([&] {
        Resource &slot = setBody(kind, id, stored);
        if (create)
            slot.seq = m_nextSeq++;
        persist(kind, id);
        if (kind == Kind::Pipeline)
            applyPipelineChange(id, create ? nullptr : &pipelineBefore, pipeline(id));
        else if (!create)
            applyDependencyChange(kind, id, before, stored);
    });
    if (failed)
        return *failed;
    return HttpResponse::json(200, render(kind, stored));
}

std::optional<HttpResponse> Service::checkPipelineReferences(const StoredPipeline &p,
                                                             const QString &selfId) const
{
    QStringList missing;
    if (!resources(Kind::Connection).contains(p.connectionId))
        missing << u"Connection %1 was not found."_s.arg(p.connectionId);
    if (!resources(Kind::DataModel).contains(p.dataModelId))
        missing << u"Data model %1 was not found."_s.arg(p.dataModelId);
    if (p.isEvents() && !resources(Kind::FieldTransformation).contains(p.fieldTransformationId))
        missing << u"Field transformation %1 was not found."_s.arg(p.fieldTransformationId);
    if (!missing.isEmpty())
        return HttpResponse::error(404, missing);

    if (p.hasDataPlan) {
        const QString &planId = p.dataPlanId;
        if (!m_dataPlans.contains(planId))
            return HttpResponse::error(404, u"Data plan %1 was not found in this workspace."_s.arg(planId));
        const QJsonObject plan = m_dataPlans.value(planId);
        if (p.dataPlanVersion.isUndefined())
            return HttpResponse::error(404, u"Data plan version is required for data plan %1."_s.arg(planId));
        const qint64 version = p.dataPlanVersion.toInteger();
        if (!plan.value(u"versions"_s).toArray().contains(QJsonValue(version)))
            return HttpResponse::error(404, u"Data plan %1 has no version %2."_s.arg(planId).arg(version));
        if (!plan.value(u"active"_s).toBool())
            return HttpResponse::error(400, u"Data plan %1 is not active."_s.arg(planId));
    }

    if (p.isActive()) {
        const auto others =
            std::count_if(m_pipelines.cbegin(), m_pipelines.cend(),
                          [&](const StoredPipeline &o) { return o.isActive() && o.id != selfId; });
        if (others >= m_config.maxActivePipelines)
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
            m_pipelines.remove(id);
        }
        resources(kind).remove(id);
        m_storage.deleteResource(QString::fromLatin1(kindKey(kind)), id);
    });
    return failed ? *failed : HttpResponse::noContent();
}

} // namespace wsc::sandbox

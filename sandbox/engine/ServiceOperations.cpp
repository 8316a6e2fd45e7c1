// Operations (spec §9): trigger, report, run history.
#include "sandbox/engine/Clock.h"
#include "sandbox/engine/Service.h"
#include "sandbox/engine/Service_p.h"
#include "sandbox/engine/WireTime.h"
#include "sandbox/storage/Storage.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;
using namespace engine;

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
    const StoredPipeline &p = pipeline(id);
    if (runtime(id).activeRunId != 0)
        return HttpResponse::error(400, u"Pipeline "_s + id + u" is already in progress."_s);
    if (!p.isActive())
        return HttpResponse::error(400, u"Pipeline "_s + id + u" is not active."_s);
    const QString &connectionId = p.connectionId;
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
    const StoredPipeline &p = pipeline(pipelineId);
    const QJsonObject connection = resources(Kind::Connection).value(p.connectionId).body;
    const QJsonObject model = resources(Kind::DataModel).value(p.dataModelId).body;
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

} // namespace wsc::sandbox

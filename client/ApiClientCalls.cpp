// The typed calls: each endpoint's request, and how its answer is decoded and checked.
#include "client/ApiClient.h"

#include "client/RequestLog.h"

#include <QUrlQuery>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// What the decoder had to skip or keep raw, for the request log (it is never silent).
template <typename V>
QStringList problemsOf(const V &value)
{
    QStringList out;
    auto raw = [&out](const RawFields &fields, const QString &id) {
        for (const DecodeError &e : fields)
            out << ApiClient::tr("%1: a field was kept as it came: %2").arg(id, e.toString());
    };
    if constexpr (requires { value.problems; }) {
        for (const DecodeError &e : value.problems)
            out << ApiClient::tr("An item that could not be read was skipped: %1").arg(e.toString());
    }
    if constexpr (requires { value.items; }) {
        for (const auto &item : value.items) {
            if constexpr (requires { item.rawFields; })
                raw(item.rawFields, item.id);
        }
    }
    if constexpr (requires { value.rawFields; value.id; })
        raw(value.rawFields, value.id);
    else if constexpr (requires { value.rawFields; })
        raw(value.rawFields, QString());
    return out;
}

ApiCall<Done> done(ApiReply *reply)
{
    return ApiCall<Done>(reply, [](const ApiOutcome &) -> ApiResult<Done> { return Done{}; });
}

} // namespace

template <typename T, typename Decode>
ApiCall<T> ApiClient::typed(ApiReply *reply, Decode decode)
{
    return ApiCall<T>(
        reply, [decode, log = QPointer<RequestLog>(m_log)](const ApiOutcome &outcome) -> ApiResult<T> {
            auto decoded = decode(QByteArrayView(outcome.body));
            if (!decoded) {
                const QString what = decoded.error().toString();
                if (log)
                    log->addProblem(outcome.logEntry, tr("Not what this endpoint returns: %1").arg(what));
                return ApiError::decodeFailure(what);
            }
            if (log) {
                for (const QString &problem : problemsOf(decoded.value()))
                    log->addProblem(outcome.logEntry, problem);
            }
            return std::move(decoded).value();
        });
}

ApiCall<DecodedList<Connection>> ApiClient::listConnections(std::optional<ServiceProvider> provider)
{
    QUrl url = m_endpoints.connections();
    if (provider) {
        QUrlQuery query;
        query.addQueryItem(u"serviceProvider"_s, EnumValue<ServiceProvider>(*provider).wire());
        url.setQuery(query);
    }
    auto call = typed<DecodedList<Connection>>(send("GET", url), JsonCodec::decodeConnections);
    if (!provider)
        return call;
    // The server may ignore the filter (I-28): filter here too.
    return ApiCall<DecodedList<Connection>>(
        call.reply(), [want = *provider](const ApiOutcome &outcome) -> ApiResult<DecodedList<Connection>> {
            auto decoded = JsonCodec::decodeConnections(outcome.body);
            if (!decoded)
                return ApiError::decodeFailure(decoded.error().toString());
            DecodedList<Connection> list = std::move(decoded).value();
            std::erase_if(list.items, [want](const Connection &c) { return c.serviceProvider != want; });
            return list;
        });
}

ApiCall<Connection> ApiClient::getConnection(const QString &id)
{
    return typed<Connection>(send("GET", m_endpoints.connection(id)), JsonCodec::decodeConnection);
}

ApiCall<Connection> ApiClient::createConnection(const Connection &c)
{
    const QUrl item = m_endpoints.connection(c.id);
    // An id that cannot be used is refused before anything is sent (an invalid URL).
    return typed<Connection>(
        sendCreate(item.isValid() ? m_endpoints.connections() : QUrl(), item, JsonCodec::encode(c)),
        JsonCodec::decodeConnection);
}

ApiCall<Connection> ApiClient::replaceConnection(const Connection &c)
{
    return typed<Connection>(send("PUT", m_endpoints.connection(c.id), JsonCodec::encode(c)),
                             JsonCodec::decodeConnection);
}

ApiCall<Done> ApiClient::deleteConnection(const QString &id)
{
    return done(send("DELETE", m_endpoints.connection(id)));
}

ApiCall<DecodedList<DataModel>> ApiClient::listDataModels()
{
    return typed<DecodedList<DataModel>>(send("GET", m_endpoints.dataModels()), JsonCodec::decodeDataModels);
}

ApiCall<DataModel> ApiClient::getDataModel(const QString &id)
{
    return typed<DataModel>(send("GET", m_endpoints.dataModel(id)), JsonCodec::decodeDataModel);
}

ApiCall<DataModel> ApiClient::createDataModel(const DataModel &m)
{
    const QUrl item = m_endpoints.dataModel(m.id);
    // An id that cannot be used is refused before anything is sent (an invalid URL).
    return typed<DataModel>(
        sendCreate(item.isValid() ? m_endpoints.dataModels() : QUrl(), item, JsonCodec::encode(m)),
        JsonCodec::decodeDataModel);
}

ApiCall<DataModel> ApiClient::replaceDataModel(const DataModel &m)
{
    return typed<DataModel>(send("PUT", m_endpoints.dataModel(m.id), JsonCodec::encode(m)),
                            JsonCodec::decodeDataModel);
}

ApiCall<Done> ApiClient::deleteDataModel(const QString &id)
{
    return done(send("DELETE", m_endpoints.dataModel(id)));
}

ApiCall<DecodedList<FieldTransformation>> ApiClient::listFieldTransformations()
{
    return typed<DecodedList<FieldTransformation>>(send("GET", m_endpoints.fieldTransformations()),
                                                   JsonCodec::decodeFieldTransformations);
}

ApiCall<FieldTransformation> ApiClient::getFieldTransformation(const QString &id)
{
    return typed<FieldTransformation>(send("GET", m_endpoints.fieldTransformation(id)),
                                      JsonCodec::decodeFieldTransformation);
}

ApiCall<FieldTransformation> ApiClient::createFieldTransformation(const FieldTransformation &t)
{
    const QUrl item = m_endpoints.fieldTransformation(t.id);
    // An id that cannot be used is refused before anything is sent (an invalid URL).
    return typed<FieldTransformation>(
        sendCreate(item.isValid() ? m_endpoints.fieldTransformations() : QUrl(), item, JsonCodec::encode(t)),
        JsonCodec::decodeFieldTransformation);
}

ApiCall<FieldTransformation> ApiClient::replaceFieldTransformation(const FieldTransformation &t)
{
    return typed<FieldTransformation>(
        send("PUT", m_endpoints.fieldTransformation(t.id), JsonCodec::encode(t)),
        JsonCodec::decodeFieldTransformation);
}

ApiCall<Done> ApiClient::deleteFieldTransformation(const QString &id)
{
    return done(send("DELETE", m_endpoints.fieldTransformation(id)));
}

ApiCall<DecodedList<Pipeline>> ApiClient::listPipelines()
{
    return typed<DecodedList<Pipeline>>(send("GET", m_endpoints.pipelines()), JsonCodec::decodePipelines);
}

ApiCall<Pipeline> ApiClient::getPipeline(const QString &id)
{
    return typed<Pipeline>(send("GET", m_endpoints.pipeline(id)), JsonCodec::decodePipeline);
}

ApiCall<Pipeline> ApiClient::createPipeline(const Pipeline &p)
{
    const QUrl item = m_endpoints.pipeline(p.id);
    // An id that cannot be used is refused before anything is sent (an invalid URL).
    return typed<Pipeline>(
        sendCreate(item.isValid() ? m_endpoints.pipelines() : QUrl(), item, JsonCodec::encode(p)),
        JsonCodec::decodePipeline);
}

ApiCall<Pipeline> ApiClient::replacePipeline(const Pipeline &p)
{
    return typed<Pipeline>(send("PUT", m_endpoints.pipeline(p.id), JsonCodec::encode(p)),
                           JsonCodec::decodePipeline);
}

ApiCall<Done> ApiClient::deletePipeline(const QString &id)
{
    return done(send("DELETE", m_endpoints.pipeline(id)));
}

ApiCall<TriggerResult> ApiClient::trigger(const QString &pipelineId)
{
    return typed<TriggerResult>(
        send("POST", m_endpoints.trigger(), JsonCodec::encodeTriggerRequest(pipelineId)),
        JsonCodec::decodeTriggerResult);
}

ApiCall<PipelineReport> ApiClient::report(const QString &pipelineId)
{
    return typed<PipelineReport>(send("GET", m_endpoints.report(pipelineId)), JsonCodec::decodeReport);
}

ApiCall<RunPage> ApiClient::runs(const QString &pipelineId, const RunQuery &query)
{
    // The reference shows pageSize 50 and states no maximum. A service that refuses a larger page with 400
    // is asked again with the published size, and then asked for no more than that.
    constexpr int kPublishedPageSize = 50;
    const RunQuery asked = query;
    ApiReply *first = send("GET", m_endpoints.runs(pipelineId, asked));
    // Only a first page can be asked again in another size without shifting what the pages hold.
    if (asked.pageSize <= kPublishedPageSize || asked.page != 1)
        return typed<RunPage>(first, JsonCodec::decodeRunPage);
    auto *outer = new ApiReply(this);
    connect(outer, &ApiReply::cancelRequested, first, &ApiReply::cancel);
    connect(first, &ApiReply::finished, outer, [this, outer, first, pipelineId, asked] {
        const ApiOutcome result = *first->outcome();
        if (!result.error || result.status != 400) {
            if (result.error)
                outer->fail(*result.error, result.logEntry);
            else
                outer->succeed(result.status, result.body, result.logEntry);
            return;
        }
        RunQuery smaller = asked;
        smaller.pageSize = kPublishedPageSize;
        ApiReply *again = send("GET", m_endpoints.runs(pipelineId, smaller));
        connect(outer, &ApiReply::cancelRequested, again, &ApiReply::cancel);
        connect(again, &ApiReply::finished, outer, [this, outer, again, result] {
            const ApiOutcome retried = *again->outcome();
            if (retried.error) {
                // The smaller page did not help: the first answer.
                outer->fail(*result.error, result.logEntry);
                return;
            }
            m_runPageSizeLimit = kPublishedPageSize;
            emit runPageSizeLimited(kPublishedPageSize);
            outer->succeed(retried.status, retried.body, retried.logEntry);
        });
    });
    return typed<RunPage>(outer, JsonCodec::decodeRunPage);
}

ApiCall<PipelineRun> ApiClient::run(const QString &pipelineId, const QString &runId)
{
    return typed<PipelineRun>(send("GET", m_endpoints.run(pipelineId, runId)), JsonCodec::decodeRun);
}

} // namespace wsc

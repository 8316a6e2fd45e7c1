// JsonCodec: pipelines, runs, reports, trigger, error bodies and tokens.
#include "models/domain/JsonCodec.h"
#include "models/domain/JsonReader_p.h"

namespace wsc {

using namespace detail;

namespace {

SyncMode readSyncMode(const Json &json, const JsonPath &path, std::optional<DecodeError> &error, RawFields *raw)
{
    ObjectReader r(json, path, error, raw);
    SyncMode m; // read in the document's (sorted) order: each member is found without a search
    m.from = r.timestamp("from");
    m.iteratorDataType = r.enumValue<IteratorDataType>("iterator_data_type");
    m.iteratorField = r.string("iterator_field");
    m.type = r.enumValue<SyncModeType>("type");
    m.until = r.timestamp("until");
    m.unknown = r.unknownFields();
    return m;
}

Schedule readSchedule(const Json &json, const JsonPath &path, std::optional<DecodeError> &error, RawFields *raw)
{
    ObjectReader r(json, path, error, raw);
    Schedule s; // in the document's order
    s.delay = r.string("delay");
    s.end = r.timestamp("end");
    s.frequency = r.enumValue<Frequency>("frequency");
    s.start = r.timestamp("start");
    s.type = r.enumValue<ScheduleType>("type");
    s.unknown = r.unknownFields();
    return s;
}

Pipeline readPipeline(const Json &json, const JsonPath &path, std::optional<DecodeError> &error)
{
    Pipeline p;
    ObjectReader r(json, path, error, &p.rawFields);
    // In the document's (sorted) order, so that each member is found without a search: 10,000 pipelines
    // are read on every refresh.
    p.connectionId = r.string("connection_id");
    readCreated(r, p.audit);
    p.dataModelId = r.string("data_model_id");
    p.dataPlanId = r.optionalString("data_plan_id");
    p.dataPlanVersion = r.optionalString("data_plan_version");
    p.environment = r.enumValue<Environment>("environment");
    p.errors = r.messages("errors");
    p.fieldTransformationId = r.optionalString("field_transformation_id");
    p.id = r.string("id");
    readModified(r, p.audit);
    p.name = r.string("name");
    p.partnerFeedId = r.optionalInt("partner_feed_id");
    if (auto key = r.optionalString("partner_feed_key"))
        p.partnerFeedKey = Secret::fromWire(*key);
    p.pipelineType = r.enumValue<PipelineType>("pipeline_type");
    if (const Json *schedule = r.object("schedule"))
        p.schedule = readSchedule(*schedule, r.childPath("schedule"), error, r.raw());
    p.state = r.enumValue<PipelineState>("state");
    p.status = r.enumValue<PipelineStatus>("status");
    if (const Json *syncMode = r.object("sync_mode"))
        p.syncMode = readSyncMode(*syncMode, r.childPath("sync_mode"), error, r.raw());
    p.unknown = r.unknownFields();
    return p;
}

PipelineRun readRun(const Json &json, const JsonPath &path, std::optional<DecodeError> &error)
{
    PipelineRun run;
    ObjectReader r(json, path, error, &run.rawFields);
    // In the document's (sorted) order: a history holds 100,000 runs and more.
    run.endedOn = r.timestamp("ended_on");
    run.errors = r.messages("errors");
    run.failedRecords = r.integer("failed_records");
    run.id = r.string("id");
    run.logicalDate = r.timestamp("logical_date");
    run.pipelineId = r.string("pipeline_id");
    run.rangeEnd = r.timestamp("range_end");
    run.rangeStart = r.timestamp("range_start");
    run.startedOn = r.timestamp("started_on");
    run.status = r.enumValue<RunStatus>("status");
    run.successfulRecords = r.integer("successful_records");
    run.type = r.enumValue<RunType>("type");
    run.unknown = r.unknownFields();
    return run;
}

RunPage readRunPage(const Json &json, const JsonPath &path, std::optional<DecodeError> &error)
{
    ObjectReader r(json, path, error);
    RunPage page;
    if (const Json *items = r.array("items")) {
        const JsonPath itemsPath = r.childPath("items");
        page.items.reserve(items->size());
        for (std::size_t i = 0; i < items->size() && !error; ++i) {
            // A run that is not an object or has no id is skipped and reported; the page is kept.
            std::optional<DecodeError> problem;
            const JsonPath itemPath{&itemsPath, {}, qsizetype(i)};
            PipelineRun run = readRun((*items)[i], itemPath, problem);
            if (!problem)
                problem = missingId(run.id, itemPath);
            if (problem)
                page.problems.push_back(std::move(*problem));
            else
                page.items.push_back(std::move(run));
        }
    } else if (!r.failed()) {
        r.fail("items", JsonCodec::tr("the page has no items array"));
    }
    page.currentPage = int(r.integer("current_page", 1));
    page.pageSize = int(r.integer("page_size", qint64(page.items.size())));
    page.totalItems = r.integer("total_items", qint64(page.items.size()));
    page.totalPages = int(r.integer("total_pages", page.currentPage));
    // Counters are informative only (I-8); the flags drive paging, derived when a server omits them.
    page.hasPreviousPage = r.optionalBool("has_previous_page").value_or(page.currentPage > 1);
    page.hasNextPage = r.optionalBool("has_next_page").value_or(page.currentPage < page.totalPages);
    return page;
}

PipelineReport readReport(const Json &json, const JsonPath &path, std::optional<DecodeError> &error)
{
    PipelineReport report;
    ObjectReader r(json, path, error, &report.rawFields);
    report.pipelineId = r.string("pipeline_id");
    report.status = r.enumValue<PipelineStatus>("status");
    report.errors = r.messages("errors");
    report.connectionStatus = r.enumValue<ConnectionStatus>("connection_status");
    report.connectionErrors = r.messages("connection_errors");
    report.dataModelStatus = r.enumValue<DataModelStatus>("data_model_status");
    report.dataModelErrors = r.messages("data_model_errors");
    const auto successful = r.optionalString("latest_successful_pipeline_run_id");
    if (successful && !isNoRun(*successful)) // 0 means none in the published example (I-10)
        report.latestSuccessfulRunId = successful;
    if (const Json *latest = r.object("latest_pipeline_run"))
    {
        std::optional<DecodeError> problem;
        PipelineRun run = readRun(*latest, r.childPath("latest_pipeline_run"), problem);
        if (problem)
            report.rawFields.push_back(std::move(*problem)); // the report stands without it
        else
            report.latestRun = std::move(run);
    }
    report.unknown = r.unknownFields();
    return report;
}

TriggerResult readTriggerResult(const Json &json, const JsonPath &path, std::optional<DecodeError> &error)
{
    ObjectReader r(json, path, error);
    TriggerResult result;
    const auto runId = r.optionalString("pipeline_run_id");
    if ((!runId || runId->trimmed().isEmpty()) && !r.failed())
        r.fail("pipeline_run_id", JsonCodec::tr("the run id is missing"));
    result.pipelineRunId = runId.value_or(QString());
    result.status = r.enumValue<TriggerStatus>("status");
    return result;
}

AccessToken readAccessToken(const Json &json, const JsonPath &path, std::optional<DecodeError> &error)
{
    ObjectReader r(json, path, error);
    AccessToken token;
    token.accessToken = r.string("access_token");
    if (token.accessToken.isEmpty() && !r.failed())
        r.fail("access_token", JsonCodec::tr("the token is missing"));
    token.expiresInSeconds = r.integer("expires_in");
    token.tokenType = r.string("token_type");
    return token;
}

void putTimestamp(OrderedJson &object, const char *key, const Timestamp &t)
{
    if (!t.isNull())
        object[key] = toStd(t.toWireSeconds());
}

} // namespace

Result<Pipeline> JsonCodec::decodePipeline(QByteArrayView json)
{
    return decodeObject<Pipeline>(json, kMaxNestingDepth, readPipeline);
}

Result<DecodedList<Pipeline>> JsonCodec::decodePipelines(QByteArrayView json)
{
    return decodeArray<Pipeline>(json, kMaxNestingDepth, readPipeline);
}

Result<PipelineRun> JsonCodec::decodeRun(QByteArrayView json)
{
    return decodeObject<PipelineRun>(json, kMaxNestingDepth, readRun);
}

Result<RunPage> JsonCodec::decodeRunPage(QByteArrayView json)
{
    return decodeObject<RunPage>(json, kMaxNestingDepth, readRunPage);
}

Result<PipelineReport> JsonCodec::decodeReport(QByteArrayView json)
{
    return decodeObject<PipelineReport>(json, kMaxNestingDepth, readReport);
}

Result<TriggerResult> JsonCodec::decodeTriggerResult(QByteArrayView json)
{
    return decodeObject<TriggerResult>(json, kMaxNestingDepth, readTriggerResult);
}

Result<AccessToken> JsonCodec::decodeAccessToken(QByteArrayView json)
{
    return decodeObject<AccessToken>(json, kMaxNestingDepth, readAccessToken);
}

ApiErrorBody JsonCodec::decodeApiErrorBody(QByteArrayView json)
{
    ApiErrorBody body;
    auto parsed = parseJson(json, kMaxNestingDepth);
    if (!parsed || !parsed->is_object())
        return body;
    // Each member is read on its own: one of the wrong type must not hide what the others say.
    std::optional<DecodeError> problem;
    ObjectReader r(*parsed, JsonPath{}, problem);
    auto keepIfClean = [&problem](auto value, auto fallback) {
        const bool clean = !problem;
        problem.reset();
        return clean ? value : fallback;
    };
    const auto code = keepIfClean(r.optionalInt("statusCode"), std::optional<qint64>());
    if (code && *code >= 100 && *code <= 999)
        body.statusCode = int(*code);
    body.errors = keepIfClean(r.messages("errors"), ApiMessages());
    body.message = keepIfClean(r.string("message"), QString());
    body.oauthError = keepIfClean(r.string("error"), QString());
    body.oauthErrorDescription = keepIfClean(r.string("error_description"), QString());
    return body;
}

QByteArray JsonCodec::encode(const Pipeline &p)
{
    OrderedJson body = OrderedJson::object();
    body["id"] = toStd(p.id);
    body["name"] = toStd(p.name);
    putIfSet(body, "pipeline_type", p.pipelineType);
    body["connection_id"] = toStd(p.connectionId);
    body["data_model_id"] = toStd(p.dataModelId);
    if (const auto transformation = p.usedFieldTransformation())
        body["field_transformation_id"] = toStd(*transformation);
    if (p.partnerFeedId)
        body["partner_feed_id"] = *p.partnerFeedId;
    putSecret(body, "partner_feed_key", p.partnerFeedKey);
    putIfSet(body, "state", p.state);

    OrderedJson syncMode = OrderedJson::object();
    putIfSet(syncMode, "type", p.syncMode.type);
    putIfSet(syncMode, "iterator_field", p.syncMode.iteratorField);
    putIfSet(syncMode, "iterator_data_type", p.syncMode.iteratorDataType);
    putTimestamp(syncMode, "from", p.syncMode.from);
    putTimestamp(syncMode, "until", p.syncMode.until);
    mergeUnknown(syncMode, p.syncMode.unknown);
    body["sync_mode"] = std::move(syncMode);

    // Only the schedule fields that apply to the schedule type are sent.
    const Schedule &s = p.schedule;
    const bool interval = s.type != ScheduleType::Once && s.type != ScheduleType::OnDemand;
    OrderedJson schedule = OrderedJson::object();
    putIfSet(schedule, "type", s.type);
    if (interval)
        putIfSet(schedule, "frequency", s.frequency);
    // Marked Required by the reference's table although most of its examples omit it (spec I-16): sent when
    // set (by the user, or as the server returned it), for any schedule type, and left out otherwise.
    putIfSet(schedule, "delay", s.delay.trimmed());
    if (interval || s.type == ScheduleType::OnDemand)
        putTimestamp(schedule, "start", s.start);
    if (interval)
        putTimestamp(schedule, "end", s.end);
    mergeUnknown(schedule, s.unknown);
    body["schedule"] = std::move(schedule);

    putIfSet(body, "environment", p.environment);
    if (p.dataPlanId && !p.dataPlanId->isEmpty())
        body["data_plan_id"] = toStd(*p.dataPlanId);
    if (p.dataPlanVersion && !p.dataPlanVersion->trimmed().isEmpty()) {
        bool whole = false;
        const qint64 number = p.dataPlanVersion->trimmed().toLongLong(&whole);
        if (whole)
            body["data_plan_version"] = number; // as the published examples send it
        else
            body["data_plan_version"] = toStd(p.dataPlanVersion->trimmed());
    }
    mergeUnknown(body, p.unknown);
    return toBytes(body);
}

QByteArray JsonCodec::encodeTriggerRequest(const QString &pipelineId)
{
    OrderedJson body = OrderedJson::object();
    body["pipeline_id"] = toStd(pipelineId);
    return toBytes(body);
}

QByteArray JsonCodec::encodeTokenRequest(const QString &clientId, const QString &clientSecret,
                                         const QString &audience)
{
    OrderedJson body = OrderedJson::object();
    body["client_id"] = toStd(clientId);
    body["client_secret"] = toStd(clientSecret);
    body["audience"] = toStd(audience);
    body["grant_type"] = "client_credentials";
    return toBytes(body);
}

} // namespace wsc

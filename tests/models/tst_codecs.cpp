// The JSON codecs against every example of the API reference, the documented aliases and
// inconsistencies (spec §16), unknown fields and values, and malformed input of every kind.
#include "models/domain/JsonCodec.h"
#include "models/domain/JsonDiff.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace wsc;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(WSC_TEST_DATA_DIR "/reference/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return file.readAll();
}

// QCOMPARE cannot print nlohmann values; this shows both sides as JSON text when they differ.
#define JSON_COMPARE(actual, expected)                                                                       \
    do {                                                                                                     \
        const Json a_ = (actual);                                                                            \
        const Json e_ = (expected);                                                                          \
        QVERIFY2(a_ == e_, qPrintable(u"actual "_s + QString::fromStdString(a_.dump()) + u", expected "_s +  \
                                      QString::fromStdString(e_.dump())));                                   \
    } while (false)

Json parse(const QByteArray &bytes)
{
    return Json::parse(bytes.begin(), bytes.end());
}

// The canonical request body the spec expects for a response or request example: read-only fields,
// nulls and masked secrets removed, aliases resolved, fields that do not apply dropped (§5.6, §5.9,
// §10.3, I-3, I-4, I-35).
Json canonicalBody(Json body, const std::string &kind)
{
    for (const char *key :
         {"status", "errors", "created_on", "created_by", "last_modified_on", "last_modified_by"})
        body.erase(key);
    auto dropNulls = [](Json &object) {
        for (auto it = object.begin(); it != object.end();)
            it = it->is_null() ? object.erase(it) : std::next(it);
    };
    dropNulls(body);
    if (kind == "connection" && body.contains("config")) {
        Json &config = body["config"];
        dropNulls(config);
        for (const char *secret : {"password", "service_account_key"}) {
            if (config.contains(secret) && config[secret] == "************")
                config.erase(secret);
        }
        if (config.contains("source_account_id")) {
            if (!config.contains("account_identifier"))
                config["account_identifier"] = config["source_account_id"];
            config.erase("source_account_id");
        }
    }
    if (kind == "pipeline") {
        if (body.value("pipeline_type", "") == "user_attributes")
            body.erase("field_transformation_id");
        if (body.value("partner_feed_key", "") == "************")
            body.erase("partner_feed_key");
        if (body.contains("data_plan_version") && body["data_plan_version"].is_string())
            body["data_plan_version"] = std::stoll(body["data_plan_version"].get<std::string>());
        if (body.contains("schedule")) {
            Json &schedule = body["schedule"];
            const std::string type = schedule.value("type", "");
            if (type == "once" || type == "on_demand" || type == "on-demand") {
                for (const char *key : {"frequency", "delay", "end"})
                    schedule.erase(key);
            }
            if (type == "once")
                schedule.erase("start");
            if (type == "on-demand")
                schedule["type"] = "on_demand";
        }
    }
    if (kind == "field-transformation") {
        for (Json &mapping : body["mappings"])
            dropNulls(mapping);
    }
    return body;
}

std::optional<QByteArray> reencode(const QByteArray &bytes, const std::string &kind)
{
    if (kind == "connection")
        return JsonCodec::encode(JsonCodec::decodeConnection(bytes).value());
    if (kind == "data-model")
        return JsonCodec::encode(JsonCodec::decodeDataModel(bytes).value());
    if (kind == "pipeline")
        return JsonCodec::encode(JsonCodec::decodePipeline(bytes).value());
    if (kind == "field-transformation")
        return JsonCodec::encode(JsonCodec::decodeFieldTransformation(bytes).value());
    return std::nullopt;
}

QString decodeProblem(const QByteArray &bytes, const std::string &kind)
{
    auto describe = [](const auto &result) { return result ? QString() : result.error().toString(); };
    auto describeList = [](const auto &result) {
        if (!result)
            return result.error().toString();
        return result->problems.empty() ? QString() : result->problems.front().toString();
    };
    if (kind == "connection")
        return describe(JsonCodec::decodeConnection(bytes));
    if (kind == "connection-list")
        return describeList(JsonCodec::decodeConnections(bytes));
    if (kind == "data-model")
        return describe(JsonCodec::decodeDataModel(bytes));
    if (kind == "data-model-list")
        return describeList(JsonCodec::decodeDataModels(bytes));
    if (kind == "pipeline")
        return describe(JsonCodec::decodePipeline(bytes));
    if (kind == "pipeline-list")
        return describeList(JsonCodec::decodePipelines(bytes));
    if (kind == "field-transformation")
        return describe(JsonCodec::decodeFieldTransformation(bytes));
    if (kind == "run")
        return describe(JsonCodec::decodeRun(bytes));
    if (kind == "run-page")
        return describe(JsonCodec::decodeRunPage(bytes));
    if (kind == "report")
        return describe(JsonCodec::decodeReport(bytes));
    if (kind == "trigger-result")
        return describe(JsonCodec::decodeTriggerResult(bytes));
    if (kind == "token-response")
        return describe(JsonCodec::decodeAccessToken(bytes));
    if (kind == "error-body")
        return JsonCodec::decodeApiErrorBody(bytes).summary().isEmpty() ? u"error body says nothing"_s
                                                                        : QString();
    if (kind == "trigger-request")
        return parse(bytes).contains("pipeline_id") ? QString() : u"no pipeline_id"_s;
    return u"unknown fixture kind "_s + QString::fromStdString(kind);
}

Pipeline decodePipelineOrFail(const char *json)
{
    auto result = JsonCodec::decodePipeline(QByteArray(json));
    if (!result)
        qFatal("decode failed: %s", qPrintable(result.error().toString()));
    return result.value();
}

const char *kMinimalPipeline = R"({"id":"p","name":"P","pipeline_type":"user_attributes","connection_id":"c",
    "data_model_id":"m","state":"active","environment":"production",
    "sync_mode":{"type":"incremental","iterator_field":"updated_at","iterator_data_type":"timestamp"},
    "schedule":{"type":"on_demand"}})";

} // namespace

class TestCodecs : public QObject {
    Q_OBJECT

private slots:
    void diffsWhatASaveChanges();
    void decodesReferenceExamples_data();
    void decodesReferenceExamples();
    void reencodesCanonically_data();
    void reencodesCanonically();

    void readsV1AccountIdentifierAlias();
    void masksAreNeverSentBack();
    void acceptsDocumentedEnumAliases();
    void sendsNumbersAndReadsNumericStrings();
    void keepsUnknownFieldsOnRoundTrip();
    void keepsUnknownEnumValues();
    void treatsNullAsAbsent();
    void neverEncodesReadOnlyFields();
    void sendsOnlyTheScheduleFieldsThatApply();
    void readsEveryProviderConfig();
    void decodesTimestampsOfEveryPublishedShape();

    void rejectsMalformedInput_data();
    void rejectsMalformedInput();
    void reportsBadListItemsWithoutLosingTheRest();
    void parsesErrorBodiesInSpecOrder_data();
    void parsesErrorBodiesInSpecOrder();
    void derivesMissingPageFlags();
};

void TestCodecs::decodesReferenceExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    const Json manifest = parse(readFixture(u"manifest.json"_s));
    int count = 0;
    for (const Json &entry : manifest) {
        if (entry["file"].is_null())
            continue;
        const auto file = QString::fromStdString(entry["file"].get<std::string>());
        QTest::newRow(qPrintable(file)) << file << QString::fromStdString(entry["kind"].get<std::string>());
        ++count;
    }
    QVERIFY2(count >= 40, "the manifest lists the reference examples");
}

void TestCodecs::decodesReferenceExamples()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    const QString problem = decodeProblem(readFixture(file), kind.toStdString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCodecs::reencodesCanonically_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    const Json manifest = parse(readFixture(u"manifest.json"_s));
    for (const Json &entry : manifest) {
        if (entry["file"].is_null())
            continue;
        const std::string kind = entry["kind"];
        const auto file = QString::fromStdString(entry["file"].get<std::string>());
        if (file.contains(u"fragment"_s))
            continue; // only sync_mode and schedule of a pipeline: decoded above, not a resource to send
        if (kind == "connection" || kind == "data-model" || kind == "pipeline" ||
            kind == "field-transformation") {
            QTest::newRow(qPrintable(file)) << file << QString::fromStdString(kind);
        } else if (kind.ends_with("-list")) {
            // Every item of a list example is a resource of its own.
            const Json items = parse(readFixture(file));
            for (std::size_t i = 0; i < items.size(); ++i)
                QTest::addRow("%s[%zu]", qPrintable(file), i)
                    << file + u'#' + QString::number(i)
                    << QString::fromStdString(kind.substr(0, kind.size() - 5));
        }
    }
}

void TestCodecs::reencodesCanonically()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    const std::string k = kind.toStdString();
    Json original;
    if (const auto hash = file.indexOf(u'#'); hash >= 0)
        original = parse(readFixture(file.left(hash)))[file.mid(hash + 1).toUInt()];
    else
        original = parse(readFixture(file));
    const std::string text = original.dump();
    const auto encoded = reencode(QByteArray::fromStdString(text), k);
    QVERIFY(encoded);
    const Json actual = parse(*encoded);
    const Json expected = canonicalBody(original, k);
    QVERIFY2(actual == expected, qPrintable(u"\nexpected "_s + QString::fromStdString(expected.dump()) +
                                            u"\nactual   "_s + QString::fromStdString(actual.dump())));
    // The canonical body is a fixed point.
    QCOMPARE(reencode(*encoded, k), encoded);
}

void TestCodecs::readsV1AccountIdentifierAlias()
{
    const auto c =
        JsonCodec::decodeConnection(readFixture(u"ref-connection-update-response-snowflake.json"_s));
    QVERIFY(c);
    QCOMPARE(c->serviceProvider, ServiceProvider::Snowflake);
    QCOMPARE(c->snowflake.accountIdentifier, u"gd1234"_s);
    QVERIFY2(c->configUnknown.isEmpty(), c->configUnknown.json().constData());
    const Json body = parse(JsonCodec::encode(*c));
    JSON_COMPARE(body["config"]["account_identifier"], "gd1234");
    QVERIFY(!body["config"].contains("source_account_id"));

    // Both present: the v2 name wins.
    const auto both = JsonCodec::decodeConnection(
        R"({"id":"s","service_provider":"Snowflake","config":{"account_identifier":"new","source_account_id":"old"}})");
    QCOMPARE(both->snowflake.accountIdentifier, u"new"_s);
}

void TestCodecs::masksAreNeverSentBack()
{
    const auto c =
        JsonCodec::decodeConnection(readFixture(u"ref-connection-create-response-redshift.json"_s));
    QVERIFY(c);
    QVERIFY(c->redshift.password.isMasked());
    QVERIFY(c->redshift.password.value().isEmpty());
    QVERIFY(!JsonCodec::encode(*c).contains("************"));

    Connection edited = *c;
    edited.redshift.password = Secret::fromValue(u"n3w-pa55"_s);
    JSON_COMPARE(parse(JsonCodec::encode(edited))["config"]["password"], "n3w-pa55");

    const auto bq =
        JsonCodec::decodeConnection(readFixture(u"ref-connection-create-response-bigquery.json"_s));
    QVERIFY(bq->bigQuery.serviceAccountKey.isMasked());
    QVERIFY(!parse(JsonCodec::encode(*bq))["config"].contains("service_account_key"));

    // A secret field the console does not know (unknown provider, or a new field) is never sent masked.
    const auto unknown = JsonCodec::decodeConnection(
        R"({"id":"p","service_provider":"Postgres","config":{"host":"db","password":"************"}})");
    QVERIFY(!JsonCodec::encode(*unknown).contains("************"));
    QVERIFY(JsonCodec::encode(*unknown).contains("\"host\""));
    const auto newField = JsonCodec::decodeConnection(
        R"({"id":"s","service_provider":"Snowflake","config":{"private_key":"************"}})");
    QVERIFY(!JsonCodec::encode(*newField).contains("private_key"));

    // An Early-Access server masked the feed key too (I-34).
    Pipeline p = decodePipelineOrFail(kMinimalPipeline);
    p.partnerFeedKey = Secret::masked();
    QVERIFY(!parse(JsonCodec::encode(p)).contains("partner_feed_key"));
}

void TestCodecs::acceptsDocumentedEnumAliases()
{
    const auto p = JsonCodec::decodePipeline(R"({"id":"p","pipeline_type":"USER_ATTRIBUTES","state":"Active",
        "sync_mode":{"type":"full_sync"},"schedule":{"type":"on-demand"}})");
    QVERIFY(p);
    QCOMPARE(p->pipelineType, PipelineType::UserAttributes);
    QCOMPARE(p->state, PipelineState::Active);
    QCOMPARE(p->syncMode.type, SyncModeType::Full);
    QCOMPARE(p->schedule.type, ScheduleType::OnDemand);
    const Json body = parse(JsonCodec::encode(*p));
    JSON_COMPARE(body["pipeline_type"], "user_attributes");
    JSON_COMPARE(body["state"], "active");
    JSON_COMPARE(body["sync_mode"]["type"], "full");
    JSON_COMPARE(body["schedule"]["type"], "on_demand");

    const auto c = JsonCodec::decodeConnection(R"({"id":"c","service_provider":"bigquery","config":{}})");
    QCOMPARE(c->serviceProvider, ServiceProvider::BigQuery);
    JSON_COMPARE(parse(JsonCodec::encode(*c))["service_provider"], "BigQuery");

    const auto t = JsonCodec::decodeTriggerResult(R"({"pipeline_run_id": 7, "status": "trigger_requested"})");
    QCOMPARE(t->status, TriggerStatus::TriggerRequested);
}

void TestCodecs::sendsNumbersAndReadsNumericStrings()
{
    const auto p = JsonCodec::decodePipeline(
        R"({"id":"p","partner_feed_id":"2124","data_plan_id":"plan","data_plan_version":"2"})");
    QVERIFY(p);
    QCOMPARE(p->partnerFeedId, 2124);
    QCOMPARE(p->dataPlanVersion, std::optional<QString>(u"2"_s));
    const Json body = parse(JsonCodec::encode(*p));
    QVERIFY(body["partner_feed_id"].is_number_integer());
    JSON_COMPARE(body["partner_feed_id"], 2124);
    JSON_COMPARE(body["data_plan_version"], 2);

    const auto run = JsonCodec::decodeRun(R"({"id":"251","successful_records":"100","failed_records":3.0})");
    QVERIFY(run);
    QCOMPARE(run->id, u"251"_s);
    QCOMPARE(run->successfulRecords, 100);
    QCOMPARE(run->failedRecords, 3);

    // 64-bit values survive.
    const auto big =
        JsonCodec::decodeRun(R"({"id": 9007199254740993, "successful_records": "9223372036854775807"})");
    QCOMPARE(big->id, u"9007199254740993"_s);
    QCOMPARE(big->successfulRecords, std::numeric_limits<qint64>::max());

    // The Redshift port: a JSON number is read as text and sent as a string (I-25).
    const auto c =
        JsonCodec::decodeConnection(R"({"id":"r","service_provider":"Redshift","config":{"port":5439}})");
    QCOMPARE(c->redshift.port, u"5439"_s);
    JSON_COMPARE(parse(JsonCodec::encode(*c))["config"]["port"], "5439");
}

void TestCodecs::keepsUnknownFieldsOnRoundTrip()
{
    const auto p =
        JsonCodec::decodePipeline(R"({"id":"p","name":"P","pipeline_type":"events","future_flag":true,
        "nested":{"a":[1,2,{"b":null}]},
        "sync_mode":{"type":"incremental","lookback":"2h"},
        "schedule":{"type":"interval","timezone":"UTC"}})");
    QVERIFY(p);
    QVERIFY(!p->unknown.isEmpty());
    const Json body = parse(JsonCodec::encode(*p));
    JSON_COMPARE(body["future_flag"], true);
    JSON_COMPARE(body["nested"], Json::parse(R"({"a":[1,2,{"b":null}]})"));
    JSON_COMPARE(body["sync_mode"]["lookback"], "2h");
    JSON_COMPARE(body["schedule"]["timezone"], "UTC");

    const auto c = JsonCodec::decodeConnection(
        R"({"id":"c","service_provider":"Databricks","config":{"provider":"org","schema":"s","catalog":"main"}})");
    JSON_COMPARE(parse(JsonCodec::encode(*c))["config"]["catalog"], "main");

    const auto t = JsonCodec::decodeFieldTransformation(
        R"({"id":"t","mappings":[{"mapping_type":"column","source":"a","destination":"b","transform":"lower"}]})");
    JSON_COMPARE(parse(JsonCodec::encode(*t))["mappings"][0]["transform"], "lower");

    // Known read-only fields are not "unknown" and are not sent back.
    const auto known = JsonCodec::decodePipeline(readFixture(u"ref-pipeline-get-response.json"_s));
    QVERIFY2(known->unknown.isEmpty(), known->unknown.json().constData());

    // Members the reader does not know before the first it knows, between two it reads one after the other,
    // beside ones that are absent, and after the last: each is kept, and every known one is read.
    const auto between = JsonCodec::decodePipeline(
        R"({"a_first":1,"connection_id":"c","connection_idz":2,"data_model_id":"m","d_between":3,
            "id":"p","id_":4,"name":"P","state":"active","sync_mode":{"a":5,"type":"full","zz":6},"zz_last":7})");
    QVERIFY(between);
    QCOMPARE(between->connectionId, u"c"_s);
    QCOMPARE(between->dataModelId, u"m"_s);
    QCOMPARE(between->id, u"p"_s);
    QCOMPARE(between->name, u"P"_s);
    QCOMPARE(between->state, PipelineState::Active);
    QCOMPARE(between->syncMode.type, SyncModeType::Full);
    QVERIFY(!between->fieldTransformationId && !between->dataPlanId);
    JSON_COMPARE(parse(between->unknown.json()),
                 Json::parse(R"({"a_first":1,"connection_idz":2,"d_between":3,"id_":4,"zz_last":7})"));
    JSON_COMPARE(parse(between->syncMode.unknown.json()), Json::parse(R"({"a":5,"zz":6})"));
}

void TestCodecs::keepsUnknownEnumValues()
{
    const auto p = JsonCodec::decodePipeline(
        R"({"id":"p","pipeline_type":"audiences","status":"draining","schedule":{"type":"cron","frequency":"quarterly"}})");
    QVERIFY(p);
    QVERIFY(p->pipelineType.isUnknownValue());
    QCOMPARE(p->pipelineType.wire(), u"audiences"_s);
    QVERIFY(displayName(p->pipelineType).contains(u"audiences"_s));
    QCOMPARE(p->status.wire(), u"draining"_s);
    QCOMPARE(p->schedule.type.wire(), u"cron"_s);
    const Json body = parse(JsonCodec::encode(*p));
    JSON_COMPARE(body["pipeline_type"], "audiences");
    JSON_COMPARE(body["schedule"]["type"], "cron");
    JSON_COMPARE(body["schedule"]["frequency"], "quarterly");

    // An unknown provider keeps its whole config for a generic editor.
    const auto c = JsonCodec::decodeConnection(
        R"({"id":"c","service_provider":"Postgres","config":{"host":"db","password":"x"}})");
    QVERIFY(c->serviceProvider.isUnknownValue());
    const Json cbody = parse(JsonCodec::encode(*c));
    JSON_COMPARE(cbody["service_provider"], "Postgres");
    JSON_COMPARE(cbody["config"]["host"], "db");
}

void TestCodecs::treatsNullAsAbsent()
{
    const auto p =
        JsonCodec::decodePipeline(R"({"id":"p","name":null,"data_plan_id":null,"data_plan_version":null,
        "partner_feed_id":null,"errors":null,"field_transformation_id":null,"sync_mode":null,"schedule":null})");
    QVERIFY2(p, p ? "" : qPrintable(p.error().toString()));
    QVERIFY(p->name.isEmpty());
    QVERIFY(!p->dataPlanId);
    QVERIFY(!p->dataPlanVersion);
    QVERIFY(!p->partnerFeedId);
    QVERIFY(p->errors.empty());
    QVERIFY(!p->fieldTransformationId);
    QVERIFY(p->unknown.isEmpty());

    const auto report = JsonCodec::decodeReport(
        R"({"status":"idle","latest_successful_pipeline_run_id":null,"latest_pipeline_run":null})");
    QVERIFY(report);
    QVERIFY(!report->latestSuccessfulRunId);
    QVERIFY(!report->latestRun);
    // The published example's 0 means "none" as well (I-10), and a missing pipeline_id is tolerated.
    const auto zero = JsonCodec::decodeReport(readFixture(u"ref-report-response.json"_s));
    QVERIFY(!zero->latestSuccessfulRunId);
    QVERIFY(zero->latestRun);
    QCOMPARE(JsonCodec::decodeReport(readFixture(u"spec-9.2-report.json"_s))->latestSuccessfulRunId,
             std::optional<QString>(u"251"_s));

    const auto run = JsonCodec::decodeRun(
        R"({"id":1,"range_start":null,"started_on":null,"range_end":"2023-10-25T19:00:00.000Z"})");
    QVERIFY(run->rangeStart.isNull());
    QVERIFY(run->startedOn.isNull());
    QVERIFY(run->rangeEnd.isValid());

    // A mapping's explicit null source is absent (spec §11.2).
    const auto t =
        JsonCodec::decodeFieldTransformation(readFixture(u"spec-11.2-field-transformation.json"_s));
    QVERIFY(!t->mappings[2].source);
    QVERIFY(!parse(JsonCodec::encode(*t))["mappings"][2].contains("source"));
}

void TestCodecs::neverEncodesReadOnlyFields()
{
    Pipeline p = decodePipelineOrFail(kMinimalPipeline);
    p.status = PipelineStatus::Faulted;
    p.errors = {{u"boom"_s, {}}};
    p.audit.createdBy = u"someone"_s;
    p.audit.createdOn = Timestamp::parse(u"2024-01-01T00:00:00Z");
    p.audit.lastModifiedOn = Timestamp::parse(u"2024-01-02T00:00:00Z");
    const Json body = parse(JsonCodec::encode(p));
    for (const char *key :
         {"status", "errors", "created_on", "created_by", "last_modified_on", "last_modified_by"})
        QVERIFY2(!body.contains(key), key);

    Connection c;
    c.id = u"c"_s;
    c.serviceProvider = ServiceProvider::Databricks;
    c.status = ConnectionStatus::Faulted;
    c.errors = {{u"down"_s, {}}};
    const Json cbody = parse(JsonCodec::encode(c));
    QVERIFY(!cbody.contains("status"));
    QVERIFY(!cbody.contains("errors"));

    DataModel m;
    m.id = u"m"_s;
    m.status = DataModelStatus::Invalid;
    m.sqlQuery = u"SELECT 1"_s;
    const Json mbody = parse(JsonCodec::encode(m));
    QVERIFY(!mbody.contains("status"));
    JSON_COMPARE(mbody["config"]["sql_query"], "SELECT 1");
    JSON_COMPARE(mbody["type"], "sql");
}

void TestCodecs::sendsOnlyTheScheduleFieldsThatApply()
{
    Pipeline p = decodePipelineOrFail(kMinimalPipeline);
    p.schedule.frequency = Frequency::Daily;
    p.schedule.delay = u"0s"_s;
    p.schedule.start = Timestamp::parse(u"2024-01-01T00:00:00Z");
    p.schedule.end = Timestamp::parse(u"2024-02-01T00:00:00Z");

    p.schedule.type = ScheduleType::Interval;
    Json s = parse(JsonCodec::encode(p))["schedule"];
    JSON_COMPARE(s["frequency"], "daily");
    // A delay the server returned goes back as it came, whatever it says (never dropped on a PUT).
    JSON_COMPARE(s["delay"], "0s");
    p.schedule.delay.clear();
    QVERIFY2(!parse(JsonCodec::encode(p))["schedule"].contains("delay"), "no delay unless one is set (I-16)");
    JSON_COMPARE(s["start"], "2024-01-01T00:00:00Z");
    JSON_COMPARE(s["end"], "2024-02-01T00:00:00Z");

    p.schedule.delay = u"15m"_s;
    JSON_COMPARE(parse(JsonCodec::encode(p))["schedule"]["delay"], "15m");

    p.schedule.type = ScheduleType::OnDemand;
    s = parse(JsonCodec::encode(p))["schedule"];
    JSON_COMPARE(s, Json::parse(R"({"type":"on_demand","delay":"15m","start":"2024-01-01T00:00:00Z"})"));

    p.schedule.type = ScheduleType::Once;
    JSON_COMPARE(parse(JsonCodec::encode(p))["schedule"], Json::parse(R"({"type":"once","delay":"15m"})"));
    p.schedule.delay.clear();
    JSON_COMPARE(parse(JsonCodec::encode(p))["schedule"], Json::parse(R"({"type":"once"})"));

    // field_transformation_id only for events pipelines (I-35).
    p.fieldTransformationId = u"ft"_s;
    QVERIFY(!parse(JsonCodec::encode(p)).contains("field_transformation_id"));
    p.pipelineType = PipelineType::Events;
    JSON_COMPARE(parse(JsonCodec::encode(p))["field_transformation_id"], "ft");
}

void TestCodecs::readsEveryProviderConfig()
{
    const auto sf =
        JsonCodec::decodeConnection(readFixture(u"ref-connection-create-request-snowflake.json"_s));
    QVERIFY(sf->snowflake.password.hasValue());
    QCOMPARE(sf->snowflake.storageIntegration, u"mp_us1_123_123_s3"_s);
    const auto sfResponse =
        JsonCodec::decodeConnection(readFixture(u"ref-connection-create-response-snowflake.json"_s));
    QVERIFY(!sfResponse->snowflake.awsIamUserArn.isEmpty());
    QVERIFY(!sfResponse->snowflake.awsExternalId.isEmpty());

    const auto bq =
        JsonCodec::decodeConnection(readFixture(u"ref-connection-create-request-bigquery.json"_s));
    QVERIFY(bq->bigQuery.serviceAccountKey.value().contains(u"private_key"_s));
    QVERIFY(!bq->bigQuery.projectId.isEmpty());
    // An object instead of the documented string is kept as its JSON text.
    const auto bqObject = JsonCodec::decodeConnection(
        R"({"id":"b","service_provider":"BigQuery","config":{"service_account_key":{"client_email":"a@b"}}})");
    QVERIFY(bqObject);
    JSON_COMPARE(parse(bqObject->bigQuery.serviceAccountKey.value().toUtf8())["client_email"], "a@b");

    const auto db =
        JsonCodec::decodeConnection(readFixture(u"ref-connection-create-response-databricks.json"_s));
    QCOMPARE(db->serviceProvider, ServiceProvider::Databricks);
    QVERIFY(!db->status.isSet()); // I-24: no status in the example
    QVERIFY(!db->databricks.provider.isEmpty());
    QVERIFY(!db->databricks.schema.isEmpty());

    const auto list = JsonCodec::decodeConnections(readFixture(u"ref-connections-list-response.json"_s));
    QCOMPARE(list->items.size(), 3u);
    QVERIFY(list->problems.empty());
}

void TestCodecs::decodesTimestampsOfEveryPublishedShape()
{
    const auto c =
        JsonCodec::decodeConnection(readFixture(u"ref-connection-create-response-redshift.json"_s));
    QVERIFY(c->audit.createdOn.isValid()); // no zone: UTC
    QVERIFY(c->audit.lastModifiedOn.isNull());
    // The docs' malformed timestamp is kept as text, not dropped, so that validation can point at it.
    const auto p = JsonCodec::decodePipeline(
        readFixture(u"ref-pipeline-create-request-fragment-3-daily-bounded.json"_s));
    QVERIFY(p->syncMode.until.isInvalid());
    QCOMPARE(p->syncMode.until.invalidText(), u"2023-03-01T:12:00:00Z"_s);
}

void TestCodecs::rejectsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QByteArray("") << QString() << u"empty"_s;
    QTest::newRow("whitespace") << QByteArray(" \n ") << QString() << u"empty"_s;
    QTest::newRow("truncated object") << QByteArray(R"({"id":"p","name":"P)") << QString() << u"Malformed"_s;
    QTest::newRow("truncated after key") << QByteArray(R"({"id":)") << QString() << u"Malformed"_s;
    QTest::newRow("trailing garbage") << QByteArray(R"({"id":"p"} x)") << QString() << u"Malformed"_s;
    QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>") << QString() << u"Malformed"_s;
    QTest::newRow("invalid utf-8") << QByteArray("{\"id\":\"\xff\xfe\"}") << QString() << u"Malformed"_s;
    QTest::newRow("null body") << QByteArray("null") << QString() << u"expected an object, got null"_s;
    QTest::newRow("array body") << QByteArray("[]") << QString() << u"expected an object, got an array"_s;
    QTest::newRow("string body") << QByteArray(R"("pipeline")") << QString() << u"got a string"_s;
    QTest::newRow("name object") << QByteArray(R"({"id":"p","name":{"x":1}})") << u"name"_s
                                 << u"expected a string, got an object"_s;
    QTest::newRow("id array") << QByteArray(R"({"id":["p"]})") << u"id"_s << u"got an array"_s;
    QTest::newRow("state boolean") << QByteArray(R"({"state":true})") << u"state"_s << u"got a boolean"_s;
    QTest::newRow("sync_mode string")
        << QByteArray(R"({"sync_mode":"incremental"})") << u"sync_mode"_s << u"expected an object"_s;
    QTest::newRow("schedule.start number")
        << QByteArray(R"({"schedule":{"start":1690000000}})") << u"schedule.start"_s << u"timestamp"_s;
    QTest::newRow("errors number") << QByteArray(R"({"errors":5})") << u"errors"_s << u"messages"_s;
    QTest::newRow("error message object") << QByteArray(R"({"errors":[{"message":{"a":1}}]})")
                                          << u"errors[0].message"_s << u"expected a string"_s;
    QTest::newRow("feed id text") << QByteArray(R"({"partner_feed_id":"abc"})") << u"partner_feed_id"_s
                                  << u"whole number"_s;
    QTest::newRow("feed id fraction")
        << QByteArray(R"({"partner_feed_id":1.5})") << u"partner_feed_id"_s << u"whole number"_s;
    QTest::newRow("feed id boolean") << QByteArray(R"({"partner_feed_id":false})") << u"partner_feed_id"_s
                                     << u"expected a number"_s;
    QTest::newRow("huge integer") << QByteArray(R"({"partner_feed_id":99999999999999999999})")
                                  << u"partner_feed_id"_s << u"out of range"_s;
    QTest::newRow("huge negative") << QByteArray(R"({"partner_feed_id":-9.3e18})") << u"partner_feed_id"_s
                                   << u"out of range"_s;
    QTest::newRow("huge numeric string") << QByteArray(R"({"partner_feed_id":"99999999999999999999"})")
                                         << u"partner_feed_id"_s << u"whole number"_s;
    QTest::newRow("overflowing exponent")
        << QByteArray(R"({"partner_feed_id":1e400})") << QString() << u"Malformed"_s;
    QByteArray deep =
        QByteArray(R"({"id":"p","x":)") + QByteArray(100000, '[') + QByteArray(100000, ']') + '}';
    QTest::newRow("deep nesting") << deep << QString() << u"nested"_s;
    QByteArray deepInString = QByteArray(R"({"id":")") + QByteArray(1000, '[') + R"(","name":{"x":1}})";
    QTest::newRow("brackets inside a string do not count")
        << deepInString << u"name"_s << u"expected a string"_s;
    QByteArray escapedQuote = QByteArray(R"({"id":"a\")") + QByteArray(1000, '[') + R"(","name":{"x":1}})";
    QTest::newRow("escaped quotes keep a string open") << escapedQuote << u"name"_s << u"expected a string"_s;
    QTest::newRow("an escaped backslash ends before the quote")
        << QByteArray(R"({"id":"a\\","name":{"x":1}})") << u"name"_s << u"expected a string"_s;
}

void TestCodecs::rejectsMalformedInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    const auto result = JsonCodec::decodePipeline(json);
    if (path.isEmpty()) {
        // A body that cannot be read at all is refused.
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(result.error().toString()));
    } else {
        // One odd field does not drop the resource: it is kept raw, marked with its path, and sent back as
        // it came.
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->rawFields.size(), std::size_t(1));
        QCOMPARE(result->rawFields[0].path, path);
        QVERIFY2(result->rawFields[0].message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(result->rawFields[0].toString()));
        const Json sent = parse(JsonCodec::encode(*result));
        const Json came = parse(json);
        const std::string top = path.section(u'.', 0, 0).section(u'[', 0, 0).toStdString();
        if (top != "errors") // read-only: not the encoder's to write, kept among the rest
            JSON_COMPARE(sent[top], came[top]);
    }
    // Every decoder survives the same input.
    QVERIFY(!JsonCodec::decodeConnections(json) || !JsonCodec::decodeConnections(json)->problems.empty() ||
            json.startsWith('['));
    (void)JsonCodec::decodeRunPage(json);
    (void)JsonCodec::decodeReport(json);
    (void)JsonCodec::decodeApiErrorBody(json);
}

void TestCodecs::reportsBadListItemsWithoutLosingTheRest()
{
    // Only an item that is not an object, or has no id, is skipped; an odd field is kept raw and marked.
    const auto list = JsonCodec::decodePipelines(
        R"([{"id":"a"}, {"id":"b","schedule":[]}, 42, {"id":"d"}, {"name":"no id"}, {"id":["x"]}])");
    QVERIFY(list);
    QCOMPARE(list->items.size(), 3u);
    QCOMPARE(list->items[0].id, u"a"_s);
    QCOMPARE(list->items[1].id, u"b"_s);
    QCOMPARE(list->items[1].rawFields.size(), 1u);
    QCOMPARE(list->items[1].rawFields[0].path, u"[1].schedule"_s);
    QCOMPARE(list->items[2].id, u"d"_s);
    QCOMPARE(list->problems.size(), 3u);
    QCOMPARE(list->problems[0].path, u"[2]"_s);
    QCOMPARE(list->problems[1].path, u"[4].id"_s);
    QCOMPARE(list->problems[2].path, u"[5].id"_s);

    const auto notAList = JsonCodec::decodeDataModels(R"({"items":[]})");
    QVERIFY(!notAList);
    QVERIFY(notAList.error().message.contains(u"expected an array"_s));

    // Run ids are opaque text (the reference types them "string"); a run without one is skipped.
    const auto page = JsonCodec::decodeRunPage(R"({"items":[{"id":1},{"id":"run-x"},7,{"status":"success"}]})");
    QVERIFY(page);
    QCOMPARE(page->items.size(), 2u);
    QCOMPARE(page->items[1].id, u"run-x"_s);
    QCOMPARE(page->problems.size(), 2u);
    QCOMPARE(page->problems[1].path, u"items[3].id"_s);
}

void TestCodecs::parsesErrorBodiesInSpecOrder_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<int>("statusCode");

    QTest::newRow("published") << readFixture(u"ref-error-400-trigger.json"_s)
                               << u"Pipeline example-pipeline is already in progress."_s << 400;
    QTest::newRow("several messages")
        << QByteArray(R"({"statusCode":400,"errors":[{"message":"a"},{"message":"b"}]})") << u"a\nb"_s << 400;
    QTest::newRow("platform v1 code")
        << QByteArray(R"({"errors":[{"code":"VALIDATION_ERROR"}]})") << u"VALIDATION_ERROR"_s << -1;
    QTest::newRow("errors before message")
        << QByteArray(R"({"message":"m","errors":[{"message":"e"}]})") << u"e"_s << -1;
    QTest::newRow("top-level message")
        << QByteArray(R"({"message":"Internal error"})") << u"Internal error"_s << -1;
    QTest::newRow("oauth") << readFixture(u"spec-3.5-token-error-access-denied.json"_s) << u"access_denied"_s
                           << -1;
    QTest::newRow("oauth with description")
        << QByteArray(R"({"error":"invalid_client","error_description":"Unknown client"})")
        << u"Unknown client (invalid_client)"_s << -1;
    QTest::newRow("status code as text")
        << QByteArray(R"({"statusCode":"404","errors":[{"message":"x"}]})") << u"x"_s << 404;
    QTest::newRow("wrong-typed errors do not hide message")
        << QByteArray(R"({"errors":42,"message":"still shown"})") << u"still shown"_s << -1;
    QTest::newRow("not json") << QByteArray("Bad Gateway") << QString() << -1;
    QTest::newRow("empty") << QByteArray() << QString() << -1;
    QTest::newRow("array") << QByteArray("[1]") << QString() << -1;
}

void TestCodecs::parsesErrorBodiesInSpecOrder()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, summary);
    QFETCH(int, statusCode);
    const ApiErrorBody parsed = JsonCodec::decodeApiErrorBody(body);
    QCOMPARE(parsed.summary(), summary);
    QCOMPARE(parsed.statusCode.value_or(-1), statusCode);
}

void TestCodecs::derivesMissingPageFlags()
{
    const auto page = JsonCodec::decodeRunPage(R"({"items":[{"id":1}],"current_page":2,"total_pages":3})");
    QVERIFY(page);
    QVERIFY(page->hasPreviousPage);
    QVERIFY(page->hasNextPage);
    // I-8: inconsistent counters are kept as sent; the flags say whether to page on.
    const auto published = JsonCodec::decodeRunPage(readFixture(u"ref-runs-list-response.json"_s));
    QVERIFY(published);
    QCOMPARE(published->totalItems, 1);
    QCOMPARE(published->items.size(), 2u);
    QVERIFY(!published->hasNextPage);
    QVERIFY(!JsonCodec::decodeRunPage(R"({"current_page":1})"));
    QVERIFY(!JsonCodec::decodeTriggerResult(R"({"status":"attempt_requested"})"));
    QVERIFY(!JsonCodec::decodeAccessToken(R"({"expires_in":60})"));
    const auto token = JsonCodec::decodeAccessToken(readFixture(u"spec-3.2-token-response.json"_s));
    QCOMPARE(token->expiresInSeconds, 28800);
    QCOMPARE(token->tokenType, u"Bearer"_s);
}

void TestCodecs::diffsWhatASaveChanges()
{
    const auto doc = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
    const auto changes = jsonDiff(
        doc(R"({"id":"m","name":"Users","state":"active","config":{"sql_query":"SELECT a","x":[1,2]},"gone":true})"),
        doc(R"({"id":"m","name":"Users v2","state":"active","config":{"sql_query":"SELECT a","x":[1,3],"y":1.5}})"));
    QCOMPARE(changes.size(), std::size_t(4));
    QCOMPARE(changes[0].path, u"config.x"_s);
    QCOMPARE(changes[0].kind, JsonChange::Kind::Changed);
    QCOMPARE(jsonValueText(changes[0].before), u"[1,2]"_s);
    QCOMPARE(changes[1].path, u"config.y"_s);
    QCOMPARE(changes[1].kind, JsonChange::Kind::Added);
    QCOMPARE(jsonValueText(changes[1].after), u"1.5"_s);
    QCOMPARE(changes[2].path, u"gone"_s);
    QCOMPARE(changes[2].kind, JsonChange::Kind::Removed);
    QCOMPARE(changes[3].path, u"name"_s);
    QCOMPARE(jsonValueText(changes[3].after), u"Users v2"_s);
    QVERIFY(jsonDiff(doc(R"({"a":{"b":1}})"), doc(R"({"a":{"b":1}})")).empty());
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"

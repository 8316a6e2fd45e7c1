// The sandbox against the spec over real loopback HTTP: the end-to-end sequence of Appendix C, auth,
// routing, the validation matrices, referential rules, the scheduler with a manual clock (§10.7, §10.8),
// paging, faults, durability and the demo workspace.
#include "sandbox/engine/Service.h"
#include "sandbox/storage/Storage.h"
#include "tests/support/SandboxFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject dataModel(const QString &id, const QString &sql)
{
    return {{u"id"_s, id},
            {u"name"_s, QString(u"Model "_s + id)},
            {u"state"_s, u"active"_s},
            {u"type"_s, u"sql"_s},
            {u"config"_s, QJsonObject{{u"sql_query"_s, sql}}}};
}

QJsonObject pipeline(const QString &id, const QJsonObject &schedule, const QJsonObject &syncExtra = {},
                     const QString &model = u"users"_s)
{
    QJsonObject sync{{u"type"_s, u"incremental"_s},
                     {u"iterator_field"_s, u"updated_at"_s},
                     {u"iterator_data_type"_s, u"timestamp"_s}};
    for (auto it = syncExtra.begin(); it != syncExtra.end(); ++it)
        sync[it.key()] = it.value();
    return {{u"id"_s, id},
            {u"name"_s, QString(u"Pipeline "_s + id)},
            {u"pipeline_type"_s, u"user_attributes"_s},
            {u"connection_id"_s, u"sf"_s},
            {u"data_model_id"_s, model},
            {u"state"_s, u"active"_s},
            {u"environment"_s, u"development"_s},
            {u"sync_mode"_s, sync},
            {u"schedule"_s, schedule}};
}

// A workspace with the Snowflake connection "sf" and the model "users" over its demo users table.
void prepare(SandboxFixture &f)
{
    QCOMPARE(f.http.post(f.api(u"/connections"_s), f.snowflake()).status, 200);
    QCOMPARE(f.http
                 .post(f.api(u"/data-models"_s),
                       dataModel(u"users"_s,
                                 u"SELECT email, customer_id, plan, updated_at FROM my_db.crm.users"_s))
                 .status,
             200);
}

QJsonArray allRuns(SandboxFixture &f, const QString &pipelineId)
{
    return f.http.get(f.api(u"/inputs/data-pipelines/"_s + pipelineId + u"/runs?pageSize=1000"_s))
        .object()
        .value(u"items"_s)
        .toArray();
}

QString str(const QJsonValue &v)
{
    return v.isNull() ? u"unbounded"_s : v.toString();
}

} // namespace

class TestSandboxApi : public QObject {
    Q_OBJECT

private slots:
    void endToEndAppendixC();
    void authentication();
    void routing();
    void validationMatrix_data();
    void validationMatrix();
    void secretsAreMaskedAndKept();
    void referentialRules();
    void activePipelineLimit();
    void exampleA_hourly();
    void exampleB_delayAndD_monthly();
    void exampleC_boundedDaily();
    void exampleG_catchUp();
    void onDemandTable();
    void failedRunsDoNotMoveTheWatermark();
    void onceRunsImmediately();
    void pausingStopsRuns();
    void runsTakeTimeAndRetry();
    void pagingThousandsOfRuns();
    void faults();
    void restartKeepsEverything();
    void survivesDamagedRows();
    void secondInstanceIsRefused();
    void demoWorkspaceRunsRealQueries();
    void fullSyncReadsTheWholeRangeEveryTime();
    void editsCanExtendAnExhaustedSchedule();
    void runIdsAreNeverReused();
    void connectionDeactivationStopsAndResumes();
    void emptyManualWindowReadsNothing();
    void runawayQueriesAreStopped();
};

void TestSandboxApi::endToEndAppendixC()
{
    SandboxFixture f;
    QVERIFY2(f.server, qPrintable(f.startError));
    // 2. connection
    HttpResult r = f.http.post(f.api(u"/connections"_s), f.snowflake());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()[u"status"_s].toString(), u"healthy"_s);
    QCOMPARE(r.object()[u"config"_s].toObject()[u"password"_s].toString(), u"************"_s);
    QVERIFY(r.object()[u"last_modified_on"_s].isNull());
    QCOMPARE(r.object()[u"created_by"_s].toString(), u"sandbox"_s);
    // 3. data model
    r = f.http.post(f.api(u"/data-models"_s),
                    dataModel(u"users"_s, u"SELECT email, updated_at FROM my_db.crm.users"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()[u"status"_s].toString(), u"valid"_s);
    // 4. pipeline
    const auto from = u"2024-01-01T00:00:00Z"_s;
    r = f.http.post(f.api(u"/inputs/data-pipelines"_s),
                    pipeline(u"p"_s, {{u"type"_s, u"on_demand"_s}}, {{u"from"_s, from}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()[u"status"_s].toString(), u"idle"_s);
    // 5. trigger
    const QDateTime triggerTime = f.clock->now();
    r = f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"p"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()[u"status"_s].toString(), u"attempt_requested"_s);
    const qint64 runId = r.object()[u"pipeline_run_id"_s].toInteger();
    QVERIFY(runId > 0);
    // 6. again while it is queued
    r = f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"p"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errors(), u"Pipeline p is already in progress."_s);
    QCOMPARE(r.object()[u"statusCode"_s].toInt(), 400);
    // 7. the run succeeds
    f.advance(1);
    r = f.http.get(f.api(u"/inputs/data-pipelines/p/runs/"_s + QString::number(runId)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()[u"status"_s].toString(), u"success"_s);
    QCOMPARE(r.object()[u"type"_s].toString(), u"manual"_s);
    QCOMPARE(*sandbox::WireTime::parse(r.object()[u"range_start"_s].toString()),
             *sandbox::WireTime::parse(from));
    QCOMPARE(*sandbox::WireTime::parse(r.object()[u"range_end"_s].toString()), triggerTime);
    QVERIFY(r.object()[u"successful_records"_s].toInteger() > 0);
    const QString firstEnd = r.object()[u"range_end"_s].toString();
    // 8. report
    r = f.http.get(f.api(u"/inputs/data-pipelines/p/report"_s));
    QCOMPARE(r.object()[u"latest_successful_pipeline_run_id"_s].toInteger(), runId);
    QCOMPARE(r.object()[u"pipeline_id"_s].toString(), u"p"_s);
    // 9. the next window starts where the last one ended
    f.advance(3600);
    r = f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"p"_s}});
    const qint64 secondRun = r.object()[u"pipeline_run_id"_s].toInteger();
    f.advance(1);
    r = f.http.get(f.api(u"/inputs/data-pipelines/p/runs/"_s + QString::number(secondRun)));
    QCOMPARE(r.object()[u"range_start"_s].toString(), firstEnd);
    // 10. break the model: WITH is refused, a missing table is accepted and fails the next run
    r = f.http.put(f.api(u"/data-models/users"_s),
                   dataModel(u"users"_s, u"WITH x AS (SELECT 1) SELECT * FROM x"_s));
    QCOMPARE(r.status, 400);
    QVERIFY(r.errors().contains(u"Unsupported SQL command: WITH"_s));
    r = f.http.put(f.api(u"/data-models/users"_s),
                   dataModel(u"users"_s, u"SELECT email, updated_at FROM my_db.crm.nope"_s));
    QCOMPARE(r.status, 200);
    r = f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"p"_s}});
    const qint64 failing = r.object()[u"pipeline_run_id"_s].toInteger();
    f.advance(1);
    r = f.http.get(f.api(u"/inputs/data-pipelines/p/runs/"_s + QString::number(failing)));
    QCOMPARE(r.object()[u"status"_s].toString(), u"failed"_s);
    r = f.http.get(f.api(u"/inputs/data-pipelines/p/report"_s));
    QCOMPARE(r.object()[u"status"_s].toString(), u"faulted"_s);
    QCOMPARE(r.object()[u"data_model_status"_s].toString(), u"invalid"_s);
    QVERIFY(r.object()[u"data_model_errors"_s].toArray().first().toObject()[u"message"_s].toString().contains(
        u"no such table"_s));
    QVERIFY(!r.object()[u"errors"_s].toArray().isEmpty());
    r = f.http.put(f.api(u"/data-models/users"_s),
                   dataModel(u"users"_s, u"SELECT email, updated_at FROM my_db.crm.users"_s));
    QCOMPARE(r.status, 200);
    r = f.http.get(f.api(u"/inputs/data-pipelines/p/report"_s));
    QCOMPARE(r.object()[u"status"_s].toString(), u"idle"_s);
    QCOMPARE(r.object()[u"data_model_status"_s].toString(), u"valid"_s);
    // 11. paging flags
    r = f.http.get(f.api(u"/inputs/data-pipelines/p/runs?currentPage=1&pageSize=1"_s));
    QCOMPARE(r.object()[u"total_items"_s].toInt(), 3);
    QCOMPARE(r.object()[u"total_pages"_s].toInt(), 3);
    QCOMPARE(r.object()[u"items"_s].toArray().size(), 1);
    QVERIFY(r.object()[u"has_next_page"_s].toBool());
    QVERIFY(!r.object()[u"has_previous_page"_s].toBool());
    // 12. delete everything
    QCOMPARE(f.http.del(f.api(u"/inputs/data-pipelines/p"_s)).status, 204);
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/p/runs/"_s + QString::number(runId))).status, 404);
    QCOMPARE(f.http.del(f.api(u"/data-models/users"_s)).status, 204);
    QCOMPARE(f.http.del(f.api(u"/connections/sf"_s)).status, 204);
    QCOMPARE(f.http.get(f.api(u"/connections"_s)).array().size(), 0);
}

void TestSandboxApi::authentication()
{
    auto config = SandboxFixture::defaults();
    config.tokenLifetimeSeconds = 1;
    SandboxFixture f(config);
    HttpProbe anonymous(f.http.base());
    HttpResult r = anonymous.get(f.api(u"/connections"_s));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
    QCOMPARE(r.object()[u"statusCode"_s].toInt(), 401);
    anonymous.setToken(u"not-a-token"_s);
    QCOMPARE(anonymous.get(f.api(u"/connections"_s)).status, 401);

    QCOMPARE(f.http.get(f.api(u"/connections"_s)).status, 200);
    // The token expires after its second (waiting much longer fails).
    QTRY_COMPARE_WITH_TIMEOUT(f.http.get(f.api(u"/connections"_s)).status, 401, 1500);

    HttpProbe token(f.http.base());
    QVERIFY(token.fetchToken(u"sandbox"_s, u"wrong"_s).isEmpty());
    r = token.post(u"/oauth/token"_s, {{u"client_id"_s, u"sandbox"_s},
                                       {u"client_secret"_s, u"wrong"_s},
                                       {u"audience"_s, u"https://api.mparticle.com"_s},
                                       {u"grant_type"_s, u"client_credentials"_s}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.object()[u"error"_s].toString(), u"access_denied"_s);
    r = token.post(u"/oauth/token"_s, {{u"client_id"_s, u"sandbox"_s},
                                       {u"client_secret"_s, u"sandbox"_s},
                                       {u"audience"_s, u"https://api.mparticle.com"_s},
                                       {u"grant_type"_s, u"password"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object()[u"error"_s].toString(), u"unsupported_grant_type"_s);
    r = token.post(u"/oauth/token"_s, {{u"client_id"_s, u"sandbox"_s},
                                       {u"client_secret"_s, u"sandbox"_s},
                                       {u"audience"_s, u"https://evil.example"_s},
                                       {u"grant_type"_s, u"client_credentials"_s}});
    QCOMPARE(r.status, 403);
    r = token.request("POST", u"/oauth/token"_s,
                      "client_id=sandbox&client_secret=sandbox&audience=https%3A%2F%2Fapi.mparticle.com&"
                      "grant_type=client_credentials",
                      "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()[u"expires_in"_s].toInt(), 1);
    QCOMPARE(r.object()[u"token_type"_s].toString(), u"Bearer"_s);
    QVERIFY(r.object()[u"access_token"_s].toString().size() >= 43);
}

void TestSandboxApi::routing()
{
    SandboxFixture f;
    QCOMPARE(f.http.get(u"/platform/v2/workspaces/2/connections"_s).status, 404);
    QCOMPARE(f.http.get(f.api(u"/connections/none"_s)).status, 404);
    HttpResult r = f.http.request("PATCH", f.api(u"/connections/none"_s), "{}");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("Allow"), QByteArray("GET, PUT, DELETE"));
    QCOMPARE(f.http.request("DELETE", f.api(u"/connections"_s)).status, 405);
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/trigger"_s)).status, 405);
    QCOMPARE(f.http.get(f.api(u"/connections/"_s)).status, 200); // trailing slash
    QCOMPARE(f.http.get(u"/platform//v2/workspaces/1//data-models"_s).status, 200);
    // An encoded slash stays inside its segment: this is the id "a/report", not a report.
    r = f.http.get(f.api(u"/inputs/data-pipelines/a%2Freport"_s));
    QCOMPARE(r.status, 404);
    QVERIFY(r.errors().contains(u"a/report"_s));
    r = f.http.request("POST", f.api(u"/data-models"_s), "{\"id\": ");
    QCOMPARE(r.status, 400);
    QVERIFY(r.errors().contains(u"not valid JSON"_s));
    QCOMPARE(f.http.request("POST", f.api(u"/data-models"_s), "[1,2]").status, 400);
    QCOMPARE(f.http.request("POST", f.api(u"/data-models"_s), QByteArray(9 * 1024 * 1024, ' ')).status, 413);
    QCOMPARE(f.http.get(u"/nowhere"_s).status, 404);
    r = f.http.request("HEAD", f.api(u"/connections"_s));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
}

void TestSandboxApi::validationMatrix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QString pipes = SandboxFixture::api(u"/inputs/data-pipelines"_s);
    auto p = [](auto mutate) {
        QJsonObject body = pipeline(u"v"_s, {{u"type"_s, u"interval"_s},
                                             {u"frequency"_s, u"hourly"_s},
                                             {u"start"_s, u"2024-03-01T00:00:00Z"_s}});
        mutate(body);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    auto sub = [](QJsonObject &body, const QString &object, const QString &key, const QJsonValue &value) {
        QJsonObject inner = body[object].toObject();
        if (value.isUndefined())
            inner.remove(key);
        else
            inner[key] = value;
        body[object] = inner;
    };
    QTest::newRow("pipeline: missing id")
        << pipes << p([](QJsonObject &b) { b.remove(u"id"_s); }) << 400 << u"id is required"_s;
    QTest::newRow("pipeline: bad slug")
        << pipes << p([](QJsonObject &b) { b[u"id"_s] = u"a b"_s; }) << 400 << u"id must be"_s;
    for (const char *key : {"name", "pipeline_type", "connection_id", "data_model_id", "state", "sync_mode",
                            "schedule", "environment"})
        QTest::addRow("pipeline: missing %s", key)
            << pipes << p([&](QJsonObject &b) { b.remove(QString::fromLatin1(key)); }) << 400
            << QString::fromLatin1(key) + u" is required"_s;
    QTest::newRow("pipeline: bad type")
        << pipes << p([](QJsonObject &b) { b[u"pipeline_type"_s] = u"audiences"_s; }) << 400
        << u"pipeline_type has an invalid value"_s;
    // What every published example sends, and the reference's own type for data_plan_version.
    QTest::newRow("pipeline: partner_feed_id 0")
        << pipes << p([](QJsonObject &b) { b[u"partner_feed_id"_s] = 0; }) << 200 << QString();
    QTest::newRow("pipeline: data_plan_version as text")
        << pipes << p([](QJsonObject &b) { b[u"data_plan_version"_s] = u"2.1"_s; }) << 200 << QString();
    QTest::newRow("pipeline: paused is not inactive")
        << pipes << p([](QJsonObject &b) { b[u"state"_s] = u"inactive"_s; }) << 400
        << u"state has an invalid value"_s;
    QTest::newRow("pipeline: events without transformation")
        << pipes << p([](QJsonObject &b) { b[u"pipeline_type"_s] = u"events"_s; }) << 400
        << u"field_transformation_id is required"_s;
    QTest::newRow("pipeline: incremental without iterator") << pipes << p([&](QJsonObject &b) {
        sub(b, u"sync_mode"_s, u"iterator_field"_s, QJsonValue::Undefined);
    }) << 400 << u"sync_mode.iterator_field is required"_s;
    QTest::newRow("pipeline: incremental without iterator type") << pipes << p([&](QJsonObject &b) {
        sub(b, u"sync_mode"_s, u"iterator_data_type"_s, QJsonValue::Undefined);
    }) << 400 << u"sync_mode.iterator_data_type is required"_s;
    QTest::newRow("pipeline: unknown iterator type")
        << pipes << p([&](QJsonObject &b) { sub(b, u"sync_mode"_s, u"iterator_data_type"_s, u"bigint"_s); })
        << 400 << u"sync_mode.iterator_data_type has an invalid value"_s;
    QTest::newRow("pipeline: full with from but no iterator") << pipes << p([](QJsonObject &b) {
        b[u"sync_mode"_s] = QJsonObject{{u"type"_s, u"full"_s}, {u"from"_s, u"2024-01-01T00:00:00Z"_s}};
    }) << 400 << u"need sync_mode.iterator_field"_s;
    QTest::newRow("pipeline: interval without frequency")
        << pipes << p([&](QJsonObject &b) { sub(b, u"schedule"_s, u"frequency"_s, QJsonValue::Undefined); })
        << 400 << u"schedule.frequency is required"_s;
    QTest::newRow("pipeline: interval without start")
        << pipes << p([&](QJsonObject &b) { sub(b, u"schedule"_s, u"start"_s, QJsonValue::Undefined); })
        << 400 << u"schedule.start is required"_s;
    QTest::newRow("pipeline: bad delay")
        << pipes << p([&](QJsonObject &b) { sub(b, u"schedule"_s, u"delay"_s, u"5 min"_s); }) << 400
        << u"schedule.delay"_s;
    QTest::newRow("pipeline: malformed timestamp (I-19)")
        << pipes << p([&](QJsonObject &b) { sub(b, u"sync_mode"_s, u"until"_s, u"2023-03-01T:12:00:00Z"_s); })
        << 400 << u"Invalid timestamp format for sync_mode.until"_s;
    QTest::newRow("pipeline: until before from") << pipes << p([&](QJsonObject &b) {
        sub(b, u"sync_mode"_s, u"from"_s, u"2024-02-01T00:00:00Z"_s);
        sub(b, u"sync_mode"_s, u"until"_s, u"2024-01-01T00:00:00Z"_s);
    }) << 400 << u"sync_mode.until must be later"_s;
    QTest::newRow("pipeline: end before start")
        << pipes << p([&](QJsonObject &b) { sub(b, u"schedule"_s, u"end"_s, u"2020-01-01T00:00:00Z"_s); })
        << 400 << u"schedule.end must not be before"_s;
    QTest::newRow("pipeline: unknown connection")
        << pipes << p([](QJsonObject &b) { b[u"connection_id"_s] = u"nope"_s; }) << 404
        << u"Connection nope was not found"_s;
    QTest::newRow("pipeline: unknown plan")
        << pipes << p([](QJsonObject &b) { b[u"data_plan_id"_s] = u"nope"_s; }) << 404
        << u"Data plan nope was not found"_s;
    QTest::newRow("pipeline: plan without version")
        << pipes << p([](QJsonObject &b) { b[u"data_plan_id"_s] = u"example-data-plan-id"_s; }) << 404
        << u"Data plan version is required"_s;
    QTest::newRow("pipeline: aliases accepted") << pipes << p([&](QJsonObject &b) {
        b[u"schedule"_s] = QJsonObject{{u"type"_s, u"on-demand"_s}};
        sub(b, u"sync_mode"_s, u"type"_s, u"full_sync"_s);
        b[u"state"_s] = u"Active"_s;
    }) << 200 << QString();

    const QString conns = SandboxFixture::api(u"/connections"_s);
    auto c = [](auto mutate) {
        QJsonObject body{{u"id"_s, u"c"_s},
                         {u"name"_s, u"C"_s},
                         {u"state"_s, u"inactive"_s},
                         {u"service_provider"_s, u"Redshift"_s},
                         {u"config"_s, QJsonObject{{u"database"_s, u"dev"_s},
                                                   {u"host"_s, u"h"_s},
                                                   {u"user"_s, u"u"_s},
                                                   {u"password"_s, u"p"_s},
                                                   {u"aws_iam_role_arn"_s, u"arn"_s}}}};
        mutate(body);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("connection: valid inactive, port defaulted")
        << conns << c([](QJsonObject &) {}) << 200 << QString();
    QTest::newRow("connection: unknown provider")
        << conns << c([](QJsonObject &b) { b[u"service_provider"_s] = u"Postgres"_s; }) << 400
        << u"service_provider has an invalid value"_s;
    QTest::newRow("connection: paused state")
        << conns << c([](QJsonObject &b) { b[u"state"_s] = u"paused"_s; }) << 400
        << u"state has an invalid value"_s;
    QTest::newRow("connection: missing host")
        << conns << c([&](QJsonObject &b) { sub(b, u"config"_s, u"host"_s, QJsonValue::Undefined); }) << 400
        << u"config.host is required"_s;
    QTest::newRow("connection: mask on create")
        << conns << c([&](QJsonObject &b) { sub(b, u"config"_s, u"password"_s, u"************"_s); }) << 400
        << u"config.password must be the real value"_s;
    QTest::newRow("connection: bad port")
        << conns << c([&](QJsonObject &b) { sub(b, u"config"_s, u"port"_s, u"abc"_s); }) << 400
        << u"config.port"_s;
    QTest::newRow("connection: BigQuery key object") << conns << c([](QJsonObject &b) {
        b[u"service_provider"_s] = u"BigQuery"_s;
        b[u"config"_s] = QJsonObject{{u"region"_s, u"r"_s},
                                     {u"project_id"_s, u"p"_s},
                                     {u"dataset_id"_s, u"d"_s},
                                     {u"service_account_id"_s, u"s"_s},
                                     {u"service_account_key"_s, QJsonObject{{u"a"_s, 1}}}};
    }) << 400 << u"service_account_key must be the key file's JSON as a string"_s;
    QTest::newRow("connection: active but unreachable warehouse")
        << conns << c([](QJsonObject &b) { b[u"state"_s] = u"active"_s; }) << 505
        << u"Failed to connect to the warehouse"_s;
    QTest::newRow("connection: provider case-insensitive")
        << conns << c([](QJsonObject &b) { b[u"service_provider"_s] = u"redshift"_s; }) << 200 << QString();

    const QString models = SandboxFixture::api(u"/data-models"_s);
    auto m = [](const QString &sql) {
        return QJsonDocument(dataModel(u"m"_s, sql)).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("model: DELETE") << models << m(u"DELETE FROM t"_s) << 400
                                   << u"Unsupported SQL command: DELETE"_s;
    QTest::newRow("model: two statements")
        << models << m(u"SELECT 1; SELECT 2"_s) << 400 << u"Only one SQL statement"_s;
    QTest::newRow("model: not a SELECT") << models << m(u"SHOW TABLES"_s) << 400 << u"single SELECT"_s;
    QTest::newRow("model: keywords in strings are fine")
        << models << m(u"SELECT 'DROP; DELETE' AS x -- WITH\n"_s) << 200 << QString();
    // Commands are refused as statements (§12.3), not as words.
    QTest::newRow("model: TIMESTAMP WITH TIME ZONE")
        << models << m(u"SELECT CAST(updated_at AS TIMESTAMP WITH TIME ZONE) AS t FROM users"_s) << 200 << QString();
    QTest::newRow("model: columns named merge and grant")
        << models << m(u"SELECT merge, grant FROM users"_s) << 200 << QString();
    QTest::newRow("model: a command after a semicolon")
        << models << m(u"SELECT 1; DELETE FROM users"_s) << 400 << u"Unsupported SQL command: DELETE"_s;
    QTest::newRow("model: a command after a parenthesis")
        << models << m(u"(MERGE INTO users USING x ON 1 = 1)"_s) << 400 << u"Unsupported SQL command: MERGE"_s;
    QTest::newRow("model: empty") << models << m(u"  "_s) << 400 << u"config.sql_query must not be empty"_s;
    QTest::newRow("model: wrong type")
        << models << QByteArray(R"({"id":"m","name":"M","type":"python","config":{"sql_query":"SELECT 1"}})")
        << 400 << u"type has an invalid value"_s;

    const QString fts = SandboxFixture::api(u"/field-transformations"_s);
    auto t = [](const QJsonArray &mappings) {
        return QJsonDocument(QJsonObject{{u"id"_s, u"t"_s},
                                         {u"name"_s, u"T"_s},
                                         {u"destination_type"_s, u"event_batch"_s},
                                         {u"mappings"_s, mappings}})
            .toJson(QJsonDocument::Compact);
    };
    QTest::newRow("transformation: static with source") << fts
                                                        << t({QJsonObject{{u"mapping_type"_s, u"static"_s},
                                                                          {u"source"_s, u"a"_s},
                                                                          {u"destination"_s, u"event_type"_s},
                                                                          {u"value"_s, u"x"_s}}})
                                                        << 400 << u"source must be absent"_s;
    QTest::newRow("transformation: duplicate destination")
        << fts
        << t({QJsonObject{
                  {u"mapping_type"_s, u"column"_s}, {u"source"_s, u"a"_s}, {u"destination"_s, u"d"_s}},
              QJsonObject{
                  {u"mapping_type"_s, u"column"_s}, {u"source"_s, u"b"_s}, {u"destination"_s, u"d"_s}}})
        << 400 << u"mapped more than once"_s;
    QTest::newRow("transformation: ignore with destination")
        << fts
        << t({QJsonObject{
               {u"mapping_type"_s, u"ignore"_s}, {u"source"_s, u"a"_s}, {u"destination"_s, u"d"_s}}})
        << 400 << u"destination must be absent"_s;
    QTest::newRow("transformation: valid, published example")
        << fts
        << t({QJsonObject{{u"mapping_type"_s, u"column"_s},
                          {u"source"_s, u"eventId"_s},
                          {u"destination"_s, u"event_id"_s}},
              QJsonObject{{u"mapping_type"_s, u"static"_s},
                          {u"source"_s, QJsonValue::Null},
                          {u"destination"_s, u"event_type"_s},
                          {u"value"_s, u"screen_view"_s}},
              QJsonObject{{u"mapping_type"_s, u"ignore"_s}, {u"source"_s, u"internal_note"_s}}})
        << 200 << QString();
}

void TestSandboxApi::validationMatrix()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    SandboxFixture f;
    prepare(f);
    const HttpResult r = f.http.request("POST", path, body);
    QVERIFY2(r.status == status, qPrintable(u"%1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body))));
    if (!message.isEmpty())
        QVERIFY2(r.errors().contains(message), qPrintable(r.errors()));
    if (status >= 400)
        QCOMPARE(r.object()[u"statusCode"_s].toInt(), status);
}

void TestSandboxApi::secretsAreMaskedAndKept()
{
    SandboxFixture f;
    QJsonObject c = f.snowflake();
    // The warehouse expects this password (sandbox.json), so a wrong one fails the health check.
    QFile creds(f.dir.path() + u"/warehouse/snowflake/acct/my_db/sandbox.json"_s);
    QVERIFY(creds.open(QIODevice::WriteOnly));
    creds.write(R"({"password": "secret-pw"})");
    creds.close();
    QCOMPARE(f.http.post(f.api(u"/connections"_s), c).status, 200);
    for (const HttpResult &r : {f.http.get(f.api(u"/connections/sf"_s)),
                                f.http.get(f.api(u"/connections?serviceProvider=snowflake"_s))}) {
        QVERIFY(!r.body.contains("secret-pw"));
        QVERIFY(r.body.contains("************"));
    }
    QCOMPARE(f.http.get(f.api(u"/connections?serviceProvider=BigQuery"_s)).array().size(), 0);
    QCOMPARE(f.http.get(f.api(u"/connections?serviceProvider=Oracle"_s)).status, 400);
    // PUT with the mask keeps the stored secret: the health check still passes.
    QJsonObject config = c[u"config"_s].toObject();
    config[u"password"_s] = u"************"_s;
    c[u"config"_s] = config;
    c[u"name"_s] = u"Renamed"_s;
    HttpResult r = f.http.put(f.api(u"/connections/sf"_s), c);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()[u"name"_s].toString(), u"Renamed"_s);
    QVERIFY(!r.object()[u"last_modified_on"_s].isNull());
    // A wrong password is a 505 and changes nothing; an omitted one is a 400.
    config[u"password"_s] = u"wrong"_s;
    c[u"config"_s] = config;
    r = f.http.put(f.api(u"/connections/sf"_s), c);
    QCOMPARE(r.status, 505);
    config.remove(u"password"_s);
    c[u"config"_s] = config;
    QCOMPARE(f.http.put(f.api(u"/connections/sf"_s), c).status, 400);
    // The id is immutable.
    c[u"id"_s] = u"other"_s;
    QCOMPARE(f.http.put(f.api(u"/connections/sf"_s), c).status, 400);
    // v1's source_account_id is read, never written back.
    QJsonObject v1 = f.snowflake(u"sf2"_s);
    QJsonObject v1config = v1[u"config"_s].toObject();
    v1config[u"source_account_id"_s] = v1config.take(u"account_identifier"_s);
    v1[u"config"_s] = v1config;
    r = f.http.post(f.api(u"/connections"_s), v1);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()[u"config"_s].toObject()[u"account_identifier"_s].toString(), u"acct"_s);
    QVERIFY(!r.object()[u"config"_s].toObject().contains(u"source_account_id"_s));
    QVERIFY(
        r.object()[u"config"_s].toObject()[u"aws_iam_user_arn"_s].toString().startsWith(u"arn:aws:iam::"_s));
}

void TestSandboxApi::referentialRules()
{
    SandboxFixture f;
    prepare(f);
    QCOMPARE(f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(u"p1"_s, {{u"type"_s, u"on_demand"_s}}))
                 .status,
             200);
    QCOMPARE(f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(u"p1"_s, {{u"type"_s, u"on_demand"_s}}))
                 .status,
             400);
    HttpResult r = f.http.del(f.api(u"/connections/sf"_s));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errors(), u"Connection sf is used by pipeline(s): p1"_s);
    r = f.http.del(f.api(u"/data-models/users"_s));
    QCOMPARE(r.status, 400);
    QVERIFY(r.errors().contains(u"p1"_s));
    QCOMPARE(f.http.del(f.api(u"/inputs/data-pipelines/p1"_s)).status, 204);
    QCOMPARE(f.http.del(f.api(u"/inputs/data-pipelines/p1"_s)).status, 404);
    QCOMPARE(f.http.del(f.api(u"/data-models/users"_s)).status, 204);
    r = f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"p1"_s}});
    QCOMPARE(r.status, 404);
}

void TestSandboxApi::activePipelineLimit()
{
    auto config = SandboxFixture::defaults();
    config.maxActivePipelines = 2;
    SandboxFixture f(config);
    prepare(f);
    for (const QString &id : {u"a"_s, u"b"_s})
        QCOMPARE(f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(id, {{u"type"_s, u"on_demand"_s}}))
                     .status,
                 200);
    HttpResult r =
        f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(u"c"_s, {{u"type"_s, u"on_demand"_s}}));
    QCOMPARE(r.status, 400);
    QVERIFY(r.errors().contains(u"maximum of 2 active pipelines"_s));
    QJsonObject paused = pipeline(u"c"_s, {{u"type"_s, u"on_demand"_s}});
    paused[u"state"_s] = u"paused"_s;
    QCOMPARE(f.http.post(f.api(u"/inputs/data-pipelines"_s), paused).status, 200);
    // Replacing an active pipeline does not count itself.
    QCOMPARE(f.http.put(f.api(u"/inputs/data-pipelines/a"_s), pipeline(u"a"_s, {{u"type"_s, u"on_demand"_s}}))
                 .status,
             200);
}

void TestSandboxApi::exampleA_hourly()
{
    SandboxFixture f(SandboxFixture::defaults(), utc("2023-01-31T23:00:00Z"));
    prepare(f);
    QCOMPARE(f.http
                 .post(f.api(u"/inputs/data-pipelines"_s),
                       pipeline(u"a"_s, {{u"type"_s, u"interval"_s},
                                         {u"frequency"_s, u"hourly"_s},
                                         {u"start"_s, u"2023-02-01T00:15:00Z"_s}}))
                 .status,
             200);
    f.setNow(utc("2023-02-01T00:14:59Z"));
    QCOMPARE(allRuns(f, u"a"_s).size(), 0);
    f.setNow(utc("2023-02-01T02:20:00Z"));
    const QJsonArray runs = allRuns(f, u"a"_s);
    QCOMPARE(runs.size(), 3);
    QCOMPARE(str(runs[0][u"range_start"_s]), u"unbounded"_s);
    QCOMPARE(runs[0][u"range_end"_s].toString(), u"2023-02-01T00:15:00.000Z"_s);
    QCOMPARE(runs[0][u"logical_date"_s].toString(), u"2023-01-31T23:15:00.000Z"_s);
    QCOMPARE(runs[1][u"range_start"_s].toString(), u"2023-02-01T00:15:00.000Z"_s);
    QCOMPARE(runs[1][u"range_end"_s].toString(), u"2023-02-01T01:15:00.000Z"_s);
    QCOMPARE(runs[2][u"range_end"_s].toString(), u"2023-02-01T02:15:00.000Z"_s);
    QCOMPARE(runs[2][u"type"_s].toString(), u"scheduled"_s);
    for (const QJsonValue &run : runs)
        QCOMPARE(run[u"status"_s].toString(), u"success"_s);
}

void TestSandboxApi::exampleB_delayAndD_monthly()
{
    SandboxFixture f(SandboxFixture::defaults(), utc("2023-01-20T00:00:00Z"));
    prepare(f);
    f.http.post(f.api(u"/inputs/data-pipelines"_s),
                pipeline(u"b"_s, {{u"type"_s, u"interval"_s},
                                  {u"frequency"_s, u"hourly"_s},
                                  {u"delay"_s, u"15m"_s},
                                  {u"start"_s, u"2023-02-01T00:00:00Z"_s}}));
    f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(u"d"_s,
                                                             {{u"type"_s, u"interval"_s},
                                                              {u"frequency"_s, u"monthly"_s},
                                                              {u"delay"_s, u"5d"_s},
                                                              {u"start"_s, u"2023-02-01T00:00:00Z"_s}},
                                                             {{u"from"_s, u"2020-01-01T00:00:00Z"_s}}));
    f.setNow(utc("2023-02-01T00:14:59Z"));
    QCOMPARE(allRuns(f, u"b"_s).size(), 0); // due at 00:15, not at 00:00
    f.setNow(utc("2023-02-01T01:15:00Z"));
    QJsonArray b = allRuns(f, u"b"_s);
    QCOMPARE(b.size(), 2);
    QCOMPARE(b[0][u"range_end"_s].toString(), u"2023-02-01T00:00:00.000Z"_s);
    QCOMPARE(b[1][u"range_start"_s].toString(), u"2023-02-01T00:00:00.000Z"_s);
    QCOMPARE(b[1][u"range_end"_s].toString(), u"2023-02-01T01:00:00.000Z"_s);

    QCOMPARE(allRuns(f, u"d"_s).size(), 0);
    f.setNow(utc("2023-02-06T00:00:00Z")); // exact arithmetic: the 6th, not the 5th (I-20)
    QJsonArray d = allRuns(f, u"d"_s);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0][u"range_start"_s].toString(), u"2020-01-01T00:00:00.000Z"_s);
    QCOMPARE(d[0][u"range_end"_s].toString(), u"2023-02-01T00:00:00.000Z"_s);
    QCOMPARE(d[0][u"logical_date"_s].toString(), u"2023-01-01T00:00:00.000Z"_s);
    f.setNow(utc("2023-03-06T00:00:00Z"));
    d = allRuns(f, u"d"_s);
    QCOMPARE(d.size(), 2);
    QCOMPARE(d[1][u"range_start"_s].toString(), u"2023-02-01T00:00:00.000Z"_s);
    QCOMPARE(d[1][u"range_end"_s].toString(), u"2023-03-01T00:00:00.000Z"_s);
}

void TestSandboxApi::exampleC_boundedDaily()
{
    SandboxFixture f(SandboxFixture::defaults(), utc("2023-01-15T00:00:00Z"));
    prepare(f);
    QCOMPARE(
        f.http
            .post(f.api(u"/inputs/data-pipelines"_s),
                  pipeline(u"c"_s,
                           {{u"type"_s, u"interval"_s},
                            {u"frequency"_s, u"daily"_s},
                            {u"start"_s, u"2023-02-01T12:00:00Z"_s},
                            {u"end"_s, u"2023-03-01T12:00:00Z"_s}},
                           {{u"from"_s, u"2023-02-01T12:00:00Z"_s}, {u"until"_s, u"2023-03-01T12:00:00Z"_s}}))
            .status,
        200);
    f.setNow(utc("2023-02-01T12:00:00Z"));
    QCOMPARE(allRuns(f, u"c"_s).size(), 0); // from == start: the first tick's window is empty
    f.setNow(utc("2023-03-10T00:00:00Z"));
    const QJsonArray runs = allRuns(f, u"c"_s);
    QCOMPARE(runs.size(), 28);
    QCOMPARE(runs[0][u"range_start"_s].toString(), u"2023-02-01T12:00:00.000Z"_s);
    QCOMPARE(runs[0][u"range_end"_s].toString(), u"2023-02-02T12:00:00.000Z"_s);
    QCOMPARE(runs.last()[u"range_end"_s].toString(), u"2023-03-01T12:00:00.000Z"_s);
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/c"_s)).object()[u"status"_s].toString(), u"stopped"_s);
}

void TestSandboxApi::exampleG_catchUp()
{
    SandboxFixture f(SandboxFixture::defaults(), utc("2023-03-10T12:34:00Z"));
    prepare(f);
    f.http.post(f.api(u"/inputs/data-pipelines"_s),
                pipeline(u"g"_s, {{u"type"_s, u"interval"_s},
                                  {u"frequency"_s, u"hourly"_s},
                                  {u"start"_s, u"2023-01-01T00:00:00Z"_s}}));
    f.advance(0);
    const QJsonArray runs = allRuns(f, u"g"_s);
    QCOMPARE(runs.size(), 7 * 24);
    QCOMPARE(str(runs[0][u"range_start"_s]), u"unbounded"_s);
    QCOMPARE(runs[0][u"range_end"_s].toString(), u"2023-03-03T13:00:00.000Z"_s);
    QCOMPARE(runs.last()[u"range_end"_s].toString(), u"2023-03-10T12:00:00.000Z"_s);
    f.advance(3600);
    QCOMPARE(allRuns(f, u"g"_s).size(), 7 * 24 + 1);
}

void TestSandboxApi::onDemandTable()
{
    SandboxFixture f(SandboxFixture::defaults(), utc("2023-02-01T15:13:22Z"));
    prepare(f);
    f.http.post(f.api(u"/inputs/data-pipelines"_s),
                pipeline(u"e"_s, {{u"type"_s, u"on_demand"_s}}, {{u"from"_s, u"2020-01-01T00:00:00Z"_s}}));
    f.setNow(utc("2023-02-04T08:30:17Z"));
    QCOMPARE(allRuns(f, u"e"_s).size(), 0); // no automatic runs
    f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"e"_s}});
    f.advance(1);
    f.setNow(utc("2023-02-08T12:05:45Z"));
    // The alias form of the trigger (I-15).
    QCOMPARE(f.http.request("POST", f.api(u"/inputs/data-pipelines/e/trigger"_s)).status, 200);
    f.advance(1);
    const QJsonArray runs = allRuns(f, u"e"_s);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0][u"range_start"_s].toString(), u"2020-01-01T00:00:00.000Z"_s);
    QCOMPARE(runs[0][u"range_end"_s].toString(), u"2023-02-04T08:30:17.000Z"_s);
    QCOMPARE(runs[1][u"range_start"_s].toString(), u"2023-02-04T08:30:17.000Z"_s);
    QCOMPARE(runs[1][u"range_end"_s].toString(), u"2023-02-08T12:05:45.000Z"_s);
    QCOMPARE(runs[1][u"type"_s].toString(), u"manual"_s);
    // Path and body ids that disagree are refused.
    QCOMPARE(f.http.post(f.api(u"/inputs/data-pipelines/e/trigger"_s), {{u"pipeline_id"_s, u"x"_s}}).status,
             400);
}

void TestSandboxApi::failedRunsDoNotMoveTheWatermark()
{
    SandboxFixture f(SandboxFixture::defaults(), utc("2023-02-04T08:30:17Z"));
    prepare(f);
    f.http.post(f.api(u"/inputs/data-pipelines"_s),
                pipeline(u"w"_s, {{u"type"_s, u"on_demand"_s}}, {{u"from"_s, u"2020-01-01T00:00:00Z"_s}}));
    f.http.post(f.api(u"/sandbox-unused"_s), {});
    QCOMPARE(
        f.http.post(u"/_sandbox/connections/sf/fault"_s, {{u"message"_s, u"Network unreachable"_s}}).status,
        200);
    f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"w"_s}});
    f.advance(1);
    HttpResult report = f.http.get(f.api(u"/inputs/data-pipelines/w/report"_s));
    QCOMPARE(report.object()[u"status"_s].toString(), u"faulted"_s);
    QCOMPARE(report.object()[u"connection_status"_s].toString(), u"faulted"_s);
    QVERIFY(report.object()[u"latest_successful_pipeline_run_id"_s].isNull());
    // A PUT of the connection clears the fault; the retry by trigger covers the whole window again.
    QCOMPARE(f.http.put(f.api(u"/connections/sf"_s), f.snowflake()).status, 200);
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/w/report"_s)).object()[u"status"_s].toString(),
             u"idle"_s);
    f.setNow(utc("2023-02-08T12:05:45Z"));
    QCOMPARE(f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"w"_s}}).status,
             200);
    f.advance(1);
    const QJsonArray runs = allRuns(f, u"w"_s);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0][u"status"_s].toString(), u"failed"_s);
    QCOMPARE(runs[1][u"status"_s].toString(), u"success"_s);
    QCOMPARE(runs[1][u"range_start"_s].toString(), u"2020-01-01T00:00:00.000Z"_s);
}

void TestSandboxApi::onceRunsImmediately()
{
    SandboxFixture f;
    prepare(f);
    QJsonObject once = pipeline(u"o"_s, {{u"type"_s, u"once"_s}});
    once[u"sync_mode"_s] = QJsonObject{{u"type"_s, u"full"_s}};
    HttpResult r = f.http.post(f.api(u"/inputs/data-pipelines"_s), once);
    QCOMPARE(r.object()[u"status"_s].toString(), u"running"_s); // queued at creation
    f.advance(1);
    r = f.http.get(f.api(u"/inputs/data-pipelines/o/report"_s));
    QCOMPARE(r.object()[u"status"_s].toString(), u"stopped"_s); // the schedule is exhausted
    const QJsonObject run = r.object()[u"latest_pipeline_run"_s].toObject();
    QCOMPARE(run[u"status"_s].toString(), u"success"_s);
    QCOMPARE(run[u"type"_s].toString(), u"scheduled"_s);
    // Full mode without from/until reads every row: 3000 demo users, of which every 40th has no identity.
    QCOMPARE(run[u"successful_records"_s].toInt() + run[u"failed_records"_s].toInt(), 3000);
    QCOMPARE(run[u"failed_records"_s].toInt(), 75);
    f.advance(86400);
    QCOMPARE(allRuns(f, u"o"_s).size(), 1);
}

void TestSandboxApi::pausingStopsRuns()
{
    auto config = SandboxFixture::defaults();
    config.runDurationSeconds = 60;
    SandboxFixture f(config);
    prepare(f);
    f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(u"p"_s, {{u"type"_s, u"on_demand"_s}}));
    const qint64 run = f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"p"_s}})
                           .object()[u"pipeline_run_id"_s]
                           .toInteger();
    f.advance(1);
    QJsonObject paused = pipeline(u"p"_s, {{u"type"_s, u"on_demand"_s}});
    paused[u"state"_s] = u"paused"_s;
    QCOMPARE(f.http.put(f.api(u"/inputs/data-pipelines/p"_s), paused).status, 200);
    HttpResult r = f.http.get(f.api(u"/inputs/data-pipelines/p/runs/"_s + QString::number(run)));
    QCOMPARE(r.object()[u"status"_s].toString(), u"stopped"_s);
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/p"_s)).object()[u"status"_s].toString(), u"stopped"_s);
    r = f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"p"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errors(), u"Pipeline p is not active."_s);
}

void TestSandboxApi::runsTakeTimeAndRetry()
{
    auto config = SandboxFixture::defaults();
    config.runDurationSeconds = 30;
    config.maxAttempts = 3;
    config.retryBackoffSeconds = 10;
    SandboxFixture f(config);
    prepare(f);
    f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(u"p"_s, {{u"type"_s, u"on_demand"_s}}));
    const QString runPath =
        f.api(u"/inputs/data-pipelines/p/runs/"_s) +
        QString::number(f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"p"_s}})
                            .object()[u"pipeline_run_id"_s]
                            .toInteger());
    QCOMPARE(f.http.get(runPath).object()[u"status"_s].toString(), u"queued"_s);
    f.advance(0);
    QJsonObject run = f.http.get(runPath).object();
    QCOMPARE(run[u"status"_s].toString(), u"running"_s);
    QVERIFY(!run[u"started_on"_s].isNull());
    QVERIFY(run[u"ended_on"_s].isNull());
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/p/report"_s)).object()[u"status"_s].toString(),
             u"running"_s);
    f.advance(30);
    QCOMPARE(f.http.get(runPath).object()[u"status"_s].toString(), u"success"_s);

    // A failing attempt retries, keeps its errors, and fails after the last attempt.
    f.http.post(u"/_sandbox/connections/sf/fault"_s, {{u"message"_s, u"Timed out"_s}});
    const QString failingPath =
        f.api(u"/inputs/data-pipelines/p/runs/"_s) +
        QString::number(f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"p"_s}})
                            .object()[u"pipeline_run_id"_s]
                            .toInteger());
    f.advance(0);
    f.advance(30);
    run = f.http.get(failingPath).object();
    QCOMPARE(run[u"status"_s].toString(), u"retrying"_s);
    QCOMPARE(run[u"errors"_s].toArray().first()[u"message"_s].toString(), u"Timed out"_s);
    f.advance(10);
    f.advance(30);
    f.advance(10);
    f.advance(30);
    run = f.http.get(failingPath).object();
    QCOMPARE(run[u"status"_s].toString(), u"failed"_s);
    QVERIFY(!run[u"ended_on"_s].isNull());
}

void TestSandboxApi::pagingThousandsOfRuns()
{
    SandboxFixture f(SandboxFixture::defaults(), utc("2024-01-01T00:00:00Z"));
    prepare(f);
    f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(u"h"_s, {{u"type"_s, u"on_demand"_s}}));
    const QDateTime start = utc("2023-01-01T00:00:00Z");
    for (int i = 0; i < 2500; ++i) {
        const QDateTime at = start.addSecs(qint64(i) * 3600);
        f.server->service().insertHistoricRun(
            u"h"_s, QJsonObject{{u"type"_s, u"scheduled"_s},
                                {u"status"_s, i % 10 == 0 ? u"failed"_s : u"success"_s},
                                {u"errors"_s, QJsonArray()},
                                {u"logical_date"_s, sandbox::WireTime::millis(at)},
                                {u"started_on"_s, sandbox::WireTime::millis(at)},
                                {u"ended_on"_s, sandbox::WireTime::millis(at.addSecs(60))},
                                {u"range_start"_s, sandbox::WireTime::millis(at)},
                                {u"range_end"_s, sandbox::WireTime::millis(at.addSecs(3600))},
                                {u"successful_records"_s, i},
                                {u"failed_records"_s, 0}});
    }
    HttpResult r = f.http.get(f.api(u"/inputs/data-pipelines/h/runs"_s));
    QCOMPARE(r.object()[u"page_size"_s].toInt(), 50);
    QCOMPARE(r.object()[u"total_items"_s].toInt(), 2500);
    QCOMPARE(r.object()[u"total_pages"_s].toInt(), 50);
    qint64 seen = 0, previous = -1;
    for (int page = 1;; ++page) {
        r = f.http.get(
            f.api(u"/inputs/data-pipelines/h/runs?pageSize=1000&currentPage="_s + QString::number(page)));
        for (const QJsonValue &run : r.object()[u"items"_s].toArray()) {
            QVERIFY(run[u"successful_records"_s].toInteger() > previous); // ascending by logical date
            previous = run[u"successful_records"_s].toInteger();
            ++seen;
        }
        if (!r.object()[u"has_next_page"_s].toBool())
            break;
    }
    QCOMPARE(seen, 2500);
    r = f.http.get(f.api(u"/inputs/data-pipelines/h/runs?currentPage=99"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()[u"items"_s].toArray().size(), 0);
    QVERIFY(r.object()[u"has_previous_page"_s].toBool());
    // Inclusive date bounds on logical_date: a date means 00:00Z.
    r = f.http.get(
        f.api(u"/inputs/data-pipelines/h/runs?startDate=2023-01-02&endDate=2023-01-03T00:00:00Z"_s));
    QCOMPARE(r.object()[u"total_items"_s].toInt(), 25);
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/h/runs?pageSize=0"_s)).status, 400);
    r = f.http.get(f.api(u"/inputs/data-pipelines/h/runs?pageSize=5000"_s)); // served as the maximum (I-31)
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()[u"page_size"_s].toInt(), 1000);
    QCOMPARE(r.object()[u"items"_s].toArray().size(), 1000);
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/h/runs?currentPage=x"_s)).status, 400);
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/h/runs?startDate=yesterday"_s)).status, 400);
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/nope/runs"_s)).status, 404);
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/h/runs/999999"_s)).status, 404);
}

void TestSandboxApi::faults()
{
    SandboxFixture f;
    prepare(f);
    auto setFaults = [&](const QJsonObject &faults) {
        QCOMPARE(f.http.put(u"/_sandbox/faults"_s, faults).status, 200);
    };

    setFaults({{u"error_rate"_s, 1.0}});
    for (int i = 0; i < 5; ++i) {
        const int status = f.http.get(f.api(u"/connections"_s)).status;
        QVERIFY2(status == 500 || status == 502 || status == 503, qPrintable(QString::number(status)));
    }
    setFaults({{u"error_rate"_s, 0.0}, {u"rate_limit_rate"_s, 1.0}, {u"retry_after_seconds"_s, 7}});
    HttpResult r = f.http.get(f.api(u"/connections"_s));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    setFaults({{u"rate_limit_rate"_s, 0.0}, {u"drop_rate"_s, 1.0}});
    r = f.http.get(f.api(u"/connections"_s));
    QCOMPARE(r.status, 0);
    QVERIFY(r.networkError != QNetworkReply::NoError);
    setFaults({{u"drop_rate"_s, 0.0}, {u"truncate_rate"_s, 1.0}});
    r = f.http.get(f.api(u"/connections"_s));
    QVERIFY(r.networkError != QNetworkReply::NoError || r.json.isNull());
    setFaults({{u"truncate_rate"_s, 0.0}, {u"latency_ms"_s, 300}});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(f.http.get(f.api(u"/connections"_s)).status, 200);
    QVERIFY(timer.elapsed() >= 290);
    setFaults({{u"latency_ms"_s, 0}, {u"fail_connection_saves"_s, true}});
    r = f.http.put(f.api(u"/connections/sf"_s), f.snowflake());
    QCOMPARE(r.status, 505);
    setFaults({{u"fail_connection_saves"_s, false}});
    QCOMPARE(f.http.put(f.api(u"/connections/sf"_s), f.snowflake()).status, 200);
}

void TestSandboxApi::restartKeepsEverything()
{
    auto config = SandboxFixture::defaults();
    config.runDurationSeconds = 60;
    SandboxFixture f(config, utc("2024-03-01T10:30:00Z"));
    prepare(f);
    f.http.post(f.api(u"/inputs/data-pipelines"_s),
                pipeline(u"r"_s, {{u"type"_s, u"interval"_s},
                                  {u"frequency"_s, u"hourly"_s},
                                  {u"start"_s, u"2024-03-01T11:00:00Z"_s}}));
    f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(u"m"_s, {{u"type"_s, u"on_demand"_s}}));
    const qint64 manual =
        f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"m"_s}})
            .object()[u"pipeline_run_id"_s]
            .toInteger();
    f.advance(1); // the manual run is running when the sandbox goes away
    f.stopSandbox();
    QVERIFY2(f.startSandbox(), qPrintable(f.startError));
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines"_s)).array().size(), 2);
    QCOMPARE(f.http.get(f.api(u"/connections/sf"_s)).status, 200);
    const QString runPath = f.api(u"/inputs/data-pipelines/m/runs/"_s) + QString::number(manual);
    QCOMPARE(f.http.get(runPath).object()[u"status"_s].toString(), u"running"_s);
    f.advance(60);
    QCOMPARE(f.http.get(runPath).object()[u"status"_s].toString(), u"success"_s);
    // The scheduler resumes: the 11:00 tick runs once it is due.
    f.setNow(utc("2024-03-01T11:00:30Z"));
    f.advance(60);
    const QJsonArray runs = allRuns(f, u"r"_s);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0][u"range_end"_s].toString(), u"2024-03-01T11:00:00.000Z"_s);
    // New run ids continue after the old ones.
    const qint64 next = f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"m"_s}})
                            .object()[u"pipeline_run_id"_s]
                            .toInteger();
    QVERIFY(next > runs[0][u"id"_s].toInteger());
}

void TestSandboxApi::survivesDamagedRows()
{
    // One bad row (a schedule start or a run time that cannot be read, written by an older or broken
    // version) must not take the sandbox down, and with it an embedding console.
    SandboxFixture f(SandboxFixture::defaults(), utc("2024-03-01T10:30:00Z"));
    prepare(f);
    f.http.post(f.api(u"/inputs/data-pipelines"_s),
                pipeline(u"r"_s, {{u"type"_s, u"interval"_s},
                                  {u"frequency"_s, u"hourly"_s},
                                  {u"start"_s, u"2024-03-01T11:00:00Z"_s}}));
    f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(u"m"_s, {{u"type"_s, u"on_demand"_s}}));
    const qint64 manual =
        f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"m"_s}})
            .object()[u"pipeline_run_id"_s]
            .toInteger();
    f.advance(1);
    f.stopSandbox();
    {
        sandbox::Storage storage;
        QString error;
        QVERIFY2(storage.open(f.config.dataDir + u"/sandbox.db"_s, &error), qPrintable(error));
        for (const auto &stored : storage.loadResources(u"pipeline"_s)) {
            if (stored.id != u"r")
                continue;
            QJsonObject body = stored.body;
            QJsonObject schedule = body[u"schedule"_s].toObject();
            schedule[u"start"_s] = u"not a time"_s;
            body[u"schedule"_s] = schedule;
            storage.putResource(u"pipeline"_s, stored.id, stored.seq, body);
        }
        auto run = storage.run(manual);
        QVERIFY(run);
        (*run)[u"_finish_at"_s] = 42;
        storage.putRun(manual, u"m"_s, 0, *run);
    }
    QVERIFY2(f.startSandbox(), qPrintable(f.startError));
    f.setNow(utc("2024-03-01T13:00:30Z"));
    f.advance(60);
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines"_s)).array().size(), 2);
    QCOMPARE(allRuns(f, u"r"_s).size(), 0); // nothing scheduled from a start it cannot read
    const QString runPath = f.api(u"/inputs/data-pipelines/m/runs/"_s) + QString::number(manual);
    QCOMPARE(f.http.get(runPath).object()[u"status"_s].toString(), u"success"_s); // finished, not stuck
}

void TestSandboxApi::secondInstanceIsRefused()
{
    SandboxFixture f;
    sandbox::SandboxConfig config = f.config;
    sandbox::Sandbox second(config, f.clock);
    QString error;
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(u"already using the data directory"_s), qPrintable(error));
}

void TestSandboxApi::demoWorkspaceRunsRealQueries()
{
    auto config = SandboxFixture::defaults();
    config.demo = true;
    SandboxFixture f(config, QDateTime::currentDateTimeUtc());
    QVERIFY2(f.server, qPrintable(f.startError));
    const QJsonArray connections = f.http.get(f.api(u"/connections"_s)).array();
    QCOMPARE(connections.size(), 4);
    QStringList providers;
    for (const QJsonValue &c : connections)
        providers << c[u"service_provider"_s].toString();
    providers.sort();
    QCOMPARE(providers, (QStringList{u"BigQuery"_s, u"Databricks"_s, u"Redshift"_s, u"Snowflake"_s}));
    const QJsonArray pipelines = f.http.get(f.api(u"/inputs/data-pipelines"_s)).array();
    QSet<QString> scheduleTypes, pipelineTypes, statuses;
    QStringList active, hourlyIncremental;
    for (const QJsonValue &p : pipelines) {
        if (p[u"state"_s] == u"active"_s)
            active << p[u"id"_s].toString();
        if (p[u"schedule"_s][u"frequency"_s] == u"hourly"_s && p[u"sync_mode"_s][u"type"_s] == u"incremental"_s &&
            p[u"state"_s] == u"active"_s && p[u"status"_s] != u"faulted"_s)
            hourlyIncremental << p[u"id"_s].toString();
        scheduleTypes << p[u"schedule"_s][u"type"_s].toString();
        pipelineTypes << p[u"pipeline_type"_s].toString();
        statuses << p[u"status"_s].toString();
    }
    QCOMPARE(scheduleTypes, (QSet<QString>{u"interval"_s, u"once"_s, u"on_demand"_s}));
    QCOMPARE(pipelineTypes, (QSet<QString>{u"user_attributes"_s, u"events"_s}));
    QVERIFY(statuses.contains(u"faulted"_s));
    // Headroom under the published limit of five active pipelines (§14): a newcomer's first one is accepted.
    QVERIFY2(active.size() <= 3, qPrintable(active.join(u", "_s)));
    QVERIFY(!hourlyIncremental.isEmpty());
    // History ran for real: the daily orders events were extracted from the warehouse.
    const QJsonArray orders = allRuns(f, u"orders-daily"_s);
    QVERIFY(orders.size() >= 20);
    qint64 records = 0;
    for (const QJsonValue &run : orders) {
        QCOMPARE(run[u"status"_s].toString(), u"success"_s);
        records += run[u"successful_records"_s].toInteger();
    }
    QVERIFY(records > 500);
    // The one-off load ran before it was paused; three pipelines are active, two below the limit (§14).
    const QJsonObject once = f.http.get(f.api(u"/inputs/data-pipelines/bq-users-once/report"_s)).object();
    QCOMPARE(once[u"latest_pipeline_run"_s][u"status"_s].toString(), u"success"_s);
    QVERIFY(once[u"latest_pipeline_run"_s][u"successful_records"_s].toInt() > 500);
    const QJsonObject loyalty = f.http.get(f.api(u"/inputs/data-pipelines/loyalty-hourly/report"_s)).object();
    QCOMPARE(loyalty[u"data_model_status"_s].toString(), u"invalid"_s);
    // What was ingested is in the outbox.
    QVERIFY(QFile(f.dir.path() + u"/outbox/orders-daily.jsonl"_s).size() > 0);
}

void TestSandboxApi::fullSyncReadsTheWholeRangeEveryTime()
{
    SandboxFixture f(SandboxFixture::defaults(), utc("2024-03-01T12:00:00Z"));
    prepare(f);
    QJsonObject once = pipeline(u"f"_s, {{u"type"_s, u"once"_s}});
    once[u"sync_mode"_s] = QJsonObject{{u"type"_s, u"full"_s},
                                       {u"iterator_field"_s, u"updated_at"_s},
                                       {u"iterator_data_type"_s, u"timestamp"_s},
                                       {u"from"_s, u"2024-01-01T00:00:00Z"_s},
                                       {u"until"_s, u"2024-02-01T00:00:00Z"_s}};
    QCOMPARE(f.http.post(f.api(u"/inputs/data-pipelines"_s), once).status, 200);
    f.advance(1);
    f.advance(60);
    QCOMPARE(f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"f"_s}}).status,
             200);
    f.advance(1);
    const QJsonArray runs = allRuns(f, u"f"_s);
    QCOMPARE(runs.size(), 2);
    for (const QJsonValue &run : runs) {
        QCOMPARE(run[u"range_start"_s].toString(), u"2024-01-01T00:00:00.000Z"_s);
        QCOMPARE(run[u"range_end"_s].toString(), u"2024-02-01T00:00:00.000Z"_s);
    }
    QVERIFY(runs[0][u"successful_records"_s].toInt() > 0);
    QCOMPARE(runs[1][u"successful_records"_s].toInt(), runs[0][u"successful_records"_s].toInt());
}

void TestSandboxApi::editsCanExtendAnExhaustedSchedule()
{
    SandboxFixture f(SandboxFixture::defaults(), utc("2024-03-01T00:00:00Z"));
    prepare(f);
    QJsonObject p = pipeline(
        u"x"_s,
        {{u"type"_s, u"interval"_s}, {u"frequency"_s, u"daily"_s}, {u"start"_s, u"2024-03-01T00:00:00Z"_s}},
        {{u"until"_s, u"2024-03-02T00:00:00Z"_s}});
    f.http.post(f.api(u"/inputs/data-pipelines"_s), p);
    f.setNow(utc("2024-03-04T00:00:00Z"));
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/x"_s)).object()[u"status"_s].toString(), u"stopped"_s);
    QJsonObject sync = p[u"sync_mode"_s].toObject();
    sync[u"until"_s] = u"2024-12-31T00:00:00Z"_s;
    p[u"sync_mode"_s] = sync;
    QCOMPARE(f.http.put(f.api(u"/inputs/data-pipelines/x"_s), p).status, 200);
    QCOMPARE(f.http.get(f.api(u"/inputs/data-pipelines/x"_s)).object()[u"status"_s].toString(), u"idle"_s);
    const int before = int(allRuns(f, u"x"_s).size());
    f.advance(86400);
    QCOMPARE(int(allRuns(f, u"x"_s).size()), before + 1);
}

void TestSandboxApi::runIdsAreNeverReused()
{
    SandboxFixture f;
    prepare(f);
    f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(u"a"_s, {{u"type"_s, u"on_demand"_s}}));
    const qint64 first = f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"a"_s}})
                             .object()[u"pipeline_run_id"_s]
                             .toInteger();
    f.advance(1);
    QCOMPARE(f.http.del(f.api(u"/inputs/data-pipelines/a"_s)).status, 204);
    f.stopSandbox();
    QVERIFY(f.startSandbox());
    f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(u"b"_s, {{u"type"_s, u"on_demand"_s}}));
    const qint64 second =
        f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"b"_s}})
            .object()[u"pipeline_run_id"_s]
            .toInteger();
    QVERIFY(second > first);
}

void TestSandboxApi::connectionDeactivationStopsAndResumes()
{
    auto config = SandboxFixture::defaults();
    config.runDurationSeconds = 600;
    SandboxFixture f(config, utc("2024-03-01T00:30:00Z"));
    prepare(f);
    f.http.post(f.api(u"/inputs/data-pipelines"_s),
                pipeline(u"h"_s, {{u"type"_s, u"interval"_s},
                                  {u"frequency"_s, u"hourly"_s},
                                  {u"start"_s, u"2024-03-01T01:00:00Z"_s}}));
    f.setNow(utc("2024-03-01T01:00:00Z"));
    QCOMPARE(allRuns(f, u"h"_s).last()[u"status"_s].toString(), u"running"_s);
    QJsonObject c = f.snowflake();
    c[u"state"_s] = u"inactive"_s;
    QCOMPARE(f.http.put(f.api(u"/connections/sf"_s), c).status, 200);
    QCOMPARE(allRuns(f, u"h"_s).last()[u"status"_s].toString(), u"stopped"_s);
    // A week later the connection is back: one run at the next tick, not 168 catch-up runs.
    f.setNow(utc("2024-03-08T01:30:00Z"));
    QCOMPARE(allRuns(f, u"h"_s).size(), 1);
    c[u"state"_s] = u"active"_s;
    QCOMPARE(f.http.put(f.api(u"/connections/sf"_s), c).status, 200);
    f.advance(0);
    QCOMPARE(allRuns(f, u"h"_s).size(), 1);
    f.setNow(utc("2024-03-08T02:00:00Z"));
    const QJsonArray runs = allRuns(f, u"h"_s);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[1][u"range_end"_s].toString(), u"2024-03-08T02:00:00.000Z"_s);
}

void TestSandboxApi::emptyManualWindowReadsNothing()
{
    SandboxFixture f;
    prepare(f);
    f.http.post(f.api(u"/inputs/data-pipelines"_s),
                pipeline(u"e"_s, {{u"type"_s, u"on_demand"_s}}, {{u"from"_s, u"2024-01-01T00:00:00Z"_s}}));
    f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"e"_s}});
    f.advance(0);
    f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"e"_s}}); // the same instant
    f.advance(0);
    const QJsonArray runs = allRuns(f, u"e"_s);
    QCOMPARE(runs.size(), 2);
    QVERIFY(runs[0][u"successful_records"_s].toInt() > 0);
    QCOMPARE(runs[1][u"status"_s].toString(), u"success"_s);
    QCOMPARE(runs[1][u"successful_records"_s].toInt() + runs[1][u"failed_records"_s].toInt(), 0);
    // A pipeline cannot be named like the trigger endpoint.
    QCOMPARE(
        f.http.post(f.api(u"/inputs/data-pipelines"_s), pipeline(u"trigger"_s, {{u"type"_s, u"on_demand"_s}}))
            .status,
        400);
    QJsonObject longDelay = pipeline(u"d"_s, {{u"type"_s, u"interval"_s},
                                              {u"frequency"_s, u"hourly"_s},
                                              {u"start"_s, u"2024-01-01T00:00:00Z"_s},
                                              {u"delay"_s, u"300000000y"_s}});
    const HttpResult r = f.http.post(f.api(u"/inputs/data-pipelines"_s), longDelay);
    QCOMPARE(r.status, 400);
    QVERIFY(r.errors().contains(u"too long"_s));
}

void TestSandboxApi::runawayQueriesAreStopped()
{
    auto config = SandboxFixture::defaults();
    config.queryTimeLimitSeconds = 1;
    SandboxFixture f(config);
    prepare(f);
    QCOMPARE(
        f.http
            .put(
                f.api(u"/data-models/users"_s),
                dataModel(
                    u"users"_s,
                    u"SELECT a.email, a.updated_at FROM my_db.crm.users a, my_db.crm.users b, my_db.crm.users c"_s))
            .status,
        200);
    QJsonObject full = pipeline(u"r"_s, {{u"type"_s, u"on_demand"_s}});
    full[u"sync_mode"_s] = QJsonObject{{u"type"_s, u"full"_s}};
    f.http.post(f.api(u"/inputs/data-pipelines"_s), full);
    f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"r"_s}});
    QElapsedTimer timer;
    timer.start();
    f.advance(0);
    QVERIFY(timer.elapsed() < 10000);
    const QJsonObject report = f.http.get(f.api(u"/inputs/data-pipelines/r/report"_s)).object();
    QCOMPARE(report[u"status"_s].toString(), u"faulted"_s);
    QVERIFY(report[u"data_model_errors"_s].toArray().first()[u"message"_s].toString().contains(
        u"longer than 1 seconds"_s));
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"

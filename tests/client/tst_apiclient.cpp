// The API client against a sandbox on a loopback port (never a mocked QNetworkAccessManager): every
// endpoint, tokens, error mapping, retries, no POST replayed, timeouts, cancellation and redaction.
#include "client/ApiClient.h"
#include "client/Redaction.h"
#include "client/RequestLog.h"
#include "client/TokenProvider.h"
#include "tests/support/AwaitCall.h"
#include "tests/support/ResourceFixtures.h"
#include "tests/support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

QStringList g_log;
QtMessageHandler g_previous = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestApiClient : public QObject {
    Q_OBJECT

private slots:
    void roundTripsEveryEndpoint();
    void cachesTokensAndRefreshesThem();
    void replaysOnceAfter401();
    void mapsErrorStatuses();
    void retriesIdempotentRequestsHonouringRetryAfter();
    void neverReplaysPost();
    void timesOut();
    void cancels();
    void refusesPlainHttpToRemoteHosts();
    void keepsSecretsOutOfLogs();

private:
    static void connect(SandboxFixture &f, ApiClient &client, const QString &secret = u"sandbox"_s)
    {
        client.configure(QUrl(f.server->baseUrl()), QUrl(f.server->baseUrl() + u"/oauth/token"_s), u"1"_s,
                         u"sandbox"_s, secret);
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxAttempts = 3;
        client.setRetryPolicy(fast);
    }
};

void TestApiClient::roundTripsEveryEndpoint()
{
    SandboxFixture f;
    f.snowflake(); // provisions the warehouse
    ApiClient client;
    connect(f, client);
    QAbstractItemModelTester tester(&client.requestLog(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Connections
    auto created = await(client.createConnection(snowflakeConnection(u"pw"_s)));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    QCOMPARE(created->status, ConnectionStatus::Healthy);
    QVERIFY(created->snowflake.password.isMasked());
    auto listed = await(client.listConnections());
    QCOMPARE(listed->items.size(), 1u);
    QCOMPARE(await(client.listConnections(ServiceProvider::BigQuery))->items.size(), 0u);
    Connection edited = await(client.getConnection(u"sf"_s)).value();
    edited.name = u"Renamed"_s;
    edited.snowflake.password = Secret::fromValue(u"pw"_s);
    auto replaced = await(client.replaceConnection(edited));
    QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().toString()));
    QCOMPARE(replaced->name, u"Renamed"_s);
    QVERIFY(replaced->audit.lastModifiedOn.isValid());

    // Data models
    DataModel model;
    model.id = u"users"_s;
    model.name = u"Users"_s;
    model.state = ResourceState::Active;
    model.sqlQuery = u"SELECT email, updated_at FROM my_db.crm.users"_s;
    QCOMPARE(await(client.createDataModel(model))->status, DataModelStatus::Valid);
    QCOMPARE(await(client.listDataModels())->items.size(), 1u);
    model.name = u"Users v2"_s;
    QCOMPARE(await(client.replaceDataModel(model))->name, u"Users v2"_s);
    QCOMPARE(await(client.getDataModel(u"users"_s))->sqlQuery, model.sqlQuery);

    // Field transformations
    FieldTransformation t;
    t.id = u"ft"_s;
    t.name = u"Events"_s;
    t.mappings = {{MappingType::Static, std::nullopt, u"event_type"_s, u"custom_event"_s, {}},
                  {MappingType::Static, std::nullopt, u"event_name"_s, u"User seen"_s, {}},
                  {MappingType::Column, u"email"_s, u"email"_s, std::nullopt, {}}};
    QVERIFY(await(client.createFieldTransformation(t)));
    QCOMPARE(await(client.listFieldTransformations())->items.size(), 1u);
    t.name = u"Events v2"_s;
    QCOMPARE(await(client.replaceFieldTransformation(t))->name, u"Events v2"_s);
    QCOMPARE(await(client.getFieldTransformation(u"ft"_s))->mappings.size(), 3u);

    // Pipelines and operations
    Pipeline p;
    p.id = u"p"_s;
    p.name = u"Events pipeline"_s;
    p.pipelineType = PipelineType::Events;
    p.connectionId = u"sf"_s;
    p.dataModelId = u"users"_s;
    p.fieldTransformationId = u"ft"_s;
    p.state = PipelineState::Active;
    p.environment = Environment::Development;
    p.syncMode.type = SyncModeType::Incremental;
    p.syncMode.iteratorField = u"updated_at"_s;
    p.syncMode.iteratorDataType = IteratorDataType::Timestamp;
    p.syncMode.from = Timestamp::parse(u"2024-01-01T00:00:00Z");
    p.schedule.type = ScheduleType::OnDemand;
    auto pipeline = await(client.createPipeline(p));
    QVERIFY2(pipeline, qPrintable(pipeline ? QString() : pipeline.error().toString()));
    QCOMPARE(pipeline->status, PipelineStatus::Idle);
    QCOMPARE(await(client.listPipelines())->items.size(), 1u);
    p.name = u"Renamed pipeline"_s;
    QCOMPARE(await(client.replacePipeline(p))->name, u"Renamed pipeline"_s);
    QCOMPARE(await(client.getPipeline(u"p"_s))->fieldTransformationId, u"ft"_s);
    auto triggered = await(client.trigger(u"p"_s));
    QVERIFY(triggered);
    QCOMPARE(triggered->status, TriggerStatus::AttemptRequested);
    f.advance(1);
    auto run = await(client.run(u"p"_s, triggered->pipelineRunId));
    QCOMPARE(run->status, RunStatus::Success);
    QVERIFY(run->successfulRecords > 0);
    auto report = await(client.report(u"p"_s));
    QCOMPARE(report->latestSuccessfulRunId, triggered->pipelineRunId);
    RunQuery query;
    query.pageSize = 10;
    auto page = await(client.runs(u"p"_s, query));
    QCOMPARE(page->items.size(), 1u);
    QCOMPARE(page->totalItems, 1);

    QVERIFY(await(client.deletePipeline(u"p"_s)));
    QVERIFY(await(client.deleteFieldTransformation(u"ft"_s)));
    QVERIFY(await(client.deleteDataModel(u"users"_s)));
    QVERIFY(await(client.deleteConnection(u"sf"_s)));
    QCOMPARE(await(client.getConnection(u"sf"_s)).error().httpStatus(), 404);
    QCOMPARE(client.inFlight(), 0);
}

void TestApiClient::cachesTokensAndRefreshesThem()
{
    auto config = SandboxFixture::defaults();
    config.tokenLifetimeSeconds = 2;
    SandboxFixture f(config);
    ApiClient client;
    connect(f, client);
    // Many calls at once share one token request.
    std::vector<ApiCall<DecodedList<Pipeline>>> calls;
    for (int i = 0; i < 5; ++i)
        calls.push_back(client.listPipelines());
    for (auto &call : calls)
        QVERIFY(await(call));
    QCOMPARE(client.tokens().requestsSent(), 1);
    QVERIFY(await(client.listDataModels()));
    QCOMPARE(client.tokens().requestsSent(), 1);
    // Refreshed ahead of expiry: due a second into the token's two (well before it expires, so waiting
    // longer fails), then a call fetches a new one, with no 401 on the way.
    QTRY_VERIFY_WITH_TIMEOUT(!client.tokens().hasValidToken(), 1500);
    QVERIFY(await(client.listDataModels()));
    QCOMPARE(client.tokens().requestsSent(), 2);
    int unauthorized = 0;
    for (int row = 0; row < client.requestLog().rowCount(); ++row)
        unauthorized += client.requestLog().entry(row)->status == 401;
    QCOMPARE(unauthorized, 0);
}

void TestApiClient::replaysOnceAfter401()
{
    SandboxFixture f;
    ApiClient client;
    connect(f, client);
    QVERIFY(await(client.listPipelines()));
    QCOMPARE(f.http.del(u"/_sandbox/tokens"_s).status, 204); // the server forgets the token
    QVERIFY(await(client.listPipelines()));
    QCOMPARE(client.tokens().requestsSent(), 2);

    ApiClient wrong;
    connect(f, wrong, u"not-the-secret"_s);
    const auto result = await(wrong.listPipelines());
    QVERIFY(!result);
    QVERIFY(result.error().message().contains(u"Sign-in failed"_s));
}

void TestApiClient::mapsErrorStatuses()
{
    SandboxFixture f;
    f.snowflake();
    ApiClient client;
    connect(f, client);
    DataModel bad;
    bad.id = u"m"_s;
    bad.name = u"M"_s;
    bad.state = ResourceState::Active;
    bad.sqlQuery = u"DELETE FROM t"_s;
    auto r400 = await(client.createDataModel(bad));
    QCOMPARE(r400.error().httpStatus(), 400);
    QCOMPARE(r400.error().action(), ApiError::Action::FixInput);
    QCOMPARE(r400.error().details(), u"Unsupported SQL command: DELETE"_s);
    QCOMPARE(r400.error().body().errors.size(), 1u);

    auto r404 = await(client.getPipeline(u"missing"_s));
    QCOMPARE(r404.error().action(), ApiError::Action::Refresh);
    QVERIFY(r404.error().details().contains(u"missing"_s));

    ApiReply *patch = client.send("PATCH", client.endpoints().pipeline(u"missing"_s), "{}");
    QSignalSpy finished(patch, &ApiReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(patch->error().httpStatus(), 405);
    QCOMPARE(patch->error().action(), ApiError::Action::Unsupported);

    f.http.put(u"/_sandbox/faults"_s, {{u"fail_connection_saves"_s, true}});
    auto r505 = await(client.createConnection(snowflakeConnection(u"pw"_s)));
    QCOMPARE(r505.error().httpStatus(), 505);
    QCOMPARE(r505.error().action(), ApiError::Action::CheckWarehouse);

    f.http.put(u"/_sandbox/faults"_s, {{u"fail_connection_saves"_s, false}, {u"error_rate"_s, 1.0}});
    auto r5xx = await(client.listPipelines());
    QVERIFY(r5xx.error().httpStatus() >= 500);
    QVERIFY(r5xx.error().isTransient());

    f.http.put(u"/_sandbox/faults"_s,
               {{u"error_rate"_s, 0.0}, {u"rate_limit_rate"_s, 1.0}, {u"retry_after_seconds"_s, 0}});
    auto r429 = await(client.listPipelines());
    QCOMPARE(r429.error().httpStatus(), 429);
    QCOMPARE(r429.error().retryAfterSeconds(), 0);
    QCOMPARE(r429.error().action(), ApiError::Action::WaitAndRetry);

    // 403 and unknown statuses, as the server may send them.
    const ApiError r403 =
        ApiError::fromResponse(QNetworkReply::ContentAccessDenied, 403, R"({"message":"nope"})");
    QCOMPARE(r403.action(), ApiError::Action::NeedsPermission);
    QCOMPARE(r403.details(), u"nope"_s);
    const ApiError refused = ApiError::fromResponse(QNetworkReply::ConnectionRefusedError, 0, {});
    QCOMPARE(refused.kind(), ApiError::Kind::Network);
    QVERIFY(!refused.message().isEmpty());
}

void TestApiClient::retriesIdempotentRequestsHonouringRetryAfter()
{
    SandboxFixture f;
    ApiClient client;
    connect(f, client);
    QVERIFY(await(client.listDataModels())); // the token is fetched before the throttling starts
    client.requestLog().clear();
    f.http.put(u"/_sandbox/faults"_s, {{u"rate_limit_rate"_s, 1.0}, {u"retry_after_seconds"_s, 1}});
    // The throttling ends while the client is waiting as told.
    QTimer::singleShot(600, &client, [&] {
        f.http.put(u"/_sandbox/faults"_s, {{u"rate_limit_rate"_s, 0.0}});
    });
    QElapsedTimer timer;
    timer.start();
    const auto result = await(client.listPipelines());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY2(timer.elapsed() >= 950, "waited for Retry-After");
    int attempts = 0;
    for (int row = 0; row < client.requestLog().rowCount(); ++row)
        attempts += client.requestLog().entry(row)->url.endsWith(u"/inputs/data-pipelines"_s);
    QCOMPARE(attempts, 2); // throttled once, then it waited as told

    // 500, 502 and 503 are all retried up to the limit for a GET (spec §4.4), then reported.
    f.http.put(u"/_sandbox/faults"_s, {{u"error_rate"_s, 1.0}});
    for (int round = 0; round < 3; ++round) {
        client.requestLog().clear();
        QVERIFY(!await(client.listDataModels()));
        QCOMPARE(client.requestLog().rowCount(), 3);
    }
}

void TestApiClient::neverReplaysPost()
{
    SandboxFixture f;
    ApiClient client;
    connect(f, client);
    QVERIFY(await(client.listPipelines())); // token fetched
    f.http.put(u"/_sandbox/faults"_s, {{u"error_rate"_s, 1.0}});
    client.requestLog().clear();
    DataModel model;
    model.id = u"m"_s;
    model.name = u"M"_s;
    model.state = ResourceState::Active;
    model.sqlQuery = u"SELECT 1 AS email"_s;
    QVERIFY(!await(client.createDataModel(model)));
    QVERIFY(!await(client.trigger(u"p"_s)));
    QCOMPARE(client.requestLog().rowCount(), 2); // one POST each, no replay
    // A dropped answer is not replayed either (the write may have happened).
    f.http.put(u"/_sandbox/faults"_s, {{u"error_rate"_s, 0.0}, {u"drop_rate"_s, 1.0}});
    client.requestLog().clear();
    const auto dropped = await(client.createDataModel(model));
    QCOMPARE(dropped.error().kind(), ApiError::Kind::Network);
    QCOMPARE(client.requestLog().rowCount(), 1);
}

void TestApiClient::timesOut()
{
    SandboxFixture f;
    ApiClient client;
    connect(f, client);
    QVERIFY(await(client.listPipelines()));
    RetryPolicy once;
    once.maxAttempts = 1;
    client.setRetryPolicy(once);
    client.setTimeoutMs(300);
    f.http.put(u"/_sandbox/faults"_s, {{u"latency_ms"_s, 2000}});
    QElapsedTimer timer;
    timer.start();
    const auto result = await(client.listPipelines());
    QCOMPARE(result.error().kind(), ApiError::Kind::Timeout);
    QVERIFY(timer.elapsed() < 1500);
}

void TestApiClient::cancels()
{
    SandboxFixture f;
    ApiClient client;
    connect(f, client);
    QVERIFY(await(client.listPipelines()));
    f.http.put(u"/_sandbox/faults"_s, {{u"latency_ms"_s, 1000}});
    auto call = client.listPipelines();
    QTimer::singleShot(100, &client, [call] { call.cancel(); });
    const auto result = await(call);
    QCOMPARE(result.error().kind(), ApiError::Kind::Cancelled);
    QTRY_COMPARE(client.inFlight(), 0);
    // Pointing the client elsewhere cancels what was in flight for the old settings.
    auto stale = client.listConnections();
    QTimer::singleShot(100, &client, [&] { connect(f, client); });
    QCOMPARE(await(stale).error().kind(), ApiError::Kind::Cancelled);
    f.http.put(u"/_sandbox/faults"_s, {{u"latency_ms"_s, 0}});
    QVERIFY(await(client.listConnections()));

    // Cancelling before the event loop ran is reported too, once.
    const auto early = client.listDataModels();
    early.cancel();
    QCOMPARE(await(early).error().kind(), ApiError::Kind::Cancelled);
}

void TestApiClient::refusesPlainHttpToRemoteHosts()
{
    ApiClient client;
    client.configure(QUrl(u"http://api.example.com"_s), QUrl(u"https://api.example.com/oauth/token"_s),
                     u"1"_s, u"id"_s, u"secret"_s);
    const auto result = await(client.listPipelines());
    QCOMPARE(result.error().kind(), ApiError::Kind::Insecure);
    QCOMPARE(client.requestLog().rowCount(), 0); // nothing was sent
    ApiClient tokenOverHttp;
    tokenOverHttp.configure(QUrl(u"https://api.example.com"_s), QUrl(u"http://sso.example.com/oauth/token"_s),
                            u"1"_s, u"id"_s, u"secret"_s);
    QCOMPARE(await(tokenOverHttp.listPipelines()).error().kind(), ApiError::Kind::Insecure);
    QCOMPARE(tokenOverHttp.requestLog().rowCount(), 0);
}

void TestApiClient::keepsSecretsOutOfLogs()
{
    g_log.clear();
    g_previous = qInstallMessageHandler(captureMessages);
    QLoggingCategory::setFilterRules(u"wsc.*=true"_s);
    auto config = SandboxFixture::defaults();
    config.clientSecret = u"client-secret-value"_s;
    SandboxFixture f(config);
    f.snowflake();
    ApiClient client;
    connect(f, client, u"client-secret-value"_s);
    QVERIFY(await(client.createConnection(snowflakeConnection(u"super-secret-pw"_s))));
    f.http.put(u"/_sandbox/faults"_s, {{u"error_rate"_s, 1.0}});
    (void)await(client.listConnections()); // retries log at debug level
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());

    QString everything = g_log.join(u'\n');
    for (int row = 0; row < client.requestLog().rowCount(); ++row) {
        const auto *e = client.requestLog().entry(row);
        everything +=
            e->url + QString::fromUtf8(e->requestBody) + QString::fromUtf8(e->responseBody) + e->error;
    }
    QVERIFY(everything.contains(u"/connections"_s)); // the log was really searched
    for (const QString &secret :
         {u"super-secret-pw"_s, u"client-secret-value"_s}) // the password and the client secret
        QVERIFY2(!everything.contains(secret), qPrintable(secret));
    QVERIFY(everything.contains(QString::fromLatin1(Redaction::kRedacted)));
    // The bearer token never reaches the log either.
    QVERIFY(!everything.contains(u"Bearer "_s));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"

// The client against a server that misbehaves on purpose (tests/support/HostileServer.h, real loopback
// HTTP): a POST happens at most once, ids are checked before they become URLs, a 2xx body that is not what
// the endpoint returns is an error, every attempt has an overall deadline, Retry-After is capped for the
// API and the token alike, tokens that cannot be headers are refused, a redirect is never followed, an
// echoed secret is never shown, GET is retried on 500, a refused run page size falls back, a create whose
// answer was lost is recognised, and one missing endpoint does not take the workspace down.
#include "client/ApiClient.h"
#include "client/RequestLog.h"
#include "client/WorkspaceSync.h"
#include "tests/support/AwaitCall.h"
#include "tests/support/HostileServer.h"
#include "tests/support/ResourceFixtures.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>
#include <QSignalSpy>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPipeline = R"({"id":"p","name":"P","pipeline_type":"user_attributes","connection_id":"c",
    "data_model_id":"m","state":"active","status":"idle","sync_mode":{"type":"full"},
    "schedule":{"type":"on_demand"},"environment":"development"})";

RetryPolicy fastRetries(int attempts = 5)
{
    RetryPolicy policy;
    policy.maxAttempts = attempts;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 50;
    return policy;
}

} // namespace

class TestHostile : public QObject {
    Q_OBJECT

private slots:
    void postIsSentAtMostOnce_data();
    void postIsSentAtMostOnce();
    void idsAreCheckedBeforeSending_data();
    void idsAreCheckedBeforeSending();
    void bodiesThatAreNotWhatTheEndpointReturns_data();
    void bodiesThatAreNotWhatTheEndpointReturns();
    void anAttemptHasAnOverallDeadline();
    void retryAfterIsCappedForTheApiAndTheToken_data();
    void retryAfterIsCappedForTheApiAndTheToken();
    void aShortHttpDateRetryAfterIsWaited();
    void tokensThatCannotBeSentAreRefused_data();
    void tokensThatCannotBeSentAreRefused();
    void getIsRetriedOn500ButPostIsNot();
    void redirectsAreNotFollowed();
    void echoedSecretsAreRedacted();
    void aRefusedRunPageSizeFallsBack();
    void aCreateWhoseAnswerWasLostIsRecognised();
    void oneMissingEndpointDoesNotTakeTheWorkspaceDown();
    void oddFieldsAreKeptAndReported();

private:
    static void connect(HostileServer &server, ApiClient &client)
    {
        client.configure(QUrl(server.baseUrl()), QUrl(server.tokenUrl()), u"1"_s, u"id"_s, u"client-secret-1"_s);
        client.setRetryPolicy(fastRetries());
    }
};

void TestHostile::postIsSentAtMostOnce_data()
{
    QTest::addColumn<bool>("warmConnection"); // a kept-alive connection is reused, then closed under the POST
    QTest::addColumn<bool>("trigger");
    QTest::newRow("create, fresh connection") << false << false;
    QTest::newRow("create, kept-alive connection") << true << false;
    QTest::newRow("trigger, fresh connection") << false << true;
    QTest::newRow("trigger, kept-alive connection") << true << true;
}

void TestHostile::postIsSentAtMostOnce()
{
    QFETCH(bool, warmConnection);
    QFETCH(bool, trigger);
    HostileServer server([](const ReceivedRequest &r) {
        if (r.method == "GET")
            return Answer::json(200, "[]");
        return Answer::close(); // the request arrived; the answer never comes
    });
    ApiClient client;
    connect(server, client);
    if (warmConnection)
        QVERIFY(await(client.listConnections()));
    std::optional<ApiError> error;
    if (trigger) {
        const auto r = await(client.trigger(u"p"_s));
        QVERIFY(!r);
        error = r.error();
    } else {
        const auto r = await(client.createConnection(snowflakeConnection(u"pw-12345"_s, u"c"_s)));
        QVERIFY(!r);
        error = r.error();
    }
    // A later request, answered: a resend by Qt (or a retry) of the POST would have reached the server
    // before it.
    const int gets = server.count("GET");
    QVERIFY(await(client.listConnections()));
    QCOMPARE(server.count("GET"), gets + 1);
    QCOMPARE(server.count("POST"), 1);
    QVERIFY(error->isOutcomeUnknown());
    QVERIFY2(error->message().contains(u"refresh to see"_s), qPrintable(error->message()));
}

void TestHostile::idsAreCheckedBeforeSending_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot") << u"."_s;
    QTest::newRow("dot dot") << u".."_s;
    QTest::newRow("slash") << u"a/b"_s;
    QTest::newRow("space") << u"a b"_s;
    QTest::newRow("percent") << u"%2e%2e"_s;
}

void TestHostile::idsAreCheckedBeforeSending()
{
    QFETCH(QString, id);
    HostileServer server([](const ReceivedRequest &) { return Answer::json(200, "{}"); });
    ApiClient client;
    connect(server, client);
    const auto deleted = await(client.deleteConnection(id));
    QVERIFY(!deleted);
    QCOMPARE(deleted.error().kind(), ApiError::Kind::Invalid);
    QVERIFY(!await(client.deletePipeline(id)));
    QVERIFY(!await(client.getDataModel(id)));
    QVERIFY(!await(client.report(id)));
    QVERIFY(!await(client.runs(id, RunQuery{})));
    if (id != u"%2e%2e"_s) // a run id is opaque text, percent signs included
        QVERIFY(!await(client.run(u"p"_s, id)));
    Connection c = snowflakeConnection(u"pw-12345"_s, id);
    QVERIFY(!await(client.createConnection(c)));
    QVERIFY(!await(client.replaceConnection(c)));
    QCOMPARE(server.count("GET") + server.count("POST") + server.count("PUT") + server.count("DELETE"), 0);
    // A run id is opaque text: any printable one is fine.
    QVERIFY(ApiEndpoints::isValidRunId(u"run-42.a"_s));
    QVERIFY(!ApiEndpoints::isValidRunId(u".."_s));
}

void TestHostile::bodiesThatAreNotWhatTheEndpointReturns_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(kPipeline).prepend('[').left(60);
    QTest::newRow("html") << QByteArray("<html><body>Service Unavailable</body></html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("an object where a list belongs") << QByteArray(kPipeline);
    QTest::newRow("invalid utf-8") << QByteArray("[{\"id\":\"p\",\"name\":\"\xff\xfe\"}]");
    QTest::newRow("very deep") << QByteArray(5000, '[') + QByteArray(5000, ']');
}

void TestHostile::bodiesThatAreNotWhatTheEndpointReturns()
{
    QFETCH(QByteArray, body);
    HostileServer server([body](const ReceivedRequest &) { return Answer::json(200, body); });
    ApiClient client;
    connect(server, client);
    const auto r = await(client.listPipelines());
    QVERIFY(!r);
    QCOMPARE(r.error().kind(), ApiError::Kind::Decode);
    // The request inspector says what was wrong next to the answer.
    const RequestLog &log = client.requestLog();
    QVERIFY(log.rowCount() >= 1);
    const QString noted = log.entry(log.rowCount() - 1)->error;
    QVERIFY2(noted.contains(u"Not what this endpoint returns"_s), qPrintable(noted));
}

void TestHostile::anAttemptHasAnOverallDeadline()
{
    // A byte every 100 ms: never idle long enough for a transfer timeout, so only the whole-attempt
    // deadline ends it.
    HostileServer server([](const ReceivedRequest &) { return Answer::trickle("[" + kPipeline + "]", 100); });
    ApiClient client;
    connect(server, client);
    client.setRetryPolicy(fastRetries(2));
    client.setTimeoutMs(800);
    QElapsedTimer timer;
    timer.start();
    const auto r = await(client.listPipelines());
    QVERIFY(!r);
    QCOMPARE(r.error().kind(), ApiError::Kind::Timeout);
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server.count("GET"), 2); // both attempts, each cut at its deadline
}

void TestHostile::retryAfterIsCappedForTheApiAndTheToken_data()
{
    QTest::addColumn<bool>("onToken");
    QTest::addColumn<QByteArray>("retryAfter");
    const QByteArray inAnHour =
        QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(3600), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
    QTest::newRow("api, seconds") << false << QByteArray("100000");
    QTest::newRow("api, http-date") << false << inAnHour;
    QTest::newRow("token, seconds") << true << QByteArray("100000");
    QTest::newRow("token, http-date") << true << inAnHour;
}

void TestHostile::retryAfterIsCappedForTheApiAndTheToken()
{
    QFETCH(bool, onToken);
    QFETCH(QByteArray, retryAfter);
    const Answer busy = Answer::json(429, R"({"message":"slow down"})", {{"Retry-After", retryAfter}});
    HostileServer server([busy](const ReceivedRequest &) { return busy; });
    if (onToken)
        server.setTokenAnswer(busy);
    ApiClient client;
    connect(server, client);
    QElapsedTimer timer;
    timer.start();
    const auto r = await(client.listConnections());
    QVERIFY(!r);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(r.error().message().contains(u"longer than the console waits"_s), qPrintable(r.error().toString()));
    // Not asked again.
    QCOMPARE(server.count("POST", "/oauth"), 1);
    QCOMPARE(server.count("GET"), onToken ? 0 : 1);
}

void TestHostile::aShortHttpDateRetryAfterIsWaited()
{
    int calls = 0;
    HostileServer server([&calls](const ReceivedRequest &) {
        if (++calls == 1) {
            const QByteArray soon = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(1),
                                                  u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                        .toLatin1();
            return Answer::json(503, "{}", {{"Retry-After", soon}});
        }
        return Answer::json(200, "[]");
    });
    ApiClient client;
    connect(server, client);
    QVERIFY(await(client.listConnections()));
    QCOMPARE(server.count("GET"), 2);
    QCOMPARE(RetryPolicy::parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT",
                                          QDateTime(QDate(1994, 11, 6), QTime(8, 49, 7), QTimeZone::utc())),
             30);
    QCOMPARE(RetryPolicy::parseRetryAfter(" 7 "), 7);
    QVERIFY(!RetryPolicy::parseRetryAfter("soon"));
}

void TestHostile::tokensThatCannotBeSentAreRefused_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("CR LF in the token") << QByteArray("abc\\r\\nX-Injected: 1") << QByteArray("Bearer");
    QTest::newRow("a space in the token") << QByteArray("abc def") << QByteArray("Bearer");
    QTest::newRow("not a bearer token") << QByteArray("abc") << QByteArray("mac");
}

void TestHostile::tokensThatCannotBeSentAreRefused()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, type);
    HostileServer server([](const ReceivedRequest &) { return Answer::json(200, "[]"); });
    server.setTokenAnswer(Answer::token(token, type));
    ApiClient client;
    connect(server, client);
    const auto r = await(client.listConnections());
    QVERIFY(!r);
    QCOMPARE(r.error().kind(), ApiError::Kind::Invalid);
    QCOMPARE(server.count("GET"), 0); // nothing went to the API with it
    for (const ReceivedRequest &request : server.received())
        QVERIFY(request.header("X-Injected").isEmpty());
    // Case does not matter for the type (OAuth 2.0 §7.1).
    HostileServer lower([](const ReceivedRequest &) { return Answer::json(200, "[]"); });
    lower.setTokenAnswer(Answer::token("abc", "bearer"));
    ApiClient second;
    connect(lower, second);
    QVERIFY(await(second.listConnections()));
}

void TestHostile::getIsRetriedOn500ButPostIsNot()
{
    int gets = 0;
    HostileServer server([&gets](const ReceivedRequest &r) {
        if (r.method == "GET" && ++gets < 3)
            return Answer::json(500, R"({"message":"oops"})");
        if (r.method == "GET")
            return Answer::json(200, "[]");
        return Answer::json(500, R"({"message":"oops"})");
    });
    ApiClient client;
    connect(server, client);
    QVERIFY(await(client.listConnections()));
    QCOMPARE(server.count("GET"), 3);
    QVERIFY(!await(client.trigger(u"p"_s)));
    QCOMPARE(server.count("POST"), 1);
}

void TestHostile::redirectsAreNotFollowed()
{
    HostileServer elsewhere([](const ReceivedRequest &) { return Answer::json(200, "[]"); });
    HostileServer server([&elsewhere](const ReceivedRequest &) {
        return Answer::json(302, "{}", {{"Location", elsewhere.baseUrl().toLatin1() + "/steal"}});
    });
    ApiClient client;
    connect(server, client);
    const auto r = await(client.listConnections());
    QVERIFY(!r);
    QCOMPARE(r.error().httpStatus(), 302);
    QCOMPARE(elsewhere.received().size(), 0);
}

void TestHostile::echoedSecretsAreRedacted()
{
    // The server repeats the request in its error, in the message and as a member.
    HostileServer server([](const ReceivedRequest &r) {
        const QByteArray echo = QJsonDocument::fromJson(r.body).object().value(u"config"_s).toObject()
                                    .value(u"password"_s).toString().toUtf8();
        return Answer::json(400, R"({"errors":[{"message":"bad password )" + echo + R"("}],"request":)" + r.body +
                                      "}");
    });
    ApiClient client;
    connect(server, client);
    Connection c = snowflakeConnection(u"pw-12345"_s, u"c"_s);
    c.snowflake.password = Secret::fromValue(u"hunter2-secret"_s);
    const auto r = await(client.createConnection(c));
    QVERIFY(!r);
    QVERIFY2(!r.error().toString().contains(u"hunter2-secret"_s), qPrintable(r.error().toString()));
    QVERIFY(!r.error().body().summary().contains(u"hunter2-secret"_s));
    for (int row = 0; row < client.requestLog().rowCount(); ++row) {
        const RequestLog::Entry *e = client.requestLog().entry(row);
        QVERIFY(!e->requestBody.contains("hunter2-secret"));
        QVERIFY(!e->responseBody.contains("hunter2-secret"));
    }
}

void TestHostile::aRefusedRunPageSizeFallsBack()
{
    HostileServer server([](const ReceivedRequest &r) {
        const QUrlQuery query(QUrl(QString::fromLatin1(r.path)));
        const int size = query.queryItemValue(u"pageSize"_s).toInt();
        if (size > 50)
            return Answer::json(400, R"({"errors":[{"message":"pageSize must be at most 50"}]})");
        return Answer::json(200, R"({"items":[{"id":"r-1","status":"success"}],"current_page":1,"page_size":50,
                                     "total_pages":1,"total_items":1,"has_next_page":false})");
    });
    ApiClient client;
    connect(server, client);
    QSignalSpy limited(&client, &ApiClient::runPageSizeLimited);
    RunQuery query;
    query.pageSize = 500;
    const auto page = await(client.runs(u"p"_s, query));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page->items.front().id, u"r-1"_s);
    QCOMPARE(limited.count(), 1);
    QCOMPARE(client.runPageSize(500), 50);
    QCOMPARE(client.runPageSize(20), 20);
}

void TestHostile::aCreateWhoseAnswerWasLostIsRecognised()
{
    // The first create's answer was lost; asked again, the server says the id is taken.
    QByteArray held;
    HostileServer server([&held](const ReceivedRequest &r) {
        if (r.method == "POST")
            return Answer::json(400, R"({"errors":[{"message":"Connection c is taken."}]})");
        if (held.isEmpty())
            return Answer::json(404, "{}");
        return Answer::json(200, held);
    });
    ApiClient client;
    connect(server, client);
    Connection c = snowflakeConnection(u"pw-12345"_s, u"c"_s);
    // Nothing there: the refusal stands.
    QVERIFY(!await(client.createConnection(c)));
    // The server holds what was sent (its password masked, a status and audit fields added): success.
    QJsonObject object = QJsonDocument::fromJson(JsonCodec::encode(c)).object();
    QJsonObject config = object.value(u"config"_s).toObject();
    config[u"password"_s] = u"************"_s;
    object[u"config"_s] = config;
    object[u"status"_s] = u"healthy"_s;
    object[u"created_on"_s] = u"2024-01-01T00:00:00Z"_s;
    held = QJsonDocument(object).toJson();
    const auto created = await(client.createConnection(c));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    QCOMPARE(created->status.wire(), u"healthy"_s);
    // Its password cannot be compared: the same body was put once more, so the one typed is the one held.
    QCOMPARE(server.count("PUT"), 1);
    QVERIFY(server.received().last().body.contains("pw-12345"));
    // Something else under that id: a real clash.
    object[u"name"_s] = u"Somebody else's"_s;
    held = QJsonDocument(object).toJson();
    const auto clash = await(client.createConnection(c));
    QVERIFY(!clash);
    QCOMPARE(clash.error().httpStatus(), 400);
}

void TestHostile::oneMissingEndpointDoesNotTakeTheWorkspaceDown()
{
    HostileServer server([](const ReceivedRequest &r) {
        if (r.path.contains("/field-transformations"))
            return Answer::json(404, R"({"errors":[{"message":"Not Found"}]})");
        if (r.path.contains("/data-models"))
            return Answer::json(503, R"({"message":"down"})");
        if (r.path.contains("/data-pipelines"))
            return Answer::json(200, "[" + kPipeline + "]");
        return Answer::json(200, "[]");
    });
    ApiClient client;
    connect(server, client);
    client.setRetryPolicy(fastRetries(2));
    WorkspaceStore store;
    WorkspaceSync sync(client, store);
    QSignalSpy refreshed(&sync, &WorkspaceSync::refreshed);
    QSignalSpy failed(&sync, &WorkspaceSync::listFailed);
    sync.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.takeFirst().at(0).toBool(), true); // connected: the window says so
    QCOMPARE(store.count(ResourceKind::Pipeline), 1);
    QCOMPARE(store.listStatus(ResourceKind::FieldTransformation).state, ListStatus::State::Unavailable);
    QCOMPARE(store.listStatus(ResourceKind::DataModel).state, ListStatus::State::Failed);
    QCOMPARE(store.listStatus(ResourceKind::Connection).state, ListStatus::State::Loaded);
    QCOMPARE(failed.count(), 1); // the data models only: a missing endpoint is not a failure
    QCOMPARE(qvariant_cast<ResourceKind>(failed.first().at(0)), ResourceKind::DataModel);

    // A wrong workspace id answers 404 everywhere: not connected either.
    HostileServer wrong([](const ReceivedRequest &) { return Answer::json(404, R"({"errors":[{"message":"Not Found"}]})"); });
    ApiClient third;
    connect(wrong, third);
    WorkspaceStore thirdStore;
    WorkspaceSync thirdSync(third, thirdStore);
    QSignalSpy thirdRefreshed(&thirdSync, &WorkspaceSync::refreshed);
    thirdSync.refresh();
    QVERIFY(thirdRefreshed.wait(10000));
    QCOMPARE(thirdRefreshed.takeFirst().at(0).toBool(), false);

    // Retrying the one list that failed keeps the window connected, whatever that retry brings.
    QSignalSpy again(&sync, &WorkspaceSync::refreshed);
    sync.refreshList(ResourceKind::DataModel);
    QVERIFY(again.wait(10000));
    QCOMPARE(again.takeFirst().at(0).toBool(), true);

    // Everything refused: not connected.
    HostileServer down([](const ReceivedRequest &) { return Answer::json(401, "{}"); });
    ApiClient other;
    connect(down, other);
    WorkspaceStore otherStore;
    WorkspaceSync otherSync(other, otherStore);
    QSignalSpy otherRefreshed(&otherSync, &WorkspaceSync::refreshed);
    otherSync.refresh();
    QVERIFY(otherRefreshed.wait(10000));
    QCOMPARE(otherRefreshed.takeFirst().at(0).toBool(), false);
}

void TestHostile::oddFieldsAreKeptAndReported()
{
    // One odd field per item, an item that is not an object and one without an id.
    const QByteArray body = "[" + QByteArray(kPipeline).replace(R"("id":"p")", R"("id":"p1","partner_feed_id":"feed-7")") +
                            "," + QByteArray(kPipeline).replace(R"("id":"p")", R"("id":"p2")").replace(R"({"type":"full"})", R"("full")") +
                            R"(,17,{"name":"no id"}])";
    HostileServer server([body](const ReceivedRequest &) { return Answer::json(200, body); });
    ApiClient client;
    connect(server, client);
    const auto list = await(client.listPipelines());
    QVERIFY(list);
    QCOMPARE(list->items.size(), std::size_t(2));
    QCOMPARE(list->problems.size(), std::size_t(2));
    QCOMPARE(list->items[0].rawFields.size(), std::size_t(1));
    QCOMPARE(list->items[0].rawFields[0].path, u"[0].partner_feed_id"_s);
    QCOMPARE(list->items[1].rawFields.size(), std::size_t(1));
    QCOMPARE(list->items[1].rawFields[0].path, u"[1].sync_mode"_s);
    // Sent back as they came.
    const QJsonObject first = QJsonDocument::fromJson(JsonCodec::encode(list->items[0])).object();
    QCOMPARE(first.value(u"partner_feed_id"_s).toString(), u"feed-7"_s);
    const QJsonObject second = QJsonDocument::fromJson(JsonCodec::encode(list->items[1])).object();
    QCOMPARE(second.value(u"sync_mode"_s).toString(), u"full"_s);
    // And reported, never silently: next to the answer in the request inspector.
    const QString noted = client.requestLog().entry(client.requestLog().rowCount() - 1)->error;
    QVERIFY2(noted.contains(u"partner_feed_id"_s) && noted.contains(u"could not be read was skipped"_s),
             qPrintable(noted));
}

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"

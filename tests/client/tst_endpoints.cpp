// Endpoint URLs are joined from encoded segments (spec §4.4, I-5, I-41) and plain http only reaches
// loopback hosts.
#include "client/ApiEndpoints.h"
#include "client/ServerMessages.h"

#include <QTest>
#include <QUrlQuery>

using namespace wsc;
using namespace Qt::StringLiterals;

class TestEndpoints : public QObject {
    Q_OBJECT

private slots:
    void buildsEveryEndpoint_data();
    void buildsEveryEndpoint();
    void encodesPathSegments();
    void buildsRunQueries();
    void allowsPlainHttpOnlyToLoopback_data();
    void allowsPlainHttpOnlyToLoopback();
    void classifiesTheServersWords_data();
    void classifiesTheServersWords();
};

void TestEndpoints::buildsEveryEndpoint_data()
{
    QTest::addColumn<QUrl>("actual");
    QTest::addColumn<QString>("expected");
    const QString base = u"https://api.mparticle.com/platform/v2/workspaces/12345"_s;
    for (const QString &root : {u"https://api.mparticle.com"_s, u"https://api.mparticle.com/"_s}) {
        const ApiEndpoints e(QUrl(root), u"12345"_s);
        const char *suffix = root.endsWith(u'/') ? " (root with slash)" : "";
        QTest::addRow("%s%s", "connections", suffix) << e.connections() << base + u"/connections";
        QTest::addRow("%s%s", "connection", suffix) << e.connection(u"c-1"_s) << base + u"/connections/c-1";
        QTest::addRow("%s%s", "data models", suffix) << e.dataModels() << base + u"/data-models";
        QTest::addRow("%s%s", "data model", suffix) << e.dataModel(u"m_1"_s) << base + u"/data-models/m_1";
        QTest::addRow("%s%s", "field transformations", suffix)
            << e.fieldTransformations() << base + u"/field-transformations";
        QTest::addRow("%s%s", "field transformation", suffix)
            << e.fieldTransformation(u"ft"_s) << base + u"/field-transformations/ft";
        QTest::addRow("%s%s", "pipelines", suffix) << e.pipelines() << base + u"/inputs/data-pipelines";
        QTest::addRow("%s%s", "pipeline", suffix) << e.pipeline(u"p"_s) << base + u"/inputs/data-pipelines/p";
        QTest::addRow("%s%s", "trigger", suffix) << e.trigger() << base + u"/inputs/data-pipelines/trigger";
        QTest::addRow("%s%s", "report", suffix)
            << e.report(u"p"_s) << base + u"/inputs/data-pipelines/p/report";
        QTest::addRow("%s%s", "run", suffix)
            << e.run(u"p"_s, u"13325"_s) << base + u"/inputs/data-pipelines/p/runs/13325";
    }
    const ApiEndpoints sandbox(QUrl(u"http://127.0.0.1:8080/api"_s), u"1"_s);
    QTest::newRow("root with a path")
        << sandbox.pipelines()
        << u"http://127.0.0.1:8080/api/platform/v2/workspaces/1/inputs/data-pipelines"_s;
}

void TestEndpoints::buildsEveryEndpoint()
{
    QFETCH(QUrl, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual.toString(QUrl::FullyEncoded), expected);
}

void TestEndpoints::encodesPathSegments()
{
    // An id that is not a slug never becomes part of a URL: `..` would name the workspace itself.
    const ApiEndpoints e(QUrl(u"https://api.mparticle.com"_s), u"1"_s);
    for (const QString &id : {u"a/b?c#d"_s, u".."_s, u"."_s, QString(), u"a b"_s}) {
        QVERIFY(!e.pipeline(id).isValid());
        QVERIFY(!e.connection(id).isValid());
        QVERIFY(!e.report(id).isValid());
        QVERIFY(!e.runs(id, {}).isValid());
    }
    // Run ids are opaque text: percent-encoded as one segment, dot segments refused.
    QCOMPARE(e.run(u"p"_s, u"r#1?x"_s).path(QUrl::FullyEncoded),
             u"/platform/v2/workspaces/1/inputs/data-pipelines/p/runs/r%231%3Fx"_s);
    for (const QString &bad : {u".."_s, u"."_s, u"a/b"_s, u"a\\b"_s, u"a b"_s, QString()})
        QVERIFY(!e.run(u"p"_s, bad).isValid());
    QVERIFY(!ApiEndpoints(QUrl(u"https://api.mparticle.com"_s), u".."_s).connections().isValid());
    const ApiEndpoints odd(QUrl(u"https://api.mparticle.com"_s), u"12 34"_s);
    QCOMPARE(odd.connections().path(QUrl::FullyEncoded), u"/platform/v2/workspaces/12%2034/connections"_s);
}

void TestEndpoints::buildsRunQueries()
{
    const ApiEndpoints e(QUrl(u"https://api.mparticle.com"_s), u"1"_s);
    RunQuery q;
    QUrl url = e.runs(u"p"_s, q);
    QCOMPARE(url.path(), u"/platform/v2/workspaces/1/inputs/data-pipelines/p/runs"_s);
    QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"currentPage"_s), u"1"_s);
    QCOMPARE(query.queryItemValue(u"pageSize"_s), u"50"_s);
    QVERIFY(!query.hasQueryItem(u"startDate"_s));

    q.page = 3;
    q.pageSize = 1000;
    q.startDate = Timestamp::parse(u"2024-01-01T00:00:00+01:00");
    q.endDate = Timestamp::parse(u"2024-02-01T00:00:00Z");
    query = QUrlQuery(e.runs(u"p"_s, q));
    QCOMPARE(query.queryItemValue(u"currentPage"_s), u"3"_s);
    QCOMPARE(query.queryItemValue(u"pageSize"_s), u"1000"_s);
    QCOMPARE(query.queryItemValue(u"startDate"_s), u"2023-12-31T23:00:00Z"_s);
    QCOMPARE(query.queryItemValue(u"endDate"_s), u"2024-02-01T00:00:00Z"_s);

    q.page = 0; // pages are 1-based
    QCOMPARE(QUrlQuery(e.runs(u"p"_s, q)).queryItemValue(u"currentPage"_s), u"1"_s);
}

void TestEndpoints::allowsPlainHttpOnlyToLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://api.mparticle.com"_s << true;
    QTest::newRow("https eu") << u"https://api.eu1.mparticle.com"_s << true;
    QTest::newRow("http remote") << u"http://api.mparticle.com"_s << false;
    QTest::newRow("http private range") << u"http://192.168.1.10:8080"_s << false;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3:8080"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]:8080"_s << true;
    QTest::newRow("localhost lookalike") << u"http://localhost.evil.example"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
    QTest::newRow("no host") << u"https:///path"_s << false;
    QTest::newRow("garbage") << u"not a url"_s << false;
}

void TestEndpoints::allowsPlainHttpOnlyToLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(ApiEndpoints::isAllowedTransport(QUrl(url)), allowed);
}

void TestEndpoints::classifiesTheServersWords_data()
{
    using R = ServerMessages::Refusal;
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("refusal");
    // The trigger's published error body, word for word (v2 reference).
    QTest::newRow("published: already in progress")
        << 400 << QByteArray(R"({"statusCode":400,"errors":[{"message":"Pipeline example-pipeline is already in progress."}]})")
        << int(R::RunInProgress);
    QTest::newRow("the sandbox: already exists")
        << 400 << QByteArray(R"({"statusCode":400,"errors":[{"message":"Connection c already exists."}]})")
        << int(R::IdTaken);
    QTest::newRow("a top-level message") << 400 << QByteArray(R"({"message":"pipeline is in progress"})")
                                         << int(R::RunInProgress);
    // Anything else is the server's own words, shown as they are.
    QTest::newRow("other words") << 400 << QByteArray(R"({"errors":[{"message":"Pipeline is paused."}]})")
                                 << int(R::Other);
    QTest::newRow("not a refusal") << 500 << QByteArray(R"({"errors":[{"message":"already in progress"}]})")
                                   << int(R::Other);
    QTest::newRow("no body") << 400 << QByteArray() << int(R::Other);
}

void TestEndpoints::classifiesTheServersWords()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, refusal);
    const ApiError error = ApiError::fromResponse(QNetworkReply::ProtocolInvalidOperationError, status, body);
    QCOMPARE(int(ServerMessages::classify(error)), refusal);
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"

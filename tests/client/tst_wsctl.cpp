// wsctl end to end: each verb against a sandbox on a loopback port, its exit codes and its JSON output.
#include "tests/support/HostileServer.h"
#include "tests/support/SandboxFixture.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestWsctl : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_fixture.reset(); }
    void listsAndGetsTheApiJson();
    void createsUpdatesAndDeletes();
    void operatesOnPipelines();
    void printsTables();
    void exitCodes_data();
    void exitCodes();
    void refusesIdsThatCannotBeInAUrl_data();
    void refusesIdsThatCannotBeInAUrl();
    void aBodyThatIsNotWhatTheEndpointReturnsFails_data();
    void aBodyThatIsNotWhatTheEndpointReturnsFails();
    void neverQuotesASecretFromABadInputFile();
    void sendsAPostOnce();
    void previewsADataModel();
    void previewRefusesWhatCannotRun();

private:
    Outcome wsctl(const QStringList &args, const QByteArray &stdinData = {}, bool withSecret = true);
    QStringList target() const
    {
        const QString base = m_fixture->server->baseUrl();
        return {u"--base-url"_s,  base,   u"--token-url"_s, base + u"/oauth/token"_s,
                u"--workspace"_s, u"1"_s, u"--client-id"_s, u"sandbox"_s};
    }
    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestWsctl::initTestCase()
{
    auto config = SandboxFixture::defaults();
    config.demo = true;
    m_fixture = std::make_unique<SandboxFixture>(config, QDateTime::currentDateTimeUtc());
    QVERIFY2(m_fixture->server, qPrintable(m_fixture->startError));
}

Outcome TestWsctl::wsctl(const QStringList &args, const QByteArray &stdinData, bool withSecret)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (withSecret)
        env.insert(u"WSC_CLIENT_SECRET"_s, u"sandbox"_s);
    else
        env.remove(u"WSC_CLIENT_SECRET"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, m_fixture->dir.path() + u"/config"_s); // no real profiles
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WSC_WSCTL_EXE), args);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    // The sandbox lives in this process: keep its event loop turning while wsctl talks to it.
    (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000);
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestWsctl::listsAndGetsTheApiJson()
{
    Outcome r = wsctl(target() + QStringList{u"pipelines"_s, u"list"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out),
             m_fixture->http.get(SandboxFixture::api(u"/inputs/data-pipelines"_s)).json);
    r = wsctl(target() + QStringList{u"connections"_s, u"get"_s, u"demo-redshift"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"config"_s][u"password"_s].toString(),
             u"************"_s);
    r = wsctl(target() + QStringList{u"data-models"_s, u"list"_s});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 6);
    r = wsctl(target() + QStringList{u"field-transformations"_s, u"list"_s});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
}

void TestWsctl::createsUpdatesAndDeletes()
{
    const QByteArray model = R"({"id":"cli-model","name":"CLI model","state":"active","type":"sql",
        "config":{"sql_query":"SELECT email, updated_at FROM DEMO_DB.crm.users"}, "errors": []})";
    Outcome r = wsctl(target() + QStringList{u"data-models"_s, u"create"_s, u"-"_s}, model);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"status"_s].toString(), u"valid"_s);

    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(
        R"({"name":"CLI model renamed","state":"active","type":"sql","config":{"sql_query":"SELECT email, updated_at FROM DEMO_DB.crm.users"}})");
    file.close();
    r = wsctl(target() + QStringList{u"data-models"_s, u"update"_s, u"cli-model"_s, file.fileName()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"name"_s].toString(), u"CLI model renamed"_s);

    r = wsctl(target() + QStringList{u"data-models"_s, u"delete"_s, u"cli-model"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.trimmed().isEmpty());
    QCOMPARE(m_fixture->http.get(SandboxFixture::api(u"/data-models/cli-model"_s)).status, 404);
}

void TestWsctl::operatesOnPipelines()
{
    Outcome r = wsctl(target() + QStringList{u"pipelines"_s, u"trigger"_s, u"tickets-on-demand"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject ack = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(ack[u"status"_s].toString(), u"attempt_requested"_s);
    const QString runId = QString::number(ack[u"pipeline_run_id"_s].toInteger());
    r = wsctl(target() + QStringList{u"pipelines"_s, u"trigger"_s, u"tickets-on-demand"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"already in progress"_s));
    m_fixture->advance(1);
    r = wsctl(target() + QStringList{u"pipelines"_s, u"run"_s, u"tickets-on-demand"_s, runId});
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"status"_s].toString(), u"success"_s);
    r = wsctl(target() + QStringList{u"pipelines"_s, u"report"_s, u"tickets-on-demand"_s});
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"latest_successful_pipeline_run_id"_s].toInteger(),
             runId.toLongLong());
    r = wsctl(target() + QStringList{u"pipelines"_s, u"runs"_s, u"orders-daily"_s, u"--page"_s, u"2"_s,
                                     u"--page-size"_s, u"5"_s});
    const QJsonObject page = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(page[u"current_page"_s].toInt(), 2);
    QCOMPARE(page[u"items"_s].toArray().size(), 5);
    r = wsctl(target() + QStringList{u"pipelines"_s, u"runs"_s, u"orders-daily"_s, u"--from"_s,
                                     QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate)});
    QVERIFY(QJsonDocument::fromJson(r.out).object()[u"total_items"_s].toInt() <= 3);
}

void TestWsctl::printsTables()
{
    Outcome r = wsctl(target() + QStringList{u"connections"_s, u"list"_s, u"--output"_s, u"table"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("ID"));
    QVERIFY(r.out.contains("demo-databricks"));
    QCOMPARE(r.out.count('\n'), 5);
}

void TestWsctl::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("secret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no verb") << QStringList{u"pipelines"_s} << QByteArray() << true << 2
                             << u"resource and a verb"_s;
    QTest::newRow("unknown resource")
        << QStringList{u"feeds"_s, u"list"_s} << QByteArray() << true << 2 << u"Unknown resource"_s;
    QTest::newRow("pipelines-only verb") << QStringList{u"connections"_s, u"trigger"_s, u"x"_s}
                                         << QByteArray() << true << 2 << u"not a command"_s;
    QTest::newRow("missing argument")
        << QStringList{u"pipelines"_s, u"get"_s} << QByteArray() << true << 2 << u"argument"_s;
    QTest::newRow("bad output") << QStringList{u"pipelines"_s, u"list"_s, u"--output"_s, u"xml"_s}
                                << QByteArray() << true << 2 << u"--output"_s;
    QTest::newRow("bad page size") << QStringList{u"pipelines"_s, u"runs"_s, u"x"_s, u"--page-size"_s, u"0"_s}
                                   << QByteArray() << true << 2 << u"--page-size"_s;
    QTest::newRow("invalid input") << QStringList{u"data-models"_s, u"create"_s, u"-"_s}
                                   << QByteArray(R"({"id":"bad id"})") << true << 2 << u"id"_s;
    QTest::newRow("malformed input") << QStringList{u"pipelines"_s, u"create"_s, u"-"_s} << QByteArray("{")
                                     << true << 2 << u"not a valid"_s;
    QTest::newRow("no secret") << QStringList{u"pipelines"_s, u"list"_s} << QByteArray() << false << 2
                               << u"WSC_CLIENT_SECRET"_s;
    QTest::newRow("not found") << QStringList{u"pipelines"_s, u"get"_s, u"nope"_s} << QByteArray() << true
                               << 1 << u"nope"_s;
    QTest::newRow("server refuses") << QStringList{u"pipelines"_s, u"delete"_s, u"nope"_s} << QByteArray()
                                    << true << 1 << u"not found"_s;
}

void TestWsctl::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(bool, secret);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Outcome r = wsctl(target() + args, input, secret);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestWsctl::refusesIdsThatCannotBeInAUrl_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("connections delete ..") << QStringList{u"connections"_s, u"delete"_s, u".."_s};
    QTest::newRow("pipelines delete ..") << QStringList{u"pipelines"_s, u"delete"_s, u".."_s};
    QTest::newRow("get .") << QStringList{u"data-models"_s, u"get"_s, u"."_s};
    QTest::newRow("empty id") << QStringList{u"pipelines"_s, u"report"_s, QString()};
    QTest::newRow("a slash") << QStringList{u"pipelines"_s, u"get"_s, u"a/b"_s};
    QTest::newRow("run id ..") << QStringList{u"pipelines"_s, u"run"_s, u"p"_s, u".."_s};
}

void TestWsctl::refusesIdsThatCannotBeInAUrl()
{
    QFETCH(QStringList, args);
    HostileServer server([](const ReceivedRequest &) { return Answer::json(200, "{}"); });
    const QStringList to = {u"--base-url"_s,  server.baseUrl(), u"--token-url"_s, server.tokenUrl(),
                            u"--workspace"_s, u"1"_s,           u"--client-id"_s, u"id"_s};
    const Outcome r = wsctl(to + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(u"wsctl: "_s), qPrintable(r.err));
    QCOMPARE(server.received().size(), 0); // nothing sent, not even a sign-in
}

void TestWsctl::aBodyThatIsNotWhatTheEndpointReturnsFails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("body");
    const QStringList list{u"pipelines"_s, u"list"_s};
    QTest::newRow("truncated") << list << QByteArray(R"([{"id":"p","name":"P)");
    QTest::newRow("html") << list << QByteArray("<html>Maintenance</html>");
    QTest::newRow("empty") << list << QByteArray();
    QTest::newRow("an object for a list") << list << QByteArray(R"({"id":"p"})");
    QTest::newRow("invalid utf-8") << list << QByteArray("[{\"id\":\"\xff\"}]");
    QTest::newRow("very deep") << list << QByteArray(3000, '[') + QByteArray(3000, ']');
    QTest::newRow("a list for an object")
        << QStringList{u"pipelines"_s, u"get"_s, u"p"_s} << QByteArray("[]");
    QTest::newRow("table of garbage")
        << QStringList{u"connections"_s, u"list"_s, u"--output"_s, u"table"_s} << QByteArray("not json");
    QTest::newRow("runs without items") << QStringList{u"pipelines"_s, u"runs"_s, u"p"_s} << QByteArray("{}");
}

void TestWsctl::aBodyThatIsNotWhatTheEndpointReturnsFails()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, body);
    HostileServer server([body](const ReceivedRequest &) { return Answer::json(200, body); });
    const QStringList to = {u"--base-url"_s,  server.baseUrl(), u"--token-url"_s, server.tokenUrl(),
                            u"--workspace"_s, u"1"_s,           u"--client-id"_s, u"id"_s};
    const Outcome r = wsctl(to + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(u"wsctl: "_s) && r.err.contains(u"not what this command expects"_s),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestWsctl::neverQuotesASecretFromABadInputFile()
{
    // The parser stops right after the password: its own message would quote it as "last read".
    const QByteArray input =
        R"({"id":"c","service_provider":"Snowflake","config":{"password":"Tr0ub4dor&3-pass)";
    const Outcome r = wsctl(target() + QStringList{u"connections"_s, u"create"_s, u"-"_s}, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(!r.err.contains(u"Tr0ub4dor"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"not a valid"_s));
}

void TestWsctl::sendsAPostOnce()
{
    HostileServer server([](const ReceivedRequest &) { return Answer::close(); });
    const QStringList to = {u"--base-url"_s,  server.baseUrl(), u"--token-url"_s, server.tokenUrl(),
                            u"--workspace"_s, u"1"_s,           u"--client-id"_s, u"id"_s};
    const Outcome r = wsctl(to + QStringList{u"pipelines"_s, u"trigger"_s, u"p"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"outcome is unknown"_s), qPrintable(r.err));
    QCOMPARE(server.count("POST"), 1);
}

void TestWsctl::previewsADataModel()
{
    Outcome r = wsctl(target() + QStringList{u"data-models"_s, u"preview"_s, u"orders-model"_s,
                                             u"--connection"_s, u"demo-snowflake"_s, u"--limit"_s, u"2"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(answer.value(u"columns"_s).toArray().first(),
             QJsonValue(QJsonObject{{u"name"_s, u"order_id"_s}, {u"type"_s, u"INTEGER"_s}}));
    QCOMPARE(answer.value(u"columns"_s).toArray().size(), 7);
    QCOMPARE(answer.value(u"rows"_s).toArray().size(), 2);
    QVERIFY(answer.value(u"rows"_s).toArray().first().toArray().first().isDouble()); // a number, not text
    QCOMPARE(answer.value(u"truncated"_s), QJsonValue(true));

    QTemporaryFile sql;
    QVERIFY(sql.open());
    sql.write("SELECT email, NULL AS nothing_here FROM DEMO_DB.crm.users LIMIT 1");
    sql.close();
    r = wsctl(target() + QStringList{u"data-models"_s, u"preview"_s, u"--sql"_s, sql.fileName(),
                                     u"--connection"_s, u"demo-snowflake"_s, u"--output"_s, u"table"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith("email (TEXT)"));
    QVERIFY(r.out.left(r.out.indexOf('\n')).endsWith("nothing_here")); // no type: NULL has none
    QVERIFY(r.out.contains("NULL"));
    QVERIFY(r.err.isEmpty()); // one row: nothing more to say
}

void TestWsctl::previewRefusesWhatCannotRun()
{
    // Our checker first: nothing is sent for an empty select item.
    Outcome r = wsctl(target() + QStringList{u"data-models"_s, u"preview"_s, u"--sql"_s, u"-"_s,
                                             u"--connection"_s, u"demo-snowflake"_s},
                      "SELECT order_id, , email FROM DEMO_DB.sales.orders");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"line 1, column 18"_s), qPrintable(r.err));
    // The warehouse's message, placed in the SQL.
    r = wsctl(target() + QStringList{u"data-models"_s, u"preview"_s, u"--sql"_s, u"-"_s, u"--connection"_s,
                                     u"demo-snowflake"_s},
              "SELECT email\nFROM DEMO_DB.crm.nosuch");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"line 2, column 18"_s) && r.err.contains(u"nosuch"_s), qPrintable(r.err));
    r = wsctl(target() + QStringList{u"data-models"_s, u"preview"_s, u"users-model"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--connection"_s), qPrintable(r.err));
    r = wsctl(target() + QStringList{u"pipelines"_s, u"preview"_s, u"x"_s});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestWsctl)
#include "tst_wsctl.moc"

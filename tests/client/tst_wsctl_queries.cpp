// wsctl pipelines queries against a demo sandbox on a loopback port: the three statements the service wraps
// around a pipeline's data model, for the next run's expected window and for a past run's real one; and the
// SQLite count for a preview, which must read what the sandbox read for each run.
#include "models/domain/JsonCodec.h"
#include "models/domain/WrappedQueries.h"
#include "tests/support/SandboxFixture.h"

#include <QProcess>
#include <QTest>

#include <sqlite3.h>

using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

// The service's literal (spec §12.5), written here independently of the code under test.
QString literal(const QString &wireTime)
{
    const QDateTime t = QDateTime::fromString(wireTime, Qt::ISODateWithMs).toUTC();
    if (!t.isValid())
        qFatal("bad time from the sandbox: %s", qPrintable(wireTime));
    const QString format = t.time().msec() ? u"yyyy-MM-dd HH:mm:ss.zzz"_s : u"yyyy-MM-dd HH:mm:ss"_s;
    return u'\'' + t.toString(format) + u"+0000'"_s;
}

} // namespace

class TestWsctlQueries : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_fixture.reset(); }
    void printsTheNextRunsExpectedWindow();
    void printsAPastRunsWindow();
    void aFullSyncWithoutBoundsHasNoFilter();
    void theSqliteCountReadsWhatTheSandboxRead();
    void errors_data();
    void errors();
    void helpNamesTheCommand();

private:
    Outcome wsctl(const QStringList &args);
    QString modelSql(const QString &pipelineId) const;
    QJsonObject run(const QString &pipelineId, const QString &runId) const;
    QStringList target() const
    {
        const QString base = m_fixture->server->baseUrl();
        return {u"--base-url"_s,  base,   u"--token-url"_s, base + u"/oauth/token"_s,
                u"--workspace"_s, u"1"_s, u"--client-id"_s, u"sandbox"_s};
    }
    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestWsctlQueries::initTestCase()
{
    auto config = SandboxFixture::defaults();
    config.demo = true;
    m_fixture = std::make_unique<SandboxFixture>(config, QDateTime::currentDateTimeUtc());
    QVERIFY2(m_fixture->server, qPrintable(m_fixture->startError));
}

Outcome TestWsctlQueries::wsctl(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"WSC_CLIENT_SECRET"_s, u"sandbox"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, m_fixture->dir.path() + u"/config"_s); // no real profiles
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WSC_WSCTL_EXE), target() + args);
    process.closeWriteChannel();
    // The sandbox lives in this process: keep its event loop turning while wsctl talks to it.
    (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestWsctlQueries::modelSql(const QString &pipelineId) const
{
    const QString model = m_fixture->http.get(SandboxFixture::api(u"/inputs/data-pipelines/"_s + pipelineId))
                              .object()[u"data_model_id"_s]
                              .toString();
    return m_fixture->http.get(SandboxFixture::api(u"/data-models/"_s + model))
        .object()[u"config"_s][u"sql_query"_s]
        .toString()
        .trimmed();
}

QJsonObject TestWsctlQueries::run(const QString &pipelineId, const QString &runId) const
{
    return m_fixture->http
        .get(SandboxFixture::api(u"/inputs/data-pipelines/%1/runs/%2"_s.arg(pipelineId, runId)))
        .object();
}

void TestWsctlQueries::printsTheNextRunsExpectedWindow()
{
    // users-hourly runs hourly: the next window starts where the latest success ended, one hour long.
    const QJsonObject report =
        m_fixture->http.get(SandboxFixture::api(u"/inputs/data-pipelines/users-hourly/report"_s)).object();
    const QString latest = QString::number(report[u"latest_successful_pipeline_run_id"_s].toInteger());
    const QString watermark = run(u"users-hourly"_s, latest)[u"range_end"_s].toString();
    QVERIFY(!watermark.isEmpty());
    const QString end = QDateTime::fromString(watermark, Qt::ISODateWithMs).addSecs(3600).toString(Qt::ISODate);

    const Outcome r = wsctl({u"pipelines"_s, u"queries"_s, u"users-hourly"_s});
    QCOMPARE(r.exitCode, 0);
    const QString model = modelSql(u"users-hourly"_s);
    const QString where =
        u" WHERE updated_at BETWEEN "_s + literal(watermark) + u" AND "_s + literal(end) + u";\n"_s;
    const QStringList parts = r.out.split(u"\n\n"_s);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts[0], u"-- Column probe\nSELECT * FROM (\n"_s + model + u"\n) LIMIT 0;"_s);
    QVERIFY2(parts[1].startsWith(u"-- Count of the window (expected next run: due "_s), qPrintable(parts[1]));
    QVERIFY(parts[1].section(u'\n', 0, 0).endsWith(u"; the service decides)"_s));
    QVERIFY(parts[1].section(u'\n', 1, 1).startsWith(u"-- Rows whose updated_at lies from "_s));
    QCOMPARE(parts[1].section(u'\n', 2), u"SELECT COUNT(*) FROM (\n"_s + model + u"\n)"_s + where.chopped(1));
    QCOMPARE(parts[2],
             u"-- Extract\nSELECT OBJECT_CONSTRUCT_KEEP_NULL(*) FROM (\n"_s + model + u"\n)"_s + where);
}

void TestWsctlQueries::printsAPastRunsWindow()
{
    const QJsonArray runs =
        m_fixture->http.get(SandboxFixture::api(u"/inputs/data-pipelines/orders-daily/runs?page_size=5"_s))
            .object()[u"items"_s]
            .toArray();
    QVERIFY(runs.size() >= 2);
    const QJsonObject chosen = runs[1].toObject();
    const QString id = QString::number(chosen[u"id"_s].toInteger());
    const Outcome r = wsctl({u"pipelines"_s, u"queries"_s, u"orders-daily"_s, u"--run"_s, id});
    QCOMPARE(r.exitCode, 0);
    const QString where = u" WHERE updated_at BETWEEN "_s + literal(chosen[u"range_start"_s].toString()) +
                          u" AND "_s + literal(chosen[u"range_end"_s].toString()) + u";\n"_s;
    QVERIFY2(r.out.contains(u"-- Count of the window (run "_s + id + u")\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"SELECT COUNT(*) FROM (\n"_s + modelSql(u"orders-daily"_s) + u"\n)"_s + where),
             qPrintable(r.out));
    QVERIFY(r.out.endsWith(u"\n)"_s + where));
}

void TestWsctlQueries::aFullSyncWithoutBoundsHasNoFilter()
{
    const Outcome r = wsctl({u"pipelines"_s, u"queries"_s, u"bq-users-once"_s});
    QCOMPARE(r.exitCode, 0);
    const QString model = modelSql(u"bq-users-once"_s);
    // A once pipeline has no next scheduled run: the window is a trigger's.
    QVERIFY2(r.out.contains(u"-- Count of the window (expected for a trigger at "_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"-- A full sync without From or Until reads every row of the model on every run: "
                           "no filter.\nSELECT COUNT(*) FROM (\n"_s +
                           model + u"\n);\n"_s));
    QVERIFY(r.out.endsWith(u"SELECT OBJECT_CONSTRUCT_KEEP_NULL(*) FROM (\n"_s + model + u"\n);\n"_s));
    QVERIFY(!r.out.contains(u"\n) WHERE"_s));
}

void TestWsctlQueries::theSqliteCountReadsWhatTheSandboxRead()
{
    const QByteArray body =
        m_fixture->http.get(SandboxFixture::api(u"/inputs/data-pipelines/orders-daily"_s)).json.toJson();
    const auto pipeline = wsc::JsonCodec::decodePipeline(body);
    QVERIFY(pipeline);
    // The warehouse driver's name rewriting (spec §12.6 step 2): the schema's file is attached as `sales`.
    const QString sql = modelSql(u"orders-daily"_s).replace(u"DEMO_DB."_s, QString());
    const QByteArray file =
        (m_fixture->dir.path() + u"/warehouse/snowflake/demo12345/DEMO_DB/sales.sqlite"_s).toUtf8();
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    const auto closeDb = qScopeGuard([db] { sqlite3_close(db); });
    QCOMPARE(sqlite3_exec(db, QByteArray("ATTACH DATABASE '" + file + "' AS sales").constData(), nullptr,
                          nullptr, nullptr),
             SQLITE_OK);
    auto count = [db](const QString &statement) -> qint64 {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, statement.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return -1;
        const qint64 n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -2;
        sqlite3_finalize(stmt);
        return n;
    };

    const QJsonArray runs =
        m_fixture->http.get(SandboxFixture::api(u"/inputs/data-pipelines/orders-daily/runs?page_size=50"_s))
            .object()[u"items"_s]
            .toArray();
    QVERIFY(runs.size() >= 5);
    int compared = 0;
    for (const QJsonValue &value : runs) {
        const QJsonObject run = value.toObject();
        if (run[u"status"_s].toString() != u"success")
            continue;
        const wsc::RunWindow window{wsc::Timestamp::parse(run[u"range_start"_s].toString()),
                                    wsc::Timestamp::parse(run[u"range_end"_s].toString())};
        const QString statement = wsc::WrappedQueries::countForPreview(sql, *pipeline, window,
                                                                       wsc::WrappedQueries::Dialect::Sqlite);
        const qint64 read = run[u"successful_records"_s].toInteger() + run[u"failed_records"_s].toInteger();
        QVERIFY2(count(statement) == read, qPrintable(u"run %1: %2 rows, the sandbox read %3\n%4"_s
                                                          .arg(run[u"id"_s].toVariant().toString())
                                                          .arg(count(statement))
                                                          .arg(read)
                                                          .arg(statement)));
        ++compared;
    }
    QVERIFY(compared >= 5);
}

void TestWsctlQueries::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown pipeline")
        << QStringList{u"pipelines"_s, u"queries"_s, u"nope"_s} << 1 << u"Pipeline nope: Not found"_s;
    QTest::newRow("unknown run") << QStringList{u"pipelines"_s, u"queries"_s, u"orders-daily"_s, u"--run"_s,
                                                u"999999"_s}
                                 << 1 << u"Run 999999 of pipeline orders-daily: Not found"_s;
    QTest::newRow("invalid run id") << QStringList{u"pipelines"_s, u"queries"_s, u"orders-daily"_s,
                                                   u"--run"_s, u"../1"_s}
                                    << 2 << u"\"../1\" is not a valid run id."_s;
    QTest::newRow("--run elsewhere") << QStringList{u"pipelines"_s, u"report"_s, u"orders-daily"_s,
                                                    u"--run"_s, u"1"_s}
                                     << 2 << u"--run goes with \"pipelines queries\"."_s;
    QTest::newRow("not for connections")
        << QStringList{u"connections"_s, u"queries"_s, u"x"_s} << 2 << u"not a command"_s;
    QTest::newRow("no id") << QStringList{u"pipelines"_s, u"queries"_s} << 2 << u"takes 1 argument"_s;
}

void TestWsctlQueries::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Outcome r = wsctl(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestWsctlQueries::helpNamesTheCommand()
{
    const Outcome r = wsctl({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"| queries ID [--run RUN_ID]"_s));
    QVERIFY(r.out.contains(u"--run <run_id>"_s));
}

QTEST_GUILESS_MAIN(TestWsctlQueries)
#include "tst_wsctl_queries.moc"

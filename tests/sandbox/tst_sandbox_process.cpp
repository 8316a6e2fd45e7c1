// The wsconsole-sandbox program's contract with the tools that start it: the first line of standard
// output names the loopback URL, unknown paths answer with the API's error body, bad options exit 2.
#include "tests/support/HttpProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestSandboxProcess : public QObject {
    Q_OBJECT

private slots:
    void announcesItsLoopbackPort();
    void answersUnknownPathsWithTheErrorBody();
    void refusesBadOptions();
    void documentsItsOptions();
    void refusesASecondInstanceOnTheSameData();
    void shutsDownCleanlyOnSigterm();
    void losesNothingAcknowledgedOnKill9();
    void resumesSchedulingAfterKill9DuringRuns();

private:
    QUrl startSandbox(QProcess &process, const QStringList &extra = {});
    QTemporaryDir m_dataDir;
};

QUrl TestSandboxProcess::startSandbox(QProcess &process, const QStringList &extra)
{
    process.start(QStringLiteral(WSC_SANDBOX_EXE),
                  QStringList{u"--port"_s, u"0"_s, u"--no-demo"_s, u"--data-dir"_s, m_dataDir.path()} +
                      extra);
    if (!process.waitForStarted(5000) || !process.waitForReadyRead(10000))
        return {};
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const auto match = QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:(\\d+))$"_s).match(line);
    if (!match.hasMatch() || match.captured(2).toInt() <= 0)
        return {};
    return QUrl(match.captured(1));
}

void TestSandboxProcess::announcesItsLoopbackPort()
{
    QProcess process;
    const QUrl url = startSandbox(process);
    QVERIFY2(url.isValid(), "first line: listening on http://127.0.0.1:PORT");
    process.kill();
    process.waitForFinished();
}

void TestSandboxProcess::answersUnknownPathsWithTheErrorBody()
{
    QProcess process;
    const QUrl url = startSandbox(process);
    QVERIFY(url.isValid());
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url.resolved(QUrl(u"/no/such/path"_s))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"application/json"_s));
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(u"statusCode"_s).toInt(), 404);
    QVERIFY(!body.value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString().isEmpty());
    reply->deleteLater();
    process.kill();
    process.waitForFinished();
}

void TestSandboxProcess::refusesBadOptions()
{
    QProcess process;
    process.start(QStringLiteral(WSC_SANDBOX_EXE), {u"--port"_s, u"70000"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--port"));
}

void TestSandboxProcess::documentsItsOptions()
{
    QProcess process;
    process.start(QStringLiteral(WSC_SANDBOX_EXE), {u"--help"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("--port"));
}

void TestSandboxProcess::refusesASecondInstanceOnTheSameData()
{
    QProcess first;
    QVERIFY(startSandbox(first).isValid());
    QProcess second;
    second.start(QStringLiteral(WSC_SANDBOX_EXE), {u"--port"_s, u"0"_s, u"--data-dir"_s, m_dataDir.path()});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY2(second.readAllStandardError().contains("already using the data directory"), "a clear message");
    first.kill();
    first.waitForFinished();
}

void TestSandboxProcess::shutsDownCleanlyOnSigterm()
{
    QProcess process;
    QVERIFY(startSandbox(process).isValid());
    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // The lock is released: the next start succeeds at once.
    QProcess again;
    QVERIFY(startSandbox(again).isValid());
    ::kill(pid_t(again.processId()), SIGINT);
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(again.exitCode(), 0);
}

void TestSandboxProcess::losesNothingAcknowledgedOnKill9()
{
    QTemporaryDir dir;
    const QStringList args{u"--data-dir"_s, dir.path(), u"--run-duration"_s, u"3600"_s};
    QProcess process;
    process.start(QStringLiteral(WSC_SANDBOX_EXE), QStringList{u"--port"_s, u"0"_s, u"--no-demo"_s} + args);
    QVERIFY(process.waitForReadyRead(10000));
    const QString first = QString::fromUtf8(process.readLine()).trimmed().section(u' ', 2);
    wsc::test::HttpProbe http{QUrl(first)};
    http.setToken(http.fetchToken());
    const QString base = u"/platform/v2/workspaces/1"_s;
    QCOMPARE(http.post(base + u"/data-models"_s,
                       {{u"id"_s, u"m1"_s},
                        {u"name"_s, u"M"_s},
                        {u"type"_s, u"sql"_s},
                        {u"config"_s, QJsonObject{{u"sql_query"_s, u"SELECT 1 AS email"_s}}}})
                 .status,
             200);
    QCOMPARE(http.put(base + u"/data-models/m1"_s,
                      {{u"name"_s, u"Renamed"_s},
                       {u"type"_s, u"sql"_s},
                       {u"config"_s, QJsonObject{{u"sql_query"_s, u"SELECT 2 AS email"_s}}}})
                 .status,
             200);
    process.kill(); // SIGKILL: no chance to flush anything
    QVERIFY(process.waitForFinished(10000));

    QProcess restarted;
    restarted.start(QStringLiteral(WSC_SANDBOX_EXE), QStringList{u"--port"_s, u"0"_s} + args);
    QVERIFY(restarted.waitForReadyRead(10000));
    const QString second = QString::fromUtf8(restarted.readLine()).trimmed().section(u' ', 2);
    QVERIFY2(second.startsWith(u"http://127.0.0.1:"_s),
             "a stale lock after kill -9 does not block the restart");
    http.setBase(QUrl(second));
    http.setToken(http.fetchToken());
    const auto model = http.get(base + u"/data-models/m1"_s);
    QCOMPARE(model.status, 200);
    QCOMPARE(model.object()[u"name"_s].toString(), u"Renamed"_s);
    QCOMPARE(http.get(base + u"/data-models"_s).json.array().size(), 1); // and no demo seeded over it
    restarted.terminate();
    restarted.waitForFinished();
}

void TestSandboxProcess::resumesSchedulingAfterKill9DuringRuns()
{
    // An hourly pipeline with runs in progress (each run "runs" for ten emulated minutes) when the sandbox
    // is killed: after the restart every acknowledged run is there, and the scheduler goes on.
    QTemporaryDir dir;
    const QStringList args{u"--data-dir"_s,           dir.path(),          u"--manual-clock"_s,
                           u"2024-03-01T10:30:00Z"_s, u"--run-duration"_s, u"600"_s};
    QProcess process;
    process.start(QStringLiteral(WSC_SANDBOX_EXE), QStringList{u"--port"_s, u"0"_s, u"--no-demo"_s} + args);
    QVERIFY(process.waitForReadyRead(10000));
    wsc::test::HttpProbe http{QUrl(QString::fromUtf8(process.readLine()).trimmed().section(u' ', 2))};
    http.setToken(http.fetchToken());
    const QString base = u"/platform/v2/workspaces/1"_s;
    const QJsonObject connection{{u"id"_s, u"sf"_s},
                                 {u"name"_s, u"Snowflake"_s},
                                 {u"state"_s, u"active"_s},
                                 {u"service_provider"_s, u"Snowflake"_s},
                                 {u"config"_s, QJsonObject{{u"account_identifier"_s, u"acct"_s},
                                                           {u"region"_s, u"us-east-1"_s},
                                                           {u"warehouse"_s, u"wh"_s},
                                                           {u"database"_s, u"my_db"_s},
                                                           {u"role"_s, u"role"_s},
                                                           {u"user"_s, u"user"_s},
                                                           {u"password"_s, u"pw"_s},
                                                           {u"storage_integration"_s, u"mp_us1_1_1_s3"_s}}}};
    QCOMPARE(http.post(u"/_sandbox/warehouses"_s, connection).status, 200);
    QCOMPARE(http.post(base + u"/connections"_s, connection).status, 200);
    QCOMPARE(
        http.post(base + u"/data-models"_s,
                  {{u"id"_s, u"users"_s},
                   {u"name"_s, u"Users"_s},
                   {u"type"_s, u"sql"_s},
                   {u"config"_s,
                    QJsonObject{{u"sql_query"_s, u"SELECT email, plan, updated_at FROM my_db.crm.users"_s}}}})
            .status,
        200);
    QCOMPARE(http.post(base + u"/inputs/data-pipelines"_s,
                       {{u"id"_s, u"hourly"_s},
                        {u"name"_s, u"Hourly"_s},
                        {u"pipeline_type"_s, u"user_attributes"_s},
                        {u"connection_id"_s, u"sf"_s},
                        {u"data_model_id"_s, u"users"_s},
                        {u"state"_s, u"active"_s},
                        {u"environment"_s, u"development"_s},
                        {u"sync_mode"_s, QJsonObject{{u"type"_s, u"incremental"_s},
                                                     {u"iterator_field"_s, u"updated_at"_s},
                                                     {u"iterator_data_type"_s, u"timestamp"_s}}},
                        {u"schedule"_s, QJsonObject{{u"type"_s, u"interval"_s},
                                                    {u"frequency"_s, u"hourly"_s},
                                                    {u"start"_s, u"2024-03-01T11:00:00Z"_s}}}})
                 .status,
             200);
    // Two ticks pass: the first run completes, the second is still running when the process dies.
    QCOMPARE(http.post(u"/_sandbox/clock"_s, {{u"advance_seconds"_s, 3600}}).status, 200);
    QCOMPARE(http.post(u"/_sandbox/clock"_s, {{u"advance_seconds"_s, 1800}}).status, 200);
    const QString runsPath = base + u"/inputs/data-pipelines/hourly/runs?pageSize=1000"_s;
    const QJsonArray before = http.get(runsPath).object()[u"items"_s].toArray();
    QVERIFY2(!before.isEmpty(), "the schedule ran before the kill");
    qint64 inProgress = 0;
    for (const QJsonValue &run : before)
        if (run[u"status"_s].toString() == u"running"_s || run[u"status"_s].toString() == u"queued"_s)
            inProgress = run[u"id"_s].toInteger();
    QVERIFY2(inProgress != 0, "a run is in progress at the kill");
    process.kill();
    QVERIFY(process.waitForFinished(10000));

    QProcess restarted;
    restarted.start(QStringLiteral(WSC_SANDBOX_EXE), QStringList{u"--port"_s, u"0"_s} + args);
    QVERIFY(restarted.waitForReadyRead(10000));
    http.setBase(QUrl(QString::fromUtf8(restarted.readLine()).trimmed().section(u' ', 2)));
    http.setToken(http.fetchToken());
    // Every run acknowledged before (it was listed) is still there, with its id.
    QJsonArray after = http.get(runsPath).object()[u"items"_s].toArray();
    QSet<qint64> ids;
    for (const QJsonValue &run : after)
        ids.insert(run[u"id"_s].toInteger());
    for (const QJsonValue &run : before)
        QVERIFY2(ids.contains(run[u"id"_s].toInteger()), "a run acknowledged before the kill is gone");
    // The clock moves on (it is manual: it restarts where it was set last) and the scheduler resumes:
    // the run in progress ends and the next ticks bring new runs.
    QCOMPARE(http.post(u"/_sandbox/clock"_s, {{u"now"_s, u"2024-03-01T12:30:00Z"_s}}).status, 200);
    for (int step = 0; step < 8; ++step) // half an hour at a time: a pass of the scheduler each
        QCOMPARE(http.post(u"/_sandbox/clock"_s, {{u"advance_seconds"_s, 1800}}).status, 200);
    after = http.get(runsPath).object()[u"items"_s].toArray();
    QVERIFY2(after.size() > before.size(),
             qPrintable(u"%1 runs before, %2 after"_s.arg(before.size()).arg(after.size())));
    // The run cut off by the kill ends, and every later tick (13:00 to 16:00) has its run, each named
    // by its logical date one hour before.
    QSet<QString> logicalDates;
    for (const QJsonValue &run : after) {
        logicalDates.insert(run[u"logical_date"_s].toString().left(16));
        if (run[u"id"_s].toInteger() == inProgress)
            QVERIFY2(run[u"status"_s].toString() != u"running"_s &&
                         run[u"status"_s].toString() != u"queued"_s,
                     "the run in progress at the kill never ended");
    }
    for (const char *tick : {"2024-03-01T12:00", "2024-03-01T13:00", "2024-03-01T14:00", "2024-03-01T15:00"})
        QVERIFY2(logicalDates.contains(QString::fromLatin1(tick)),
                 qPrintable(QStringList(logicalDates.values()).join(u" "_s)));
    restarted.terminate();
    restarted.waitForFinished();
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"

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

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"

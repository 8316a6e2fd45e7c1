// The wsconsole-sandbox program's contract with the tools that start it: the first line of standard
// output names the loopback URL, unknown paths answer with the API's error body, bad options exit 2.
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

using namespace Qt::StringLiterals;

class TestSandboxProcess : public QObject {
    Q_OBJECT

private slots:
    void announcesItsLoopbackPort();
    void answersUnknownPathsWithTheErrorBody();
    void refusesBadOptions();
    void documentsItsOptions();

private:
    QUrl startSandbox(QProcess &process, const QStringList &extra = {});
    QTemporaryDir m_dataDir;
};

QUrl TestSandboxProcess::startSandbox(QProcess &process, const QStringList &extra)
{
    process.start(QStringLiteral(WSC_SANDBOX_EXE),
                  QStringList{u"--port"_s, u"0"_s, u"--no-demo"_s, u"--data-dir"_s, m_dataDir.path()} + extra);
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

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"

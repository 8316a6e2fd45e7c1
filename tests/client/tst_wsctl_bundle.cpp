// wsctl export / plan / apply / diff as a CI job runs them: against two sandboxes on loopback ports, the
// files, the exit codes (0 nothing to change, 2 input, 3 changes), the table and JSON plans, the refusal to
// apply unasked, secrets from the environment, and two workspaces compared.
#include "client/Profile.h"
#include "tests/support/SandboxFixture.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(path), f.readAll());
    }
    return files;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestWsctlBundle : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsTheSameBytesTwiceAndOnlyWhatIsAsked();
    void plansAChangedSqlFileAsOneUpdate();
    void appliesOnlyWhenToldAndThenHasNothingLeft();
    void promotesToAnEmptyWorkspaceWithSecretsFromTheEnvironment();
    void comparesTwoWorkspaces();

private:
    Outcome wsctl(SandboxFixture &f, const QStringList &args, const QHash<QString, QString> &env = {});
    std::unique_ptr<SandboxFixture> m_source;
    std::unique_ptr<SandboxFixture> m_target;
    QTemporaryDir m_home;
};

void TestWsctlBundle::initTestCase()
{
    auto config = SandboxFixture::defaults();
    config.demo = true;
    m_source = std::make_unique<SandboxFixture>(config, QDateTime::currentDateTimeUtc());
    m_target = std::make_unique<SandboxFixture>(SandboxFixture::defaults(), QDateTime::currentDateTimeUtc());
    QVERIFY2(m_source->server && m_target->server, qPrintable(m_source->startError + m_target->startError));
}

Outcome TestWsctlBundle::wsctl(SandboxFixture &f, const QStringList &args, const QHash<QString, QString> &env)
{
    QProcess process;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"WSC_CLIENT_SECRET"_s, u"sandbox"_s);
    e.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    process.setProcessEnvironment(e);
    const QString base = f.server->baseUrl();
    process.start(QStringLiteral(WSC_WSCTL_EXE),
                  QStringList{u"--base-url"_s, base, u"--token-url"_s, base + u"/oauth/token"_s, u"--workspace"_s,
                              u"1"_s, u"--client-id"_s, u"sandbox"_s} +
                      args);
    process.closeWriteChannel(); // no terminal to ask on
    (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestWsctlBundle::exportsTheSameBytesTwiceAndOnlyWhatIsAsked()
{
    QTemporaryDir dir;
    Outcome r = wsctl(*m_source, {u"export"_s, dir.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"DEMO_SNOWFLAKE_PASSWORD"_s), qPrintable(r.out)); // the names apply reads
    const auto first = filesUnder(dir.path());
    QVERIFY(first.contains(u"manifest.json"_s));
    QVERIFY(first.contains(u"data-models/orders-model.sql"_s));
    QVERIFY(first.contains(u"pipelines/orders-daily.json"_s));
    for (const QByteArray &bytes : first)
        QVERIFY(!bytes.contains("************")); // no mask either: a reference
    QCOMPARE(wsctl(*m_source, {u"export"_s, dir.path()}).exitCode, 0);
    QCOMPARE(filesUnder(dir.path()), first);

    QTemporaryDir only;
    r = wsctl(*m_source, {u"export"_s, only.path(), u"--only"_s, u"pipelines/orders-daily"_s, u"--only"_s,
                          u"data-models/orders-model"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(filesUnder(only.path()).keys(), QStringList({u"data-models/orders-model.json"_s,
                                                          u"data-models/orders-model.sql"_s, u"manifest.json"_s,
                                                          u"pipelines/orders-daily.json"_s}));
    QCOMPARE(wsctl(*m_source, {u"export"_s, only.path(), u"--only"_s, u"pipelines/nope"_s}).exitCode, 2);
    QCOMPARE(wsctl(*m_source, {u"export"_s, only.path(), u"--only"_s, u"nope"_s}).exitCode, 2);
}

void TestWsctlBundle::plansAChangedSqlFileAsOneUpdate()
{
    QTemporaryDir dir;
    QCOMPARE(wsctl(*m_source, {u"export"_s, dir.path()}).exitCode, 0);
    Outcome r = wsctl(*m_source, {u"plan"_s, dir.path()});
    QCOMPARE(r.exitCode, 0); // a CI drift check: nothing to change
    QVERIFY(r.out.contains(u"0 to create, 0 to update, 0 to delete"_s));

    QFile sql(dir.filePath(u"data-models/loyalty-model.sql"_s));
    QVERIFY(sql.open(QIODevice::ReadOnly));
    const QByteArray before = sql.readAll();
    sql.close();
    writeFile(sql.fileName(), before + "\nLIMIT 5000");
    r = wsctl(*m_source, {u"plan"_s, dir.path()});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(u"update  data-model  loyalty-model  config.sql_query"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"+ LIMIT 5000"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"0 to create, 1 to update, 0 to delete"_s));

    r = wsctl(*m_source, {u"plan"_s, dir.path(), u"--output"_s, u"json"_s});
    QCOMPARE(r.exitCode, 3);
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(plan.value(u"has_changes"_s).toBool());
    const QJsonArray steps = plan.value(u"steps"_s).toArray();
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps[0][u"action"_s].toString(), u"update"_s);
    QCOMPARE(steps[0][u"changes"_s][0][u"path"_s].toString(), u"config.sql_query"_s);
    QVERIFY(steps[0][u"changes"_s][0][u"after"_s].toString().endsWith(u"LIMIT 5000"_s));

    // A folder that is not one, and usage errors: 2.
    QTemporaryDir empty;
    QCOMPARE(wsctl(*m_source, {u"plan"_s, empty.path()}).exitCode, 2);
    QCOMPARE(wsctl(*m_source, {u"plan"_s}).exitCode, 2);
    QCOMPARE(wsctl(*m_source, {u"plan"_s, dir.path(), u"--yes"_s}).exitCode, 2);
}

void TestWsctlBundle::appliesOnlyWhenToldAndThenHasNothingLeft()
{
    QTemporaryDir dir;
    QCOMPARE(wsctl(*m_source, {u"export"_s, dir.path()}).exitCode, 0);
    QByteArray json = filesUnder(dir.path()).value(u"data-models/users-model.json"_s);
    json.replace("\"name\": \"", "\"name\": \"Renamed ");
    writeFile(dir.filePath(u"data-models/users-model.json"_s), json);

    Outcome r = wsctl(*m_source, {u"apply"_s, dir.path()});
    QCOMPARE(r.exitCode, 2); // no terminal to ask on, no --yes
    QVERIFY2(r.err.contains(u"--yes"_s), qPrintable(r.err));
    QCOMPARE(wsctl(*m_source, {u"plan"_s, dir.path()}).exitCode, 3); // nothing was applied

    r = wsctl(*m_source, {u"apply"_s, dir.path(), u"--yes"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"[1/1] update data-model users-model: done"_s), qPrintable(r.out));
    QVERIFY(m_source->http.get(SandboxFixture::api(u"/data-models/users-model"_s))
                .object()
                .value(u"name"_s)
                .toString()
                .startsWith(u"Renamed "_s));
    QCOMPARE(wsctl(*m_source, {u"plan"_s, dir.path()}).exitCode, 0);
    r = wsctl(*m_source, {u"apply"_s, dir.path(), u"--yes"_s}); // applying twice changes nothing
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(u"[1/"_s));
}

void TestWsctlBundle::promotesToAnEmptyWorkspaceWithSecretsFromTheEnvironment()
{
    QTemporaryDir dir;
    QCOMPARE(wsctl(*m_source, {u"export"_s, dir.path()}).exitCode, 0);
    auto provision = [&](const QString &only) {
        for (const QString &file : filesUnder(dir.path()).keys()) {
            if (file.startsWith(u"connections/"_s) && file.contains(only)) {
                const QJsonObject c = QJsonDocument::fromJson(filesUnder(dir.path()).value(file)).object();
                QCOMPARE(m_target->http.post(u"/_sandbox/warehouses"_s, c).status, 200);
            }
        }
    };
    for (const QString &provider : {u"bigquery"_s, u"databricks"_s, u"snowflake"_s})
        provision(provider);
    Outcome r = wsctl(*m_target, {u"apply"_s, dir.path(), u"--yes"_s, u"--create-paused"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"DEMO_SNOWFLAKE_PASSWORD"_s) && r.err.contains(u"DEMO_REDSHIFT_PASSWORD"_s),
             qPrintable(r.err));
    const QHash<QString, QString> secrets{
        {u"DEMO_SNOWFLAKE_PASSWORD"_s, u"env-secret-1"_s},
        {u"DEMO_REDSHIFT_PASSWORD"_s, u"env-secret-2"_s},
        {u"DEMO_BIGQUERY_SERVICE_ACCOUNT_KEY"_s,
         uR"({"type": "service_account", "client_email": "m@p.iam", "private_key": "env-secret-3"})"_s},
        {u"ORDERS_DAILY_PARTNER_FEED_KEY"_s, u"env-secret-4"_s}};
    // The Redshift warehouse is not there: the apply stops at its connection and says what is left.
    r = wsctl(*m_target, {u"apply"_s, dir.path(), u"--yes"_s, u"--create-paused"_s}, secrets);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"[2/18] create connection demo-databricks: done"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"[3/18] create connection demo-redshift: FAILED"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"[4/18] create connection demo-snowflake: not applied"_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"Applied 2 of 18 steps"_s), qPrintable(r.err));
    provision(u"redshift"_s);
    r = wsctl(*m_target, {u"apply"_s, dir.path(), u"--yes"_s, u"--create-paused"_s}, secrets);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"[1/16] create connection demo-redshift: done"_s), qPrintable(r.out));
    QVERIFY(!r.out.contains(u"env-secret"_s) && !r.err.contains(u"env-secret"_s));
    // Created paused: no pipeline of the promotion runs before someone looks.
    for (const QJsonValue &p : m_target->http.get(SandboxFixture::api(u"/inputs/data-pipelines"_s)).json.array())
        QVERIFY2(p[u"state"_s].toString() != u"active"_s, qPrintable(p[u"id"_s].toString()));
    r = wsctl(*m_target, {u"plan"_s, dir.path(), u"--create-paused"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // Without the option, activating them is what is left (an update: its secrets are sent too).
    r = wsctl(*m_target, {u"plan"_s, dir.path()}, secrets);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(u"state: paused -> active"_s), qPrintable(r.out));

    // A file deleted from the folder: listed, and deleted only with --prune.
    QVERIFY(QFile::remove(dir.filePath(u"pipelines/users-draft.json"_s)));
    r = wsctl(*m_target, {u"plan"_s, dir.path(), u"--create-paused"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"only in the workspace (deleted only with --prune): pipeline users-draft"_s),
             qPrintable(r.out));
    r = wsctl(*m_target, {u"plan"_s, dir.path(), u"--create-paused"_s, u"--prune"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(u"delete  pipeline  users-draft"_s), qPrintable(r.out));
}

void TestWsctlBundle::comparesTwoWorkspaces()
{
    qputenv("XDG_CONFIG_HOME", (m_home.path() + u"/config"_s).toUtf8());
    QCoreApplication::setOrganizationName(u"WarehouseSyncConsole"_s);
    QCoreApplication::setApplicationName(u"wsconsole"_s);
    Profile other;
    other.name = u"Production"_s;
    other.apiRoot = QUrl(m_target->server->baseUrl());
    other.tokenUrl = QUrl(m_target->server->baseUrl() + u"/oauth/token"_s);
    other.workspaceId = u"1"_s;
    other.clientId = u"sandbox"_s;
    QCOMPARE(ProfileStore().save(other), QString());

    const QHash<QString, QString> secret{{u"WSC_TO_CLIENT_SECRET"_s, u"sandbox"_s}};
    Outcome r = wsctl(*m_source, {u"diff"_s, u"--to-profile"_s, u"Production"_s}, secret);
    QCOMPARE(r.exitCode, 3); // the promoted pipelines are paused there
    QVERIFY2(r.out.contains(u"workspace of workspace 1 at 127.0.0.1 → workspace of Production"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(u"update +pipeline +users-hourly +state"_s)), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"state: paused -> active"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"0 to create, 3 to update, 0 to delete"_s), qPrintable(r.out));
    // The same workspace on both sides compares equal.
    other.name = u"Development"_s;
    other.apiRoot = QUrl(m_source->server->baseUrl());
    other.tokenUrl = QUrl(m_source->server->baseUrl() + u"/oauth/token"_s);
    QCOMPARE(ProfileStore().save(other), QString());
    r = wsctl(*m_source, {u"diff"_s, u"--to-profile"_s, u"Development"_s}, secret);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(wsctl(*m_source, {u"diff"_s, u"--to-profile"_s, u"Nobody"_s}, secret).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestWsctlBundle)
#include "tst_wsctl_bundle.moc"

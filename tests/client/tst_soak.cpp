// Soak (CTest label "soak"; WSC_SOAK_SECONDS, default 180): the client, the poller and the item models
// against a sandbox that injects faults all the while (5xx, 429 with Retry-After, dropped connections,
// truncated bodies, latency) and whose tokens expire every couple of seconds. Writes go on without pause;
// at the end: no crash, every call reported once, every acknowledged write on the server, every failure
// reported, and the store, refreshed, equal to the server. initTestCase runs the soak; each step after it
// checks one of these, in order, on what the soak left, so that one failure does not hide the others.
#include "client/ApiClient.h"
#include "client/RunPoller.h"
#include "client/WorkspaceSync.h"
#include "models/items/PipelineOverviewModel.h"
#include "models/items/ResourceTreeModel.h"
#include "models/items/RunTableModel.h"
#include "tests/support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

// What the server may hold for one id: exactly one value after an acknowledged write; after a failed one,
// either what it held before or what was sent (a dropped answer may follow a write that was carried
// out), never anything else. A GET narrows it down again.
struct Expected {
    // Each possibility: absent (a null QString) or present with that SQL.
    QList<QString> possible{QString()};
    bool certain() const { return possible.size() == 1; }
    bool allows(const QString &sqlOrNull) const { return possible.contains(sqlOrNull); }
};

QString sqlFor(quint32 n)
{
    return u"SELECT email, updated_at FROM my_db.crm.users WHERE plan = 'p%1'"_s.arg(n);
}

sandbox::SandboxConfig soakConfig()
{
    auto config = SandboxFixture::defaults();
    config.tokenLifetimeSeconds = 2; // with the clock below: a new token every half second of real time
    config.schedulerIntervalMs = 100;
    config.runDurationSeconds = 2;
    return config;
}

using Tester = QAbstractItemModelTester;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

// Everything the soak runs, and what its writes leave to check. Its calls report to it: they are dropped
// with it.
struct Soak : QObject {
    Soak();
    // The clock, the first refresh, the poller, the writes and the periodic refresh with a trigger.
    void start();
    void stopWriting();
    void write();
    void learn(const QString &id);
    void create(const QString &id, quint32 n);
    void replace(const QString &id, quint32 n);
    void remove(const QString &id);
    void report(const QString &id, bool ok);
    // The server's own list, read through the faults (retried until one answers whole).
    QJsonArray serverList(const QString &path);

    SandboxFixture sandbox{soakConfig(), QDateTime::currentDateTimeUtc()};
    QTimer clock;
    ApiClient client;
    WorkspaceStore store;
    WorkspaceSync sync{client, store};
    RunPoller poller{client, store};
    // The item models the views show, checked by the tester on every change.
    ResourceTreeModel tree{store};
    RunTableModel runs{store, u"live"_s};
    PipelineOverviewModel overview{store};
    Tester treeTester{&tree, kQtTest};
    Tester runsTester{&runs, kQtTest};
    Tester overviewTester{&overview, kQtTest};

    QHash<QString, Expected> expected;
    QStringList violations;
    QSet<QString> busy;
    int issued = 0, acknowledged = 0, failed = 0, refreshes = 0;
    QRandomGenerator random{20261126};
    QHash<QString, QStringList> history; // per id, what was done and how it ended (for a failure message)
    QTimer writer;
    QTimer others;

    // What the steps after the soak learn for the next ones.
    bool refreshedUnderFaults = false;
    bool serverListed = false;
    QHash<QString, QString> server; // id → SQL, listed once the faults stopped
};

Soak::Soak()
{
    const QString base = sandbox.server->baseUrl();
    client.configure(QUrl(base), QUrl(base + u"/oauth/token"_s), u"1"_s, u"sandbox"_s, u"sandbox"_s);
    RetryPolicy retries;
    retries.baseDelayMs = 50;
    retries.maxDelayMs = 1000;
    client.setRetryPolicy(retries);
    RunPoller::Intervals fast;
    fast.activeMs = 200;
    fast.idleMs = 500;
    fast.tickMs = 50;
    fast.maxPerMinute = 100000;
    poller.setIntervals(fast);
    poller.setWallClock([this] { return sandbox.clock->now().toMSecsSinceEpoch(); });
    connect(&clock, &QTimer::timeout, this, [this] { sandbox.clock->advance(1000); });
    connect(&writer, &QTimer::timeout, this, &Soak::write);
    connect(&others, &QTimer::timeout, this, [this] {
        ++refreshes;
        sync.refresh();
        client.trigger(u"live"_s).then(this, [](const ApiResult<TriggerResult> &) {});
    });
}

void Soak::start()
{
    clock.start(250);
    sync.refresh();
    poller.watchEveryPipeline();
    poller.start();
    writer.start(20);
    others.start(1500);
}

void Soak::stopWriting()
{
    writer.stop();
    others.stop();
}

void Soak::write()
{
    if (busy.size() >= 4)
        return;
    const QString id = u"soak-%1"_s.arg(random.bounded(24));
    if (busy.contains(id))
        return;
    busy.insert(id);
    ++issued;
    const Expected &e = expected[id];
    const quint32 n = random.generate();
    if (!e.certain())
        learn(id);
    else if (e.possible.front().isNull())
        create(id, n);
    else if (random.bounded(10) < 7)
        replace(id, n);
    else
        remove(id);
}

void Soak::learn(const QString &id)
{
    // What the server has must be one of the possibilities.
    client.getDataModel(id).then(this, [this, id](const ApiResult<DataModel> &r) {
        Expected &x = expected[id];
        history[id] << u"GET -> %1 %2"_s.arg(r ? 200 : r.error().httpStatus())
                           .arg(r ? r->sqlQuery.right(12) : QString());
        if (r || r.error().httpStatus() == 404) {
            const QString found = r ? r->sqlQuery : QString();
            if (!x.allows(found))
                violations << u"%1 holds %2, which no write made (possible: %3; history: %4)"_s.arg(
                    id, found.isNull() ? u"nothing"_s : found, x.possible.join(u" | "_s),
                    history.value(id).join(u" ; "_s));
            x.possible = {found};
        }
        report(id, bool(r));
    });
}

void Soak::create(const QString &id, quint32 n)
{
    DataModel m;
    m.id = id;
    m.name = id;
    m.sqlQuery = sqlFor(n);
    client.createDataModel(m).then(this, [this, id, sql = m.sqlQuery](const ApiResult<DataModel> &r) {
        Expected &x = expected[id];
        history[id] << u"POST %1 -> %2"_s.arg(sql.right(12)).arg(r ? 200 : r.error().httpStatus());
        // Even a 400 may follow a create that happened: Qt's network layer sends a request again, by
        // itself, when a kept-alive connection was closed under it, and the second attempt finds the id
        // taken.
        if (r)
            x.possible = {sql};
        else
            x.possible << sql;
        report(id, bool(r));
    });
}

void Soak::replace(const QString &id, quint32 n)
{
    DataModel m;
    m.id = id;
    m.name = id;
    m.state = ResourceState::Active;
    m.sqlQuery = sqlFor(n);
    client.replaceDataModel(m).then(this, [this, id, sql = m.sqlQuery](const ApiResult<DataModel> &r) {
        Expected &x = expected[id];
        history[id] << u"PUT %1 -> %2"_s.arg(sql.right(12)).arg(r ? 200 : r.error().httpStatus());
        if (!r && r.error().httpStatus() == 404)
            violations << u"%1 was acknowledged, and then a replace found it gone"_s.arg(id);
        if (r)
            x.possible = {sql};
        else
            x.possible << sql;
        report(id, bool(r));
    });
}

void Soak::remove(const QString &id)
{
    client.deleteDataModel(id).then(this, [this, id](const ApiResult<Done> &r) {
        Expected &x = expected[id];
        history[id] << u"DELETE -> %1"_s.arg(r ? 200 : r.error().httpStatus());
        // A 404 is right only if an earlier attempt of this very call (a retry) deleted it.
        if (r || r.error().httpStatus() == 404)
            x.possible = {QString()};
        else
            x.possible << QString();
        report(id, bool(r));
    });
}

void Soak::report(const QString &id, bool ok)
{
    busy.remove(id);
    ok ? ++acknowledged : ++failed;
}

QJsonArray Soak::serverList(const QString &path)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const HttpResult r = sandbox.http.get(SandboxFixture::api(path));
        if (r.status == 200 && r.json.isArray())
            return r.json.array();
        if (r.status == 401)
            sandbox.http.setToken(sandbox.http.fetchToken());
    }
    return QJsonArray();
}

} // namespace

class TestSoak : public QObject {
    Q_OBJECT

private slots:
    // The workspace, the faults, and the soak itself.
    void initTestCase();
    void cleanupTestCase();
    // In this order: each step takes what the ones before it left.
    void everyCallReportsOnce();
    void noIdHoldsWhatNoWriteMade();
    void mostWritesAreAcknowledged();
    void theFaultsWereReal();
    void aRefreshGetsThroughTheFaults();
    void storeCountsMatchTheServerUnderFaults_data();
    void storeCountsMatchTheServerUnderFaults();
    void storeHoldsTheServersModelsUnderFaults();
    void serverHoldsEveryAcknowledgedWrite();
    void storeMatchesTheServerOnceFaultsStop();

private:
    std::unique_ptr<Soak> m_soak;
    int m_seconds = 180;
};

void TestSoak::initTestCase()
{
    if (qEnvironmentVariableIsSet("WSC_SOAK_SECONDS"))
        m_seconds = qEnvironmentVariableIntValue("WSC_SOAK_SECONDS");
    m_soak = std::make_unique<Soak>();
    SandboxFixture &sandbox = m_soak->sandbox;
    QCOMPARE(sandbox.http.post(SandboxFixture::api(u"/connections"_s), sandbox.snowflake()).status, 200);
    QCOMPARE(sandbox.http
                 .post(SandboxFixture::api(u"/data-models"_s),
                       {{u"id"_s, u"users"_s},
                        {u"name"_s, u"Users"_s},
                        {u"type"_s, u"sql"_s},
                        {u"config"_s, QJsonObject{{u"sql_query"_s, sqlFor(0)}}}})
                 .status,
             200);
    QJsonObject pipeline = SandboxFixture::onDemandPipeline(u"live"_s);
    pipeline[u"sync_mode"_s] = QJsonObject{{u"type"_s, u"full"_s}};
    QCOMPARE(sandbox.http.post(SandboxFixture::api(u"/inputs/data-pipelines"_s), pipeline).status, 200);
    // Faults from now on, on every API request (the token endpoint included).
    QCOMPARE(sandbox.http
                 .put(u"/_sandbox/faults"_s, {{u"latency_ms"_s, 3},
                                              {u"error_rate"_s, 0.08},
                                              {u"rate_limit_rate"_s, 0.05},
                                              {u"retry_after_seconds"_s, 1},
                                              {u"drop_rate"_s, 0.04},
                                              {u"truncate_rate"_s, 0.04}})
                 .status,
             200);
    m_soak->start();
    QTest::qWait(m_seconds * 1000); // the soak: writes, polls, refreshes and faults, for this long
    m_soak->stopWriting();
}

void TestSoak::cleanupTestCase()
{
    m_soak.reset();
}

void TestSoak::everyCallReportsOnce()
{
    // Every call reports, success or failure, none is lost, none reports twice.
    QTRY_VERIFY_WITH_TIMEOUT(m_soak->busy.isEmpty(), 120000);
    QCOMPARE(m_soak->acknowledged + m_soak->failed, m_soak->issued);
}

void TestSoak::noIdHoldsWhatNoWriteMade()
{
    QVERIFY2(m_soak->violations.isEmpty(), qPrintable(m_soak->violations.join(u'\n')));
}

void TestSoak::mostWritesAreAcknowledged()
{
    qInfo("soak: %d writes over %d s: %d acknowledged, %d failed and reported; %d refreshes", m_soak->issued,
          m_seconds, m_soak->acknowledged, m_soak->failed, m_soak->refreshes);
    QVERIFY(m_soak->acknowledged > 100);
}

void TestSoak::theFaultsWereReal()
{
    QVERIFY(m_soak->failed > 0);
}

void TestSoak::aRefreshGetsThroughTheFaults()
{
    // Still under faults: refresh until one gets through.
    WorkspaceSync &sync = m_soak->sync;
    QTRY_VERIFY_WITH_TIMEOUT(!sync.isLoading(), 60000);
    bool matched = false;
    for (int attempt = 0; attempt < 20 && !matched; ++attempt) {
        QSignalSpy done(&sync, &WorkspaceSync::refreshed);
        sync.refresh();
        QVERIFY(done.wait(60000));
        matched = done.back()[0].toBool();
    }
    m_soak->refreshedUnderFaults = matched;
    QVERIFY2(matched, "no refresh got through the faults in 20 attempts");
}

void TestSoak::storeCountsMatchTheServerUnderFaults_data()
{
    QTest::addColumn<ResourceKind>("kind");
    QTest::addColumn<QString>("path");
    QTest::newRow("data models") << ResourceKind::DataModel << u"/data-models"_s;
    QTest::newRow("connections") << ResourceKind::Connection << u"/connections"_s;
    QTest::newRow("pipelines") << ResourceKind::Pipeline << u"/inputs/data-pipelines"_s;
}

void TestSoak::storeCountsMatchTheServerUnderFaults()
{
    // The server's own lists, read through the same faults: the store, refreshed, holds as many.
    QFETCH(ResourceKind, kind);
    QFETCH(QString, path);
    QVERIFY2(m_soak->refreshedUnderFaults, "no refresh got through (aRefreshGetsThroughTheFaults)");
    QCOMPARE(m_soak->store.count(kind), m_soak->serverList(path).size());
}

void TestSoak::storeHoldsTheServersModelsUnderFaults()
{
    // ...and exactly what the server has, resource by resource.
    QVERIFY2(m_soak->refreshedUnderFaults, "no refresh got through (aRefreshGetsThroughTheFaults)");
    const QJsonArray models = m_soak->serverList(u"/data-models"_s);
    QCOMPARE(m_soak->store.count(ResourceKind::DataModel), models.size());
    for (const QJsonValue &v : models) {
        const DataModel *m = m_soak->store.dataModel(v[u"id"_s].toString());
        QVERIFY2(m, qPrintable(v[u"id"_s].toString()));
        QCOMPARE(m->sqlQuery, v[u"config"_s][u"sql_query"_s].toString());
    }
}

void TestSoak::serverHoldsEveryAcknowledgedWrite()
{
    // The faults stop; the server's state is the truth to compare with.
    Soak &soak = *m_soak;
    soak.poller.stop();
    QCOMPARE(soak.sandbox.http
                 .put(u"/_sandbox/faults"_s, {{u"latency_ms"_s, 0},
                                              {u"error_rate"_s, 0},
                                              {u"rate_limit_rate"_s, 0},
                                              {u"drop_rate"_s, 0},
                                              {u"truncate_rate"_s, 0}})
                 .status,
             200);
    soak.clock.stop();
    soak.sandbox.http.setToken(soak.sandbox.http.fetchToken());
    const auto listed = soak.sandbox.http.get(SandboxFixture::api(u"/data-models"_s));
    QCOMPARE(listed.status, 200);
    for (const QJsonValue &v : listed.array())
        soak.server.insert(v[u"id"_s].toString(), v[u"config"_s][u"sql_query"_s].toString());
    soak.serverListed = true;
    QStringList wrong;
    for (auto it = soak.expected.cbegin(); it != soak.expected.cend(); ++it) {
        const QString held = soak.server.contains(it.key()) ? soak.server.value(it.key()) : QString();
        // Certain: acknowledged (or learnt) last; otherwise one of the writes that may have happened.
        if (!it->allows(held))
            wrong << u"%1 holds %2"_s.arg(it.key(), held.isNull() ? u"nothing"_s : held);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestSoak::storeMatchesTheServerOnceFaultsStop()
{
    // A last refresh: the store holds exactly what the server has.
    Soak &soak = *m_soak;
    QVERIFY2(soak.serverListed, "the server's list was not read (serverHoldsEveryAcknowledgedWrite)");
    QSignalSpy refreshed(&soak.sync, &WorkspaceSync::refreshed);
    QTRY_VERIFY_WITH_TIMEOUT(!soak.sync.isLoading(), 30000);
    soak.sync.refresh();
    QVERIFY(refreshed.wait(30000));
    QVERIFY(refreshed.back()[0].toBool());
    QCOMPARE(soak.store.count(ResourceKind::DataModel), soak.server.size());
    for (auto it = soak.server.cbegin(); it != soak.server.cend(); ++it) {
        const DataModel *m = soak.store.dataModel(it.key());
        QVERIFY2(m, qPrintable(it.key()));
        QCOMPARE(m->sqlQuery, it.value());
    }
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"

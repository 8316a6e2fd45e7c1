// Soak (CTest label "soak"; WSC_SOAK_SECONDS, default 180): the client, the poller and the item models
// against a sandbox that injects faults all the while (5xx, 429 with Retry-After, dropped connections,
// truncated bodies, latency) and whose tokens expire every couple of seconds. Writes go on without pause;
// at the end: no crash, every call reported once, every acknowledged write on the server, every failure
// reported, and the store, refreshed, equal to the server.
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

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

struct Expected {
    enum State { Absent, Present, Unknown } state = Absent;
    QString sql;
};

QString sqlFor(quint32 n)
{
    return u"SELECT email, updated_at FROM my_db.crm.users WHERE plan = 'p%1'"_s.arg(n);
}

} // namespace

class TestSoak : public QObject {
    Q_OBJECT

private slots:
    void survivesFaultsAndKeepsEveryAcknowledgedWrite();
};

void TestSoak::survivesFaultsAndKeepsEveryAcknowledgedWrite()
{
    const int seconds = qEnvironmentVariableIsSet("WSC_SOAK_SECONDS")
                            ? qEnvironmentVariableIntValue("WSC_SOAK_SECONDS")
                            : 180;
    auto config = SandboxFixture::defaults();
    config.tokenLifetimeSeconds = 2; // with the clock below: a new token every half second of real time
    config.schedulerIntervalMs = 100;
    config.runDurationSeconds = 2;
    SandboxFixture sandbox(config, QDateTime::currentDateTimeUtc());
    QCOMPARE(sandbox.http.post(SandboxFixture::api(u"/connections"_s), sandbox.snowflake()).status, 200);
    QCOMPARE(sandbox.http
                 .post(SandboxFixture::api(u"/data-models"_s),
                       {{u"id"_s, u"users"_s},
                        {u"name"_s, u"Users"_s},
                        {u"type"_s, u"sql"_s},
                        {u"config"_s, QJsonObject{{u"sql_query"_s, sqlFor(0)}}}})
                 .status,
             200);
    QCOMPARE(sandbox.http
                 .post(SandboxFixture::api(u"/inputs/data-pipelines"_s),
                       {{u"id"_s, u"live"_s},
                        {u"name"_s, u"Live"_s},
                        {u"pipeline_type"_s, u"user_attributes"_s},
                        {u"connection_id"_s, u"sf"_s},
                        {u"data_model_id"_s, u"users"_s},
                        {u"state"_s, u"active"_s},
                        {u"environment"_s, u"development"_s},
                        {u"sync_mode"_s, QJsonObject{{u"type"_s, u"full"_s}}},
                        {u"schedule"_s, QJsonObject{{u"type"_s, u"on_demand"_s}}}})
                 .status,
             200);
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
    QTimer clock;
    connect(&clock, &QTimer::timeout, this, [&] { sandbox.clock->advance(1000); });
    clock.start(250);

    ApiClient client;
    const QString base = sandbox.server->baseUrl();
    client.configure(QUrl(base), QUrl(base + u"/oauth/token"_s), u"1"_s, u"sandbox"_s, u"sandbox"_s);
    RetryPolicy retries;
    retries.baseDelayMs = 50;
    retries.maxDelayMs = 1000;
    client.setRetryPolicy(retries);
    WorkspaceStore store;
    WorkspaceSync sync(client, store);
    RunPoller poller(client, store);
    RunPoller::Intervals fast;
    fast.activeMs = 200;
    fast.idleMs = 500;
    fast.tickMs = 50;
    fast.maxPerMinute = 100000;
    poller.setIntervals(fast);
    poller.setWallClock([&] { return sandbox.clock->now().toMSecsSinceEpoch(); });
    // The item models the views show, checked by the tester on every change.
    ResourceTreeModel tree(store);
    RunTableModel runs(store, u"live"_s);
    PipelineOverviewModel overview(store);
    QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester runsTester(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester overviewTester(&overview,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    sync.refresh();
    poller.watchEveryPipeline();
    poller.start();

    QHash<QString, Expected> expected;
    QSet<QString> busy;
    int issued = 0, acknowledged = 0, failed = 0, refreshes = 0;
    QRandomGenerator random(20261126);
    auto report = [&](const QString &id, bool ok) {
        busy.remove(id);
        ok ? ++acknowledged : ++failed;
    };
    QTimer writer;
    connect(&writer, &QTimer::timeout, this, [&] {
        if (busy.size() >= 4)
            return;
        const QString id = u"soak-%1"_s.arg(random.bounded(24));
        if (busy.contains(id))
            return;
        busy.insert(id);
        ++issued;
        Expected &e = expected[id];
        const quint32 n = random.generate();
        if (e.state == Expected::Unknown) { // learn what the server has
            client.getDataModel(id).then(this, [&, id](const ApiResult<DataModel> &r) {
                Expected &x = expected[id];
                if (r)
                    x = {Expected::Present, r->sqlQuery};
                else if (r.error().httpStatus() == 404)
                    x = {Expected::Absent, {}};
                report(id, bool(r));
            });
        } else if (e.state == Expected::Absent) {
            DataModel m;
            m.id = id;
            m.name = id;
            m.sqlQuery = sqlFor(n);
            client.createDataModel(m).then(this, [&, id, sql = m.sqlQuery](const ApiResult<DataModel> &r) {
                // A failed POST may still have been carried out (a dropped answer): unknown until asked.
                expected[id] = r ? Expected{Expected::Present, sql} : Expected{Expected::Unknown, {}};
                report(id, bool(r));
            });
        } else if (random.bounded(10) < 7) {
            DataModel m;
            m.id = id;
            m.name = id;
            m.state = ResourceState::Active;
            m.sqlQuery = sqlFor(n);
            client.replaceDataModel(m).then(this, [&, id, sql = m.sqlQuery](const ApiResult<DataModel> &r) {
                expected[id] = r ? Expected{Expected::Present, sql} : Expected{Expected::Unknown, {}};
                report(id, bool(r));
            });
        } else {
            client.deleteDataModel(id).then(this, [&, id](const ApiResult<Done> &r) {
                const bool gone = r || r.error().httpStatus() == 404;
                expected[id] = gone ? Expected{Expected::Absent, {}} : Expected{Expected::Unknown, {}};
                report(id, bool(r));
            });
        }
    });
    writer.start(20);
    QTimer others;
    connect(&others, &QTimer::timeout, this, [&] {
        ++refreshes;
        sync.refresh();
        client.trigger(u"live"_s).then(this, [](const ApiResult<TriggerResult> &) {});
    });
    others.start(1500);

    QTest::qWait(seconds * 1000);
    writer.stop();
    others.stop();
    // Every call reports, success or failure, none is lost.
    QTRY_VERIFY_WITH_TIMEOUT(busy.isEmpty(), 120000);
    QCOMPARE(acknowledged + failed, issued);
    qInfo("soak: %d writes over %d s: %d acknowledged, %d failed and reported; %d refreshes", issued, seconds,
          acknowledged, failed, refreshes);
    QVERIFY(acknowledged > 100);
    QVERIFY(failed > 0); // the faults were real

    // The faults stop; the server's state is the truth to compare with.
    poller.stop();
    QCOMPARE(sandbox.http
                 .put(u"/_sandbox/faults"_s, {{u"latency_ms"_s, 0},
                                              {u"error_rate"_s, 0},
                                              {u"rate_limit_rate"_s, 0},
                                              {u"drop_rate"_s, 0},
                                              {u"truncate_rate"_s, 0}})
                 .status,
             200);
    clock.stop();
    sandbox.http.setToken(sandbox.http.fetchToken());
    const auto listed = sandbox.http.get(SandboxFixture::api(u"/data-models"_s));
    QCOMPARE(listed.status, 200);
    QHash<QString, QString> server;
    for (const QJsonValue &v : listed.array())
        server.insert(v[u"id"_s].toString(), v[u"config"_s][u"sql_query"_s].toString());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it->state == Expected::Present) {
            QVERIFY2(server.contains(it.key()), qPrintable(it.key() + u" was acknowledged but is gone"_s));
            QCOMPARE(server.value(it.key()), it->sql);
        } else if (it->state == Expected::Absent) {
            QVERIFY2(!server.contains(it.key()), qPrintable(it.key() + u" was deleted but is there"_s));
        }
    }
    // A last refresh: the store holds exactly what the server has.
    QSignalSpy refreshed(&sync, &WorkspaceSync::refreshed);
    QTRY_VERIFY_WITH_TIMEOUT(!sync.isLoading(), 30000);
    sync.refresh();
    QVERIFY(refreshed.wait(30000));
    QVERIFY(refreshed.back()[0].toBool());
    QCOMPARE(store.count(ResourceKind::DataModel), server.size());
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        const DataModel *m = store.dataModel(it.key());
        QVERIFY2(m, qPrintable(it.key()));
        QCOMPARE(m->sqlQuery, it.value());
    }
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"

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

#include <algorithm>

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
    QStringList violations;
    QSet<QString> busy;
    int issued = 0, acknowledged = 0, failed = 0, refreshes = 0;
    QRandomGenerator random(20261126);
    QHash<QString, QStringList> history; // per id, what was done and how it ended (for a failure message)
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
        if (!e.certain()) { // learn what the server has: it must be one of the possibilities
            client.getDataModel(id).then(this, [&, id](const ApiResult<DataModel> &r) {
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
        } else if (e.possible.front().isNull()) {
            DataModel m;
            m.id = id;
            m.name = id;
            m.sqlQuery = sqlFor(n);
            client.createDataModel(m).then(this, [&, id, sql = m.sqlQuery](const ApiResult<DataModel> &r) {
                Expected &x = expected[id];
                history[id] << u"POST %1 -> %2"_s.arg(sql.right(12)).arg(r ? 200 : r.error().httpStatus());
                // Even a 400 may follow a create that happened: Qt's network layer sends a request again,
                // by itself, when a kept-alive connection was closed under it, and the second attempt
                // finds the id taken.
                if (r)
                    x.possible = {sql};
                else
                    x.possible << sql;
                report(id, bool(r));
            });
        } else if (random.bounded(10) < 7) {
            DataModel m;
            m.id = id;
            m.name = id;
            m.state = ResourceState::Active;
            m.sqlQuery = sqlFor(n);
            client.replaceDataModel(m).then(this, [&, id, sql = m.sqlQuery](const ApiResult<DataModel> &r) {
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
        } else {
            client.deleteDataModel(id).then(this, [&, id](const ApiResult<Done> &r) {
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
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));

    // Still under faults: refresh until one gets through, and the store must match the server then.
    QTRY_VERIFY_WITH_TIMEOUT(!sync.isLoading(), 60000);
    bool matched = false;
    for (int attempt = 0; attempt < 20 && !matched; ++attempt) {
        QSignalSpy done(&sync, &WorkspaceSync::refreshed);
        sync.refresh();
        QVERIFY(done.wait(60000));
        matched = done.back()[0].toBool();
    }
    QVERIFY2(matched, "no refresh got through the faults in 20 attempts");
    // The server's own lists, read through the same faults (retried until one answers whole): the store
    // holds exactly that, resource by resource.
    const auto serverList = [&](const QString &path) {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const HttpResult r = sandbox.http.get(SandboxFixture::api(path));
            if (r.status == 200 && r.json.isArray())
                return r.json.array();
            if (r.status == 401)
                sandbox.http.setToken(sandbox.http.fetchToken());
        }
        return QJsonArray();
    };
    const QJsonArray models = serverList(u"/data-models"_s);
    QCOMPARE(store.count(ResourceKind::DataModel), models.size());
    for (const QJsonValue &v : models) {
        const DataModel *m = store.dataModel(v[u"id"_s].toString());
        QVERIFY2(m, qPrintable(v[u"id"_s].toString()));
        QCOMPARE(m->sqlQuery, v[u"config"_s][u"sql_query"_s].toString());
    }
    QCOMPARE(store.count(ResourceKind::Connection), serverList(u"/connections"_s).size());
    QCOMPARE(store.count(ResourceKind::Pipeline), serverList(u"/inputs/data-pipelines"_s).size());
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
        const QString held = server.contains(it.key()) ? server.value(it.key()) : QString();
        // Certain: acknowledged (or learnt) last; otherwise one of the writes that may have happened.
        QVERIFY2(it->allows(held),
                 qPrintable(u"%1 holds %2"_s.arg(it.key(), held.isNull() ? u"nothing"_s : held)));
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

// The sandbox inside the console and wsctl: on a thread of its own, so that its start-up (seeding the demo
// workspace) and its data model queries never hold up the caller's event loop; it reports its steps, a
// locked data directory is a clear failure, and closing it stops a running query.
#include "sandbox/EmbeddedSandbox.h"
#include "tests/support/HttpProbe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace wsc;
using namespace wsc::sandbox;
using namespace Qt::StringLiterals;

namespace {

QString api(const QString &path)
{
    return u"/platform/v2/workspaces/1"_s + path;
}

// The caller's event loop: the largest gap between ticks of a 5 ms timer while `until` is false.
qint64 largestStallMs(const std::function<bool()> &until, int timeoutMs)
{
    qint64 largest = 0;
    QElapsedTimer since;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (since.isValid())
            largest = std::max(largest, since.elapsed() - 5);
        since.restart();
    });
    tick.start();
    (void)QTest::qWaitFor(until, timeoutMs); // the caller checks what `until` waited for
    return largest;
}

// Makes the demo's on-demand pipeline run a query without end (a triple cross join) and triggers it.
void startEndlessQuery(test::HttpProbe &http)
{
    http.setToken(http.fetchToken());
    test::HttpResult r = http.get(api(u"/data-models/open-tickets-model"_s));
    QCOMPARE(r.status, 200);
    QJsonObject model = r.object();
    QJsonObject sql = model[u"config"_s].toObject();
    sql[u"sql_query"_s] = u"SELECT a.email, COUNT(b.ticket_id) AS open_tickets, MAX(a.updated_at) AS updated_at "
                            "FROM dev.support.tickets a, dev.support.tickets b, dev.support.tickets c "
                            "WHERE b.ticket_id + c.ticket_id > 0 GROUP BY a.email"_s;
    model[u"config"_s] = sql;
    r = http.put(api(u"/data-models/open-tickets-model"_s), model);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(r.body.contains("dev.support.tickets c"));
    r = http.post(api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"tickets-on-demand"_s}});
    QVERIFY2(r.status == 200, r.body.constData());
}

} // namespace

class TestEmbeddedSandbox : public QObject {
    Q_OBJECT

private slots:
    void firstStartSeedsOffTheCallersThread()
    {
        QTemporaryDir dir;
        SandboxConfig config;
        config.dataDir = dir.path();
        EmbeddedSandbox sandbox(config);
        QList<EmbeddedSandbox::Stage> stages;
        connect(&sandbox, &EmbeddedSandbox::stage, this, [&](EmbeddedSandbox::Stage s) { stages << s; });
        QSignalSpy ready(&sandbox, &EmbeddedSandbox::ready);
        QSignalSpy failed(&sandbox, &EmbeddedSandbox::failed);
        QElapsedTimer timer;
        timer.start();
        sandbox.start();
        // start() returns at once; the seeding happens on the sandbox's thread while this loop keeps running.
        QVERIFY(timer.elapsed() < 200);
        QVERIFY(sandbox.isStarting());
        QVERIFY(!sandbox.isReady());
        const qint64 stall = largestStallMs([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 60000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(ready.size(), 1);
        QVERIFY2(stall < 250, qPrintable(u"the caller stalled %1 ms"_s.arg(stall)));
        QCOMPARE(stages, (QList<EmbeddedSandbox::Stage>{EmbeddedSandbox::Stage::Opening,
                                                        EmbeddedSandbox::Stage::Seeding,
                                                        EmbeddedSandbox::Stage::Listening}));
        QVERIFY(sandbox.baseUrl().startsWith(u"http://127.0.0.1:"_s));
        QCOMPARE(sandbox.tokenUrl(), sandbox.baseUrl() + u"/oauth/token"_s);
        QCOMPARE(ready.first().first().toString(), sandbox.baseUrl());

        test::HttpProbe http{QUrl(sandbox.baseUrl())};
        http.setToken(http.fetchToken(config.clientId, config.clientSecret));
        const test::HttpResult pipelines = http.get(api(u"/inputs/data-pipelines"_s));
        QCOMPARE(pipelines.status, 200);
        QVERIFY(!pipelines.array().isEmpty()); // the demo workspace

        sandbox.start(); // already running: nothing happens
        QVERIFY(!sandbox.isStarting());
        // What a start sends to the sandbox's thread, and what it sends back, would come before the answer
        // to a request made after it.
        QCOMPARE(http.get(api(u"/inputs/data-pipelines"_s)).status, 200);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(stages.size(), 3);
    }

    void secondStartIsNotSeededAgain()
    {
        QTemporaryDir dir;
        SandboxConfig config;
        config.dataDir = dir.path();
        {
            EmbeddedSandbox first(config);
            QSignalSpy ready(&first, &EmbeddedSandbox::ready);
            first.start();
            QVERIFY(ready.wait(60000));
        }
        EmbeddedSandbox again(config);
        QList<EmbeddedSandbox::Stage> stages;
        connect(&again, &EmbeddedSandbox::stage, this, [&](EmbeddedSandbox::Stage s) { stages << s; });
        QSignalSpy ready(&again, &EmbeddedSandbox::ready);
        again.start();
        QVERIFY(ready.wait(60000));
        QVERIFY(!stages.contains(EmbeddedSandbox::Stage::Seeding));
    }

    void aLockedDataDirectoryFailsWithTheReason()
    {
        QTemporaryDir dir;
        SandboxConfig config;
        config.dataDir = dir.path();
        EmbeddedSandbox first(config);
        QSignalSpy firstReady(&first, &EmbeddedSandbox::ready);
        first.start();
        QVERIFY(firstReady.wait(60000));

        EmbeddedSandbox second(config);
        QSignalSpy ready(&second, &EmbeddedSandbox::ready);
        QSignalSpy failed(&second, &EmbeddedSandbox::failed);
        second.start();
        QVERIFY(failed.wait(30000));
        QCOMPARE(ready.size(), 0);
        QVERIFY2(failed.first().first().toString().contains(u"already using the data directory"_s),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!second.isStarting());
        QVERIFY(!second.isReady());
    }

    void aLongQueryDoesNotHoldUpTheCaller()
    {
        QTemporaryDir dir;
        SandboxConfig config;
        config.dataDir = dir.path();
        config.queryTimeLimitSeconds = 3;
        config.maxAttempts = 1;
        EmbeddedSandbox sandbox(config);
        QSignalSpy ready(&sandbox, &EmbeddedSandbox::ready);
        sandbox.start();
        QVERIFY(ready.wait(60000));
        test::HttpProbe http{QUrl(sandbox.baseUrl())};
        startEndlessQuery(http);
        if (QTest::currentTestFailed())
            return;
        // The query runs into its 3 s limit on the sandbox's thread; this thread keeps ticking meanwhile.
        QElapsedTimer timer;
        timer.start();
        const qint64 stall = largestStallMs([&] { return timer.elapsed() > 4000; }, 10000);
        QVERIFY2(stall < 250, qPrintable(u"the caller stalled %1 ms"_s.arg(stall)));
        // And the run ended on the time limit, with the sandbox's message.
        QTRY_VERIFY_WITH_TIMEOUT(http.get(api(u"/inputs/data-pipelines/tickets-on-demand/report"_s))
                                     .object()
                                     .value(u"status"_s)
                                     .toString() == u"faulted"_s,
                                 30000);
        const QJsonObject latest = http.get(api(u"/inputs/data-pipelines/tickets-on-demand/report"_s))
                                       .object()[u"latest_pipeline_run"_s]
                                       .toObject();
        QCOMPARE(latest[u"status"_s].toString(), u"failed"_s);
        QVERIFY2(QJsonDocument(latest).toJson().contains("longer than 3 seconds"),
                 QJsonDocument(latest).toJson().constData());
    }

    void closingStopsARunningQuery()
    {
        QTemporaryDir dir;
        SandboxConfig config;
        config.dataDir = dir.path();
        config.queryTimeLimitSeconds = 120;
        auto sandbox = std::make_unique<EmbeddedSandbox>(config);
        QSignalSpy ready(sandbox.get(), &EmbeddedSandbox::ready);
        sandbox->start();
        QVERIFY(ready.wait(60000));
        test::HttpProbe http{QUrl(sandbox->baseUrl())};
        startEndlessQuery(http);
        if (QTest::currentTestFailed())
            return;
        // The scheduler picks the run up within a pass or two; while its query runs, the sandbox's thread
        // answers no request.
        QTRY_VERIFY_WITH_TIMEOUT(http.request("GET",
                                              api(u"/inputs/data-pipelines/tickets-on-demand/report"_s), {},
                                              "application/json", 400)
                                         .status == 0,
                                 10000);
        QElapsedTimer timer;
        timer.start();
        sandbox.reset();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(u"closing took %1 ms"_s.arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedSandbox)
#include "tst_embedded_sandbox.moc"

// The three writers of the store against a sandbox with a manual clock: WorkspaceSync loads the whole
// workspace and a refresh changes only what changed; RunPoller adapts to what the pipelines do;
// WorkspaceActions puts what the user did into the store, whoever asked.
#include "client/ApiClient.h"
#include "client/RunPoller.h"
#include "client/WorkspaceActions.h"
#include "client/WorkspaceSync.h"
#include "tests/support/AwaitCall.h"
#include "tests/support/SandboxFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

class TestSyncAndPolling : public QObject {
    Q_OBJECT

private slots:
    void loadsTheWholeWorkspace();
    void pollsAdaptively();
    void actionsWriteTheStoreWhoeverAsked();
    void keepsManyPipelinesFreshByTheList();

private:
    static void connect(SandboxFixture &f, ApiClient &client)
    {
        client.configure(QUrl(f.server->baseUrl()), QUrl(f.server->baseUrl() + u"/oauth/token"_s), u"1"_s,
                         u"sandbox"_s, u"sandbox"_s);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
    }
};

void TestSyncAndPolling::loadsTheWholeWorkspace()
{
    auto config = SandboxFixture::defaults();
    config.demo = true;
    SandboxFixture f(config, QDateTime::currentDateTimeUtc());
    ApiClient client;
    connect(f, client);
    WorkspaceStore store;
    WorkspaceSync sync(client, store);
    QSignalSpy refreshed(&sync, &WorkspaceSync::refreshed);
    QSignalSpy added(&store, &WorkspaceStore::added);
    sync.refresh();
    QVERIFY(sync.isLoading());
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.first().at(0).toBool(), true);
    QCOMPARE(store.count(ResourceKind::Connection), 4);
    QCOMPARE(store.count(ResourceKind::DataModel), 6);
    QCOMPARE(store.count(ResourceKind::FieldTransformation), 1);
    QCOMPARE(store.count(ResourceKind::Pipeline), 7);
    QCOMPARE(added.count(), 18);
    QVERIFY(store.connection(u"demo-snowflake"_s)->snowflake.password.isMasked());

    // Someone else renames a model: a refresh reports exactly that.
    QJsonObject model = f.http.get(f.api(u"/data-models/users-model"_s)).object();
    model[u"name"_s] = u"Renamed elsewhere"_s;
    QCOMPARE(f.http.put(f.api(u"/data-models/users-model"_s), model).status, 200);
    QSignalSpy changed(&store, &WorkspaceStore::changed);
    QSignalSpy removed(&store, &WorkspaceStore::removed);
    added.clear();
    sync.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).toString(), u"users-model"_s);
    QCOMPARE(added.count() + removed.count(), 0);
    QCOMPARE(store.dataModel(u"users-model"_s)->name, u"Renamed elsewhere"_s);

    // A failing list is reported, and what was loaded stays.
    f.http.put(u"/_sandbox/faults"_s, {{u"error_rate"_s, 1.0}});
    QSignalSpy failed(&sync, &WorkspaceSync::listFailed);
    sync.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.last().at(0).toBool(), false);
    QCOMPARE(failed.count(), 4);
    QCOMPARE(store.count(ResourceKind::Pipeline), 7);
}

void TestSyncAndPolling::actionsWriteTheStoreWhoeverAsked()
{
    auto config = SandboxFixture::defaults();
    config.demo = true;
    SandboxFixture f(config, QDateTime::currentDateTimeUtc());
    ApiClient client;
    connect(f, client);
    WorkspaceStore store;
    WorkspaceSync sync(client, store);
    WorkspaceActions actions(client, store);
    QSignalSpy refreshed(&sync, &WorkspaceSync::refreshed);
    sync.refresh();
    QVERIFY(refreshed.wait(10000));

    // A save whose asker is gone before the answer still lands in the store.
    DataModel model = *store.dataModel(u"users-model"_s);
    model.name = u"Saved by a closed editor"_s;
    {
        QObject asker;
        actions.save(model, false).then(&asker, [](const ApiResult<DataModel> &) { QFAIL("asker was gone"); });
    }
    QTRY_COMPARE(store.dataModel(u"users-model"_s)->name, u"Saved by a closed editor"_s);
    // The asker that stays hears of it after the store has it.
    model.name = u"Saved twice"_s;
    bool storeHadIt = false;
    QObject asker;
    const auto call = actions.save(model, false);
    call.then(&asker, [&](const ApiResult<DataModel> &) {
        storeHadIt = store.dataModel(u"users-model"_s)->name == u"Saved twice"_s;
    });
    QVERIFY(await(call));
    QVERIFY(storeHadIt);

    // A create, then a delete; a delete someone else did first (404) drops it too.
    Connection created = *store.connection(u"demo-snowflake"_s); // coordinates with a local warehouse
    created.id = u"actions-sf"_s;
    created.snowflake.password = Secret::fromValue(u"pw"_s);
    QVERIFY(await(actions.save(created, true)));
    QVERIFY(store.connection(u"actions-sf"_s));
    QVERIFY(await(actions.remove(ResourceKind::Connection, u"actions-sf"_s)));
    QVERIFY(!store.connection(u"actions-sf"_s));
    QVERIFY(await(actions.save(created, true)));
    QCOMPARE(f.http.del(f.api(u"/connections/actions-sf"_s)).status, 204);
    const auto gone = await(actions.remove(ResourceKind::Connection, u"actions-sf"_s));
    QCOMPARE(gone.error().httpStatus(), 404);
    QVERIFY(!store.connection(u"actions-sf"_s));
    // A refused delete (a pipeline uses it) keeps it.
    QVERIFY(!await(actions.remove(ResourceKind::Connection, u"demo-snowflake"_s)));
    QVERIFY(store.connection(u"demo-snowflake"_s));

    // A status refresh with no poller asks once and fills the report; a failure is announced.
    const QString pipeline = store.ids(ResourceKind::Pipeline).first();
    QVERIFY(!store.report(pipeline));
    QSignalSpy reports(&store, &WorkspaceStore::reportChanged);
    actions.refreshStatus(pipeline);
    QVERIFY(reports.wait(10000));
    QVERIFY(store.report(pipeline));
    QSignalSpy failed(&actions, &WorkspaceActions::statusFailed);
    f.http.put(u"/_sandbox/faults"_s, {{u"error_rate"_s, 1.0}});
    actions.refreshStatus(pipeline);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).toString(), pipeline);
}

void TestSyncAndPolling::keepsManyPipelinesFreshByTheList()
{
    // More pipelines than the budget can report on: the pipelines list confirms every status in one
    // request, and a status that changed gets its report ahead of the routine ones.
    auto config = SandboxFixture::defaults();
    config.generatePipelines = 100;
    SandboxFixture f(config, QDateTime::currentDateTimeUtc());
    ApiClient client;
    connect(f, client);
    WorkspaceStore store;
    WorkspaceSync sync(client, store);
    QSignalSpy refreshed(&sync, &WorkspaceSync::refreshed);
    sync.refresh();
    QVERIFY(refreshed.wait(10000));
    RunPoller poller(client, store);
    qint64 now = 1'000'000;
    poller.setClock([&now] { return now; });
    RunPoller::Intervals intervals;
    intervals.maxPerMinute = 20; // reports for 100 pipelines every 45 s would need 133 a minute
    intervals.maxConcurrent = 2;
    poller.setIntervals(intervals);
    poller.watchEveryPipeline();
    QVERIFY(poller.coversByList());
    const QStringList ids = store.ids(ResourceKind::Pipeline);
    poller.tick();
    QTRY_VERIFY(std::all_of(ids.begin(), ids.end(), [&](const QString &id) { return poller.statusAgeMs(id) >= 0; }));
    QVERIFY2(poller.requestsSent() <= intervals.maxPerMinute, qPrintable(QString::number(poller.requestsSent())));
    // Someone resumes a (paused, so stopped) pipeline elsewhere: the next list finds it idle, its report
    // comes first, and every status is at most one list round old.
    const EnumValue<PipelineStatus> before = store.effectiveStatus(u"pipeline-00003"_s).status;
    QJsonObject resumed = f.http.get(f.api(u"/inputs/data-pipelines/pipeline-00003"_s)).object();
    resumed[u"state"_s] = u"active"_s;
    QCOMPARE(f.http.put(f.api(u"/inputs/data-pipelines/pipeline-00003"_s), resumed).status, 200);
    const EnumValue<PipelineStatus> after = EnumValue<PipelineStatus>::fromWire(
        f.http.get(f.api(u"/inputs/data-pipelines/pipeline-00003"_s)).object()[u"status"_s].toString());
    QVERIFY2(after != before, qPrintable(after.wire()));
    now += intervals.listMs;
    poller.tick();
    QTRY_VERIFY(poller.statusAgeMs(ids.first()) == 0); // the list came back
    // A round a second: each waits for a report to come back (one is always due or in flight here).
    QSignalSpy polled(&poller, &RunPoller::polled);
    QSignalSpy failed(&poller, &RunPoller::pollFailed);
    const auto caughtUp = [&] { return store.effectiveStatus(u"pipeline-00003"_s).status == after; };
    for (int round = 0; round < 20 && !caughtUp(); ++round) {
        const qsizetype ended = polled.size() + failed.size();
        now += 1000;
        poller.tick();
        QTRY_VERIFY(caughtUp() || polled.size() + failed.size() > ended);
    }
    // What the tree and the overview show: resumed (the listed state), with the new status.
    QVERIFY(!store.effectiveStatus(u"pipeline-00003"_s).paused);
    QCOMPARE(store.effectiveStatus(u"pipeline-00003"_s).status, after);
    QCOMPARE(store.pipeline(u"pipeline-00003"_s)->state.value(), PipelineState::Active);
    qint64 oldest = 0;
    for (const QString &id : ids)
        oldest = std::max(oldest, poller.statusAgeMs(id));
    QVERIFY2(oldest <= intervals.listMs, qPrintable(QString::number(oldest)));
    // A few pipelines are not "many": reports alone, no list.
    RunPoller few(client, store);
    few.watch(ids.first());
    QVERIFY(!few.coversByList());
}

void TestSyncAndPolling::pollsAdaptively()
{
    auto config = SandboxFixture::defaults();
    config.runDurationSeconds = 60;
    SandboxFixture f(config);
    f.snowflake();
    f.http.post(
        f.api(u"/data-models"_s),
        {{u"id"_s, u"users"_s},
         {u"name"_s, u"Users"_s},
         {u"type"_s, u"sql"_s},
         {u"config"_s, QJsonObject{{u"sql_query"_s, u"SELECT email, updated_at FROM my_db.crm.users"_s}}}});
    f.http.post(f.api(u"/connections"_s), f.snowflake());
    QCOMPARE(f.http
                 .post(f.api(u"/inputs/data-pipelines"_s),
                       {{u"id"_s, u"p"_s},
                        {u"name"_s, u"P"_s},
                        {u"pipeline_type"_s, u"user_attributes"_s},
                        {u"connection_id"_s, u"sf"_s},
                        {u"data_model_id"_s, u"users"_s},
                        {u"state"_s, u"active"_s},
                        {u"environment"_s, u"development"_s},
                        {u"sync_mode"_s, QJsonObject{{u"type"_s, u"incremental"_s},
                                                     {u"iterator_field"_s, u"updated_at"_s},
                                                     {u"iterator_data_type"_s, u"timestamp"_s}}},
                        {u"schedule"_s, QJsonObject{{u"type"_s, u"on_demand"_s}}}})
                 .status,
             200);

    ApiClient client;
    connect(f, client);
    WorkspaceStore store;
    RunPoller poller(client, store);
    qint64 now = 1'000'000;
    poller.setClock([&now] { return now; });
    RunPoller::Intervals intervals;
    intervals.activeMs = 3000;
    intervals.idleMs = 45000;
    intervals.maxBackoffMs = 60000;
    poller.setIntervals(intervals);
    QSignalSpy polled(&poller, &RunPoller::polled);
    QSignalSpy failed(&poller, &RunPoller::pollFailed);
    poller.watch(u"p"_s);

    // Idle: polled at once, then not again for 45 s.
    poller.tick();
    QVERIFY(polled.wait(5000));
    QCOMPARE(store.report(u"p"_s)->status, PipelineStatus::Idle);
    QCOMPARE(poller.dueIn(u"p"_s), 45000);
    // Nothing was due: a tick sends what is due there and then, so no request means no poll to come.
    now += 44000;
    const int sentWhenIdle = poller.requestsSent();
    poller.tick();
    QCOMPARE(poller.requestsSent(), sentWhenIdle);
    QCOMPARE(poller.dueIn(u"p"_s), 1000);

    // A run starts: the next poll sees it and polls every 3 s; its row appears without a click.
    const QString runId = QString::number(
        f.http.post(f.api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"p"_s}})
            .object()[u"pipeline_run_id"_s]
            .toInteger());
    f.advance(1); // queued → running
    poller.pollSoon(u"p"_s);
    poller.tick();
    QVERIFY(polled.wait(5000));
    QCOMPARE(polled.size(), 2); // this poll, and none from the idle tick before it
    QCOMPARE(store.report(u"p"_s)->status, PipelineStatus::Running);
    QCOMPARE(poller.dueIn(u"p"_s), 3000);
    QCOMPARE(store.runs(u"p"_s).back().id, runId);
    QCOMPARE(store.runs(u"p"_s).back().status, RunStatus::Running);

    // It finishes; within one active interval the store has the final status, and polling slows down.
    f.advance(60);
    now += 3000;
    poller.tick();
    QVERIFY(polled.wait(5000));
    QCOMPARE(store.runs(u"p"_s).back().status, RunStatus::Success);
    QCOMPARE(store.report(u"p"_s)->latestSuccessfulRunId, std::optional<QString>(runId));
    QCOMPARE(poller.dueIn(u"p"_s), 45000);

    // Errors back off exponentially.
    f.http.put(u"/_sandbox/faults"_s, {{u"error_rate"_s, 1.0}});
    for (qint64 expected : {6000, 12000, 24000, 48000, 60000}) {
        now += poller.dueIn(u"p"_s);
        poller.tick();
        QVERIFY(failed.wait(5000));
        QCOMPARE(poller.dueIn(u"p"_s), expected);
    }

    // Offline: nothing is sent; back online: polled at once.
    f.http.put(u"/_sandbox/faults"_s, {{u"error_rate"_s, 0.0}});
    poller.setOnline(false);
    const int sent = poller.requestsSent();
    now += 600000;
    poller.tick();
    QCOMPARE(poller.requestsSent(), sent);
    poller.setOnline(true);
    poller.tick();
    QVERIFY(polled.wait(5000));
    // The system's reachability: only "disconnected" pauses, and never for a server on this computer.
    using R = QNetworkInformation::Reachability;
    const QUrl remote(u"https://api.mparticle.com"_s);
    QVERIFY(!RunPoller::isReachable(R::Disconnected, remote));
    QVERIFY(RunPoller::isReachable(R::Unknown, remote));
    QVERIFY(RunPoller::isReachable(R::Local, remote)); // a captive portal may still let it through
    QVERIFY(RunPoller::isReachable(R::Online, remote));
    QVERIFY(RunPoller::isReachable(R::Disconnected, QUrl(u"http://127.0.0.1:8080"_s)));
    QVERIFY(RunPoller::isReachable(R::Disconnected, QUrl(u"http://localhost:8080"_s)));
    // Following it on a machine whose backend (if any) says anything must not stop a loopback poller.
    poller.followNetworkReachability();
    poller.start();
    poller.stop();
    now += 600000;
    poller.tick();
    QVERIFY(polled.wait(5000));

    // A reason to poll that comes while a poll is in flight is not lost.
    f.http.put(u"/_sandbox/faults"_s, {{u"latency_ms"_s, 300}});
    now += 45000;
    poller.tick();
    poller.pollSoon(u"p"_s);
    QVERIFY(polled.wait(5000));
    QCOMPARE(poller.dueIn(u"p"_s), 0);
    f.http.put(u"/_sandbox/faults"_s, {{u"latency_ms"_s, 0}});

    // The request budget caps the rate however many pipelines are watched.
    intervals.maxPerMinute = 2;
    poller.setIntervals(intervals);
    now += 120000;
    poller.tick();
    QVERIFY(polled.wait(5000));
    now += 45000;
    const int before = poller.requestsSent();
    const qsizetype ended = polled.size() + failed.size();
    poller.tick();
    // Whatever the poll leads to (its runs, their pages) is sent before it ends.
    if (poller.requestsSent() > before)
        QTRY_VERIFY(polled.size() + failed.size() > ended);
    QVERIFY(poller.requestsSent() - before <= 1);
}

QTEST_GUILESS_MAIN(TestSyncAndPolling)
#include "tst_sync_and_polling.moc"

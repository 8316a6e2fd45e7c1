// The workspace store's fine-grained signals: a refresh reports only what differs, runs merge by id.
#include "models/store/WorkspaceStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

Pipeline pipeline(const QString &id, const QString &name, const QString &connection = u"c"_s)
{
    Pipeline p;
    p.id = id;
    p.name = name;
    p.connectionId = connection;
    p.dataModelId = u"m"_s;
    return p;
}

PipelineRun run(qint64 id, const char *logical, RunStatus status)
{
    PipelineRun r;
    r.id = QString::number(id);
    r.logicalDate = Timestamp::parse(QString::fromLatin1(logical));
    r.status = status;
    return r;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void ordersRunIdsTotally();
    void refreshReportsOnlyDifferences();
    void upsertAndRemove();
    void reportsChangeOnlyWhenDifferent();
    void mergesRunsById();
    void historyPagesUpdateWhatItHolds();
    void findsDependents();
};

void TestStore::refreshReportsOnlyDifferences()
{
    WorkspaceStore store;
    QSignalSpy added(&store, &WorkspaceStore::added);
    QSignalSpy changed(&store, &WorkspaceStore::changed);
    QSignalSpy removed(&store, &WorkspaceStore::removed);
    store.setPipelines({pipeline(u"a"_s, u"A"_s), pipeline(u"b"_s, u"B"_s), pipeline(u"c"_s, u"C"_s)});
    QCOMPARE(added.count(), 3);
    QCOMPARE(store.ids(ResourceKind::Pipeline), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    added.clear();

    // The same list again: nothing happens.
    store.setPipelines({pipeline(u"a"_s, u"A"_s), pipeline(u"b"_s, u"B"_s), pipeline(u"c"_s, u"C"_s)});
    QCOMPARE(added.count() + changed.count() + removed.count(), 0);

    // b renamed, c gone, d new.
    store.setPipelines({pipeline(u"a"_s, u"A"_s), pipeline(u"b"_s, u"B2"_s), pipeline(u"d"_s, u"D"_s)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).toString(), u"b"_s);
    QCOMPARE(qvariant_cast<ResourceKind>(changed.first().at(0)), ResourceKind::Pipeline);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toString(), u"c"_s);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().at(1).toString(), u"d"_s);
    QCOMPARE(store.pipeline(u"b"_s)->name, u"B2"_s);
    QVERIFY(!store.pipeline(u"c"_s));
    QCOMPARE(store.ids(ResourceKind::Pipeline), (QStringList{u"a"_s, u"b"_s, u"d"_s}));
    QCOMPARE(store.count(ResourceKind::Pipeline), 3);
}

void TestStore::upsertAndRemove()
{
    WorkspaceStore store;
    QSignalSpy added(&store, &WorkspaceStore::added);
    QSignalSpy changed(&store, &WorkspaceStore::changed);
    QSignalSpy removed(&store, &WorkspaceStore::removed);
    Connection c;
    c.id = u"c"_s;
    c.name = u"C"_s;
    store.upsert(c);
    QCOMPARE(added.count(), 1);
    store.upsert(c);
    QCOMPARE(changed.count(), 0);
    c.name = u"C2"_s;
    store.upsert(c);
    QCOMPARE(changed.count(), 1);
    store.remove(ResourceKind::Connection, u"c"_s);
    store.remove(ResourceKind::Connection, u"c"_s); // unknown: nothing
    QCOMPARE(removed.count(), 1);
    QCOMPARE(store.count(ResourceKind::Connection), 0);
}

void TestStore::reportsChangeOnlyWhenDifferent()
{
    WorkspaceStore store;
    QSignalSpy spy(&store, &WorkspaceStore::reportChanged);
    PipelineReport report;
    report.pipelineId = u"p"_s;
    report.status = PipelineStatus::Idle;
    store.setReport(u"p"_s, report);
    store.setReport(u"p"_s, report);
    QCOMPARE(spy.count(), 1);
    report.status = PipelineStatus::Running;
    store.setReport(u"p"_s, report);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(store.report(u"p"_s)->status, PipelineStatus::Running);
}

void TestStore::mergesRunsById()
{
    WorkspaceStore store;
    QSignalSpy appended(&store, &WorkspaceStore::runsAppended);
    QSignalSpy changed(&store, &WorkspaceStore::runsChanged);
    QSignalSpy reset(&store, &WorkspaceStore::runsReset);
    store.mergeRuns(u"p"_s, {run(2, "2024-01-01T01:00:00Z", RunStatus::Success),
                             run(1, "2024-01-01T00:00:00Z", RunStatus::Success)});
    QCOMPARE(appended.count(), 1);
    QCOMPARE(store.runs(u"p"_s).front().id, u"1"_s); // sorted by logical date
    // A new running run, and the same again: appended once.
    store.mergeRuns(u"p"_s, {run(3, "2024-01-01T02:00:00Z", RunStatus::Running)});
    store.mergeRuns(u"p"_s, {run(3, "2024-01-01T02:00:00Z", RunStatus::Running)});
    QCOMPARE(appended.count(), 2);
    QCOMPARE(appended.last().at(1).toInt(), 2);
    QCOMPARE(appended.last().at(2).toInt(), 1);
    // It finishes: changed, not appended.
    store.mergeRuns(u"p"_s, {run(3, "2024-01-01T02:00:00Z", RunStatus::Success)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).toStringList(), QStringList{u"3"_s});
    QCOMPARE(store.runs(u"p"_s).back().status, RunStatus::Success);
    // A run older than the newest fills a gap: the order is restored and views are told to reset.
    store.mergeRuns(u"p"_s, {run(9, "2023-12-31T00:00:00Z", RunStatus::Failed)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(store.runs(u"p"_s).front().id, u"9"_s);
    QCOMPARE(store.runs(u"p"_s).size(), 4u);
    QVERIFY(store.runs(u"other"_s).empty());
}

void TestStore::historyPagesUpdateWhatItHolds()
{
    WorkspaceStore store;
    // Before the poller brought any run, a history page decides nothing.
    store.updateHeldRuns(u"p"_s, {run(1, "2024-01-01T00:00:00Z", RunStatus::Success)});
    QVERIFY(store.runs(u"p"_s).empty());
    store.mergeRuns(u"p"_s, {run(5, "2024-01-05T00:00:00Z", RunStatus::Running),
                             run(6, "2024-01-06T00:00:00Z", RunStatus::Queued)});
    QSignalSpy changed(&store, &WorkspaceStore::runsChanged);
    // A page from the history: an old run (stays the view's), a run the store holds with a fresher state
    // (taken), and one newer than all it holds (joins it).
    store.updateHeldRuns(u"p"_s, {run(1, "2024-01-01T00:00:00Z", RunStatus::Success),
                                  run(5, "2024-01-05T00:00:00Z", RunStatus::Success),
                                  run(7, "2024-01-07T00:00:00Z", RunStatus::Running)});
    const auto &runs = store.runs(u"p"_s);
    QCOMPARE(runs.size(), std::size_t(3));
    QCOMPARE(runs.front().id, u"5"_s);
    QCOMPARE(runs.front().status.value(), RunStatus::Success);
    QCOMPARE(runs.back().id, u"7"_s);
    QCOMPARE(changed.count(), 1);
    // A page older than the poller's answer: the ended run does not go back to running; a run inside the
    // span the store holds that it had missed joins it.
    store.updateHeldRuns(u"p"_s, {run(5, "2024-01-05T00:00:00Z", RunStatus::Running),
                                  run(4, "2024-01-05T12:00:00Z", RunStatus::Success)});
    QCOMPARE(store.runs(u"p"_s).front().status.value(), RunStatus::Success);
    QCOMPARE(store.runs(u"p"_s).size(), std::size_t(4));
    QCOMPARE(store.runs(u"p"_s)[1].id, u"4"_s);
}

void TestStore::findsDependents()
{
    WorkspaceStore store;
    store.setPipelines({pipeline(u"a"_s, u"A"_s, u"c1"_s), pipeline(u"b"_s, u"B"_s, u"c2"_s),
                        pipeline(u"x"_s, u"X"_s, u"c1"_s)});
    QCOMPARE(store.pipelinesUsing(ResourceKind::Connection, u"c1"_s), (QStringList{u"a"_s, u"x"_s}));
    QCOMPARE(store.pipelinesUsing(ResourceKind::DataModel, u"m"_s).size(), 3);
    QVERIFY(store.pipelinesUsing(ResourceKind::FieldTransformation, u"t"_s).isEmpty());
    // A user-attributes pipeline may carry a transformation id, but does not use it (I-35).
    Pipeline user = pipeline(u"u"_s, u"U"_s);
    user.pipelineType = PipelineType::UserAttributes;
    user.fieldTransformationId = u"t"_s;
    Pipeline events = pipeline(u"e"_s, u"E"_s);
    events.pipelineType = PipelineType::Events;
    events.fieldTransformationId = u"t"_s;
    store.setPipelines({user, events});
    QCOMPARE(store.pipelinesUsing(ResourceKind::FieldTransformation, u"t"_s), QStringList{u"e"_s});
}

void TestStore::ordersRunIdsTotally()
{
    // Digits order as numbers, other ids after them as text: a total order (std::sort needs one).
    const QStringList ids = {u"1a"_s, u"2"_s, u"10"_s, u"007"_s, u"7"_s, u"run-b"_s, u"run-a"_s, u"9"_s};
    for (const QString &a : ids)
        for (const QString &b : ids) {
            auto sign = [](int v) { return (v > 0) - (v < 0); };
            QCOMPARE(sign(compareRunIds(a, b)), -sign(compareRunIds(b, a)));
            if (a != b)
                QVERIFY(compareRunIds(a, b) != 0);
            for (const QString &c : ids)
                if (compareRunIds(a, b) < 0 && compareRunIds(b, c) < 0)
                    QVERIFY(compareRunIds(a, c) < 0);
        }
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return compareRunIds(a, b) < 0; });
    QCOMPARE(sorted, (QStringList{u"2"_s, u"007"_s, u"7"_s, u"9"_s, u"10"_s, u"1a"_s, u"run-a"_s, u"run-b"_s}));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

// The run history's item models: RunTableModel keeps runs in the API's order and merges pages and polls
// row by row, RunFilterProxy filters and sorts, RunSeries buckets for the charts, PipelineOverviewModel
// sums the last day; each under QAbstractItemModelTester.
#include "models/domain/Timestamp.h"
#include "models/items/PipelineOverviewModel.h"
#include "models/items/ResourceTreeModel.h"
#include "models/items/RunFilterProxy.h"
#include "models/items/RunSeries.h"
#include "models/items/RunTableModel.h"
#include "models/store/WorkspaceStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600 * 1000;
const qint64 kBase = Timestamp::parse(u"2024-03-01T00:00:00Z").toMSecsSinceEpoch();

ApiMessage message(const QString &text)
{
    ApiMessage m;
    m.message = text;
    return m;
}

PipelineRun run(qint64 id, int hour, RunStatus status = RunStatus::Success, qint64 records = 100,
                const QString &pipeline = u"p"_s)
{
    PipelineRun r;
    r.id = QString::number(id);
    r.pipelineId = pipeline;
    r.type = RunType::Scheduled;
    r.status = status;
    r.logicalDate = Timestamp::fromMSecsSinceEpoch(kBase + hour * kHour);
    r.rangeStart = r.logicalDate;
    r.rangeEnd = Timestamp::fromMSecsSinceEpoch(kBase + (hour + 1) * kHour);
    if (status != RunStatus::Queued) {
        r.startedOn = Timestamp::fromMSecsSinceEpoch(kBase + (hour + 1) * kHour);
        if (status != RunStatus::Running)
            r.endedOn = Timestamp::fromMSecsSinceEpoch(kBase + (hour + 1) * kHour + 90'000);
    }
    r.successfulRecords = status == RunStatus::Success ? records : 0;
    r.failedRecords = status == RunStatus::Success ? records / 10 : 0;
    if (status == RunStatus::Failed)
        r.errors = {message(u"Warehouse timeout"_s)};
    return r;
}

QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(RunTableModel::RunIdRole).toLongLong();
    return out;
}

} // namespace

class TestRunModels : public QObject {
    Q_OBJECT

private slots:
    void keepsTheApiOrderAndMergesRowByRow();
    void followsTheStoreAndItsRange();
    void keepsWhatItDoesNotKnow();
    void holdsAHundredThousandRunsCompactly();
    void keepsEveryRunIdAsSent();
    void filtersAndSorts();
    void bucketsOnePerRunOrByInterval();
    void sumsTheLastDayPerPipeline();
    void knowsTheWatermark();
};

void TestRunModels::keepsTheApiOrderAndMergesRowByRow()
{
    WorkspaceStore store;
    RunTableModel model(store, u"p"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Pages arrive newest first (the history loader's order); the model keeps logical-date order.
    model.merge({run(5, 5), run(6, 6)});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.merge({run(1, 1), run(2, 2), run(3, 3)});
    QCOMPARE(ids(model), (QList<qint64>{1, 2, 3, 5, 6}));
    QCOMPARE(inserted.size(), 1); // one block before the known rows
    QCOMPARE(inserted[0][1].toInt(), 0);
    QCOMPARE(inserted[0][2].toInt(), 2);
    // A gap filled and a duplicate: one row for 4, none for the repeated 6.
    model.merge({run(4, 4), run(6, 6)});
    QCOMPARE(ids(model), (QList<qint64>{1, 2, 3, 4, 5, 6}));
    // A run that finished changes its row, not the row count.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.merge({run(7, 7, RunStatus::Running)});
    model.merge({run(7, 7, RunStatus::Success, 250)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.record(6).status, RunStatus::Success);
    QCOMPARE(model.record(6).successfulRecords, 250);
    QCOMPARE(model.index(6, RunTableModel::DurationColumn).data().toString(), u"1 min 30 s"_s);
    QCOMPARE(model.index(6, RunTableModel::LogicalDateColumn).data().toString(), u"2024-03-01 07:00:00"_s);
    QCOMPARE(reset.size(), 0);
}

void TestRunModels::followsTheStoreAndItsRange()
{
    WorkspaceStore store;
    Pipeline p;
    p.id = u"p"_s;
    store.setPipelines({p});
    store.mergeRuns(u"p"_s, {run(1, 1), run(2, 30)});
    store.mergeRuns(u"other"_s, {run(9, 2, RunStatus::Success, 1, u"other"_s)});
    RunTableModel model(store, u"p"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(ids(model), (QList<qint64>{1, 2})); // the store's runs of this pipeline only
    // The poller brings a new run and a change: the rows follow.
    store.mergeRuns(u"p"_s, {run(3, 31, RunStatus::Queued)});
    QCOMPARE(ids(model), (QList<qint64>{1, 2, 3}));
    store.mergeRuns(u"p"_s, {run(3, 31, RunStatus::Failed)});
    QCOMPARE(model.record(2).status, RunStatus::Failed);
    QCOMPARE(model.details(u"3"_s).errors, QStringList{u"Warehouse timeout"_s});

    // A date range drops what lies outside and refuses it from then on.
    model.setRange(kBase + 24 * kHour, RunRecord::kNone);
    QCOMPARE(ids(model), (QList<qint64>{2, 3}));
    model.merge({run(4, 3), run(5, 40)});
    QCOMPARE(ids(model), (QList<qint64>{2, 3, 5}));
    model.setRange(RunRecord::kNone, kBase + 30 * kHour);
    QCOMPARE(ids(model), (QList<qint64>{1, 2})); // 1 comes back from the store, 3 and 5 go

    // A deleted pipeline takes its runs with it.
    store.remove(ResourceKind::Pipeline, u"p"_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestRunModels::keepsWhatItDoesNotKnow()
{
    WorkspaceStore store;
    RunTableModel model(store, u"p"_s);
    PipelineRun odd = run(1, 1);
    odd.status = EnumValue<RunStatus>::fromWire(u"cancelled"_s);
    odd.type = EnumValue<RunType>::fromWire(u"backfill"_s);
    odd.rangeStart = {}; // an unbounded window
    model.merge({odd});
    QVERIFY(model.index(0, RunTableModel::StatusColumn).data().toString().contains(u"cancelled"_s));
    QVERIFY(model.index(0, RunTableModel::TypeColumn).data().toString().contains(u"backfill"_s));
    QCOMPARE(model.index(0, RunTableModel::StatusColumn).data(RunTableModel::StatusWireRole).toString(),
             u"cancelled"_s);
    QVERIFY(model.index(0, RunTableModel::WindowColumn).data().toString().startsWith(u"the beginning"_s));
}

void TestRunModels::holdsAHundredThousandRunsCompactly()
{
    WorkspaceStore store;
    RunTableModel model(store, u"p"_s);
    std::vector<PipelineRun> page;
    for (int i = 0; i < 100'000; ++i) {
        page.push_back(run(i + 1, i, i % 37 == 0 ? RunStatus::Failed : RunStatus::Success, i % 900));
        if (page.size() == 1000) {
            model.merge(page);
            page.clear();
        }
    }
    QCOMPARE(model.rowCount(), 100'000);
    const double perRun = double(model.bytesHeld()) / model.rowCount();
    QVERIFY2(perRun <= 100, qPrintable(u"%1 bytes per run"_s.arg(perRun)));
}

void TestRunModels::keepsEveryRunIdAsSent()
{
    // Numbers are held as values, anything else as text; both come back as sent and sort like
    // compareRunIds (numbers by value, before text).
    const QStringList sent{u"0"_s,     u"7"_s,   u"10"_s, u"007"_s, u"123456789012345678"_s,
                           u"1234567890123456789"_s, u"run-b"_s, u"run-a"_s, u"-3"_s, u"1e3"_s};
    QList<RunId> ids;
    for (const QString &text : sent) {
        ids << RunId(text);
        QCOMPARE(ids.back().toString(), text);
        QCOMPARE(ids.back(), RunId(text));
        QCOMPARE(qHash(ids.back()), qHash(RunId(text)));
    }
    QVERIFY(RunId().isEmpty());
    QCOMPARE(RunId(u""_s), RunId());
    QVERIFY(RunId(u"7"_s) != RunId(u"007"_s));
    QCOMPARE(RunId(u"7"_s).heapBytes(), std::size_t(0));
    QVERIFY(RunId(u"run-a"_s).heapBytes() > 0);
    for (const RunId &a : ids) {
        for (const RunId &b : ids) {
            auto sign = [](int v) { return (v > 0) - (v < 0); };
            QCOMPARE(sign(compare(a, b)), sign(compareRunIds(a.toString(), b.toString())));
        }
    }
    // Copies own their text: the original may go first.
    auto *original = new RunId(u"run-z"_s);
    RunId copy = *original;
    RunId assigned;
    assigned = copy;
    delete original;
    QCOMPARE(copy.toString(), u"run-z"_s);
    RunId moved = std::move(assigned);
    QCOMPARE(moved.toString(), u"run-z"_s);
    // Move assignment between a text and a number, both ways: each side ends with a valid id.
    RunId number(u"42"_s);
    number = std::move(moved);
    QCOMPARE(number.toString(), u"run-z"_s);
    QCOMPARE(moved.toString(), u"42"_s); // the moved-from id holds what the other held
    moved = RunId(u"7"_s);
    QCOMPARE(moved.toString(), u"7"_s);
}

void TestRunModels::filtersAndSorts()
{
    WorkspaceStore store;
    RunTableModel model(store, u"p"_s);
    RunFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PipelineRun manual = run(4, 4, RunStatus::Success, 50);
    manual.type = RunType::Manual;
    model.merge({run(1, 1, RunStatus::Success, 300), run(2, 2, RunStatus::Failed),
                 run(3, 3, RunStatus::Running), manual});
    proxy.sort(RunTableModel::LogicalDateColumn, Qt::DescendingOrder);
    QCOMPARE(ids(proxy), (QList<qint64>{4, 3, 2, 1})); // newest first
    proxy.sort(RunTableModel::SuccessfulColumn, Qt::DescendingOrder);
    QCOMPARE(ids(proxy).front(), 1);
    proxy.setStatuses({RunStatus::Failed});
    QCOMPARE(ids(proxy), QList<qint64>{2});
    proxy.setStatuses({});
    proxy.setType(RunType::Manual);
    QCOMPARE(ids(proxy), QList<qint64>{4});
    proxy.setType(RunType::Unknown);
    proxy.sort(RunTableModel::StatusColumn, Qt::AscendingOrder); // by the label: Failed, Running, Success
    QCOMPARE(ids(proxy), (QList<qint64>{2, 3, 1, 4}));
    // A live update re-sorts and re-filters by itself.
    proxy.setStatuses({RunStatus::Running});
    QCOMPARE(ids(proxy), QList<qint64>{3});
    model.merge({run(3, 3, RunStatus::Success)});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestRunModels::bucketsOnePerRunOrByInterval()
{
    std::vector<RunRecord> records;
    for (int i = 0; i < 10; ++i)
        records.push_back(
            RunRecord::from(run(i + 1, i, i == 4 ? RunStatus::Failed : RunStatus::Success, 100 * (i + 1))));
    // Room for every run: one bucket each, at its logical date.
    auto buckets = RunSeries::bucket(records, kBase, kBase + 9 * kHour, 50, kBase);
    QCOMPARE(buckets.size(), std::size_t(10));
    QCOMPARE(buckets[3].x, kBase + 3 * kHour);
    QCOMPARE(buckets[3].successfulRecords, 400);
    QCOMPARE(buckets[4].failed, 1);
    QCOMPARE(buckets[4].runs, 1);
    // A range cuts the runs outside it.
    buckets = RunSeries::bucket(records, kBase + 2 * kHour, kBase + 4 * kHour, 50, kBase);
    QCOMPARE(buckets.size(), std::size_t(3));
    QCOMPARE(buckets.front().firstIndex, 2);
    // Too many runs for the width: intervals, whose sums add up to every run.
    buckets = RunSeries::bucket(records, kBase, kBase + 9 * kHour, 3, kBase);
    QVERIFY(buckets.size() <= 3);
    qint64 runs = 0;
    qint64 successful = 0;
    int failed = 0;
    for (const RunBucket &b : buckets) {
        runs += b.runs;
        successful += b.successfulRecords;
        failed += b.failed;
        QVERIFY(b.from <= b.x && b.x <= b.to);
    }
    QCOMPARE(runs, 10);
    QCOMPARE(successful, 100 * (1 + 2 + 3 + 4 + 6 + 7 + 8 + 9 + 10));
    QCOMPARE(failed, 1);
    QCOMPARE(buckets.front().durationMaxMs, 90'000);

    // What the charts draw, without widgets: one point per run, the failed one on its lane, the peaks.
    RunChartData d = RunSeries::chartData(records, std::nullopt, 50, kBase);
    QCOMPARE(d.from, kBase);
    QCOMPARE(d.to, kBase + 9 * kHour);
    QVERIFY(d.perRun);
    QCOMPARE(d.runsShown, 10);
    QCOMPARE(d.successful.size(), 10);
    QCOMPARE(d.failed.size(), 1);
    QCOMPARE(d.failed.front(), QPointF(double(kBase + 4 * kHour), RunChartData::kLaneFailed));
    QCOMPARE(d.succeeded.size(), 9);
    qint64 peak = 0;
    for (const RunRecord &r : records)
        peak = std::max(peak, r.successfulRecords + r.failedRecords);
    QCOMPARE(d.recordsPeak, double(peak)); // the total line's top
    QVERIFY(d.durationMax.isEmpty()); // no "max" line when each point is one run
    // Grouped: a max line appears; a zoom of under two hours gets an hour of room on each side.
    d = RunSeries::chartData(records, std::nullopt, 3, kBase);
    QVERIFY(!d.perRun);
    QCOMPARE(d.durationMax.size(), d.durationMean.size());
    d = RunSeries::chartData(records, std::pair(kBase + 3 * kHour, kBase + 3 * kHour + 60'000), 50, kBase);
    QCOMPARE(d.from, kBase + 2 * kHour);
    QCOMPARE(d.runsShown, 3); // the runs at 2, 3 and 4 hours lie inside the padded range
    // Nothing yet: the last day.
    d = RunSeries::chartData({}, std::nullopt, 50, kBase);
    QCOMPARE(d.to - d.from, 24 * kHour);
    QVERIFY(d.buckets.empty());
}

void TestRunModels::sumsTheLastDayPerPipeline()
{
    WorkspaceStore store;
    Pipeline a;
    a.id = u"a"_s;
    a.name = u"Alpha"_s;
    Pipeline b;
    b.id = u"b"_s;
    b.name = u"Beta"_s;
    store.setPipelines({a, b});
    PipelineOverviewModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kBase + 48 * kHour; });
    // Runs ending in the last 24 hours count; the one of yesterday morning does not.
    store.mergeRuns(
        u"a"_s, {run(1, 10, RunStatus::Success, 1000, u"a"_s), run(2, 30, RunStatus::Success, 200, u"a"_s),
                 run(3, 40, RunStatus::Success, 50, u"a"_s), run(4, 41, RunStatus::Failed, 0, u"a"_s)});
    QCOMPARE(model.recordsLast24h(u"a"_s), 250);
    QCOMPARE(model.sparkline(u"a"_s), (QList<qreal>{200, 50, 0}));
    QCOMPARE(model.index(model.rowOf(u"a"_s), PipelineOverviewModel::RecordsColumn).data().toString(),
             QLocale().toString(250));
    // Faulted first: the rank follows the report.
    QCOMPARE(model.statusRank(u"b"_s), 5); // not known yet
    PipelineReport report;
    report.pipelineId = u"b"_s;
    report.status = PipelineStatus::Faulted;
    report.errors = {message(u"Table missing"_s)};
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    store.setReport(u"b"_s, report);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.statusRank(u"b"_s), 0);
    QCOMPARE(model.index(model.rowOf(u"b"_s), PipelineOverviewModel::StatusColumn)
                 .data(Qt::ToolTipRole)
                 .toString(),
             u"Table missing"_s);
    // Paused is paused, whatever the last report said, in the overview as in the tree (one rule).
    ResourceTreeModel tree(store);
    Pipeline pausedB = *store.pipeline(u"b"_s);
    pausedB.state = PipelineState::Paused;
    store.upsert(pausedB);
    QCOMPARE(store.effectiveStatus(u"b"_s).key(), u"paused"_s);
    QCOMPARE(model.statusRank(u"b"_s), 3);
    QCOMPARE(model.index(model.rowOf(u"b"_s), PipelineOverviewModel::StatusColumn).data().toString(),
             displayName(EnumValue<PipelineState>(PipelineState::Paused)));
    QCOMPARE(tree.indexOf(ResourceKind::Pipeline, u"b"_s).data(ResourceTreeModel::StatusRole).toString(), u"paused"_s);
    pausedB.state = PipelineState::Active;
    store.upsert(pausedB);
    QCOMPARE(model.statusRank(u"b"_s), 0); // the report's faulted again
    QCOMPARE(tree.indexOf(ResourceKind::Pipeline, u"b"_s).data(ResourceTreeModel::StatusRole).toString(), u"faulted"_s);
    store.remove(ResourceKind::Pipeline, u"a"_s);
    QCOMPARE(model.rowCount(), 1);
}

void TestRunModels::knowsTheWatermark()
{
    WorkspaceStore store;
    QVERIFY(!store.watermark(u"p"_s));
    store.mergeRuns(u"p"_s, {run(1, 1), run(2, 2, RunStatus::Failed)});
    PipelineReport report;
    report.latestSuccessfulRunId = u"1"_s;
    report.latestRun = run(2, 2, RunStatus::Failed);
    store.setReport(u"p"_s, report);
    QCOMPARE(store.watermark(u"p"_s)->toMSecsSinceEpoch(), kBase + 2 * kHour); // range_end of run 1
    report.latestSuccessfulRunId = u"0"_s;                                   // 0 means none (I-10)
    store.setReport(u"p"_s, report);
    QVERIFY(!store.watermark(u"p"_s));
}

QTEST_MAIN(TestRunModels)
#include "tst_runmodels.moc"

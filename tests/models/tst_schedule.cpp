// Schedule arithmetic (spec §10.2-§10.8): the delay grammar, the tick grid with calendar months, and the
// published scheduling examples with the windows the spec derives from them.
#include "models/domain/SchedulePlanner.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTranslator>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

Timestamp ts(const char *text)
{
    const Timestamp t = Timestamp::parse(QString::fromLatin1(text));
    if (!t.isValid())
        qFatal("bad timestamp in test: %s", text);
    return t;
}

Pipeline intervalPipeline(Frequency frequency, const char *start, const char *delay = "")
{
    Pipeline p;
    p.id = u"p"_s;
    p.syncMode.type = SyncModeType::Incremental;
    p.syncMode.iteratorField = u"updated_at"_s;
    p.syncMode.iteratorDataType = IteratorDataType::Timestamp;
    p.schedule.type = ScheduleType::Interval;
    p.schedule.frequency = frequency;
    p.schedule.start = ts(start);
    p.schedule.delay = QString::fromLatin1(delay);
    return p;
}

SchedulePlanner::Options at(const Timestamp &now, int maxRuns = 10,
                            std::optional<Timestamp> watermark = std::nullopt,
                            SchedulePlanner::Start start = SchedulePlanner::Start::Activation)
{
    SchedulePlanner::Options options;
    options.now = now;
    options.maxRuns = maxRuns;
    options.watermark = watermark;
    options.start = start;
    return options;
}

QString show(const Timestamp &t)
{
    return t.isValid() ? t.toWireSeconds() : u"unbounded"_s;
}

} // namespace

class TestSchedule : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesDelays_data();
    void parsesDelays();
    void refusesBadDelays_data();
    void refusesBadDelays();
    void addsDelays();
    void stepsCalendarMonthsFromStart_data();
    void stepsCalendarMonthsFromStart();
    void stepsFixedFrequencies();

    void exampleA_hourly();
    void exampleB_hourlyWithDelay();
    void exampleC_dailyBounded();
    void exampleD_monthlyWithDelayAndHistory();
    void exampleG_catchUpLimit();
    void catchUpLimitsPerFrequency_data();
    void catchUpLimitsPerFrequency();
    void resumeStartsAtTheNextFutureTick();
    void watermarkStartsTheNextWindow();
    void farFutureFromIsSkippedQuickly();
    void onDemandWindows();
    void nonIntervalSchedulesHaveNoPlan();
    void fullSyncIgnoresTheWatermark();
    void impossibleWindowsEndThePlan();
};

void TestSchedule::initTestCase()
{
    // English plural forms ("1 day", "2 days") come from the English translation built with the app.
    static QTranslator english;
    QVERIFY2(english.load(QStringLiteral(WSC_BINARY_DIR "/app/wsconsole_en.qm")), "build the app first");
    QCoreApplication::installTranslator(&english);
}

void TestSchedule::parsesDelays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<int>("unit");
    QTest::newRow("minutes") << u"15m"_s << qint64(15) << int(Delay::Unit::Minutes);
    QTest::newRow("seconds") << u"30s"_s << qint64(30) << int(Delay::Unit::Seconds);
    QTest::newRow("hours") << u"2h"_s << qint64(2) << int(Delay::Unit::Hours);
    QTest::newRow("days") << u"5d"_s << qint64(5) << int(Delay::Unit::Days);
    QTest::newRow("weeks") << u"1w"_s << qint64(1) << int(Delay::Unit::Weeks);
    QTest::newRow("years") << u"1y"_s << qint64(1) << int(Delay::Unit::Years);
    QTest::newRow("zero") << u"0s"_s << qint64(0) << int(Delay::Unit::Seconds);
    QTest::newRow("leading zeros") << u"007m"_s << qint64(7) << int(Delay::Unit::Minutes);
    QTest::newRow("empty is no delay") << QString() << qint64(0) << int(Delay::Unit::Seconds);
    QTest::newRow("surrounding blanks") << u" 5m "_s << qint64(5) << int(Delay::Unit::Minutes);
}

void TestSchedule::parsesDelays()
{
    QFETCH(QString, text);
    QFETCH(qint64, count);
    QFETCH(int, unit);
    const auto delay = Delay::parse(text);
    QVERIFY2(delay, delay ? "" : qPrintable(delay.error()));
    QCOMPARE(delay->count(), count);
    QCOMPARE(int(delay->unit()), unit);
}

void TestSchedule::refusesBadDelays_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("months are not a unit") << u"1M"_s;
    QTest::newRow("no number") << u"m"_s;
    QTest::newRow("no unit") << u"15"_s;
    QTest::newRow("space inside") << u"15 m"_s;
    QTest::newRow("two units") << u"1h30m"_s;
    QTest::newRow("negative") << u"-5m"_s;
    QTest::newRow("plus") << u"+5m"_s;
    QTest::newRow("fraction") << u"1.5h"_s;
    QTest::newRow("word") << u"5min"_s;
    QTest::newRow("upper-case unit") << u"5D"_s;
    QTest::newRow("overflow") << u"99999999999999999999999s"_s;
    QTest::newRow("over a century") << u"101y"_s;
    QTest::newRow("over a century in weeks") << u"5300w"_s;
}

void TestSchedule::refusesBadDelays()
{
    QFETCH(QString, text);
    const auto delay = Delay::parse(text);
    QVERIFY(!delay);
    QVERIFY(!delay.error().isEmpty());
}

void TestSchedule::addsDelays()
{
    QCOMPARE(Delay::parse(u"15m")->addTo(ts("2023-02-01T00:00:00Z")), ts("2023-02-01T00:15:00Z"));
    QCOMPARE(Delay::parse(u"5d")->addTo(ts("2023-02-01T00:00:00Z")), ts("2023-02-06T00:00:00Z"));
    QCOMPARE(Delay::parse(u"1w")->addTo(ts("2023-12-28T00:00:00Z")), ts("2024-01-04T00:00:00Z"));
    // Calendar years: Feb 29 + 1y clamps to Feb 28.
    QCOMPARE(Delay::parse(u"1y")->addTo(ts("2024-02-29T06:00:00Z")), ts("2025-02-28T06:00:00Z"));
    QCOMPARE(Delay::parse(u"4y")->addTo(ts("2024-02-29T06:00:00Z")), ts("2028-02-29T06:00:00Z"));
    QCOMPARE(Delay::parse(u"15m")->toWire(), u"15m"_s);
    QCOMPARE(Delay::parse(u"15m")->toDisplayString(), u"15 minutes"_s);
    QCOMPARE(Delay::parse(u"1d")->toDisplayString(), u"1 day"_s);
}

void TestSchedule::stepsCalendarMonthsFromStart_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("k");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Jan 31 + 1 → Feb 28") << u"2023-01-31T10:00:00Z"_s << 1 << u"2023-02-28T10:00:00Z"_s;
    QTest::newRow("Jan 31 + 1 → Feb 29 (leap)")
        << u"2024-01-31T10:00:00Z"_s << 1 << u"2024-02-29T10:00:00Z"_s;
    QTest::newRow("Jan 31 + 2 → Mar 31, not Mar 28")
        << u"2023-01-31T10:00:00Z"_s << 2 << u"2023-03-31T10:00:00Z"_s;
    QTest::newRow("Jan 31 + 3 → Apr 30") << u"2023-01-31T10:00:00Z"_s << 3 << u"2023-04-30T10:00:00Z"_s;
    QTest::newRow("Aug 31 + 6 → Feb 29 2024") << u"2023-08-31T00:00:00Z"_s << 6 << u"2024-02-29T00:00:00Z"_s;
    QTest::newRow("Feb 29 + 12 → Feb 28") << u"2024-02-29T00:00:00Z"_s << 12 << u"2025-02-28T00:00:00Z"_s;
    QTest::newRow("Feb 29 + 48 → Feb 29") << u"2024-02-29T00:00:00Z"_s << 48 << u"2028-02-29T00:00:00Z"_s;
    QTest::newRow("Dec → Jan next year") << u"2023-12-05T08:30:00Z"_s << 1 << u"2024-01-05T08:30:00Z"_s;
    QTest::newRow("k = -1 (logical date of the first tick)")
        << u"2023-03-31T00:00:00Z"_s << -1 << u"2023-02-28T00:00:00Z"_s;
}

void TestSchedule::stepsCalendarMonthsFromStart()
{
    QFETCH(QString, start);
    QFETCH(int, k);
    QFETCH(QString, expected);
    QCOMPARE(SchedulePlanner::tick(Timestamp::parse(start), Frequency::Monthly, k).toWireSeconds(), expected);
}

void TestSchedule::stepsFixedFrequencies()
{
    const Timestamp start = ts("2024-03-30T01:30:00Z"); // a DST weekend in Europe: UTC has none
    QCOMPARE(SchedulePlanner::tick(start, Frequency::Hourly, 25), ts("2024-03-31T02:30:00Z"));
    QCOMPARE(SchedulePlanner::tick(start, Frequency::Daily, 2), ts("2024-04-01T01:30:00Z"));
    QCOMPARE(SchedulePlanner::tick(start, Frequency::Weekly, 1), ts("2024-04-06T01:30:00Z"));
    QCOMPARE(SchedulePlanner::tick(ts("2023-12-31T00:00:00Z"), Frequency::Daily, 60),
             ts("2024-02-29T00:00:00Z"));
    QCOMPARE(SchedulePlanner::firstTickAtOrAfter(start, Frequency::Hourly, ts("2024-03-30T03:00:00Z")), 2);
    QCOMPARE(SchedulePlanner::firstTickAtOrAfter(start, Frequency::Hourly, ts("2024-03-30T03:30:00Z")), 2);
    QCOMPARE(SchedulePlanner::firstTickAtOrAfter(start, Frequency::Hourly, ts("2020-01-01T00:00:00Z")), 0);
}

void TestSchedule::exampleA_hourly()
{
    const Pipeline p = intervalPipeline(Frequency::Hourly, "2023-02-01T00:15:00Z");
    const SchedulePlan plan = SchedulePlanner::plan(p, at(ts("2023-02-01T00:00:00Z"), 3));
    QCOMPARE(plan.runs.size(), 3u);
    QCOMPARE(plan.runs[0].due, ts("2023-02-01T00:15:00Z"));
    QVERIFY(plan.runs[0].window.rangeStart.isNull()); // unbounded: all history up to the first tick
    QCOMPARE(plan.runs[0].window.rangeEnd, ts("2023-02-01T00:15:00Z"));
    QCOMPARE(plan.runs[0].logicalDate, ts("2023-01-31T23:15:00Z"));
    QCOMPARE(plan.runs[1].due, ts("2023-02-01T01:15:00Z"));
    QCOMPARE(plan.runs[1].window, (RunWindow{ts("2023-02-01T00:15:00Z"), ts("2023-02-01T01:15:00Z")}));
    QCOMPARE(plan.runs[1].logicalDate, ts("2023-02-01T00:15:00Z"));
    QCOMPARE(plan.runs[2].window, (RunWindow{ts("2023-02-01T01:15:00Z"), ts("2023-02-01T02:15:00Z")}));
    QCOMPARE(plan.catchUpRuns, 0);
    QVERIFY(!plan.exhausted);
}

void TestSchedule::exampleB_hourlyWithDelay()
{
    const Pipeline p = intervalPipeline(Frequency::Hourly, "2023-02-01T00:00:00Z", "15m");
    const SchedulePlan plan = SchedulePlanner::plan(p, at(ts("2023-01-31T12:00:00Z"), 3));
    QCOMPARE(plan.runs.size(), 3u);
    // Runs at :15 like example A, but the windows stop at the full hour.
    QCOMPARE(plan.runs[0].due, ts("2023-02-01T00:15:00Z"));
    QCOMPARE(show(plan.runs[0].window.rangeStart), u"unbounded"_s);
    QCOMPARE(plan.runs[0].window.rangeEnd, ts("2023-02-01T00:00:00Z"));
    QCOMPARE(plan.runs[0].logicalDate, ts("2023-01-31T23:00:00Z"));
    QCOMPARE(plan.runs[1].due, ts("2023-02-01T01:15:00Z"));
    QCOMPARE(plan.runs[1].window, (RunWindow{ts("2023-02-01T00:00:00Z"), ts("2023-02-01T01:00:00Z")}));
    QCOMPARE(plan.runs[2].due, ts("2023-02-01T02:15:00Z"));
    QCOMPARE(plan.runs[2].window, (RunWindow{ts("2023-02-01T01:00:00Z"), ts("2023-02-01T02:00:00Z")}));
}

void TestSchedule::exampleC_dailyBounded()
{
    Pipeline p = intervalPipeline(Frequency::Daily, "2023-02-01T12:00:00Z");
    p.syncMode.from = ts("2023-02-01T12:00:00Z");
    p.syncMode.until = ts("2023-03-01T12:00:00Z");
    p.schedule.end = ts("2023-03-01T12:00:00Z");
    const SchedulePlan plan = SchedulePlanner::plan(p, at(ts("2023-01-15T00:00:00Z"), 100));
    // t0's window is empty (from == start): the first run is on the next interval.
    QCOMPARE(plan.emptyTicks, 1);
    QCOMPARE(plan.runs.size(), 28u);
    QCOMPARE(plan.runs.front().tickIndex, 1);
    QCOMPARE(plan.runs.front().window, (RunWindow{ts("2023-02-01T12:00:00Z"), ts("2023-02-02T12:00:00Z")}));
    QCOMPARE(plan.runs.back().due, ts("2023-03-01T12:00:00Z")); // a tick exactly at `end` runs
    QCOMPARE(plan.runs.back().window, (RunWindow{ts("2023-02-28T12:00:00Z"), ts("2023-03-01T12:00:00Z")}));
    QVERIFY(plan.exhausted);
}

void TestSchedule::exampleD_monthlyWithDelayAndHistory()
{
    Pipeline p = intervalPipeline(Frequency::Monthly, "2023-02-01T00:00:00Z", "5d");
    p.syncMode.from = ts("2020-01-01T00:00:00Z");
    const SchedulePlan plan = SchedulePlanner::plan(p, at(ts("2023-01-20T00:00:00Z"), 3));
    QCOMPARE(plan.runs.size(), 3u);
    QCOMPARE(plan.runs[0].due, ts("2023-02-06T00:00:00Z")); // exact arithmetic, not "February 5th" (I-20)
    QCOMPARE(plan.runs[0].window, (RunWindow{ts("2020-01-01T00:00:00Z"), ts("2023-02-01T00:00:00Z")}));
    QCOMPARE(plan.runs[0].logicalDate, ts("2023-01-01T00:00:00Z"));
    QCOMPARE(plan.runs[1].due, ts("2023-03-06T00:00:00Z"));
    QCOMPARE(plan.runs[1].window, (RunWindow{ts("2023-02-01T00:00:00Z"), ts("2023-03-01T00:00:00Z")}));
    QCOMPARE(plan.runs[2].due, ts("2023-04-06T00:00:00Z"));
    QCOMPARE(plan.runs[2].logicalDate, ts("2023-03-01T00:00:00Z"));
}

void TestSchedule::exampleG_catchUpLimit()
{
    const Pipeline p = intervalPipeline(Frequency::Hourly, "2023-01-01T00:00:00Z");
    const Timestamp created = ts("2023-03-10T12:34:00Z");
    const SchedulePlan plan = SchedulePlanner::plan(p, at(created, 200));
    QCOMPARE(plan.catchUpHorizon, ts("2023-03-03T12:34:00Z"));
    // Ticks before 03-03 12:34 are skipped: 00:00 Jan 1 … 12:00 Mar 3.
    QCOMPARE(plan.skippedByCatchUpLimit, qint64((31 + 28 + 2) * 24 + 13));
    QCOMPARE(plan.runs.front().tick, ts("2023-03-03T13:00:00Z"));
    QVERIFY(plan.runs.front().window.rangeStart.isNull());
    QVERIFY(plan.runs.front().catchUp);
    // Back to back up to the 03-10 12:00 tick, then hourly.
    QCOMPARE(plan.catchUpRuns, qint64(7 * 24));
    QCOMPARE(plan.runs[std::size_t(plan.catchUpRuns - 1)].tick, ts("2023-03-10T12:00:00Z"));
    QCOMPARE(plan.runs[std::size_t(plan.catchUpRuns)].tick, ts("2023-03-10T13:00:00Z"));
    QVERIFY(!plan.runs[std::size_t(plan.catchUpRuns)].catchUp);
}

void TestSchedule::catchUpLimitsPerFrequency_data()
{
    QTest::addColumn<int>("frequency");
    QTest::addColumn<QString>("horizon");
    QTest::newRow("hourly: 7 days") << int(Frequency::Hourly) << u"2024-03-24T12:00:00Z"_s;
    QTest::newRow("daily: 6 months") << int(Frequency::Daily)
                                     << u"2023-09-30T12:00:00Z"_s; // Mar 31 - 6 months
    QTest::newRow("weekly: 3 years") << int(Frequency::Weekly) << u"2021-03-31T12:00:00Z"_s;
    QTest::newRow("monthly: 5 years") << int(Frequency::Monthly) << u"2019-03-31T12:00:00Z"_s;
}

void TestSchedule::catchUpLimitsPerFrequency()
{
    QFETCH(int, frequency);
    QFETCH(QString, horizon);
    const Timestamp now = ts("2024-03-31T12:00:00Z");
    QCOMPARE(SchedulePlanner::catchUpHorizon(Frequency(frequency), now).toWireSeconds(), horizon);

    // A pipeline whose start lies long before the horizon catches up from the first tick inside it.
    const Pipeline p = intervalPipeline(Frequency(frequency), "2000-01-01T12:00:00Z");
    const SchedulePlan plan = SchedulePlanner::plan(p, at(now, 1));
    QVERIFY(plan.skippedByCatchUpLimit > 0);
    QVERIFY(!(plan.runs.front().tick < Timestamp::parse(horizon)));
    QVERIFY(SchedulePlanner::tick(p.schedule.start, Frequency(frequency), plan.runs.front().tickIndex - 1) <
            Timestamp::parse(horizon));
}

void TestSchedule::resumeStartsAtTheNextFutureTick()
{
    const Pipeline p = intervalPipeline(Frequency::Hourly, "2023-01-01T00:00:00Z", "10m");
    const Timestamp now = ts("2023-03-10T12:05:00Z");
    const SchedulePlan plan =
        SchedulePlanner::plan(p, at(now, 2, ts("2023-03-01T00:00:00Z"), SchedulePlanner::Start::Resume));
    // 12:00 is due at 12:10, still in the future: it is the next run, and it covers the whole backlog.
    QCOMPARE(plan.runs.front().tick, ts("2023-03-10T12:00:00Z"));
    QCOMPARE(plan.runs.front().window, (RunWindow{ts("2023-03-01T00:00:00Z"), ts("2023-03-10T12:00:00Z")}));
    QCOMPARE(plan.skippedByCatchUpLimit, 0);
    QCOMPARE(plan.catchUpRuns, 0);
}

void TestSchedule::watermarkStartsTheNextWindow()
{
    Pipeline p = intervalPipeline(Frequency::Daily, "2024-01-01T00:00:00Z");
    p.syncMode.from = ts("2023-01-01T00:00:00Z");
    // The watermark wins over `from` once it is later...
    RunWindow w = SchedulePlanner::window(p, ts("2024-01-05T00:00:00Z"), ts("2024-01-06T00:00:00Z"));
    QCOMPARE(w.rangeStart, ts("2024-01-05T00:00:00Z"));
    // ...and `from` is the floor when the watermark is earlier.
    w = SchedulePlanner::window(p, ts("2022-06-01T00:00:00Z"), ts("2024-01-06T00:00:00Z"));
    QCOMPARE(w.rangeStart, ts("2023-01-01T00:00:00Z"));
    // `until` caps every window.
    p.syncMode.until = ts("2024-01-05T12:00:00Z");
    w = SchedulePlanner::window(p, ts("2024-01-05T00:00:00Z"), ts("2024-01-06T00:00:00Z"));
    QCOMPARE(w.rangeEnd, ts("2024-01-05T12:00:00Z"));
    // Once the watermark reaches `until`, the schedule is exhausted.
    const SchedulePlan plan = SchedulePlanner::plan(
        p, at(ts("2024-01-05T06:00:00Z"), 10, ts("2024-01-05T12:00:00Z"), SchedulePlanner::Start::Resume));
    QVERIFY(plan.runs.empty());
    QVERIFY(plan.exhausted);
}

void TestSchedule::farFutureFromIsSkippedQuickly()
{
    Pipeline p = intervalPipeline(Frequency::Hourly, "2024-01-01T00:00:00Z");
    p.syncMode.from = ts("3024-01-01T00:30:00Z"); // a thousand years of empty hourly windows
    QElapsedTimer timer;
    timer.start();
    const SchedulePlan plan = SchedulePlanner::plan(p, at(ts("2024-01-01T00:00:00Z"), 2));
    QCOMPARE(plan.runs.size(), 2u);
    QCOMPARE(plan.runs[0].window, (RunWindow{ts("3024-01-01T00:30:00Z"), ts("3024-01-01T01:00:00Z")}));
    QVERIFY(plan.emptyTicks > 8'000'000);
    QVERIFY2(timer.elapsed() < 1000, "empty ticks are jumped over, not walked");
}

void TestSchedule::onDemandWindows()
{
    // The published on-demand table (§10.8).
    Pipeline p;
    p.schedule.type = ScheduleType::OnDemand;
    p.syncMode.type = SyncModeType::Incremental;
    p.syncMode.from = ts("2020-01-01T00:00:00Z");
    RunWindow first = SchedulePlanner::manualWindow(p, std::nullopt, ts("2023-02-04T08:30:17Z"));
    QCOMPARE(first, (RunWindow{ts("2020-01-01T00:00:00Z"), ts("2023-02-04T08:30:17Z")}));
    RunWindow second = SchedulePlanner::manualWindow(p, first.rangeEnd, ts("2023-02-08T12:05:45Z"));
    QCOMPARE(second,
             (RunWindow{ts("2023-02-04T08:30:17Z"), ts("2023-02-08T12:05:45Z")})); // contiguous (I-12)
    // If the first run had failed, the watermark would not have moved.
    QCOMPARE(SchedulePlanner::manualWindow(p, std::nullopt, ts("2023-02-08T12:05:45Z")).rangeStart,
             ts("2020-01-01T00:00:00Z"));
    // The trigger section's copy of the table: schedule.start is the lower bound when `from` is unset (I-11).
    p.syncMode.from = Timestamp();
    p.schedule.start = ts("2023-02-01T00:00:00Z");
    QCOMPARE(SchedulePlanner::manualWindow(p, std::nullopt, ts("2023-02-04T08:30:17Z")).rangeStart,
             ts("2023-02-01T00:00:00Z"));
    p.schedule.start = Timestamp();
    QVERIFY(SchedulePlanner::manualWindow(p, std::nullopt, ts("2023-02-04T08:30:17Z")).rangeStart.isNull());
    // A trigger whose window is empty still has a well-defined (empty) window.
    p.syncMode.from = ts("2030-01-01T00:00:00Z");
    QVERIFY(SchedulePlanner::manualWindow(p, std::nullopt, ts("2023-02-04T08:30:17Z")).isEmpty());
}

void TestSchedule::nonIntervalSchedulesHaveNoPlan()
{
    Pipeline p = intervalPipeline(Frequency::Hourly, "2023-01-01T00:00:00Z");
    p.schedule.type = ScheduleType::Once;
    QVERIFY(SchedulePlanner::plan(p, at(ts("2023-01-01T00:00:00Z"))).runs.empty());
    p.schedule.type = ScheduleType::Interval;
    p.schedule.delay = u"bogus"_s;
    QVERIFY(SchedulePlanner::plan(p, at(ts("2023-01-01T00:00:00Z"))).runs.empty());
}

void TestSchedule::fullSyncIgnoresTheWatermark()
{
    Pipeline p = intervalPipeline(Frequency::Daily, "2024-01-01T00:00:00Z");
    p.syncMode.type = SyncModeType::Full;
    p.syncMode.from = ts("2020-01-01T00:00:00Z");
    const RunWindow w = SchedulePlanner::window(p, ts("2024-01-05T00:00:00Z"), ts("2024-01-06T00:00:00Z"));
    QCOMPARE(w.rangeStart, ts("2020-01-01T00:00:00Z"));
    p.syncMode.from = Timestamp();
    QVERIFY(SchedulePlanner::window(p, ts("2024-01-05T00:00:00Z"), ts("2024-01-06T00:00:00Z"))
                .rangeStart.isNull());
    // A bounded full sync does not run out when the first run reached `until`.
    p.syncMode.from = ts("2020-01-01T00:00:00Z");
    p.syncMode.until = ts("2021-01-01T00:00:00Z");
    const SchedulePlan plan =
        SchedulePlanner::plan(p, at(ts("2023-12-31T00:00:00Z"), 3, ts("2021-01-01T00:00:00Z")));
    QCOMPARE(plan.runs.size(), 3u);
    QCOMPARE(plan.runs[2].window, (RunWindow{ts("2020-01-01T00:00:00Z"), ts("2021-01-01T00:00:00Z")}));
}

void TestSchedule::impossibleWindowsEndThePlan()
{
    // until before from (a form not yet validated): planned at once as exhausted, without walking ticks.
    Pipeline p = intervalPipeline(Frequency::Hourly, "2024-01-01T00:00:00Z");
    p.syncMode.from = ts("2024-06-01T00:00:00Z");
    p.syncMode.until = ts("2024-02-01T00:00:00Z");
    QElapsedTimer timer;
    timer.start();
    const SchedulePlan plan = SchedulePlanner::plan(p, at(ts("2023-12-01T00:00:00Z")));
    QVERIFY(plan.runs.empty());
    QVERIFY(plan.exhausted);
    QVERIFY(timer.elapsed() < 1000);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"

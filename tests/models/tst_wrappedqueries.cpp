// The statements wrapped around a data model (spec §12.5, §12.6 step 4): the service's three for each sync
// mode and iterator type, exact; the counts our own warehouses run; and which window they are shown for.
#include "models/domain/QueryWindow.h"
#include "models/domain/WrappedQueries.h"

#include <QTest>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

const QString kModel = u"SELECT id, updated_at FROM crm.users"_s;

Timestamp ts(const char *text)
{
    const Timestamp t = Timestamp::parse(QString::fromLatin1(text));
    if (!t.isValid())
        qFatal("bad timestamp in test: %s", text);
    return t;
}

Pipeline incremental(IteratorDataType type = IteratorDataType::Timestamp)
{
    Pipeline p;
    p.id = u"p"_s;
    p.state = PipelineState::Active;
    p.syncMode.type = SyncModeType::Incremental;
    p.syncMode.iteratorField = u"updated_at"_s;
    p.syncMode.iteratorDataType = type;
    p.schedule.type = ScheduleType::OnDemand;
    return p;
}

Pipeline full(const char *from = nullptr, const char *until = nullptr)
{
    Pipeline p = incremental();
    p.syncMode.type = SyncModeType::Full;
    if (from)
        p.syncMode.from = ts(from);
    if (until)
        p.syncMode.until = ts(until);
    return p;
}

Pipeline hourly(const char *start, const char *delay = "")
{
    Pipeline p = incremental();
    p.schedule.type = ScheduleType::Interval;
    p.schedule.frequency = Frequency::Hourly;
    p.schedule.start = ts(start);
    p.schedule.delay = QString::fromLatin1(delay);
    return p;
}

const RunWindow kWindow{ts("2023-03-01T14:28:55Z"), ts("2023-03-02T14:28:55Z")};

QString wrapped(const QString &select, const QString &tail)
{
    return u"SELECT "_s + select + u" FROM (\n"_s + kModel + u"\n)"_s + tail;
}

} // namespace

class TestWrappedQueries : public QObject {
    Q_OBJECT

private slots:
    void keepsThePreviewAndProbe();
    void rendersTheServiceStatements();
    void serviceFilters_data();
    void serviceFilters();
    void fullSyncWithoutBoundsHasNoFilter();
    void openStartComparesTheEndOnly();
    void dropsTheModelsTrailingSemicolonAndComment_data();
    void dropsTheModelsTrailingSemicolonAndComment();
    void previewCounts_data();
    void previewCounts();
    void notesWhatTheWindowReads();
    void nextRunIsThePlannedOne();
    void withoutANextRunATriggerIsShown_data();
    void withoutANextRunATriggerIsShown();
    void aPastRunShowsItsRealWindow();
};

void TestWrappedQueries::keepsThePreviewAndProbe()
{
    QCOMPARE(WrappedQueries::preview(kModel, 50), wrapped(u"*"_s, u" AS mp_model LIMIT 50"_s));
    QCOMPARE(WrappedQueries::probe(kModel), wrapped(u"*"_s, u" AS mp_model LIMIT 0"_s));
}

void TestWrappedQueries::rendersTheServiceStatements()
{
    const auto q = WrappedQueries::render(kModel, incremental(), kWindow);
    const QString where =
        u" WHERE updated_at BETWEEN '2023-03-01 14:28:55+0000' AND '2023-03-02 14:28:55+0000'"_s;
    QCOMPARE(q.probe, wrapped(u"*"_s, u" LIMIT 0"_s));
    QCOMPARE(q.count, wrapped(u"COUNT(*)"_s, where));
    QCOMPARE(q.extract, wrapped(u"OBJECT_CONSTRUCT_KEEP_NULL(*)"_s, where));
    QVERIFY(q.filtered);
}

void TestWrappedQueries::serviceFilters_data()
{
    QTest::addColumn<Pipeline>("pipeline");
    QTest::addColumn<RunWindow>("window");
    QTest::addColumn<QString>("where");
    const QString both = u"'2023-03-01 14:28:55+0000' AND '2023-03-02 14:28:55+0000'"_s;
    for (const auto type :
         {IteratorDataType::Timestamp, IteratorDataType::TimestampLtz, IteratorDataType::TimestampNtz,
          IteratorDataType::TimestampTz, IteratorDataType::Datetime, IteratorDataType::DatetimeTz})
        QTest::addRow("%s", qPrintable(EnumValue<IteratorDataType>(type).wire()))
            << incremental(type) << kWindow << u"updated_at BETWEEN "_s + both;
    QTest::newRow("date") << incremental(IteratorDataType::Date) << kWindow
                          << u"updated_at BETWEEN '2023-03-01' AND '2023-03-02'"_s;
    QTest::newRow("unix ms") << incremental(IteratorDataType::TimestampUnixtimeMs) << kWindow
                             << u"updated_at BETWEEN 1677680935000 AND 1677767335000"_s;
    QTest::newRow("unix s") << incremental(IteratorDataType::TimestampUnixtimeS) << kWindow
                            << u"updated_at BETWEEN 1677680935 AND 1677767335"_s;
    Pipeline unknown = incremental();
    unknown.syncMode.iteratorDataType = EnumValue<IteratorDataType>::fromWire(u"timestamp_fancy");
    QTest::newRow("unknown type, as timestamp") << unknown << kWindow << u"updated_at BETWEEN "_s + both;
    QTest::newRow("milliseconds kept")
        << incremental() << RunWindow{ts("2023-02-04T08:30:17.250Z"), ts("2023-02-08T12:05:45Z")}
        << u"updated_at BETWEEN '2023-02-04 08:30:17.250+0000' AND '2023-02-08 12:05:45+0000'"_s;
    QTest::newRow("full with from and until")
        << full("2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z")
        << RunWindow{ts("2020-01-01T00:00:00Z"), ts("2021-01-01T00:00:00Z")}
        << u"updated_at BETWEEN '2020-01-01 00:00:00+0000' AND '2021-01-01 00:00:00+0000'"_s;
    QTest::newRow("full with until only")
        << full(nullptr, "2021-01-01T00:00:00Z") << RunWindow{{}, ts("2021-01-01T00:00:00Z")}
        << u"updated_at <= '2021-01-01 00:00:00+0000'"_s;
    QTest::newRow("no end") << incremental() << RunWindow{ts("2023-03-01T14:28:55Z"), {}}
                            << u"updated_at >= '2023-03-01 14:28:55+0000'"_s;
    Pipeline odd = incremental();
    odd.syncMode.iteratorField = u"Updated \"At\""_s;
    QTest::newRow("a name that must be quoted")
        << odd << kWindow << u"\"Updated \"\"At\"\"\" BETWEEN "_s + both;
}

void TestWrappedQueries::serviceFilters()
{
    QFETCH(Pipeline, pipeline);
    QFETCH(RunWindow, window);
    QFETCH(QString, where);
    const auto q = WrappedQueries::render(kModel, pipeline, window);
    QCOMPARE(q.count, wrapped(u"COUNT(*)"_s, u" WHERE "_s + where));
    QCOMPARE(q.extract, wrapped(u"OBJECT_CONSTRUCT_KEEP_NULL(*)"_s, u" WHERE "_s + where));
    QVERIFY(q.filtered);
}

void TestWrappedQueries::fullSyncWithoutBoundsHasNoFilter()
{
    // The planner's window for it still ends at the cutoff: the sync mode, not the window, decides.
    const auto q = WrappedQueries::render(kModel, full(), RunWindow{{}, ts("2023-03-02T14:28:55Z")});
    QCOMPARE(q.count, wrapped(u"COUNT(*)"_s, {}));
    QCOMPARE(q.extract, wrapped(u"OBJECT_CONSTRUCT_KEEP_NULL(*)"_s, {}));
    QVERIFY(!q.filtered);
    QCOMPARE(q.windowNote, u"A full sync without From or Until reads every row of the model on every run: "
                           "no filter."_s);
    for (auto dialect : {WrappedQueries::Dialect::Sqlite, WrappedQueries::Dialect::Postgres})
        QCOMPARE(WrappedQueries::countForPreview(kModel, full(), kWindow, dialect),
                 wrapped(u"COUNT(*)"_s, u" AS mp_model"_s));
}

void TestWrappedQueries::openStartComparesTheEndOnly()
{
    // An interval pipeline without From and without a success yet: its first window has no start (§10.6.2).
    const RunWindow open{{}, ts("2023-03-02T14:28:55Z")};
    const auto q = WrappedQueries::render(kModel, incremental(), open);
    QCOMPARE(q.count, wrapped(u"COUNT(*)"_s, u" WHERE updated_at <= '2023-03-02 14:28:55+0000'"_s));
    QVERIFY(q.filtered);
    QCOMPARE(q.windowNote,
             u"The window has no start: every row whose updated_at is at or before 2023-03-02T14:28:55Z."_s);
    QCOMPARE(
        WrappedQueries::countForPreview(kModel, incremental(), open, WrappedQueries::Dialect::Sqlite),
        wrapped(u"COUNT(*)"_s,
                u" AS mp_model WHERE julianday(\"updated_at\") <= julianday('2023-03-02 14:28:55.000')"_s));
    QCOMPARE(WrappedQueries::countForPreview(kModel, incremental(), open, WrappedQueries::Dialect::Postgres),
             wrapped(u"COUNT(*)"_s,
                     u" AS mp_model WHERE \"updated_at\" <= TIMESTAMPTZ '2023-03-02 14:28:55+00'"_s));
}

void TestWrappedQueries::dropsTheModelsTrailingSemicolonAndComment_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("semicolon") << kModel + u";"_s;
    QTest::newRow("semicolon and blanks") << kModel + u" ;\n\n"_s;
    QTest::newRow("semicolon and line comment") << kModel + u"; -- the users"_s;
    QTest::newRow("semicolon and block comment") << kModel + u";\n/* done */\n"_s;
    QTest::newRow("leading blanks") << u"\n  "_s + kModel + u";"_s;
}

void TestWrappedQueries::dropsTheModelsTrailingSemicolonAndComment()
{
    QFETCH(QString, sql);
    const auto q = WrappedQueries::render(sql, incremental(), kWindow);
    QCOMPARE(q.probe, wrapped(u"*"_s, u" LIMIT 0"_s));
    QVERIFY(q.count.startsWith(wrapped(u"COUNT(*)"_s, u" WHERE "_s)));
    QVERIFY(WrappedQueries::countForPreview(sql, incremental(), kWindow, WrappedQueries::Dialect::Sqlite)
                .startsWith(wrapped(u"COUNT(*)"_s, u" AS mp_model WHERE "_s)));
}

void TestWrappedQueries::previewCounts_data()
{
    QTest::addColumn<Pipeline>("pipeline");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("where");
    const int sqlite = int(WrappedQueries::Dialect::Sqlite);
    const int postgres = int(WrappedQueries::Dialect::Postgres);
    QTest::newRow("sqlite timestamp")
        << incremental() << sqlite
        << u"julianday(\"updated_at\") BETWEEN julianday('2023-03-01 14:28:55.000') AND "
           "julianday('2023-03-02 14:28:55.000')"_s;
    QTest::newRow("sqlite datetime_tz")
        << incremental(IteratorDataType::DatetimeTz) << sqlite
        << u"julianday(\"updated_at\") BETWEEN julianday('2023-03-01 14:28:55.000') AND "
           "julianday('2023-03-02 14:28:55.000')"_s;
    QTest::newRow("sqlite date") << incremental(IteratorDataType::Date) << sqlite
                                 << u"date(\"updated_at\") BETWEEN date('2023-03-01 14:28:55.000') AND "
                                    "date('2023-03-02 14:28:55.000')"_s;
    QTest::newRow("sqlite unix ms") << incremental(IteratorDataType::TimestampUnixtimeMs) << sqlite
                                    << u"\"updated_at\" BETWEEN 1677680935000 AND 1677767335000"_s;
    QTest::newRow("sqlite unix s") << incremental(IteratorDataType::TimestampUnixtimeS) << sqlite
                                   << u"\"updated_at\" BETWEEN 1677680935 AND 1677767335"_s;
    QTest::newRow("postgres timestamp")
        << incremental() << postgres
        << u"\"updated_at\" BETWEEN TIMESTAMPTZ '2023-03-01 14:28:55+00' AND TIMESTAMPTZ '2023-03-02 14:28:55+00'"_s;
    QTest::newRow("postgres date") << incremental(IteratorDataType::Date) << postgres
                                   << u"\"updated_at\" BETWEEN DATE '2023-03-01' AND DATE '2023-03-02'"_s;
    QTest::newRow("postgres unix ms") << incremental(IteratorDataType::TimestampUnixtimeMs) << postgres
                                      << u"\"updated_at\" BETWEEN 1677680935000 AND 1677767335000"_s;
    QTest::newRow("postgres unix s") << incremental(IteratorDataType::TimestampUnixtimeS) << postgres
                                     << u"\"updated_at\" BETWEEN 1677680935 AND 1677767335"_s;
    Pipeline odd = incremental();
    odd.syncMode.iteratorField = u"Up\"dated"_s;
    QTest::newRow("postgres quotes a quote")
        << odd << postgres
        << u"\"Up\"\"dated\" BETWEEN TIMESTAMPTZ '2023-03-01 14:28:55+00' AND TIMESTAMPTZ '2023-03-02 14:28:55+00'"_s;
}

void TestWrappedQueries::previewCounts()
{
    QFETCH(Pipeline, pipeline);
    QFETCH(int, dialect);
    QFETCH(QString, where);
    QCOMPARE(WrappedQueries::countForPreview(kModel, pipeline, kWindow, WrappedQueries::Dialect(dialect)),
             wrapped(u"COUNT(*)"_s, u" AS mp_model WHERE "_s + where));
}

void TestWrappedQueries::notesWhatTheWindowReads()
{
    QCOMPARE(WrappedQueries::render(kModel, incremental(), kWindow).windowNote,
             u"Rows whose updated_at lies from 2023-03-01T14:28:55Z to 2023-03-02T14:28:55Z, both ends "
             "included."_s);
    QCOMPARE(WrappedQueries::render(kModel, incremental(IteratorDataType::TimestampUnixtimeMs), kWindow)
                 .windowNote,
             u"Rows whose updated_at lies from 2023-03-01T14:28:55Z to 2023-03-02T14:28:55Z, both ends "
             "included. The iterator holds Unix time in milliseconds: each end is written as a number."_s);
    const RunWindow empty{kWindow.rangeEnd, kWindow.rangeEnd};
    QVERIFY(
        WrappedQueries::render(kModel, incremental(), empty).windowNote.contains(u"the run reads nothing"_s));
    Pipeline noIterator = incremental();
    noIterator.syncMode.iteratorField.clear();
    const auto q = WrappedQueries::render(kModel, noIterator, kWindow);
    QVERIFY(!q.filtered);
    QVERIFY(q.windowNote.contains(u"no iterator field"_s));
}

void TestWrappedQueries::nextRunIsThePlannedOne()
{
    // Hourly with a 15-minute delay (§10.7 B), seen at 01:20 after the 00:00 tick succeeded.
    const Pipeline p = hourly("2023-02-01T00:00:00Z", "15m");
    const auto next = QueryWindow::nextRun(p, ts("2023-02-01T00:00:00Z"), ts("2023-02-01T01:20:00Z"));
    QVERIFY(next);
    QCOMPARE(next->source, QueryWindow::Source::NextRun);
    QCOMPARE(next->window, (RunWindow{ts("2023-02-01T00:00:00Z"), ts("2023-02-01T02:00:00Z")}));
    QCOMPARE(next->due, ts("2023-02-01T02:15:00Z"));
    QCOMPARE(next->label(), u"expected next run: due 2023-02-01T02:15:00Z; the service decides"_s);
    QCOMPARE(QueryWindow::expected(p, ts("2023-02-01T00:00:00Z"), ts("2023-02-01T01:20:00Z")), *next);
}

void TestWrappedQueries::withoutANextRunATriggerIsShown_data()
{
    QTest::addColumn<Pipeline>("pipeline");
    QTest::newRow("on demand") << incremental();
    Pipeline once = incremental();
    once.schedule.type = ScheduleType::Once;
    QTest::newRow("once") << once;
    Pipeline paused = hourly("2023-02-01T00:00:00Z");
    paused.state = PipelineState::Paused;
    QTest::newRow("paused") << paused;
    Pipeline ended = hourly("2023-02-01T00:00:00Z");
    ended.schedule.end = ts("2023-02-01T05:00:00Z");
    QTest::newRow("schedule ended") << ended;
}

void TestWrappedQueries::withoutANextRunATriggerIsShown()
{
    QFETCH(Pipeline, pipeline);
    const Timestamp now = ts("2023-02-08T12:05:45Z");
    const Timestamp watermark = ts("2023-02-04T08:30:17Z");
    QVERIFY(!QueryWindow::nextRun(pipeline, watermark, now));
    const QueryWindow w = QueryWindow::expected(pipeline, watermark, now);
    QCOMPARE(w.source, QueryWindow::Source::Trigger);
    QCOMPARE(w.window, (RunWindow{watermark, now}));
    QVERIFY(w.isExpected());
    QCOMPARE(w.label(), u"expected for a trigger at 2023-02-08T12:05:45Z; the service decides"_s);
}

void TestWrappedQueries::aPastRunShowsItsRealWindow()
{
    PipelineRun run;
    run.id = u"251"_s;
    run.rangeEnd = ts("2023-02-04T08:30:17Z"); // no range_start: the window had no lower bound
    const QueryWindow w = QueryWindow::ofRun(run);
    QCOMPARE(w.source, QueryWindow::Source::PastRun);
    QCOMPARE(w.window, (RunWindow{{}, run.rangeEnd}));
    QVERIFY(!w.isExpected());
    QCOMPARE(w.label(), u"run 251"_s);
}

QTEST_GUILESS_MAIN(TestWrappedQueries)
#include "tst_wrappedqueries.moc"

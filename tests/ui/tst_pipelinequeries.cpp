// The pipeline view's queries tab, offscreen: the three statements the service runs for the window picked,
// their Copy buttons, Count Rows in the dialect set, and the tab following the store and the run history.
#include "models/items/RunFilterProxy.h"
#include "models/items/RunTableModel.h"
#include "tests/support/ConsoleFixture.h"

#include <QRegularExpression>
#include "ui/main/MainWindow.h"
#include "ui/pipeline/PipelineQueries.h"
#include "ui/pipeline/PipelineView.h"

#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

Timestamp ts(const char *text)
{
    return Timestamp::parse(QString::fromLatin1(text));
}

// Hourly with a 15-minute delay (spec §10.7 B).
Pipeline hourly()
{
    Pipeline p;
    p.id = u"users-hourly"_s;
    p.state = PipelineState::Active;
    p.dataModelId = u"users"_s;
    p.syncMode.type = SyncModeType::Incremental;
    p.syncMode.iteratorField = u"updated_at"_s;
    p.syncMode.iteratorDataType = IteratorDataType::Timestamp;
    p.schedule.type = ScheduleType::Interval;
    p.schedule.frequency = Frequency::Hourly;
    p.schedule.start = ts("2023-02-01T00:00:00Z");
    p.schedule.delay = u"15m"_s;
    return p;
}

const QString kModel = u"SELECT email, updated_at FROM crm.users"_s;

QString wrapped(const QString &select, const QString &tail)
{
    return u"SELECT "_s + select + u" FROM (\n"_s + kModel + u"\n)"_s + tail;
}

bool itemEnabled(QComboBox *box, int index)
{
    return qobject_cast<QStandardItemModel *>(box->model())->item(index)->isEnabled();
}

} // namespace

class TestPipelineQueries : public QObject {
    Q_OBJECT

private slots:
    void showsTheNextRunsStatementsAndCopiesThem();
    void countsInTheDialectSet();
    void countsTheWindowShown();
    void picksTheWindow();
    void saysWhatIsMissing();
    void aFullSyncWithoutBoundsHasNoFilter();
    void pipelineViewFollowsTheStoreAndTheHistory();
};

void TestPipelineQueries::showsTheNextRunsStatementsAndCopiesThem()
{
    PipelineQueries panel;
    panel.setClock([] { return ts("2023-02-01T01:20:00Z"); });
    panel.setPipeline(hourly(), kModel + u";  -- users\n"_s, ts("2023-02-01T00:00:00Z"));
    panel.show();
    const QString where =
        u" WHERE updated_at BETWEEN '2023-02-01 00:00:00+0000' AND '2023-02-01 02:00:00+0000'"_s;
    QCOMPARE(panel.statement(PipelineQueries::Statement::Probe), wrapped(u"*"_s, u" LIMIT 0"_s));
    QCOMPARE(panel.statement(PipelineQueries::Statement::Count), wrapped(u"COUNT(*)"_s, where));
    QCOMPARE(panel.statement(PipelineQueries::Statement::Extract),
             wrapped(u"OBJECT_CONSTRUCT_KEEP_NULL(*)"_s, where));
    QVERIFY2(panel.windowText().startsWith(
                 u"Window: expected next run: due 2023-02-01T02:15:00Z; the service decides\nRows whose "_s),
             qPrintable(panel.windowText()));

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(panel.copyButton(PipelineQueries::Statement::Count), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), wrapped(u"COUNT(*)"_s, where));
    QTest::mouseClick(panel.copyButton(PipelineQueries::Statement::Probe), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), wrapped(u"*"_s, u" LIMIT 0"_s));
}

void TestPipelineQueries::countsInTheDialectSet()
{
    PipelineQueries panel;
    panel.setClock([] { return ts("2023-02-01T01:20:00Z"); });
    panel.setPipeline(hourly(), kModel, ts("2023-02-01T00:00:00Z"));
    QSignalSpy requested(&panel, &PipelineQueries::countRequested);
    QTest::mouseClick(panel.countButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested[0][0].toString(),
             wrapped(u"COUNT(*)"_s,
                     u" AS mp_model WHERE julianday(\"updated_at\") BETWEEN julianday('2023-02-01 "
                     "00:00:00.000') AND julianday('2023-02-01 02:00:00.000')"_s));
    QCOMPARE(requested[0][1].toString(), u"users-hourly"_s);
    QCOMPARE(requested[0][2].value<WrappedQueries::Dialect>(), WrappedQueries::Dialect::Sqlite);
    panel.setDialect(WrappedQueries::Dialect::Postgres);
    QTest::mouseClick(panel.countButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested[1][0].toString(),
             wrapped(u"COUNT(*)"_s,
                     u" AS mp_model WHERE \"updated_at\" BETWEEN TIMESTAMPTZ '2023-02-01 00:00:00+00' "
                     "AND TIMESTAMPTZ '2023-02-01 02:00:00+00'"_s));
    QCOMPARE(requested[1][2].value<WrappedQueries::Dialect>(), WrappedQueries::Dialect::Postgres);
}

void TestPipelineQueries::countsTheWindowShown()
{
    // A clock that moves a minute each time it is read: the count asked for is still the one shown.
    PipelineQueries panel;
    qint64 reads = 0;
    panel.setClock([&reads] {
        return Timestamp::fromMSecsSinceEpoch(ts("2023-02-01T01:20:00Z").toMSecsSinceEpoch() +
                                              60000 * reads++);
    });
    panel.setPipeline(hourly(), kModel, ts("2023-02-01T00:00:00Z"));
    panel.setChoice(PipelineQueries::Choice::TriggerNow);
    const QString shown = panel.statement(PipelineQueries::Statement::Count);
    QVERIFY(shown.endsWith(u"+0000'"_s));
    const QString end = shown.right(int(qstrlen("'2023-02-01 01:20:00+0000'"))).mid(1, 19);
    QSignalSpy requested(&panel, &PipelineQueries::countRequested);
    QTest::mouseClick(panel.countButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QVERIFY2(requested[0][0].toString().endsWith(u"AND julianday('"_s + end + u".000')"_s),
             qPrintable(requested[0][0].toString() + u" / "_s + end));
}

void TestPipelineQueries::picksTheWindow()
{
    PipelineQueries panel;
    panel.setClock([] { return ts("2023-02-01T01:20:00Z"); });
    panel.setPipeline(hourly(), kModel, ts("2023-02-01T00:00:00Z"));
    QComboBox *picker = panel.windowPicker();
    QVERIFY(!itemEnabled(picker, 2)); // no run selected

    panel.setChoice(PipelineQueries::Choice::TriggerNow);
    QCOMPARE(
        panel.statement(PipelineQueries::Statement::Count),
        wrapped(u"COUNT(*)"_s,
                u" WHERE updated_at BETWEEN '2023-02-01 00:00:00+0000' AND '2023-02-01 01:20:00+0000'"_s));
    QVERIFY(panel.windowText().startsWith(
        u"Window: expected for a trigger at 2023-02-01T01:20:00Z; the service decides\n"_s));

    PipelineRun run;
    run.id = u"251"_s;
    run.rangeEnd = ts("2023-01-31T23:00:00Z"); // the first run: no lower bound
    panel.setSelectedRun(run);
    QVERIFY(itemEnabled(picker, 2));
    QCOMPARE(picker->itemText(2), u"Run 251 (selected in Runs)"_s);
    picker->setCurrentIndex(2);
    QCOMPARE(panel.choice(), PipelineQueries::Choice::SelectedRun);
    QCOMPARE(
        panel.statement(PipelineQueries::Statement::Extract),
        wrapped(u"OBJECT_CONSTRUCT_KEEP_NULL(*)"_s, u" WHERE updated_at <= '2023-01-31 23:00:00+0000'"_s));
    QVERIFY(panel.windowText().startsWith(u"Window: run 251\nThe window has no start: "_s));

    // The selection goes: back to the next run.
    panel.setSelectedRun(std::nullopt);
    QCOMPARE(panel.choice(), PipelineQueries::Choice::NextRun);
    QVERIFY(panel.statement(PipelineQueries::Statement::Count).endsWith(u"'2023-02-01 02:00:00+0000'"_s));

    // A paused pipeline has no next run: the next-run choice shows a trigger's, and says so.
    Pipeline paused = hourly();
    paused.state = PipelineState::Paused;
    panel.setPipeline(paused, kModel, ts("2023-02-01T00:00:00Z"));
    QVERIFY(panel.windowText().contains(u"No scheduled run is coming"_s));
    QVERIFY(panel.statement(PipelineQueries::Statement::Count).endsWith(u"'2023-02-01 01:20:00+0000'"_s));
}

void TestPipelineQueries::saysWhatIsMissing()
{
    PipelineQueries panel;
    QVERIFY(panel.statement(PipelineQueries::Statement::Probe).isEmpty());
    QVERIFY(!panel.copyButton(PipelineQueries::Statement::Probe)->isEnabled());
    QVERIFY(!panel.countButton()->isEnabled());
    QVERIFY(panel.windowText().contains(u"The pipeline is not loaded."_s));
    panel.setPipeline(hourly(), std::nullopt, std::nullopt);
    QVERIFY(panel.windowText().contains(u"Its data model users is not loaded."_s));
    QVERIFY(!panel.countButton()->isEnabled());
    panel.setPipeline(hourly(), kModel, std::nullopt);
    QVERIFY(panel.countButton()->isEnabled());
    QVERIFY(panel.copyButton(PipelineQueries::Statement::Extract)->isEnabled());
}

void TestPipelineQueries::aFullSyncWithoutBoundsHasNoFilter()
{
    Pipeline p = hourly();
    p.syncMode.type = SyncModeType::Full;
    PipelineQueries panel;
    panel.setPipeline(p, kModel, std::nullopt);
    QCOMPARE(panel.statement(PipelineQueries::Statement::Count), wrapped(u"COUNT(*)"_s, {}));
    QVERIFY(panel.windowText().contains(u"A full sync without From or Until reads every row"_s));
}

void TestPipelineQueries::pipelineViewFollowsTheStoreAndTheHistory()
{
    auto config = SandboxFixture::defaults();
    config.demo = true;
    ConsoleFixture console(config, QDateTime::currentDateTimeUtc());
    QVERIFY(console.refresh());
    PipelineView *view = console.window->openPipelineView(u"orders-daily"_s);
    QVERIFY(view);
    const int tab = view->tabs()->indexOf(view->queries());
    QVERIFY(tab >= 0);
    QCOMPARE(view->tabs()->tabText(tab), u"&Queries"_s);
    view->tabs()->setCurrentIndex(tab);
    PipelineQueries *queries = view->queries();
    const QString sql = console.store.dataModel(u"orders-model"_s)->sqlQuery.trimmed();
    QCOMPARE(queries->statement(PipelineQueries::Statement::Probe),
             u"SELECT * FROM (\n"_s + sql + u"\n) LIMIT 0"_s);
    // Once the report has come, the next window starts where the latest success ended.
    QTRY_VERIFY_WITH_TIMEOUT(console.store.watermark(u"orders-daily"_s), 10000);
    const Timestamp watermark = *console.store.watermark(u"orders-daily"_s);
    QTRY_VERIFY(queries->statement(PipelineQueries::Statement::Count)
                    .contains(u"BETWEEN '"_s + watermark.toUtc().toString(u"yyyy-MM-dd HH:mm:ss"_s)));

    // The run selected in the history.
    QTRY_VERIFY_WITH_TIMEOUT(view->runProxy()->rowCount() > 2, 10000);
    view->runTable()->setCurrentIndex(view->runProxy()->index(2, 0));
    const RunRecord &record =
        view->runModel()->record(view->runProxy()->mapToSource(view->runProxy()->index(2, 0)).row());
    QCOMPARE(queries->windowPicker()->itemText(2), u"Run %1 (selected in Runs)"_s.arg(record.id.toString()));
    queries->setChoice(PipelineQueries::Choice::SelectedRun);
    const QString end =
        QDateTime::fromMSecsSinceEpoch(record.rangeEnd, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QVERIFY2(queries->statement(PipelineQueries::Statement::Count).endsWith(u"AND '"_s + end + u"+0000'"_s),
             qPrintable(queries->statement(PipelineQueries::Statement::Count)));

    // Count Rows runs the window's count on the sandbox's warehouse (SQLite's dialect, once the service is
    // known to be a sandbox): the rows that window holds now.
    QTRY_COMPARE(queries->dialect(), WrappedQueries::Dialect::Sqlite);
    QTest::mouseClick(queries->countButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(queries->countText().contains(u"in the window now"_s), 10000);
    QVERIFY2(QRegularExpression(u"^[1-9][0-9]* row"_s).match(queries->countText()).hasMatch(),
             qPrintable(queries->countText()));
    // The selected run's window: what the run read then, against the rows there now.
    QVERIFY2(queries->countText().contains(u"; the run read "_s), qPrintable(queries->countText()));

    // A new model SQL in the store: the statements follow.
    DataModel model = *console.store.dataModel(u"orders-model"_s);
    model.sqlQuery = u"SELECT order_id, updated_at FROM DEMO_DB.sales.orders"_s;
    console.store.upsert(model);
    QCOMPARE(queries->statement(PipelineQueries::Statement::Probe),
             u"SELECT * FROM (\nSELECT order_id, updated_at FROM DEMO_DB.sales.orders\n) LIMIT 0"_s);
}

QTEST_MAIN(TestPipelineQueries)
#include "tst_pipelinequeries.moc"

// The live pipeline view, the run history, the charts, the schedule planner, the overview and the
// notifications, offscreen against a sandbox whose clock runs fast: nothing here is clicked to make a
// status change; the poller brings it.
#include "client/ApiClient.h"
#include "client/RunHistoryLoader.h"
#include "client/RunPoller.h"
#include "models/items/PipelineOverviewModel.h"
#include "models/items/ResourceTreeModel.h"
#include "models/items/RunFilterProxy.h"
#include "models/items/RunTableModel.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/editors/PipelineEditor.h"
#include "ui/editors/ResourceEditor.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Notifier.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/pipeline/RunCharts.h"
#include "ui/pipeline/SchedulePreview.h"
#include "ui/pipeline/WorkspaceOverview.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

#include <algorithm>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

// A sandbox that schedules by itself, with a clock that moves a second every 50 ms of real time.
sandbox::SandboxConfig liveConfig()
{
    auto config = SandboxFixture::defaults();
    config.schedulerIntervalMs = 50;
    config.runDurationSeconds = 4; // emulated: about 200 ms of real time "running"
    config.maxAttempts = 1;
    return config;
}

QJsonObject usersModel(const QString &sql = u"SELECT email, plan, updated_at FROM my_db.crm.users"_s)
{
    return {{u"id"_s, u"users"_s},
            {u"name"_s, u"Users"_s},
            {u"type"_s, u"sql"_s},
            {u"config"_s, QJsonObject{{u"sql_query"_s, sql}}}};
}

QString runStatus(const PipelineView *view, qint64 runId)
{
    const RunTableModel *runs = view->runModel();
    for (int row = 0; row < runs->rowCount(); ++row)
        if (runs->record(row).id.toString() == QString::number(runId))
            return runs->index(row, RunTableModel::StatusColumn)
                .data(RunTableModel::StatusWireRole)
                .toString();
    return {};
}

// Waits for `count` more polls of a pipeline: what they bring (and what follows from it, such as a
// notification) has happened by then.
bool waitForPolls(RunPoller &poller, const QString &pipelineId, int count)
{
    QSignalSpy polled(&poller, &RunPoller::polled);
    return QTest::qWaitFor(
        [&] {
            return std::count_if(polled.cbegin(), polled.cend(), [&](const QList<QVariant> &args) {
                       return args.at(0).toString() == pipelineId;
                   }) >= count;
        },
        10000);
}

} // namespace

class TestPipelineView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void triggersAndFollowsARunLive();
    void showsAFaultAndClearsItAfterAFix();
    void saysWhenARunIsAlreadyInProgress();
    void staysQuietWithNotificationsOff();
    void overviewPutsFaultedPipelinesFirst();
    void plansCatchUp();
    void triggersAPipelineWhoseScheduleEnded();
    void historyLoadsEveryPageNewestFirst();
    void historyFollowsADateRange();
    void historyExportsExactlyTheRowsShown();
    void chartsDrawTheSameRuns();
    void chartsZoomSelectAndExport();

private:
    void answerQuestions(QMessageBox::StandardButton answer)
    {
        Dialogs::setAsker([this, answer](QWidget *, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons, QMessageBox::StandardButton) {
            m_questions << title + u'\n' + text;
            return answer;
        });
    }

    std::unique_ptr<ConsoleFixture> m_console;
    // The history steps' workspace, and what one step leaves for the next.
    std::unique_ptr<ConsoleFixture> m_history;
    PipelineView *m_historyView = nullptr;
    QDate m_historyFrom;
    QDate m_historyTo;
    int m_historyInRange = 0;
    QTemporaryDir m_historyDir;
    std::unique_ptr<RunPoller> m_poller;
    QTimer m_clockTimer;
    QStringList m_questions;
};

void TestPipelineView::initTestCase()
{
    m_console = std::make_unique<ConsoleFixture>(liveConfig(), QDateTime::currentDateTimeUtc());
    SandboxFixture &sandbox = m_console->sandbox;
    QCOMPARE(sandbox.http.post(SandboxFixture::api(u"/connections"_s), sandbox.snowflake()).status, 200);
    QCOMPARE(sandbox.http.post(SandboxFixture::api(u"/data-models"_s), usersModel()).status, 200);
    QCOMPARE(sandbox.http
                 .post(SandboxFixture::api(u"/inputs/data-pipelines"_s),
                       SandboxFixture::onDemandPipeline(u"live"_s))
                 .status,
             200);
    // The fast clock: the sandbox's passes run on their own, time moves without anyone touching the UI.
    connect(&m_clockTimer, &QTimer::timeout, this, [this] { m_console->sandbox.clock->advance(1000); });
    m_clockTimer.start(50);

    m_poller = std::make_unique<RunPoller>(m_console->client, m_console->store);
    RunPoller::Intervals fast;
    fast.activeMs = 100;
    fast.idleMs = 300;
    fast.tickMs = 50;
    fast.maxPerMinute = 6000;
    m_poller->setIntervals(fast);
    m_poller->setWallClock([this] { return m_console->sandbox.clock->now().toMSecsSinceEpoch(); });
    m_console->actions.setRunPoller(m_poller.get());
    QVERIFY(m_console->refresh());
    m_poller->watchEveryPipeline();
    m_poller->start();
    answerQuestions(QMessageBox::Yes);
}

void TestPipelineView::cleanupTestCase()
{
    m_clockTimer.stop();
    Dialogs::setAsker({});
    Dialogs::setFileAsker({});
    m_console->window.reset();
    m_poller.reset();
    m_console.reset();
}

void TestPipelineView::triggersAndFollowsARunLive()
{
    MainWindow &window = *m_console->window;
    PipelineView *view = window.openPipelineView(u"live"_s);
    QVERIFY(view);
    auto *trigger = view->findChild<QPushButton *>(u"TriggerNow"_s);
    QTRY_VERIFY(view->statusSummary().contains(u"Idle"_s)); // the first report
    QVERIFY(trigger->isEnabled());
    QVERIFY(view->statusSummary().contains(u"Healthy"_s));
    QVERIFY(view->refreshedText().contains(u"ago"_s));

    // The tree's status dot and the run row follow the poller: record every status they pass through.
    const ResourceTreeModel *tree = nullptr;
    for (auto *model = window.resourceTree()->model(); model;) {
        if (auto *t = qobject_cast<const ResourceTreeModel *>(model)) {
            tree = t;
            break;
        }
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    QVERIFY(tree);
    QStringList treeStatuses;
    QStringList runStatuses;
    qint64 runId = 0;
    auto record = [&] {
        const QString pipeline =
            tree->indexOf(ResourceKind::Pipeline, u"live"_s).data(ResourceTreeModel::StatusRole).toString();
        if (treeStatuses.isEmpty() || treeStatuses.back() != pipeline)
            treeStatuses << pipeline;
        const QString run = runId ? runStatus(view, runId) : QString();
        if (!run.isEmpty() && (runStatuses.isEmpty() || runStatuses.back() != run))
            runStatuses << run;
    };
    QObject scope; // the recording ends with this test
    connect(&m_console->store, &WorkspaceStore::reportChanged, &scope, record);
    connect(view->runModel(), &QAbstractItemModel::dataChanged, &scope, record);
    connect(view->runModel(), &QAbstractItemModel::rowsInserted, &scope, record);
    QSignalSpy notified(window.notifier(), &Notifier::notified);

    m_questions.clear();
    auto *refreshedAt = window.findChild<QLabel *>(u"RefreshedAt"_s);
    refreshedAt->clear(); // the time of the last refresh: it must move with the polled reports
    QSignalSpy triggered(view, &PipelineView::runTriggered);
    QTest::mouseClick(trigger, Qt::LeftButton);
    // Asked first, with the window the run reads and the limit it must stay under.
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions[0].contains(QLocale().toString(24'000'000)), qPrintable(m_questions[0]));
    QVERIFY(m_questions[0].contains(u"from the beginning"_s));
    QVERIFY(triggered.wait(5000));
    runId = triggered[0][1].toLongLong();
    QVERIFY(runId > 0);

    // Nobody clicks anything from here on.
    QTRY_COMPARE_WITH_TIMEOUT(runStatus(view, runId), u"success"_s, 10000);
    QTRY_VERIFY(view->statusSummary().contains(u"Idle"_s));
    QVERIFY(refreshedAt->text().startsWith(u"Refreshed at "_s));
    QVERIFY2(runStatuses.contains(u"running"_s) || runStatuses.contains(u"queued"_s),
             qPrintable(runStatuses.join(u", "_s)));
    QCOMPARE(runStatuses.back(), u"success"_s);
    QVERIFY2(treeStatuses.contains(u"running"_s), qPrintable(treeStatuses.join(u", "_s)));
    QTRY_COMPARE(
        tree->indexOf(ResourceKind::Pipeline, u"live"_s).data(ResourceTreeModel::StatusRole).toString(),
        u"idle"_s);
    QTRY_VERIFY(view->messageText().contains(u"ended"_s));
    // The desktop notification for the run the user triggered.
    QTRY_VERIFY(!notified.isEmpty());
    QVERIFY(notified.back()[0].toString().contains(u"finished"_s));
    QVERIFY(notified.back()[1].toString().contains(QString::number(runId)));
    // The detail pane tells the run's story.
    view->runTable()->setCurrentIndex(view->runProxy()->index(0, 0));
    QVERIFY(view->detailText().contains(u"Run %1"_s.arg(runId)));
    QVERIFY(view->detailText().contains(u"Window"_s));
    // The count beside the table follows the rows the poller added, without a reload.
    const int rows = view->runModel()->rowCount();
    QVERIFY(rows >= 1);
    QTRY_VERIFY2(view->findChild<QLabel *>(u"HistoryState"_s)->text().startsWith(u"%1 run"_s.arg(rows)),
                 qPrintable(view->findChild<QLabel *>(u"HistoryState"_s)->text()));
}

void TestPipelineView::showsAFaultAndClearsItAfterAFix()
{
    MainWindow &window = *m_console->window;
    SandboxFixture &sandbox = m_console->sandbox;
    PipelineView *view = window.openPipelineView(u"live"_s);
    QSignalSpy notified(window.notifier(), &Notifier::notified);
    QTRY_VERIFY(view->findChild<QPushButton *>(u"TriggerNow"_s)->isEnabled());
    // The warehouse stops answering: the next run fails and the pipeline faults.
    QCOMPARE(
        sandbox.http.post(u"/_sandbox/connections/sf/fault"_s, {{u"message"_s, u"Warehouse unreachable"_s}})
            .status,
        200);
    QCOMPARE(
        sandbox.http
            .post(SandboxFixture::api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"live"_s}})
            .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(view->statusSummary().contains(u"Faulted"_s), 10000);
    QVERIFY2(view->statusSummary().contains(u"Warehouse unreachable"_s), qPrintable(view->statusSummary()));
    // Told once, as a fault (the run that failed is part of that story).
    QTRY_VERIFY(!notified.isEmpty());
    QVERIFY(notified[0][0].toString().contains(u"faulted"_s));
    QVERIFY(notified[0][1].toString().contains(u"Warehouse unreachable"_s));
    // The editor opened now says what the view says, not what the list said at the last refresh.
    ResourceEditor *editor = window.openEditor(ResourceKind::Pipeline, u"live"_s);
    QVERIFY(editor);
    QTRY_VERIFY2(editor->findChild<QLabel *>(u"StatusLine"_s)->text().contains(u"Faulted"_s),
                 qPrintable(editor->findChild<QLabel *>(u"StatusLine"_s)->text()));
    QVERIFY(window.closeEditorTab(window.editorTabs()->indexOf(editor)));
    window.editorTabs()->setCurrentWidget(view);
    // A faulted pipeline can be retried by a trigger...
    auto *trigger = view->findChild<QPushButton *>(u"TriggerNow"_s);
    QTRY_VERIFY(trigger->isEnabled());
    // ...which, while the warehouse is still away, fails again: one message about that run, not two.
    notified.clear();
    QSignalSpy triggered(view, &PipelineView::runTriggered);
    QVERIFY(view->trigger());
    QVERIFY(triggered.wait(5000));
    const qint64 retry = triggered[0][1].toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(runStatus(view, retry), u"failed"_s, 10000);
    QTRY_VERIFY(!notified.isEmpty());
    QVERIFY(waitForPolls(*m_poller, u"live"_s, 2)); // polls after the end bring nothing more
    QCOMPARE(notified.size(), 1);
    QVERIFY(notified[0][0].toString().contains(u"ended"_s));
    QVERIFY(notified[0][1].toString().contains(u"Warehouse unreachable"_s));
    QTRY_VERIFY(trigger->isEnabled());

    // ...which succeeds once the warehouse is back, and clears the fault.
    QCOMPARE(sandbox.http.post(u"/_sandbox/connections/sf/fault"_s, {{u"message"_s, QString()}}).status, 200);
    m_questions.clear();
    QVERIFY(view->trigger());
    QVERIFY(m_questions.value(0).contains(u"faulted"_s)); // the question says what the retry is for
    QTRY_VERIFY_WITH_TIMEOUT(view->statusSummary().startsWith(u"● Idle"_s), 10000);
    QCOMPARE(view->statusSummary().split(u'\n').first(), u"● Idle"_s); // no error left beside it
    QTRY_VERIFY(view->statusSummary().contains(u"Healthy"_s));
}

void TestPipelineView::saysWhenARunIsAlreadyInProgress()
{
    PipelineView *view = m_console->window->openPipelineView(u"live"_s);
    QTRY_VERIFY(view->findChild<QPushButton *>(u"TriggerNow"_s)->isEnabled());
    // Someone else starts a run, and the console has not polled since: the service refuses a second.
    m_poller->stop();
    m_clockTimer.stop(); // the other run stays queued
    QCOMPARE(
        m_console->sandbox.http
            .post(SandboxFixture::api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"live"_s}})
            .status,
        200);
    m_questions.clear();
    QVERIFY(view->trigger());
    QTRY_COMPARE(m_questions.size(), 2); // the question, then the answer
    QVERIFY2(m_questions[1].startsWith(u"Already in progress"_s), qPrintable(m_questions[1]));
    QVERIFY(m_questions[1].contains(u"Pipeline live is already in progress."_s));
    QVERIFY(view->messageText().contains(u"already in progress"_s));
    // And the button says why it is off once the poller has seen it.
    m_poller->start();
    QTRY_VERIFY(!view->findChild<QPushButton *>(u"TriggerNow"_s)->isEnabled());
    QVERIFY(view->findChild<QPushButton *>(u"TriggerNow"_s)->toolTip().contains(u"in progress"_s));
    m_clockTimer.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(view->findChild<QPushButton *>(u"TriggerNow"_s)->isEnabled(), 10000);
}

void TestPipelineView::staysQuietWithNotificationsOff()
{
    MainWindow &window = *m_console->window;
    PipelineView *view = window.openPipelineView(u"live"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view->findChild<QPushButton *>(u"TriggerNow"_s)->isEnabled(), 10000);
    window.notifier()->setEnabled(false); // as Edit > Preferences does
    QSignalSpy notified(window.notifier(), &Notifier::notified);
    QSignalSpy triggered(view, &PipelineView::runTriggered);
    QVERIFY(view->trigger());
    QVERIFY(triggered.wait(5000));
    const qint64 runId = triggered[0][1].toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(runStatus(view, runId), u"success"_s, 10000);
    QVERIFY(waitForPolls(*m_poller, u"live"_s, 2)); // polls after the end
    QVERIFY(notified.isEmpty());
    window.notifier()->setEnabled(true);
}

void TestPipelineView::overviewPutsFaultedPipelinesFirst()
{
    SandboxFixture &sandbox = m_console->sandbox;
    // A second pipeline whose model reads a table that does not exist: it faults at its first run.
    QJsonObject broken = usersModel(u"SELECT email, updated_at FROM my_db.crm.nothing_here"_s);
    broken[u"id"_s] = u"broken-model"_s;
    QCOMPARE(sandbox.http.post(SandboxFixture::api(u"/data-models"_s), broken).status, 200);
    QJsonObject pipeline = SandboxFixture::onDemandPipeline(u"broken"_s);
    pipeline[u"name"_s] = u"A broken pipeline"_s;
    pipeline[u"data_model_id"_s] = u"broken-model"_s;
    QCOMPARE(sandbox.http.post(SandboxFixture::api(u"/inputs/data-pipelines"_s), pipeline).status, 200);
    QVERIFY(m_console->refresh());
    QCOMPARE(
        sandbox.http
            .post(SandboxFixture::api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"broken"_s}})
            .status,
        200);

    WorkspaceOverview *overview = m_console->window->openOverview();
    overview->model()->setClock([this] { return m_console->sandbox.clock->now().toMSecsSinceEpoch(); });
    QAbstractItemModelTester tester(overview->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *table = overview->table();
    QCOMPARE(table->model()->rowCount(), 2);
    const auto idAt = [table](int row) {
        return table->model()->index(row, 0).data(PipelineOverviewModel::PipelineIdRole).toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(overview->summary().contains(u"1 faulted"_s), 10000);
    QTRY_COMPARE(idAt(0), u"broken"_s); // faulted first, though "live" ran and sorts first by name otherwise
    // The records of the last day and their sparkline come from the runs the poller fetched.
    const int liveRow = overview->model()->rowOf(u"live"_s);
    QTRY_VERIFY(overview->model()->recordsLast24h(u"live"_s) > 0);
    QCOMPARE(overview->model()->index(liveRow, PipelineOverviewModel::RecordsColumn).data().toString(),
             QLocale().toString(overview->model()->recordsLast24h(u"live"_s)));
    QVERIFY(!overview->model()->sparkline(u"live"_s).isEmpty());
    // A click opens the pipeline.
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    auto *view = qobject_cast<PipelineView *>(m_console->window->editorTabs()->currentWidget());
    QVERIFY(view);
    QCOMPARE(view->pipelineId(), u"broken"_s);
    QTRY_VERIFY(view->statusSummary().contains(u"Invalid"_s)); // the data model's own status, with its error
    QVERIFY(view->statusSummary().contains(u"nothing_here"_s));
}

void TestPipelineView::plansCatchUp()
{
    // A new hourly pipeline whose start lies ten days back: the planner tells what activating it does.
    QJsonObject pipeline = SandboxFixture::onDemandPipeline(u"backfill"_s);
    pipeline[u"state"_s] = u"new"_s;
    pipeline[u"schedule"_s] = QJsonObject{
        {u"type"_s, u"interval"_s},
        {u"frequency"_s, u"hourly"_s},
        {u"start"_s, QDateTime::currentDateTimeUtc().addDays(-10).toString(u"yyyy-MM-ddTHH:00:00Z"_s)}};
    QCOMPARE(m_console->sandbox.http.post(SandboxFixture::api(u"/inputs/data-pipelines"_s), pipeline).status,
             200);
    QVERIFY(m_console->refresh());
    PipelineView *view = m_console->window->openPipelineView(u"backfill"_s);
    QVERIFY(view);
    QCOMPARE(view->plannerMode()->currentIndex(), 1); // a new pipeline is planned as activated
    const QString note = view->planner()->note();
    QVERIFY2(note.contains(u"already due"_s), qPrintable(note));
    QVERIFY2(note.contains(u"beyond the catch-up limit (7 days for hourly pipelines)"_s), qPrintable(note));
    // About three days of hours fall outside the limit.
    QRegularExpression skipped(u"(\\d+) interval"_s);
    const auto match = skipped.match(note);
    QVERIFY(match.hasMatch());
    QVERIFY2(std::abs(match.captured(1).toInt() - 72) <= 2, qPrintable(note));
    // Not active yet: the reference does not say the service refuses that, so the button stays on and
    // says what the service may answer (only "not idle" is published).
    QVERIFY(view->findChild<QPushButton *>(u"TriggerNow"_s)->isEnabled());
    QVERIFY(view->findChild<QPushButton *>(u"TriggerNow"_s)->toolTip().contains(u"not active"_s));
    // The editor's preview agrees: activating it there catches up the same way.
    auto *editor = m_console->window->openEditor(ResourceKind::Pipeline, u"backfill"_s);
    QVERIFY(editor);
    auto *state = editor->findChild<QComboBox *>(u"StateField"_s);
    state->setCurrentIndex(state->findData(u"active"_s) >= 0 ? state->findData(u"active"_s)
                                                             : state->findText(u"Active"_s));
    QCOMPARE(state->currentText(), u"Active"_s);
    QVERIFY2(editor->findChild<QLabel *>(u"PreviewNote"_s)->text().contains(u"already due"_s),
             qPrintable(editor->findChild<QLabel *>(u"PreviewNote"_s)->text()));
    m_console->window->closeEditorTab(m_console->window->editorTabs()->indexOf(editor));
}

void TestPipelineView::triggersAPipelineWhoseScheduleEnded()
{
    // A `once` pipeline runs when activated and then stops: only a trigger runs it again (§10.6.7).
    QJsonObject pipeline = SandboxFixture::onDemandPipeline(u"one-off"_s);
    pipeline[u"schedule"_s] = QJsonObject{{u"type"_s, u"once"_s}};
    QCOMPARE(m_console->sandbox.http.post(SandboxFixture::api(u"/inputs/data-pipelines"_s), pipeline).status,
             200);
    QVERIFY(m_console->refresh());
    PipelineView *view = m_console->window->openPipelineView(u"one-off"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view->statusSummary().startsWith(u"● Stopped"_s), 10000);
    QTRY_VERIFY(view->findChild<QPushButton *>(u"TriggerNow"_s)->isEnabled());
    QSignalSpy triggered(view, &PipelineView::runTriggered);
    QVERIFY(view->trigger());
    QVERIFY(triggered.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(runStatus(view, triggered[0][1].toLongLong()), u"success"_s, 10000);
}

// The run history of one pipeline with 3,000 runs over two months, as named steps in order (each step
// starts where the previous one left the view, so one failure does not hide the others' results).
void TestPipelineView::historyLoadsEveryPageNewestFirst()
{
    auto config = SandboxFixture::defaults();
    config.generatePipelines = 1;
    config.generateRuns = 3000;
    m_history = std::make_unique<ConsoleFixture>(config);
    QVERIFY(m_history->refresh());
    m_historyView = m_history->window->openPipelineView(u"pipeline-00000"_s);
    QVERIFY(m_historyView);
    PipelineView *view = m_historyView;
    view->loader()->setPageSize(400);
    QSignalSpy pages(view->loader(), &RunHistoryLoader::pageLoaded);
    view->reloadHistory();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoadingHistory(), 20000);
    QCOMPARE(view->runModel()->rowCount(), 3000);
    QCOMPARE(pages.size(), 8); // every page, none twice
    // The newest page came first, so the latest runs showed at once; the oldest (the first page, which
    // told the count) came last.
    const auto newestOfFirst = pages.front()[0].value<std::vector<PipelineRun>>().back().logicalDate;
    const auto oldestOfLast = pages.back()[0].value<std::vector<PipelineRun>>().front().logicalDate;
    QCOMPARE(newestOfFirst.toMSecsSinceEpoch(), view->runModel()->records().back().logicalDate);
    QCOMPARE(oldestOfLast.toMSecsSinceEpoch(), view->runModel()->records().front().logicalDate);
    // Newest first in the table.
    const RunRecord &top =
        view->runModel()->record(view->runProxy()->mapToSource(view->runProxy()->index(0, 0)).row());
    QCOMPARE(top.logicalDate, view->runModel()->records().back().logicalDate);
    const QString state = view->findChild<QLabel *>(u"HistoryState"_s)->text();
    QVERIFY2(state.contains(QLocale().toString(3000)), qPrintable(state));

}

void TestPipelineView::historyFollowsADateRange()
{
    QVERIFY2(m_history, "the history steps run in order: the first one creates the workspace");
    PipelineView *view = m_historyView;
    ConsoleFixture &console = *m_history;
    // A date range: the same runs the API counts for it.
    const QDate to = m_historyTo = console.sandbox.clock->now().date().addDays(-10);
    const QDate from = m_historyFrom = to.addDays(-6);
    view->setDateRange(from, to);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoadingHistory(), 20000);
    QUrlQuery query;
    query.addQueryItem(u"startDate"_s, from.toString(Qt::ISODate));
    query.addQueryItem(u"endDate"_s, to.toString(Qt::ISODate) + u"T23:59:59.999Z"_s);
    const auto counted = console.sandbox.http.get(SandboxFixture::api(
        u"/inputs/data-pipelines/pipeline-00000/runs?"_s + query.toString(QUrl::FullyEncoded)));
    QCOMPARE(counted.status, 200);
    const int inRange = m_historyInRange = counted.object().value(u"total_items"_s).toInt();
    QVERIFY(inRange > 100);
    QCOMPARE(view->runModel()->rowCount(), inRange);
    for (const RunRecord &r : view->runModel()->records()) {
        QVERIFY(r.logicalDate >= QDateTime(from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(r.logicalDate < QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }

}

void TestPipelineView::historyExportsExactlyTheRowsShown()
{
    QVERIFY2(m_history, "the history steps run in order: the first one creates the workspace");
    PipelineView *view = m_historyView;
    // Failed runs only, exported: the CSV holds exactly the rows shown, in their order.
    view->setStatusFilter(2);
    const int failedShown = view->runProxy()->rowCount();
    QVERIFY(failedShown > 0);
    const QString path = m_historyDir.filePath(u"runs.csv"_s);
    Dialogs::setFileAsker([path](QWidget *, const QString &, const QString &suggested, const QString &) {
        return suggested.endsWith(u".csv"_s) ? std::optional<QString>(path) : std::nullopt;
    });
    view->askExportCsv();
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), failedShown + 1);
    QCOMPARE(lines[0],
             u"id,status,type,logical_date,started_on,ended_on,duration_seconds,range_start,range_end,"
             "successful_records,failed_records,errors"_s);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(u',');
        QCOMPARE(fields.size(), 12);
        QCOMPARE(fields[0].toLongLong(),
                 view->runProxy()->index(i - 1, 0).data(RunTableModel::RunIdRole).toLongLong());
        QCOMPARE(fields[1], u"failed"_s);
        QCOMPARE(fields[2], u"scheduled"_s);
        QCOMPARE(fields[6], u"55.000"_s); // started 3605 s, ended 3660 s after the logical date
        QCOMPARE(fields[11], u"Warehouse timeout"_s);
    }

}

void TestPipelineView::chartsDrawTheSameRuns()
{
    QVERIFY2(m_history, "the history steps run in order: the first one creates the workspace");
    PipelineView *view = m_historyView;
    const int inRange = m_historyInRange;
    const int failedShown = view->runProxy()->rowCount();
    // The charts draw the same runs: one point per run when they fit...
    RunCharts *charts = view->charts();
    charts->setMaxBuckets(100000);
    charts->redraw();
    auto statusSeries = [charts](const QString &name) {
        for (QAbstractSeries *s : charts->statusChart()->series())
            if (s->name() == name)
                return static_cast<QScatterSeries *>(s);
        return static_cast<QScatterSeries *>(nullptr);
    };
    int failed = 0;
    for (const RunRecord &r : view->runModel()->records())
        failed += r.status == RunStatus::Failed;
    QCOMPARE(failed, failedShown); // the status filter is the table's, not the charts'
    QCOMPARE(int(charts->buckets().size()), inRange);
    QCOMPARE(statusSeries(u"Failed"_s)->count(), failed);
    QCOMPARE(statusSeries(u"Success"_s)->count(), inRange - failed);
    qint64 successful = 0;
    for (const RunRecord &r : view->runModel()->records())
        successful += r.successfulRecords;
    qint64 charted = 0;
    for (const RunBucket &b : charts->buckets())
        charted += b.successfulRecords;
    QCOMPARE(charted, successful);
    // ...and intervals when they do not, still adding up to every run.
    charts->setMaxBuckets(20);
    charts->redraw();
    QVERIFY(charts->buckets().size() <= 20);
    int runs = 0;
    for (const RunBucket &b : charts->buckets())
        runs += b.runs;
    QCOMPARE(runs, inRange);
    const RunBucket &first = charts->buckets().front();
    const QString tip = charts->describe(first);
    QVERIFY2(tip.contains(RunTableModel::timeText(first.from)) &&
                 tip.contains(QLocale().toString(first.runs)),
             qPrintable(tip));
}

void TestPipelineView::chartsZoomSelectAndExport()
{
    QVERIFY2(m_history, "the history steps run in order: the first one creates the workspace");
    PipelineView *view = m_historyView;
    RunCharts *charts = view->charts();
    const QDate from = m_historyFrom;
    QTemporaryDir &dir = m_historyDir;
    int runs = 0;
    // Zoomed to a day: only that day's runs, drawn one by one again.
    const qint64 dayStart = QDateTime(from.addDays(2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    charts->zoomTo(dayStart, dayStart + 24 * 3600 * 1000 - 1);
    QVERIFY(charts->isZoomed());
    for (const RunBucket &b : charts->buckets())
        runs += b.runs;
    QCOMPARE(runs, 48); // two runs an hour in the generated history
    // A click on a chart selects, it does not zoom; a drag across it zooms.
    charts->resetZoom();
    view->tabs()->setCurrentWidget(charts);
    // One time axis for all three: their plot areas start at the same x (to the pixel).
    const auto spread = [charts] {
        const QList<qreal> lefts{charts->recordsChart()->plotArea().left(),
                                 charts->durationChart()->plotArea().left(),
                                 charts->statusChart()->plotArea().left()};
        return *std::max_element(lefts.begin(), lefts.end()) - *std::min_element(lefts.begin(), lefts.end());
    };
    QTRY_VERIFY2(spread() <= 1.5, qPrintable(QString::number(spread())));
    auto *recordsView = charts->findChildren<QChartView *>().front();
    const QPoint middle = recordsView->viewport()->rect().center();
    QTest::mouseClick(recordsView->viewport(), Qt::LeftButton, {}, middle);
    QCoreApplication::processEvents();
    QVERIFY(!charts->isZoomed());
    QTest::mousePress(recordsView->viewport(), Qt::LeftButton, {}, middle - QPoint(100, 0));
    QTest::mouseMove(recordsView->viewport(), middle + QPoint(100, 0));
    QTest::mouseRelease(recordsView->viewport(), Qt::LeftButton, {}, middle + QPoint(100, 0));
    QTRY_VERIFY(charts->isZoomed());
    // The PNG export writes an image.
    const QString png = dir.filePath(u"charts.png"_s);
    QString error;
    QVERIFY2(charts->exportPng(png, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.height() > 3 * 100);    m_history.reset();
}

QTEST_MAIN(TestPipelineView)
#include "tst_pipelineview.moc"

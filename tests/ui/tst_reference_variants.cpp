// The client and the console against the sandbox in --reference-variants mode: answers in the shapes the
// published docs show (run ids and counters as strings, on-demand, full_sync, source_account_id, unknown
// members everywhere, latest_successful_pipeline_run_id 0, no field-transformations endpoint). The
// workspace loads, "Connected" is earned, nothing is marked odd, no client-side rule blocks what the server
// returned, and a save round trip keeps what the client does not know.
#include "client/RunPoller.h"
#include "models/domain/Validator.h"
#include "models/items/ResourceTreeModel.h"
#include "models/items/RunTableModel.h"
#include "tests/support/AwaitCall.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/editors/PipelineEditor.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/pipeline/WorkspaceOverview.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTreeView>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

sandbox::SandboxConfig variants()
{
    sandbox::SandboxConfig config = SandboxFixture::defaults();
    config.demo = true;
    config.referenceVariants = true;
    return config;
}

} // namespace

class TestReferenceVariants : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theServerReallyAnswersInVariants();
    void theWorkspaceLoadsWithoutFieldTransformations();
    void nothingPublishedIsMarkedOddOrBlocked();
    void runsAndReportsReadTheirVariants();
    void aSaveKeepsWhatTheClientDoesNotKnow();

private:
    std::unique_ptr<ConsoleFixture> m_console;
};

void TestReferenceVariants::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_console = std::make_unique<ConsoleFixture>(variants(), QDateTime::currentDateTimeUtc());
    QVERIFY2(m_console->sandbox.server, qPrintable(m_console->sandbox.startError));
    Dialogs::setChangeConfirmer([](QWidget *, const QString &, const std::vector<JsonChange> &) { return true; });
    Dialogs::setAsker([](QWidget *, const QString &, const QString &, QMessageBox::StandardButtons,
                         QMessageBox::StandardButton) { return QMessageBox::Yes; });
    Dialogs::setTextAsker(
        [](QWidget *, const QString &, const QString &, bool, bool) { return std::optional<QString>(u"key-1"_s); });
}

void TestReferenceVariants::cleanupTestCase()
{
    Dialogs::setChangeConfirmer({});
    Dialogs::setAsker({});
    Dialogs::setTextAsker({});
    m_console.reset();
}

void TestReferenceVariants::theServerReallyAnswersInVariants()
{
    // The mode is what the test is about: check the wire, not only what the client made of it.
    HttpProbe &http = m_console->sandbox.http;
    const QJsonObject pipeline = http.get(SandboxFixture::api(u"/inputs/data-pipelines/tickets-on-demand"_s)).object();
    QCOMPARE(pipeline[u"schedule"_s].toObject()[u"type"_s].toString(), u"on-demand"_s);
    QVERIFY(pipeline.contains(u"x_reference_variant"_s));
    const QJsonObject once = http.get(SandboxFixture::api(u"/inputs/data-pipelines/bq-users-once"_s)).object();
    QCOMPARE(once[u"sync_mode"_s].toObject()[u"type"_s].toString(), u"full_sync"_s);
    const QJsonObject snowflake = http.get(SandboxFixture::api(u"/connections/demo-snowflake"_s)).object();
    QVERIFY(snowflake[u"config"_s].toObject().contains(u"source_account_id"_s));
    const QJsonObject page = http.get(SandboxFixture::api(u"/inputs/data-pipelines/users-hourly/runs"_s)).object();
    QVERIFY(!page[u"items"_s].toArray().isEmpty());
    QVERIFY(page[u"items"_s].toArray().first().toObject()[u"id"_s].isString());
    QVERIFY(page[u"total_items"_s].isString());
    const QJsonObject report = http.get(SandboxFixture::api(u"/inputs/data-pipelines/users-draft/report"_s)).object();
    QCOMPARE(report[u"latest_successful_pipeline_run_id"_s].toInt(-1), 0);
    QCOMPARE(http.get(SandboxFixture::api(u"/field-transformations"_s)).status, 404);
}

void TestReferenceVariants::theWorkspaceLoadsWithoutFieldTransformations()
{
    m_console->window->setProfiles({u"Variants"_s}, u"Variants"_s);
    QSignalSpy refreshed(&m_console->sync, &WorkspaceSync::refreshed);
    QSignalSpy failed(&m_console->sync, &WorkspaceSync::listFailed);
    m_console->sync.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.first().at(0).toBool(), true); // what the console shows as "Connected"
    QCOMPARE(failed.count(), 0);
    QVERIFY(m_console->store.count(ResourceKind::Pipeline) >= 7);
    QCOMPARE(m_console->store.listStatus(ResourceKind::FieldTransformation).state, ListStatus::State::Unavailable);
    // The saved tabs are restored (a first start opens the overview), as after any successful refresh.
    QTRY_VERIFY(qobject_cast<WorkspaceOverview *>(m_console->window->editorTabs()->widget(0)));
    // The tree says why the category is empty, and keeps the others.
    auto *tree = m_console->window->findChild<QTreeView *>(u"ResourceTree"_s);
    QVERIFY(tree);
    QAbstractItemModelTester tester(tree->model());
    bool found = false;
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QString text = tree->model()->index(row, 0).data().toString();
        if (text.startsWith(u"Field transformations"_s)) {
            found = true;
            QCOMPARE(text, u"Field transformations (unavailable)"_s);
            QVERIFY(tree->model()->index(row, 0).data(Qt::ToolTipRole).toString().contains(u"Not available"_s));
        }
    }
    QVERIFY(found);
}

void TestReferenceVariants::nothingPublishedIsMarkedOddOrBlocked()
{
    const WorkspaceStore &store = m_console->store;
    auto blockers = [](const ValidationIssues &issues) {
        QStringList out;
        for (const ValidationIssue &i : issues)
            if (i.isError() && i.code != ValidationIssue::Code::SecretReentry) // masked on a GET, by design
                out << i.field + u": "_s + i.message;
        return out.join(u'\n');
    };
    for (const QString &id : store.ids(ResourceKind::Connection)) {
        const Connection *c = store.connection(id);
        QVERIFY2(c->rawFields.empty(), qPrintable(id));
        QVERIFY(!c->unknown.isEmpty()); // the member no client knows is kept
        const QString issues = blockers(Validator::validate(*c, Validator::Mode::Replace));
        QVERIFY2(issues.isEmpty(), qPrintable(id + u": "_s + issues));
    }
    QCOMPARE(store.connection(u"demo-snowflake"_s)->snowflake.accountIdentifier.isEmpty(), false);
    for (const QString &id : store.ids(ResourceKind::DataModel)) {
        QVERIFY2(store.dataModel(id)->rawFields.empty(), qPrintable(id));
        const QString issues = blockers(Validator::validate(*store.dataModel(id)));
        QVERIFY2(issues.isEmpty(), qPrintable(id + u": "_s + issues));
    }
    for (const QString &id : store.ids(ResourceKind::Pipeline)) {
        const Pipeline *p = store.pipeline(id);
        QVERIFY2(p->rawFields.empty(), qPrintable(id));
        // Events pipelines name a transformation the console cannot list here: that is not a blocker.
        const QString issues = blockers(Validator::validate(*p));
        QVERIFY2(issues.isEmpty(), qPrintable(id + u": "_s + issues));
    }
    QCOMPARE(store.pipeline(u"tickets-on-demand"_s)->schedule.type, ScheduleType::OnDemand);
    QCOMPARE(store.pipeline(u"bq-users-once"_s)->syncMode.type, SyncModeType::Full);
}

void TestReferenceVariants::runsAndReportsReadTheirVariants()
{
    ApiClient &client = m_console->client;
    const auto none = await(client.report(u"users-draft"_s));
    QVERIFY(none);
    QVERIFY(!none->latestSuccessfulRunId); // 0 is the published "none"
    const auto report = await(client.report(u"users-hourly"_s));
    QVERIFY(report && report->latestRun);
    QVERIFY(!report->latestRun->id.isEmpty());
    RunQuery query;
    query.pageSize = 20;
    const auto page = await(client.runs(u"users-hourly"_s, query));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QVERIFY(!page->items.empty());
    QVERIFY(page->problems.empty());
    QVERIFY(page->totalItems >= qint64(page->items.size()));
    const auto one = await(client.run(u"users-hourly"_s, page->items.front().id));
    QVERIFY(one);
    QCOMPARE(one->id, page->items.front().id);
    const auto triggered = await(client.trigger(u"tickets-on-demand"_s));
    QVERIFY2(triggered, qPrintable(triggered ? QString() : triggered.error().toString()));
    QVERIFY(!triggered->pipelineRunId.isEmpty());

    // The pipeline view shows the runs, their string ids included.
    PipelineView *view = m_console->window->openPipelineView(u"users-hourly"_s);
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->runModel()->rowCount() > 0, 10000);
    const QString shown = view->runModel()->index(0, RunTableModel::IdColumn).data().toString();
    QVERIFY(!shown.isEmpty());
}

void TestReferenceVariants::aSaveKeepsWhatTheClientDoesNotKnow()
{
    // The events pipeline names a transformation this service cannot list: it is kept, and the save goes.
    auto *editor = qobject_cast<PipelineEditor *>(m_console->window->openEditor(ResourceKind::Pipeline, u"orders-daily"_s));
    QVERIFY(editor);
    QCOMPARE(editor->value().fieldTransformationId, std::optional<QString>(u"orders-to-purchases"_s));
    auto *name = editor->findChild<QLineEdit *>(u"NameField"_s);
    QVERIFY(name);
    name->setText(u"Orders daily (renamed)"_s);
    emit name->textEdited(name->text());
    QSignalSpy saved(editor, &ResourceEditor::saved);
    QVERIFY(editor->save());
    QVERIFY(saved.wait(10000));
    const QJsonObject held =
        m_console->sandbox.http.get(SandboxFixture::api(u"/inputs/data-pipelines/orders-daily"_s)).object();
    QCOMPARE(held[u"name"_s].toString(), u"Orders daily (renamed)"_s);
    QCOMPARE(held[u"field_transformation_id"_s].toString(), u"orders-to-purchases"_s);
    QCOMPARE(held[u"schedule"_s].toObject()[u"delay"_s].toString(), u"15m"_s); // kept as the server had it
}

QTEST_MAIN(TestReferenceVariants)
#include "tst_reference_variants.moc"

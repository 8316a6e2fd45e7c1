// The pipeline editor through its widgets, against a sandbox: the pickers, fields shown only where they
// apply, the delay as number + unit, the schedule preview, create, pause/resume and delete.
#include "client/ApiClient.h"
#include "client/WorkspaceSync.h"
#include "models/store/WorkspaceStore.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/editors/IteratorColumnPicker.h"
#include "ui/editors/PipelineEditor.h"
#include "ui/main/MainWindow.h"
#include "ui/pipeline/PipelineView.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

class TestPipelineEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsPausesResumesAndDeletes();
    void picksTheIteratorFromTheModelsColumns();
    void offersToSaveAsPausedAtTheActiveLimit();

private:
    template <typename T>
    static T *find(QWidget *editor, const QString &name)
    {
        auto *w = editor->findChild<T *>(name);
        if (!w)
            qWarning("missing %s", qPrintable(name));
        return w;
    }
    static void pick(QComboBox *combo, const QString &data) { combo->setCurrentIndex(combo->findData(data)); }
    static void pickText(QComboBox *combo, const QString &text)
    {
        combo->setCurrentIndex(combo->findText(text));
    }

    std::unique_ptr<ConsoleFixture> m_console;
};

void TestPipelineEditor::initTestCase()
{
    m_console = std::make_unique<ConsoleFixture>();
    m_console->sandbox.http.post(SandboxFixture::api(u"/connections"_s), m_console->sandbox.snowflake());
    m_console->sandbox.http.post(
        SandboxFixture::api(u"/data-models"_s),
        {{u"id"_s, u"users"_s},
         {u"name"_s, u"Users"_s},
         {u"type"_s, u"sql"_s},
         {u"config"_s, QJsonObject{{u"sql_query"_s, u"SELECT email, updated_at FROM my_db.crm.users"_s}}}});
    QVERIFY(m_console->refresh());
    Dialogs::setChangeConfirmer(
        [](QWidget *, const QString &, const std::vector<JsonChange> &) { return true; });
    Dialogs::setAsker([](QWidget *, const QString &, const QString &, QMessageBox::StandardButtons,
                         QMessageBox::StandardButton) { return QMessageBox::Yes; });
}

void TestPipelineEditor::cleanupTestCase()
{
    Dialogs::setChangeConfirmer({});
    Dialogs::setAsker({});
    m_console.reset();
}

void TestPipelineEditor::createsPausesResumesAndDeletes()
{
    auto *editor = qobject_cast<PipelineEditor *>(m_console->window->openEditor(ResourceKind::Pipeline, {}));
    QVERIFY(editor);
    auto *save = find<QPushButton>(editor, u"SaveButton"_s);
    // A new pipeline has nothing chosen for the user: the pickers ask for a choice.
    for (const QString &picker : {u"ConnectionPicker"_s, u"DataModelPicker"_s}) {
        QCOMPARE(find<QComboBox>(editor, picker)->currentData().toString(), QString());
        QVERIFY(find<QComboBox>(editor, picker)->currentText().startsWith(u"Choose a"_s));
    }
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(find<QLineEdit>(editor, u"IdField"_s), u"users-daily"_s);
    QTest::keyClicks(find<QLineEdit>(editor, u"NameField"_s), u"Users daily"_s);
    pick(find<QComboBox>(editor, u"ConnectionPicker"_s), u"sf"_s);
    pick(find<QComboBox>(editor, u"DataModelPicker"_s), u"users"_s);

    // The transformation picker belongs to events pipelines only; the iterator to incremental syncs.
    auto *transformation = find<QComboBox>(editor, u"TransformationPicker"_s);
    QVERIFY(!transformation->isVisibleTo(editor));
    pickText(find<QComboBox>(editor, u"TypeField"_s), u"Events"_s);
    QVERIFY(transformation->isVisibleTo(editor));
    pickText(find<QComboBox>(editor, u"TypeField"_s), u"User attributes"_s);
    auto *iterator = find<QLineEdit>(editor, u"IteratorField"_s);
    QVERIFY(iterator->isVisibleTo(editor));
    QVERIFY(!save->isEnabled()); // the iterator column is missing
    QTest::keyClicks(iterator, u"updated_at"_s);

    // A daily schedule from a start in the future, 15 minutes after each tick.
    auto *start = find<QLineEdit>(editor, u"StartField"_s);
    QVERIFY(start->isVisibleTo(editor));
    const QString tomorrow =
        QDateTime::currentDateTimeUtc().addDays(1).date().startOfDay(Qt::UTC).toString(Qt::ISODate);
    QTest::keyClicks(start, tomorrow);
    find<QSpinBox>(editor, u"DelayCount"_s)->setValue(15);
    pickText(find<QComboBox>(editor, u"DelayUnit"_s), u"minutes"_s);
    QCOMPARE(editor->pipeline().schedule.delay, u"15m"_s);
    QVERIFY2(save->isEnabled(), "the form is complete");

    // The preview lists the next runs: the first one 15 minutes after tomorrow's tick.
    auto *preview = find<QTableWidget>(editor, u"SchedulePreview"_s);
    QVERIFY(preview->rowCount() >= 2);
    const QDateTime firstDue = QDateTime::fromString(tomorrow, Qt::ISODate).addSecs(15 * 60);
    QCOMPARE(preview->item(0, 0)->text(), firstDue.toString(u"yyyy-MM-dd HH:mm"_s));

    // On demand hides the interval fields and says how it runs.
    pickText(find<QComboBox>(editor, u"ScheduleTypeField"_s), u"On demand"_s);
    QVERIFY(!start->isVisibleTo(editor));
    QVERIFY(find<QLabel>(editor, u"PreviewNote"_s)->text().contains(u"triggered"_s));
    pickText(find<QComboBox>(editor, u"ScheduleTypeField"_s), u"Interval"_s);
    QCOMPARE(start->text(), tomorrow); // nothing typed is lost by switching back and forth

    QSignalSpy saved(editor, &PipelineEditor::saved);
    editor->save();
    QVERIFY(saved.wait(10000));
    QJsonObject stored =
        m_console->sandbox.http.get(SandboxFixture::api(u"/inputs/data-pipelines/users-daily"_s)).object();
    QCOMPARE(stored[u"schedule"_s].toObject()[u"delay"_s].toString(), u"15m"_s);
    QCOMPARE(stored[u"sync_mode"_s].toObject()[u"iterator_field"_s].toString(), u"updated_at"_s);
    QCOMPARE(stored[u"state"_s].toString(), u"active"_s);
    // The editor's tab and the pipeline's view tab are told apart by their titles.
    QTabWidget *tabs = m_console->window->editorTabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(editor)), u"Edit: Users daily"_s);
    PipelineView *view = m_console->window->openPipelineView(u"users-daily"_s);
    QVERIFY(view);
    QCOMPARE(tabs->tabText(tabs->indexOf(view)), u"Users daily"_s);
    tabs->setCurrentWidget(editor);

    // Pause and resume in one click each.
    auto *pause = find<QPushButton>(editor, u"PauseButton"_s);
    QVERIFY(pause->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/inputs/data-pipelines/users-daily"_s))
                 .object()[u"state"_s]
                 .toString(),
             u"paused"_s);
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/inputs/data-pipelines/users-daily"_s))
                 .object()[u"state"_s]
                 .toString(),
             u"active"_s);

    // A draft that changed the delay, restored (after a restart), sends that delay: the form shows it and
    // Save sends it, though the user did not touch the field since.
    auto *delayCount = find<QSpinBox>(editor, u"DelayCount"_s);
    delayCount->setValue(30);
    const QByteArray draft = editor->draftJson();
    delayCount->setValue(15);
    QVERIFY(editor->restoreDraft(draft));
    QCOMPARE(delayCount->value(), 30);
    QCOMPARE(editor->pipeline().schedule.delay, u"30m"_s);
    QVERIFY(editor->isDirty());
    editor->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/inputs/data-pipelines/users-daily"_s))
                 .object()[u"schedule"_s]
                 .toObject()[u"delay"_s]
                 .toString(),
             u"30m"_s);

    // Now the connection has a user: deleting it is refused; deleting the pipeline works.
    QVERIFY(!m_console->window->deleteResource(ResourceKind::Connection, u"sf"_s));
    QVERIFY(m_console->window->deleteResource(ResourceKind::Pipeline, u"users-daily"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->store.pipeline(u"users-daily"_s), 10000);
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/inputs/data-pipelines/users-daily"_s)).status,
             404);
}

// The iterator column is picked from the model's result (the warehouse's column probe, with types); a name
// that is not among them warns and never blocks Save.
void TestPipelineEditor::picksTheIteratorFromTheModelsColumns()
{
    auto *editor = qobject_cast<PipelineEditor *>(m_console->window->openEditor(ResourceKind::Pipeline, {}));
    QVERIFY(editor);
    QTest::keyClicks(find<QLineEdit>(editor, u"IdField"_s), u"users-picked"_s);
    QTest::keyClicks(find<QLineEdit>(editor, u"NameField"_s), u"Users picked"_s);
    pick(find<QComboBox>(editor, u"ConnectionPicker"_s), u"sf"_s);
    pick(find<QComboBox>(editor, u"DataModelPicker"_s), u"users"_s);
    auto *iterator = find<QLineEdit>(editor, u"IteratorField"_s);
    auto *picker = iterator->findChild<IteratorColumnPicker *>();
    QVERIFY(picker);
    QCOMPARE(picker->knownColumns(), QStringList({u"email"_s, u"updated_at"_s})); // the checker's, at once
    // Then the probe's, with the warehouse's types.
    QCompleter *completer = iterator->completer();
    QTRY_COMPARE_WITH_TIMEOUT(completer->model()->index(1, 1).data().toString(), u"TEXT"_s, 10000);
    completer->setCompletionPrefix(u"upd"_s);
    QCOMPARE(completer->currentCompletion(), u"updated_at"_s);

    QTest::keyClicks(iterator, u"loaded_at"_s);
    QTest::keyClicks(
        find<QLineEdit>(editor, u"StartField"_s),
        QDateTime::currentDateTimeUtc().addDays(1).date().startOfDay(Qt::UTC).toString(Qt::ISODate));
    auto warned = [editor] {
        for (const QLabel *label : editor->findChildren<QLabel *>())
            if (label->isVisibleTo(editor) && label->text().contains(u"is not a column of the data model"_s))
                return true;
        return false;
    };
    QTRY_VERIFY(warned());
    QVERIFY2(find<QPushButton>(editor, u"SaveButton"_s)->isEnabled(), "a warning never blocks Save");
    iterator->clear();
    QTest::keyClicks(iterator, u"UPDATED_AT"_s); // compared as the service does, ignoring case
    QTRY_VERIFY(!warned());
    m_console->window->closeAllEditors();
}

QTEST_MAIN(TestPipelineEditor)
#include "tst_pipelineeditor.moc"

// The workspace has the published maximum of active pipelines (§14): the refused save offers to keep the
// pipeline paused, and that save goes through with everything typed.
void TestPipelineEditor::offersToSaveAsPausedAtTheActiveLimit()
{
    QStringList filler;
    for (int i = 0; i < 5; ++i) {
        const QString id = u"filler-%1"_s.arg(i);
        const auto r = m_console->sandbox.http.post(SandboxFixture::api(u"/inputs/data-pipelines"_s),
                                                    SandboxFixture::onDemandPipeline(id));
        QCOMPARE(r.status, 200);
        filler << id;
    }
    QVERIFY(m_console->refresh());
    QStringList titles;
    Dialogs::setAsker([&](QWidget *, const QString &title, const QString &, QMessageBox::StandardButtons buttons,
                          QMessageBox::StandardButton) {
        titles << title;
        return buttons.testFlag(QMessageBox::Save) ? QMessageBox::Save : QMessageBox::Yes;
    });
    auto *editor = qobject_cast<PipelineEditor *>(m_console->window->openEditor(ResourceKind::Pipeline, {}));
    QVERIFY(editor);
    QTest::keyClicks(find<QLineEdit>(editor, u"IdField"_s), u"sixth"_s);
    QTest::keyClicks(find<QLineEdit>(editor, u"NameField"_s), u"Sixth"_s);
    pick(find<QComboBox>(editor, u"ConnectionPicker"_s), u"sf"_s);
    pick(find<QComboBox>(editor, u"DataModelPicker"_s), u"users"_s);
    pickText(find<QComboBox>(editor, u"SyncTypeField"_s), u"Full"_s);
    pickText(find<QComboBox>(editor, u"ScheduleTypeField"_s), u"On demand"_s);
    QVERIFY2(find<QPushButton>(editor, u"SaveButton"_s)->isEnabled(), "the form is complete");
    QSignalSpy saved(editor, &PipelineEditor::saved);
    editor->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(titles, QStringList{u"Too many active pipelines"_s});
    const QJsonObject stored =
        m_console->sandbox.http.get(SandboxFixture::api(u"/inputs/data-pipelines/sixth"_s)).object();
    QCOMPARE(stored[u"state"_s].toString(), u"paused"_s);
    QCOMPARE(stored[u"name"_s].toString(), u"Sixth"_s);
    Dialogs::setAsker([](QWidget *, const QString &, const QString &, QMessageBox::StandardButtons,
                         QMessageBox::StandardButton) { return QMessageBox::Yes; });
    for (const QString &id : filler + QStringList{u"sixth"_s})
        m_console->sandbox.http.del(SandboxFixture::api(u"/inputs/data-pipelines/"_s + id));
}

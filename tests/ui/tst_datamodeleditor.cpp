// The data model editor through its widgets, against a sandbox: create, validation states, live SQL
// checks and column mapping, edit, the conflict flow, server errors, and dirty-tab protection.
#include "client/ApiClient.h"
#include "client/SettingsKeys.h"
#include "client/WorkspaceSync.h"
#include "models/items/QueryResultModel.h"
#include "models/store/DraftStore.h"
#include "models/store/WorkspaceStore.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/editors/DataModelEditor.h"
#include "ui/editors/ModelPreviewPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/pipeline/WorkspaceOverview.h"
#include "ui/sql/ResultGrid.h"
#include "ui/sql/SqlEditor.h"
#include "ui/sql/SqlFindBar.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

class TestDataModelEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsADataModel();
    void showsValidationAndSqlProblems();
    void editsAndDetectsConflicts();
    void keepsInputWhenTheServerRefuses();
    void findsAndReplacesInTheSql();
    void completesKeywordsAndResultColumns();
    void deletesADataModel();
    void protectsUnsavedTabs();
    void recoversDraftsAndTabsAfterACrash();
    void readsSessionsAndDraftsOfOlderVersions();
    void previewsRowsAndMarksWarehouseErrors();

private:
    void answer(QMessageBox::StandardButton button)
    {
        m_questions = 0;
        Dialogs::setAsker([this, button](QWidget *, const QString &, const QString &,
                                         QMessageBox::StandardButtons, QMessageBox::StandardButton) {
            ++m_questions;
            return button;
        });
    }

    std::unique_ptr<ConsoleFixture> m_console;
    int m_questions = 0;
    std::vector<JsonChange> m_changes;
    bool m_sendChanges = true;
};

void TestDataModelEditor::initTestCase()
{
    m_console = std::make_unique<ConsoleFixture>();
    QVERIFY(m_console->refresh());
    Dialogs::setChangeConfirmer([this](QWidget *, const QString &, const std::vector<JsonChange> &changes) {
        m_changes = changes;
        return m_sendChanges;
    });
}

void TestDataModelEditor::cleanupTestCase()
{
    Dialogs::setAsker({});
    Dialogs::setChangeConfirmer({});
    m_console.reset();
}

void TestDataModelEditor::createsADataModel()
{
    DataModelEditor *editor = m_console->window->openDataModel({});
    QVERIFY(editor);
    QVERIFY(editor->isNew());
    auto *save = editor->findChild<QPushButton *>(u"SaveButton"_s);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"IdField"_s), u"users"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"NameField"_s), u"Users"_s);
    QVERIFY(!save->isEnabled()); // no SQL yet
    editor->sqlEditor()->setText(
        u"SELECT email, customer_id AS cid, plan, updated_at\nFROM my_db.crm.users"_s);
    QVERIFY(save->isEnabled());
    QVERIFY(m_console->window->editorTabs()
                ->tabText(m_console->window->editorTabs()->currentIndex())
                .endsWith(u'*'));

    // The column panel says how a user pipeline maps each column.
    auto *columns = editor->findChild<QTableWidget *>(u"ColumnMapping"_s);
    QTRY_COMPARE(columns->rowCount(), 4);
    QCOMPARE(columns->item(0, 0)->text(), u"email"_s);
    QCOMPARE(columns->item(0, 1)->text(), u"User identity"_s);
    QCOMPARE(columns->item(1, 0)->text(), u"cid"_s);
    QCOMPARE(columns->item(1, 1)->text(), u"User attribute"_s);

    QSignalSpy saved(editor, &DataModelEditor::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(
        !editor->findChild<QLineEdit *>(u"NameField"_s)->isEnabled()); // nothing typed while saving is lost
    QVERIFY(saved.wait(10000));
    QVERIFY(editor->findChild<QLineEdit *>(u"NameField"_s)->isEnabled());
    QVERIFY(!editor->isDirty());
    QVERIFY(!editor->isNew());
    QVERIFY(editor->findChild<QLineEdit *>(u"IdField"_s)->isReadOnly());
    QCOMPARE(m_console->store.dataModel(u"users"_s)->name, u"Users"_s);
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/data-models/users"_s))
                 .object()[u"name"_s]
                 .toString(),
             u"Users"_s);
    QCOMPARE(m_console->window->editorTabs()->tabText(m_console->window->editorTabs()->currentIndex()),
             u"Users"_s);
}

void TestDataModelEditor::showsValidationAndSqlProblems()
{
    DataModelEditor *editor = m_console->window->openDataModel({});
    auto *save = editor->findChild<QPushButton *>(u"SaveButton"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"IdField"_s), u"bad id"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"NameField"_s), u"Bad"_s);
    editor->sqlEditor()->setText(u"SELECT email FROM t;\nDROP TABLE t"_s);
    QVERIFY(!save->isEnabled());
    const auto labels = editor->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->isVisibleTo(l->window()) && l->text().contains(u"letters, digits"_s);
    }));
    auto *issues = editor->findChild<QListWidget *>(u"SqlIssues"_s);
    QTRY_VERIFY(issues->count() >= 2);
    QVERIFY(issues->item(0)->text().contains(u"Line 2"_s) || issues->item(1)->text().contains(u"Line 2"_s));
    answer(QMessageBox::Discard);
    QVERIFY(m_console->window->closeEditorTab(m_console->window->editorTabs()->indexOf(editor)));
    QCOMPARE(m_questions, 1);
}

void TestDataModelEditor::editsAndDetectsConflicts()
{
    DataModelEditor *editor = m_console->window->openDataModel(u"users"_s);
    QVERIFY(editor);
    QCOMPARE(m_console->window->openDataModel(u"users"_s), editor); // one tab per resource
    auto *name = editor->findChild<QLineEdit *>(u"NameField"_s);
    name->clear();
    QTest::keyClicks(name, u"Users v2"_s);
    QSignalSpy saved(editor, &DataModelEditor::saved);
    // Declining the list of changes sends nothing.
    const int putsBefore = m_console->requestsSent(u"PUT"_s);
    m_sendChanges = false;
    editor->save();
    QCOMPARE(m_console->client.inFlight(), 0); // nothing sent, nor waiting for a token to be sent
    QCOMPARE(m_changes.size(), std::size_t(1));
    QCOMPARE(m_changes[0].path, u"name"_s);
    QCOMPARE(jsonValueText(m_changes[0].before), u"Users"_s);
    QCOMPARE(jsonValueText(m_changes[0].after), u"Users v2"_s);
    // A request answered after the save proves the event loop ran: a PUT would have been sent by then.
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/data-models/users"_s))
                 .object()[u"name"_s]
                 .toString(),
             u"Users"_s);
    QCOMPARE(m_console->requestsSent(u"PUT"_s), putsBefore);
    QVERIFY(saved.isEmpty());
    QVERIFY(editor->isDirty());
    m_sendChanges = true;
    editor->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/data-models/users"_s))
                 .object()[u"name"_s]
                 .toString(),
             u"Users v2"_s);

    // Someone else renames it; the console learns of it with a refresh while the editor has changes.
    m_console->sandbox.clock->advance(60000);
    QJsonObject other = m_console->sandbox.http.get(SandboxFixture::api(u"/data-models/users"_s)).object();
    other[u"name"_s] = u"Renamed elsewhere"_s;
    QCOMPARE(m_console->sandbox.http.put(SandboxFixture::api(u"/data-models/users"_s), other).status, 200);
    QVERIFY(m_console->refresh());
    name->clear();
    QTest::keyClicks(name, u"Mine"_s);
    answer(QMessageBox::Discard); // reload theirs
    editor->save();
    QCOMPARE(m_questions, 1);
    QCOMPARE(name->text(), u"Renamed elsewhere"_s);
    QVERIFY(!editor->isDirty());

    // Overwrite wins over a conflict when the user says so.
    m_console->sandbox.clock->advance(60000);
    other[u"name"_s] = u"Again elsewhere"_s;
    m_console->sandbox.http.put(SandboxFixture::api(u"/data-models/users"_s), other);
    QVERIFY(m_console->refresh());
    name->clear();
    QTest::keyClicks(name, u"Mine wins"_s);
    answer(QMessageBox::Save);
    editor->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/data-models/users"_s))
                 .object()[u"name"_s]
                 .toString(),
             u"Mine wins"_s);
}

void TestDataModelEditor::keepsInputWhenTheServerRefuses()
{
    DataModelEditor *editor = m_console->window->openDataModel({});
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"IdField"_s), u"users"_s); // taken
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"NameField"_s), u"Duplicate"_s);
    editor->sqlEditor()->setText(u"SELECT email FROM my_db.crm.users"_s);
    editor->save();
    auto *banner = editor->findChild<QLabel *>(u"Banner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(editor), 10000);
    QVERIFY(banner->text().contains(u"refused"_s));
    const auto labels = editor->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](QLabel *l) { return l->text().contains(u"already exists"_s); }));
    QCOMPARE(editor->findChild<QLineEdit *>(u"NameField"_s)->text(), u"Duplicate"_s);
    QCOMPARE(editor->sqlEditor()->text(), u"SELECT email FROM my_db.crm.users"_s);
    QVERIFY(editor->isDirty());
}

void TestDataModelEditor::completesKeywordsAndResultColumns()
{
    for (int round = 0; round < 3; ++round) { // closing at once must neither hang nor crash
        DataModelEditor *editor = m_console->window->openDataModel({});
        SqlEditor *sql = editor->sqlEditor();
        sql->setText(u"SELECT email, COUNT(*) AS open_tickets FROM my_db.crm.users"_s);
        // SQL keywords and the reserved identity columns, whatever the case typed.
        QVERIFY(sql->completionsFor(u"sel"_s).contains(u"SELECT"_s));
        QVERIFY(sql->completionsFor(u"customer"_s).contains(u"customer_id"_s));
        // The model's own result columns, once the checker has read them.
        QTRY_VERIFY(sql->completionsFor(u"OPEN_"_s).contains(u"open_tickets"_s));
        QVERIFY(sql->completionsFor(u"zzz"_s).isEmpty());
        const QStringList once = sql->completionsFor(u"e"_s);
        QCOMPARE(once.count(u"email"_s), 1); // a word that is both a column and a result is offered once
        answer(QMessageBox::Discard);
        QTabWidget *tabs = m_console->window->editorTabs();
        QVERIFY(m_console->window->closeEditorTab(tabs->indexOf(editor)));
        QCOMPARE(tabs->indexOf(editor), -1);
    }
}

void TestDataModelEditor::findsAndReplacesInTheSql()
{
    DataModelEditor *editor = m_console->window->openDataModel({});
    SqlEditor *sql = editor->sqlEditor();
    sql->setText(u"SELECT email, plan FROM my_db.crm.users WHERE plan = 'pro'"_s);
    sql->setFocus();
    QApplication::setActiveWindow(m_console->window.get());
    QTRY_VERIFY(sql->hasFocus());
    // Ctrl+F in the SQL finds in the SQL, not in the workspace tree.
    m_console->window->findChild<QAction *>(u"actionFind"_s)->trigger();
    QWidget *bar = editor->findChild<QWidget *>(u"SqlFindBar"_s);
    QVERIFY(bar->isVisible());
    auto *find = bar->findChild<QLineEdit *>(u"FindField"_s);
    QTest::keyClicks(find, u"PLAN"_s);
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(sql->selectedText(), u"plan"_s); // case-insensitive by default
    auto *replace = bar->findChild<QLineEdit *>(u"ReplaceField"_s);
    QTest::keyClicks(replace, u"tier"_s);
    QCOMPARE(editor->findBar()->replaceAll(), 2);
    QCOMPARE(sql->text(), u"SELECT email, tier FROM my_db.crm.users WHERE tier = 'pro'"_s);
    sql->undo(); // one undo step for all of them
    QCOMPARE(sql->text(), u"SELECT email, plan FROM my_db.crm.users WHERE plan = 'pro'"_s);
    find->clear();
    QTest::keyClicks(find, u"nothing like this"_s);
    QVERIFY(!editor->findBar()->findNext());
    QTest::keyClick(find, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());

    answer(QMessageBox::Discard);
    QVERIFY(m_console->window->closeEditorTab(m_console->window->editorTabs()->indexOf(editor)));
}

void TestDataModelEditor::deletesADataModel()
{
    QCOMPARE(m_console->sandbox.http
                 .post(SandboxFixture::api(u"/data-models"_s),
                       {{u"id"_s, u"scratch"_s},
                        {u"name"_s, u"Scratch"_s},
                        {u"type"_s, u"sql"_s},
                        {u"config"_s, QJsonObject{{u"sql_query"_s, u"SELECT email FROM my_db.crm.users"_s}}}})
                 .status,
             200);
    QVERIFY(m_console->refresh());
    answer(QMessageBox::Cancel);
    QVERIFY(!m_console->window->deleteResource(ResourceKind::DataModel, u"scratch"_s)); // asked, kept
    QCOMPARE(m_questions, 1);
    answer(QMessageBox::Yes);
    QVERIFY(m_console->window->deleteResource(ResourceKind::DataModel, u"scratch"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->store.dataModel(u"scratch"_s), 10000);
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/data-models/scratch"_s)).status, 404);
}

void TestDataModelEditor::protectsUnsavedTabs()
{
    QTabWidget *tabs = m_console->window->editorTabs();
    const int open = tabs->count();
    QVERIFY(open >= 1);
    answer(QMessageBox::Cancel);
    QVERIFY(!m_console->window->close()); // a dirty editor keeps the window open
    QCOMPARE(tabs->count(), open);
    QVERIFY(m_questions >= 1);
    answer(QMessageBox::Discard);
    QVERIFY(m_console->window->close());
    QVERIFY(!m_console->window->isVisible());
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY(!qobject_cast<DataModelEditor *>(tabs->widget(i))->isDirty()); // clean editors may stay
}

void TestDataModelEditor::recoversDraftsAndTabsAfterACrash()
{
    const QString profile = u"Crash test"_s;
    const DraftStore drafts(DraftStore::directoryFor(profile));
    drafts.clear();
    QSettings().remove(SettingsKeys::kSessions);
    auto window = std::make_unique<MainWindow>(m_console->actions, m_console->sync);
    window->setProfiles({profile}, profile);
    window->show();
    QVERIFY(m_console->refresh());
    // Nothing to restore on a first run: the profile opens on the overview of its pipelines.
    QTRY_COMPARE(window->editorTabs()->count(), 1);
    QVERIFY(qobject_cast<WorkspaceOverview *>(window->editorTabs()->widget(0)));

    QVERIFY(window->openDataModel(u"users"_s));
    DataModelEditor *fresh = window->openDataModel({});
    QTest::keyClicks(fresh->findChild<QLineEdit *>(u"IdField"_s), u"orders-draft"_s);
    QTest::keyClicks(fresh->findChild<QLineEdit *>(u"NameField"_s), u"Orders draft"_s);
    fresh->sqlEditor()->setText(u"SELECT email FROM my_db.crm.orders"_s);
    QTRY_COMPARE_WITH_TIMEOUT(drafts.all().size(), std::size_t(1), 5000); // only the dirty editor
    QVERIFY(drafts.all().front().isNew);
    QVERIFY(drafts.all().front().resource.contains("Orders draft"));

    window.reset(); // a crash: no close event, nothing asked, nothing cleaned up

    window = std::make_unique<MainWindow>(m_console->actions, m_console->sync);
    window->setProfiles({profile}, profile);
    window->show();
    answer(QMessageBox::Yes);
    QVERIFY(m_console->refresh());
    QTRY_COMPARE(window->editorTabs()->count(), 3); // the overview, the clean tab and the draft
    QCOMPARE(m_questions, 1);
    DataModelEditor *restored = nullptr;
    for (int i = 0; i < window->editorTabs()->count(); ++i) {
        auto *editor = qobject_cast<DataModelEditor *>(window->editorTabs()->widget(i));
        if (!editor)
            QVERIFY(qobject_cast<WorkspaceOverview *>(window->editorTabs()->widget(i)));
        else if (editor->isNew())
            restored = editor;
        else
            QCOMPARE(editor->resourceId(), u"users"_s); // the clean tab is back too
    }
    QVERIFY(restored);
    QVERIFY(restored->isDirty());
    QCOMPARE(restored->findChild<QLineEdit *>(u"IdField"_s)->text(), u"orders-draft"_s);
    QCOMPARE(restored->findChild<QLineEdit *>(u"NameField"_s)->text(), u"Orders draft"_s);
    QCOMPARE(restored->sqlEditor()->text(), u"SELECT email FROM my_db.crm.orders"_s);

    // Closing normally, discarding: no draft is left behind.
    answer(QMessageBox::Discard);
    QVERIFY(window->close());
    QVERIFY(drafts.all().empty());
}

void TestDataModelEditor::readsSessionsAndDraftsOfOlderVersions()
{
    // An older version stored the kind as the enum's integer (1: data model) in the session and the draft.
    const QString profile = u"Upgrade test"_s;
    const DraftStore drafts(DraftStore::directoryFor(profile));
    drafts.clear();
    QVERIFY(QDir().mkpath(drafts.directory()));
    QFile old(drafts.directory() + u"/0x55d0c0a1b2c3.draft.json"_s); // its key was an address then
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(R"({"kind":1,"id":"orders-old","new":true,"resource":{"id":"orders-old","name":"From 0.9",)"
              R"("type":"sql","sql_query":"SELECT email FROM my_db.crm.orders"}})");
    old.close();
    QSettings settings;
    settings.remove(SettingsKeys::kSessions);
    settings.beginGroup(SettingsKeys::kSessions);
    settings.beginGroup(QString::fromLatin1(profile.toUtf8().toHex()));
    settings.setValue(SettingsKeys::kSessionTabs, QStringList{u"1:users"_s});
    settings.endGroup();
    settings.endGroup();

    auto window = std::make_unique<MainWindow>(m_console->actions, m_console->sync);
    window->setProfiles({profile}, profile);
    window->show();
    answer(QMessageBox::Yes);
    QVERIFY(m_console->refresh());
    QTRY_COMPARE(window->editorTabs()->count(), 2); // the old session's tab and the old draft
    QCOMPARE(m_questions, 1);
    auto *tab = qobject_cast<DataModelEditor *>(window->editorTabs()->widget(0));
    QVERIFY(tab);
    QCOMPARE(tab->resourceId(), u"users"_s);
    auto *draft = qobject_cast<DataModelEditor *>(window->editorTabs()->widget(1));
    QVERIFY(draft);
    QCOMPARE(draft->findChild<QLineEdit *>(u"NameField"_s)->text(), u"From 0.9"_s);
    // Written again by name: the next version reads what this one writes.
    QTRY_VERIFY(!QFile::exists(old.fileName()));
    QCOMPARE(drafts.all().size(), std::size_t(1));
    QDir dir(drafts.directory());
    QFile now(dir.filePath(dir.entryList({u"*.draft.json"_s}, QDir::Files).value(0)));
    QVERIFY(now.open(QIODevice::ReadOnly));
    QVERIFY2(now.readAll().contains(R"("kind":"data-model")"), "the kind is stored by name");
    window->editorTabs()->setCurrentIndex(0);
    answer(QMessageBox::Discard);
    QVERIFY(window->close());
    QCOMPARE(QSettings()
                 .value(SettingsKeys::kSessions + u'/' + QString::fromLatin1(profile.toUtf8().toHex()) +
                        u'/' + SettingsKeys::kSessionTabs)
                 .toStringList()
                 .value(0),
             u"data-model:users"_s);
}

// Ctrl+Enter runs the SQL on the chosen connection's warehouse (the sandbox's): the grid shows the rows and
// the state line their count; a warehouse error is listed and marked where it names a token; the selected
// part alone can run, and its error is placed in the editor's coordinates.
void TestDataModelEditor::previewsRowsAndMarksWarehouseErrors()
{
    m_console->sandbox.http.post(SandboxFixture::api(u"/connections"_s), m_console->sandbox.snowflake());
    QVERIFY(m_console->refresh());
    m_console->window->show(); // an earlier test closed it
    DataModelEditor *editor = m_console->window->openDataModel({});
    QVERIFY(editor);
    editor->preview()->selectConnection(u"sf"_s);
    // Shortcuts reach the active window only (an earlier test may have left another one active).
    QWidget *window = editor->window();
    QApplication::setActiveWindow(window);
    QTRY_VERIFY(window->isActiveWindow());
    editor->sqlEditor()->setText(u"SELECT email, customer_id\nFROM my_db.crm.users"_s);
    editor->sqlEditor()->setFocus();
    QTest::keyClick(editor->sqlEditor(), Qt::Key_Return, Qt::ControlModifier);
    auto *state = editor->findChild<QLabel *>(u"PreviewState"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(editor->preview()->grid()->hasResult(), qPrintable(state->text()), 10000);
    QCOMPARE(editor->preview()->grid()->model()->result().rowCount(), 100);
    QVERIFY2(state->text().contains(u"more rows exist"_s), qPrintable(state->text()));

    editor->sqlEditor()->setText(u"SELECT email\nFROM my_db.crm.userz"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"PreviewRun"_s), Qt::LeftButton);
    auto *issues = editor->findChild<QListWidget *>(u"SqlIssues"_s);
    auto listed = [issues](const QString &text) {
        for (int i = 0; i < issues->count(); ++i)
            if (issues->item(i)->text().contains(text))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listed(u"Line 2, column 16"_s), 10000);
    QVERIFY(listed(u"userz"_s));
    // Editing the SQL drops the mark: its place is stale.
    editor->sqlEditor()->setText(u"SELECT email\nFROM my_db.crm.users"_s);
    QTRY_VERIFY(!listed(u"userz"_s));
    // Without Run, once typing pauses, the column probe asks the warehouse whether the tables exist: a
    // warning, never a block.
    editor->sqlEditor()->setText(u"SELECT email\nFROM my_db.crm.nosuch"_s);
    QTRY_VERIFY_WITH_TIMEOUT(listed(u"column probe"_s) && listed(u"nosuch"_s), 10000);
    QVERIFY(listed(u"(warning)"_s));

    // Only the selected line runs; its error lands on the editor's line 3.
    editor->sqlEditor()->setText(u"SELECT email FROM my_db.crm.users\n\nSELECT nope FROM my_db.crm.users"_s);
    editor->sqlEditor()->setSelection(2, 0, 2, 32);
    QTest::keyClick(editor->sqlEditor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(listed(u"Line 3, column 8"_s), 10000);
    answer(QMessageBox::Discard);
    QVERIFY(m_console->window->closeEditorTab(m_console->window->editorTabs()->indexOf(editor)));
}

QTEST_MAIN(TestDataModelEditor)
#include "tst_datamodeleditor.moc"

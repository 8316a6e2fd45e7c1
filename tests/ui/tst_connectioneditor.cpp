// The connection editor through its widgets, against a sandbox: create a Snowflake connection, the
// provider pages, and the masked password that is asked for again at Save (and never sent as the mask).
// Then the tree's context menu: duplicate, copy id, and delete with its confirmation naming dependents.
#include "client/ApiClient.h"
#include "client/RequestLog.h"
#include "client/WorkspaceSync.h"
#include "models/items/ResourceTreeModel.h"
#include "models/store/WorkspaceStore.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/editors/ConnectionEditor.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/main/MainWindow.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

class TestConnectionEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsASnowflakeConnection();
    void asksForTheMaskedPasswordAtSave();
    void cancellingThePasswordSendsNothing();
    void switchesProviderPages();
    void duplicatesFromTheTree();
    void deleteNamesDependentsAndRemoves();

private:
    ConnectionEditor *open(const QString &id)
    {
        return qobject_cast<ConnectionEditor *>(m_console->window->openEditor(ResourceKind::Connection, id));
    }
    static QLineEdit *field(QWidget *editor, const QString &name)
    {
        // Provider pages reuse config paths as object names: take the one on the visible page.
        const auto all = editor->findChildren<QLineEdit *>(name);
        for (QLineEdit *e : all)
            if (e->isVisibleTo(editor))
                return e;
        return all.value(0);
    }

    QModelIndex treeRow(ResourceKind kind, const QString &id) const
    {
        const QAbstractItemModel *model = m_console->window->resourceTree()->model();
        const QModelIndexList hits = model->match(model->index(0, 0), ResourceTreeModel::IdRole, id, -1,
                                                  Qt::MatchExactly | Qt::MatchRecursive);
        for (const QModelIndex &hit : hits)
            if (!hit.data(ResourceTreeModel::IsReferenceRole).toBool() &&
                qvariant_cast<ResourceKind>(hit.data(ResourceTreeModel::KindRole)) == kind)
                return hit;
        return {};
    }
    bool trigger(const QModelIndex &row, const QString &action)
    {
        std::unique_ptr<QMenu> menu(m_console->window->treeMenu(row));
        auto *found = menu->findChild<QAction *>(action);
        if (!found || !found->isEnabled())
            return false;
        found->trigger();
        return true;
    }
    void answer(QMessageBox::StandardButton button)
    {
        m_questions.clear();
        Dialogs::setAsker([this, button](QWidget *, const QString &, const QString &text,
                                         QMessageBox::StandardButtons, QMessageBox::StandardButton) {
            m_questions << text;
            return button;
        });
    }

    QStringList m_questions;
    std::vector<JsonChange> m_changes;
    std::unique_ptr<ConsoleFixture> m_console;
    QStringList m_asked;
    std::optional<QString> m_answer;
};

void TestConnectionEditor::initTestCase()
{
    m_console = std::make_unique<ConsoleFixture>();
    m_console->sandbox.snowflake(u"sf"_s); // provisions the warehouse the editor's connection points at
    QVERIFY(m_console->refresh());
    Dialogs::setChangeConfirmer([this](QWidget *, const QString &, const std::vector<JsonChange> &changes) {
        m_changes = changes;
        return true;
    });
    Dialogs::setTextAsker([this](QWidget *, const QString &title, const QString &, bool secret, bool) {
        m_asked << title;
        if (!secret)
            return std::optional<QString>();
        return m_answer;
    });
}

void TestConnectionEditor::cleanupTestCase()
{
    Dialogs::setTextAsker({});
    Dialogs::setChangeConfirmer({});
    Dialogs::setAsker({});
    m_console.reset();
}

void TestConnectionEditor::createsASnowflakeConnection()
{
    ConnectionEditor *editor = open({});
    QVERIFY(editor);
    QVERIFY(editor->isNew());
    auto *save = editor->findChild<QPushButton *>(u"SaveButton"_s);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"IdField"_s), u"sf-ui"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"NameField"_s), u"Snowflake from the console"_s);
    const QList<std::pair<QString, QString>> values = {{u"config.account_identifier"_s, u"acct"_s},
                                                       {u"config.region"_s, u"us-east-1"_s},
                                                       {u"config.warehouse"_s, u"wh"_s},
                                                       {u"config.database"_s, u"my_db"_s},
                                                       {u"config.role"_s, u"role"_s},
                                                       {u"config.user"_s, u"user"_s}};
    for (const auto &[name, value] : values)
        QTest::keyClicks(field(editor, name), value);
    QVERIFY(!save->isEnabled()); // no password or storage integration yet
    QTest::keyClicks(field(editor, u"config.storage_integration"_s), u"mp_us1_1_1_s3"_s);
    auto *password = editor->findChild<QLineEdit *>(u"SnowflakePassword"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, u"secret-pw"_s);
    auto *show = password->parentWidget()->findChild<QToolButton *>(u"ShowSecret"_s);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(save->isEnabled());
    // The draft kept on disk has the form but never the password.
    QVERIFY(editor->draftJson().contains("mp_us1_1_1_s3"));
    QVERIFY(!editor->draftJson().contains("secret-pw"));

    QSignalSpy saved(editor, &ConnectionEditor::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(!editor->isNew());
    QVERIFY(!editor->isDirty());
    QVERIFY(m_asked.isEmpty()); // a typed password is not asked for again
    const QJsonObject stored =
        m_console->sandbox.http.get(SandboxFixture::api(u"/connections/sf-ui"_s)).object();
    QCOMPARE(stored[u"name"_s].toString(), u"Snowflake from the console"_s);
    QCOMPARE(stored[u"service_provider"_s].toString(), u"Snowflake"_s);
    QVERIFY(stored[u"config"_s].toObject()[u"password"_s].toString() !=
            u"secret-pw"_s); // the server masks it
    QVERIFY(m_console->store.connection(u"sf-ui"_s));
    // The server fills in the AWS fields; the editor shows them read-only.
    QVERIFY(!stored[u"config"_s].toObject()[u"aws_external_id"_s].toString().isEmpty());
    QCOMPARE(field(editor, u"config.aws_external_id"_s)->text(),
             stored[u"config"_s].toObject()[u"aws_external_id"_s].toString());
    QVERIFY(field(editor, u"config.aws_external_id"_s)->isReadOnly());
    QCOMPARE(password->text(), QString()); // the mask is not shown as if it were the password
}

void TestConnectionEditor::asksForTheMaskedPasswordAtSave()
{
    ConnectionEditor *editor = open(u"sf-ui"_s);
    QVERIFY(editor);
    auto *name = editor->findChild<QLineEdit *>(u"NameField"_s);
    name->clear();
    QTest::keyClicks(name, u"Renamed"_s);
    auto *save = editor->findChild<QPushButton *>(u"SaveButton"_s);
    QVERIFY(save->isEnabled()); // the unchanged password is a warning, not a blocker
    const auto labels = editor->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [editor](QLabel *l) {
        return l->isVisibleTo(editor) && l->text().contains(u"asked for it when you save"_s);
    }));

    m_asked.clear();
    m_answer = u"secret-pw"_s;
    QSignalSpy saved(editor, &ConnectionEditor::saved);
    editor->save();
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(saved.wait(10000));
    // The list of changes names the rename and the password, whose value the dialog never shows.
    QStringList paths;
    for (const JsonChange &change : m_changes)
        paths << change.path;
    QVERIFY(paths.contains(u"name"_s));
    QVERIFY(paths.contains(u"config.password"_s));
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/connections/sf-ui"_s))
                 .object()[u"name"_s]
                 .toString(),
             u"Renamed"_s);
    // The request log never holds the password that was typed.
    const RequestLog &log = m_console->client.requestLog();
    QVERIFY(log.rowCount() > 0);
    for (int row = 0; row < log.rowCount(); ++row) {
        QVERIFY(!log.entry(row)->requestBody.contains("secret-pw"));
        QVERIFY(!log.entry(row)->responseBody.contains("secret-pw"));
    }
}

void TestConnectionEditor::cancellingThePasswordSendsNothing()
{
    ConnectionEditor *editor = open(u"sf-ui"_s);
    auto *name = editor->findChild<QLineEdit *>(u"NameField"_s);
    name->clear();
    QTest::keyClicks(name, u"Not sent"_s);
    m_asked.clear();
    m_answer.reset(); // the user cancels the question
    const int putsBefore = m_console->requestsSent(u"PUT"_s);
    QSignalSpy saved(editor, &ConnectionEditor::saved);
    editor->save();
    QCOMPARE(m_console->client.inFlight(), 0); // nothing sent, nor waiting for a token to be sent
    QCOMPARE(m_asked.size(), 1);
    // The sandbox's answer below comes after any PUT the save could have sent.
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/connections/sf-ui"_s))
                 .object()[u"name"_s]
                 .toString(),
             u"Renamed"_s);
    QCOMPARE(m_console->requestsSent(u"PUT"_s), putsBefore);
    QVERIFY(saved.isEmpty());
    QVERIFY(editor->isDirty());
    QCOMPARE(name->text(), u"Not sent"_s);
    QVERIFY(name->isEnabled());
    Dialogs::setAsker([](QWidget *, const QString &, const QString &, QMessageBox::StandardButtons,
                         QMessageBox::StandardButton) { return QMessageBox::Discard; });
    QVERIFY(m_console->window->closeEditorTab(m_console->window->editorTabs()->indexOf(editor)));
}

void TestConnectionEditor::switchesProviderPages()
{
    ConnectionEditor *editor = open({});
    auto *provider = editor->findChild<QComboBox *>(u"ProviderField"_s);
    QVERIFY(provider->findText(u"Amazon Redshift"_s) >= 0);
    provider->setCurrentIndex(provider->findText(u"Amazon Redshift"_s));
    QVERIFY(field(editor, u"config.host"_s)->isVisibleTo(editor));
    QVERIFY(!field(editor, u"config.account_identifier"_s)->isVisibleTo(editor));
    provider->setCurrentIndex(provider->findText(u"Google BigQuery"_s));
    QVERIFY(field(editor, u"config.project_id"_s)->isVisibleTo(editor));
    QVERIFY(!field(editor, u"config.host"_s)->isVisibleTo(editor));
}

void TestConnectionEditor::duplicatesFromTheTree()
{
    const QModelIndex row = treeRow(ResourceKind::Connection, u"sf-ui"_s);
    QVERIFY(row.isValid());
    QVERIFY(trigger(row, u"menuCopyId"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), u"sf-ui"_s);

    QVERIFY(trigger(row, u"menuDuplicate"_s));
    auto *editor = qobject_cast<ConnectionEditor *>(m_console->window->editorTabs()->currentWidget());
    QVERIFY(editor);
    QVERIFY(editor->isNew());
    QCOMPARE(editor->findChild<QLineEdit *>(u"IdField"_s)->text(), u"sf-ui-copy"_s);
    QCOMPARE(editor->findChild<QLineEdit *>(u"NameField"_s)->text(), u"Copy of Renamed"_s);
    QCOMPARE(field(editor, u"config.database"_s)->text(), u"my_db"_s);
    // The password is not copied (the console never has it): Save waits for it.
    auto *save = editor->findChild<QPushButton *>(u"SaveButton"_s);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"SnowflakePassword"_s), u"secret-pw"_s);
    QVERIFY(save->isEnabled());
    QSignalSpy saved(editor, &ConnectionEditor::saved);
    editor->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/connections/sf-ui-copy"_s)).status, 200);
    QVERIFY(treeRow(ResourceKind::Connection, u"sf-ui-copy"_s).isValid());
}

void TestConnectionEditor::deleteNamesDependentsAndRemoves()
{
    // A pipeline uses sf-ui: deleting it is refused up front, naming the pipeline.
    m_console->sandbox.http.post(
        SandboxFixture::api(u"/data-models"_s),
        {{u"id"_s, u"users"_s},
         {u"name"_s, u"Users"_s},
         {u"type"_s, u"sql"_s},
         {u"config"_s, QJsonObject{{u"sql_query"_s, u"SELECT email, updated_at FROM my_db.crm.users"_s}}}});
    QCOMPARE(m_console->sandbox.http
                 .post(SandboxFixture::api(u"/inputs/data-pipelines"_s),
                       {{u"id"_s, u"p"_s},
                        {u"name"_s, u"Nightly users"_s},
                        {u"pipeline_type"_s, u"user_attributes"_s},
                        {u"connection_id"_s, u"sf-ui"_s},
                        {u"data_model_id"_s, u"users"_s},
                        {u"state"_s, u"active"_s},
                        {u"environment"_s, u"development"_s},
                        {u"sync_mode"_s, QJsonObject{{u"type"_s, u"full"_s}}},
                        {u"schedule"_s, QJsonObject{{u"type"_s, u"on_demand"_s}}}})
                 .status,
             200);
    QVERIFY(m_console->refresh());
    answer(QMessageBox::Ok);
    QVERIFY(!m_console->window->deleteResource(ResourceKind::Connection, u"sf-ui"_s));
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions[0].contains(u"Nightly users"_s));
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/connections/sf-ui"_s)).status, 200);

    // Cancel sends nothing.
    answer(QMessageBox::Cancel);
    QVERIFY(trigger(treeRow(ResourceKind::Connection, u"sf-ui-copy"_s), u"menuDelete"_s));
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/connections/sf-ui-copy"_s)).status, 200);

    // Yes deletes: the server forgets it, the tree drops it, and its open editor closes.
    ResourceEditor *open = m_console->window->openEditor(ResourceKind::Connection, u"sf-ui-copy"_s);
    QVERIFY(open);
    QPointer<ResourceEditor> watched(open);
    answer(QMessageBox::Yes);
    m_console->window->resourceTree()->setCurrentIndex(treeRow(ResourceKind::Connection, u"sf-ui-copy"_s));
    m_console->window->resourceTree()->setFocus();
    auto *remove = m_console->window->findChild<QAction *>(u"actionDelete"_s);
    QVERIFY(remove);
    remove->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions[0].contains(u"sf-ui-copy"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->store.connection(u"sf-ui-copy"_s), 10000);
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/connections/sf-ui-copy"_s)).status, 404);
    QVERIFY(!treeRow(ResourceKind::Connection, u"sf-ui-copy"_s).isValid());
    QTRY_VERIFY(watched.isNull());

    // Deleting the pipeline warns that its runs go with it.
    answer(QMessageBox::Yes);
    QVERIFY(m_console->window->deleteResource(ResourceKind::Pipeline, u"p"_s));
    QVERIFY(m_questions[0].contains(u"run history"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->store.pipeline(u"p"_s), 10000);
    // Now nothing uses sf-ui.
    answer(QMessageBox::Yes);
    QVERIFY(m_console->window->deleteResource(ResourceKind::Connection, u"sf-ui"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->store.connection(u"sf-ui"_s), 10000);
}

QTEST_MAIN(TestConnectionEditor)
#include "tst_connectioneditor.moc"

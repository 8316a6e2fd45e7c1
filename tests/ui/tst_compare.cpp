// The compare window driven as a user drives it, offscreen, against the demo workspace of a sandbox: a
// folder exported from it and edited, the badges, the field and SQL diff, "Apply to the Right" with its
// plan and progress, secrets asked for, and a folder written on the right.
#include "client/Profile.h"
#include "client/SecretStore.h"
#include "models/domain/bundle/BundleFolder.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/compare/ApplyDialog.h"
#include "ui/compare/CompareWindow.h"
#include "models/items/ResourceTreeModel.h"
#include "ui/compare/SecretsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

QTreeWidgetItem *rowOf(QTreeWidget *tree, const QString &id)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0) == id)
            return *it;
    }
    return nullptr;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCompare : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void badgesAndDiffsOfAnEditedFolder();
    void appliesTheChosenRowsWithPlanAndProgress();
    void asksForTheSecretsAPlanSends();
    void writesAFolderOnTheRight();
    void copiesAPipelineWithWhatItDependsOn();
    void promotesAPipelineToAnotherProfile();

private:
    bool compared(CompareWindow &window);
    ApplyDialog *applyAndWait(CompareWindow &window, bool expectSecrets = false);
    void exportDemo(const QString &dir);
    std::unique_ptr<ConsoleFixture> m_console;
};

void TestCompare::init()
{
    auto config = SandboxFixture::defaults();
    config.demo = true;
    m_console = std::make_unique<ConsoleFixture>(config, QDateTime::currentDateTimeUtc());
    m_console->window->setProfiles({u"Test"_s}, u"Test"_s);
    for (const Profile &p : ProfileStore().profiles()) { // none but what a test saves
        if (!p.embeddedSandbox)
            ProfileStore().remove(p.name);
    }
    QVERIFY(m_console->refresh());
}

void TestCompare::cleanup()
{
    m_console.reset();
}

bool TestCompare::compared(CompareWindow &window)
{
    QSignalSpy done(&window, &CompareWindow::compared);
    window.compare();
    return done.wait(15000);
}

void TestCompare::exportDemo(const QString &dir)
{
    std::optional<Result<Bundle, QString>> ws;
    m_console->actions.snapshot(u"Test"_s, m_console->window.get(), [&](const auto &r) { ws = r; });
    QVERIFY(QTest::qWaitFor([&] { return ws.has_value(); }, 15000));
    QVERIFY(ws->ok());
    QCOMPARE(BundleFolder::write(dir, **ws, true), QString());
}

ApplyDialog *TestCompare::applyAndWait(CompareWindow &window, bool expectSecrets)
{
    QSignalSpy opened(&window, &CompareWindow::applyDialogOpened);
    QTest::mouseClick(window.applyButton(), Qt::LeftButton);
    if (expectSecrets) {
        SecretsDialog *secrets = nullptr;
        if (!QTest::qWaitFor([&] { return (secrets = window.findChild<SecretsDialog *>()) != nullptr; }, 5000))
            return nullptr;
        for (QLineEdit *field : secrets->findChildren<QLineEdit *>())
            field->setText(u"typed-secret"_s);
        secrets->accept();
    }
    if (opened.isEmpty() && !opened.wait(5000)) // opened at once when no secret is asked for
        return nullptr;
    return qobject_cast<ApplyDialog *>(opened.first().first().value<QDialog *>());
}

void TestCompare::badgesAndDiffsOfAnEditedFolder()
{
    QTemporaryDir dir;
    exportDemo(dir.path());
    const QString sql = dir.filePath(u"data-models/loyalty-model.sql"_s);
    writeFile(sql, readFile(sql) + "\nLIMIT 42");
    QVERIFY(QFile::remove(dir.filePath(u"pipelines/users-draft.json"_s)));
    writeFile(dir.filePath(u"data-models/new-model.json"_s), R"({"name": "New model", "state": "active", "type": "sql"})");
    writeFile(dir.filePath(u"data-models/new-model.sql"_s), "SELECT email FROM DEMO_DB.crm.users");

    CompareWindow window(m_console->actions, u"Test"_s);
    window.setFolder(CompareWindow::Side::Left, dir.path());
    window.setProfile(CompareWindow::Side::Right, u"Test"_s);
    window.show();
    QVERIFY(compared(window));
    QTreeWidget *tree = window.tree();
    QVERIFY(rowOf(tree, u"loyalty-model"_s));
    QCOMPARE(rowOf(tree, u"loyalty-model"_s)->text(2), u"≠ differs"_s);
    QCOMPARE(rowOf(tree, u"new-model"_s)->text(2), u"◀ only left"_s);
    QCOMPARE(rowOf(tree, u"users-draft"_s)->text(2), u"▶ only right"_s);
    QCOMPARE(rowOf(tree, u"orders-model"_s)->text(2), u"= same"_s);
    // Checked: what the left would change; an only-right row only when deleting is asked for.
    QCOMPARE(rowOf(tree, u"loyalty-model"_s)->checkState(0), Qt::Checked);
    QCOMPARE(rowOf(tree, u"users-draft"_s)->checkState(0), Qt::Unchecked);
    QVERIFY(!rowOf(tree, u"orders-model"_s)->flags().testFlag(Qt::ItemIsUserCheckable));
    window.findChild<QCheckBox *>(u"PruneOption"_s)->setChecked(true);
    QCOMPARE(rowOf(tree, u"users-draft"_s)->checkState(0), Qt::Checked);
    QVERIFY(window.statusLabel()->text().contains(u"1 only left, 1 only right, 1 differ"_s));

    tree->setCurrentItem(rowOf(tree, u"loyalty-model"_s));
    QVERIFY2(window.diffView()->toPlainText().contains(u"+ LIMIT 42"_s), qPrintable(window.diffView()->toPlainText()));
    tree->setCurrentItem(rowOf(tree, u"demo-snowflake"_s));
    QVERIFY(window.diffView()->toPlainText().contains(u"secret DEMO_SNOWFLAKE_PASSWORD"_s));
    QVERIFY(!window.diffView()->toPlainText().contains(u"************"_s));
}

void TestCompare::appliesTheChosenRowsWithPlanAndProgress()
{
    QTemporaryDir dir;
    exportDemo(dir.path());
    const QString sql = dir.filePath(u"data-models/loyalty-model.sql"_s);
    writeFile(sql, readFile(sql) + "\nLIMIT 42");
    writeFile(dir.filePath(u"data-models/new-model.json"_s), R"({"name": "New model", "state": "active", "type": "sql"})");
    writeFile(dir.filePath(u"data-models/new-model.sql"_s), "SELECT email FROM DEMO_DB.crm.users");

    CompareWindow window(m_console->actions, u"Test"_s);
    window.setFolder(CompareWindow::Side::Left, dir.path());
    window.setProfile(CompareWindow::Side::Right, u"Test"_s);
    window.show();
    QVERIFY(compared(window));
    QSignalSpy changed(&window, &CompareWindow::workspaceChanged);
    QSignalSpy again(&window, &CompareWindow::compared);
    ApplyDialog *dialog = applyAndWait(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->steps()->topLevelItemCount(), 2); // the plan first: nothing sent yet
    QCOMPARE(dialog->steps()->topLevelItem(0)->text(4), u"waiting"_s);
    QVERIFY(dialog->applyButton()->isEnabled());
    QSignalSpy finished(dialog, &ApplyDialog::finishedApplying);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), true);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(dialog->steps()->topLevelItem(i)->text(4), u"done"_s);
    QVERIFY2(dialog->report()->text().startsWith(u"Applied: 2 step"_s), qPrintable(dialog->report()->text()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(again.wait(15000)); // compared again: nothing left
    QCOMPARE(rowOf(window.tree(), u"loyalty-model"_s)->text(2), u"= same"_s);
    QVERIFY(m_console->sandbox.http.get(SandboxFixture::api(u"/data-models/loyalty-model"_s))
                .object()[u"config"_s][u"sql_query"_s]
                .toString()
                .endsWith(u"LIMIT 42"_s));
    dialog->close();
}

void TestCompare::asksForTheSecretsAPlanSends()
{
    QTemporaryDir dir;
    exportDemo(dir.path());
    const QString file = dir.filePath(u"connections/demo-redshift.json"_s);
    QByteArray json = readFile(file);
    json.replace("Redshift support connection", "Redshift support connection (renamed)");
    writeFile(file, json);
    CompareWindow window(m_console->actions, u"Test"_s);
    window.secretStore().useMemoryOnly(true);
    window.setFolder(CompareWindow::Side::Left, dir.path());
    window.setProfile(CompareWindow::Side::Right, u"Test"_s);
    window.show();
    QVERIFY(compared(window));
    QCOMPARE(rowOf(window.tree(), u"demo-redshift"_s)->text(2), u"≠ differs"_s);
    ApplyDialog *dialog = applyAndWait(window, true);
    QVERIFY(dialog);
    QVERIFY(dialog->applyButton()->isEnabled());
    QVERIFY(dialog->steps()->topLevelItem(0)->text(3).contains(u"secret DEMO_REDSHIFT_PASSWORD sent"_s));
    QSignalSpy finished(dialog, &ApplyDialog::finishedApplying);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(15000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->report()->text()));
    // The typed secret went to the server only: not to the request log.
    for (int row = 0; row < m_console->client.requestLog().rowCount(); ++row)
        QVERIFY(!m_console->client.requestLog().entry(row)->requestBody.contains("typed-secret"));
    dialog->close();
}

void TestCompare::writesAFolderOnTheRight()
{
    QTemporaryDir dir;
    exportDemo(dir.path());
    const QString sql = dir.filePath(u"data-models/loyalty-model.sql"_s);
    const QByteArray original = readFile(sql);
    writeFile(sql, "SELECT 1");
    CompareWindow window(m_console->actions, u"Test"_s);
    window.setFolder(CompareWindow::Side::Right, dir.path());
    window.show();
    QVERIFY(compared(window));
    QCOMPARE(window.applyButton()->text(), u"&Write to the Folder…"_s);
    ApplyDialog *dialog = applyAndWait(window);
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &ApplyDialog::finishedApplying);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(5000)); // a folder is written at once
    QCOMPARE(readFile(sql), original);
    dialog->close();
}

void TestCompare::copiesAPipelineWithWhatItDependsOn()
{
    QTreeView *tree = m_console->window->resourceTree();
    QModelIndex pipeline;
    std::function<void(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, parent);
            if (index.data(ResourceTreeModel::IdRole).toString() == u"orders-daily")
                pipeline = index;
            find(index);
        }
    };
    find({});
    QVERIFY(pipeline.isValid());
    tree->setCurrentIndex(pipeline);
    std::unique_ptr<QMenu> menu(m_console->window->treeMenu(pipeline));
    QAction *copy = menu->findChild<QAction *>(u"menuCopyToWorkspace"_s);
    QVERIFY(copy);
    copy->trigger();
    auto *window = m_console->window->findChild<CompareWindow *>();
    QVERIFY(window);
    QTemporaryDir dir;
    window->setFolder(CompareWindow::Side::Right, dir.path());
    QVERIFY(compared(*window));
    QStringList rows;
    for (QTreeWidgetItemIterator it(window->tree()); *it; ++it) {
        if ((*it)->parent())
            rows << (*it)->text(0) + u' ' + (*it)->text(2);
    }
    QCOMPARE(rows, QStringList({u"demo-snowflake ◀ only left"_s, u"orders-model ◀ only left"_s,
                                u"orders-to-purchases ◀ only left"_s, u"orders-daily ◀ only left"_s}));
    ApplyDialog *dialog = applyAndWait(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->steps()->topLevelItemCount(), 4);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(QFile::exists(dir.filePath(u"pipelines/orders-daily.json"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"connections/demo-snowflake.json"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"pipelines/users-hourly.json"_s)));
    // Another profile in the console: the window that compared "this workspace" goes.
    QPointer<CompareWindow> open(window);
    m_console->window->setProfiles({u"Test"_s, u"Other"_s}, u"Other"_s);
    QTRY_VERIFY(open.isNull());
}

void TestCompare::promotesAPipelineToAnotherProfile()
{
    // Production: an empty workspace of its own, a saved profile whose secret the console's store holds.
    SandboxFixture production;
    const QJsonObject snowflake =
        m_console->sandbox.http.get(SandboxFixture::api(u"/connections/demo-snowflake"_s)).object();
    QCOMPARE(production.http.post(u"/_sandbox/warehouses"_s, snowflake).status, 200);
    SecretStore secrets;
    secrets.useMemoryOnly(true);
    secrets.write(u"Production"_s, u"sandbox"_s, this, [](bool, const QString &) {});
    m_console->actions.setSecretStore(&secrets);
    Profile profile;
    profile.name = u"Production"_s;
    profile.apiRoot = QUrl(production.server->baseUrl());
    profile.tokenUrl = QUrl(production.server->baseUrl() + u"/oauth/token"_s);
    profile.workspaceId = u"1"_s;
    profile.clientId = u"sandbox"_s;
    ProfileStore().remove(profile.name); // a run that stopped half-way
    QCOMPARE(ProfileStore().save(profile), QString());

    QSet<QString> keys{u"pipeline/orders-daily"_s};
    m_console->window->copyToWorkspace(keys);
    auto *window = m_console->window->findChild<CompareWindow *>();
    QVERIFY(window);
    window->setProfile(CompareWindow::Side::Right, u"Production"_s);
    QVERIFY(compared(*window));
    QVERIFY2(rowOf(window->tree(), u"orders-daily"_s), qPrintable(window->statusLabel()->text()));
    QCOMPARE(rowOf(window->tree(), u"orders-daily"_s)->text(2), u"◀ only left"_s);
    QVERIFY(!rowOf(window->tree(), u"users-hourly"_s)); // not what the pipeline needs
    ApplyDialog *dialog = applyAndWait(*window, true); // the Snowflake password and the feed key
    QVERIFY(dialog);
    QCOMPARE(dialog->steps()->topLevelItemCount(), 4);
    QSignalSpy finished(dialog, &ApplyDialog::finishedApplying);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(15000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->report()->text()));
    const QJsonObject promoted = production.http.get(SandboxFixture::api(u"/inputs/data-pipelines/orders-daily"_s)).object();
    QCOMPARE(promoted[u"state"_s].toString(), u"paused"_s); // created paused: no run before someone looks
    QCOMPARE(production.http.get(SandboxFixture::api(u"/connections/demo-snowflake"_s)).status, 200);
    window->close();
    ProfileStore().remove(u"Production"_s);
    m_console->actions.setSecretStore(nullptr);
}

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"

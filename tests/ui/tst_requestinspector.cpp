// The request inspector as a user reads it: hidden on a first start, the server's own message for a refused
// call, filters (method, outcome, text, background polling), following the newest request, indented JSON and
// a curl command without secrets.
#include "client/ApiClient.h"
#include "client/RequestLog.h"
#include "client/TokenProvider.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/main/RequestInspector.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

class TestRequestInspector : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void startsHiddenAndShowsFromTheStatusBar();
    void showsTheServersMessageForARefusal();
    void filtersAndHidesPolling();
    void followsTheLatestUntilTheUserLooksBack();
    void copiesAsCurlWithoutSecrets();

private:
    RequestInspector *inspector() { return m_console->window->findChild<RequestInspector *>(); }
    QString responseShown() { return inspector()->findChild<QPlainTextEdit *>(u"ResponseBody"_s)->toPlainText(); }
    void selectLast()
    {
        QTableView *table = inspector()->table();
        table->setCurrentIndex(table->model()->index(table->model()->rowCount() - 1, 0));
    }
    std::unique_ptr<ConsoleFixture> m_console;
};

void TestRequestInspector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WarehouseSyncConsoleTests"_s);
    QSettings().clear();
    m_console = std::make_unique<ConsoleFixture>();
    m_console->sandbox.http.post(SandboxFixture::api(u"/connections"_s), m_console->sandbox.snowflake());
    QVERIFY(m_console->refresh());
}

void TestRequestInspector::startsHiddenAndShowsFromTheStatusBar()
{
    auto *dock = m_console->window->findChild<QDockWidget *>(u"InspectorDock"_s);
    QVERIFY(dock);
    QVERIFY(!dock->isVisible()); // a first start: no saved window state
    auto *toggle = m_console->window->findChild<QToolButton *>(u"InspectorToggle"_s);
    QVERIFY(toggle && toggle->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(dock->isVisible());
    auto *action = m_console->window->findChild<QAction *>(u"actionRequestInspector"_s);
    QVERIFY(action && action->isChecked());
}

void TestRequestInspector::showsTheServersMessageForARefusal()
{
    bool done = false;
    m_console->client.getConnection(u"missing"_s).then(m_console->window.get(), [&](const auto &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    selectLast();
    RequestLog &log = m_console->client.requestLog();
    const RequestLog::Entry *entry = log.entry(log.rowCount() - 1);
    QCOMPARE(entry->status, 404);
    QCOMPARE(entry->error, QString()); // an HTTP answer: no transfer error in front of the server's words
    const QString shown = responseShown();
    QVERIFY2(shown.contains(u"missing"_s) && shown.contains(u"not found"_s, Qt::CaseInsensitive), qPrintable(shown));
    QVERIFY2(!shown.contains(u"server replied"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"\n    "_s), "the JSON is indented"); // {"statusCode": …, "errors": [ … ]}
}

void TestRequestInspector::filtersAndHidesPolling()
{
    RequestFilter *filter = inspector()->filter();
    const int all = m_console->client.requestLog().rowCount();
    {
        const ApiClient::PollingScope polling(m_console->client);
        bool done = false;
        m_console->client.listPipelines().then(m_console->window.get(), [&](const auto &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    QCOMPARE(m_console->client.requestLog().rowCount(), all + 1);
    auto *hide = inspector()->findChild<QCheckBox *>(u"HidePolling"_s);
    QVERIFY(hide->isChecked()); // polling is hidden by default
    QCOMPARE(filter->rowCount(), all);
    hide->setChecked(false);
    QCOMPARE(filter->rowCount(), all + 1);

    auto *outcome = inspector()->findChild<QComboBox *>(u"OutcomeFilter"_s);
    outcome->setCurrentIndex(outcome->findData(int(RequestFilter::Outcome::Failed)));
    QCOMPARE(filter->rowCount(), 1); // the 404 of the refusal
    QVERIFY(filter->index(0, RequestLog::UrlColumn).data().toString().endsWith(u"/connections/missing"_s));
    outcome->setCurrentIndex(0);

    auto *method = inspector()->findChild<QComboBox *>(u"MethodFilter"_s);
    method->setCurrentIndex(method->findData(u"POST"_s));
    for (int row = 0; row < filter->rowCount(); ++row)
        QCOMPARE(filter->index(row, RequestLog::MethodColumn).data().toString(), u"POST"_s);
    QVERIFY(filter->rowCount() >= 1); // the token request
    method->setCurrentIndex(0);

    auto *text = inspector()->findChild<QLineEdit *>(u"TextFilter"_s);
    QTest::keyClicks(text, u"data-pipelines"_s);
    QCOMPARE(filter->rowCount(), 2); // the refresh's list and the polled one
    text->clear();
    hide->setChecked(true);
    QCOMPARE(filter->rowCount(), all);
}

void TestRequestInspector::followsTheLatestUntilTheUserLooksBack()
{
    auto *follow = inspector()->findChild<QCheckBox *>(u"FollowLatest"_s);
    follow->setChecked(true);
    QTableView *table = inspector()->table();
    QVERIFY(m_console->refresh());
    QCOMPARE(table->currentIndex().row(), table->model()->rowCount() - 1);
    // Looking at an older request stops the following: the next requests do not move the selection.
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(!follow->isChecked());
    QVERIFY(m_console->refresh());
    QCOMPARE(table->currentIndex().row(), 0);
    follow->setChecked(true);
    QCOMPARE(table->currentIndex().row(), table->model()->rowCount() - 1);
}

void TestRequestInspector::copiesAsCurlWithoutSecrets()
{
    QTableView *table = inspector()->table();
    // The token request carries the client secret; the curl command must not.
    int tokenRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, RequestLog::UrlColumn).data().toString().endsWith(u"/oauth/token"_s))
            tokenRow = row;
    }
    QVERIFY(tokenRow >= 0);
    table->setCurrentIndex(table->model()->index(tokenRow, 0));
    const QString token = inspector()->selectedAsCurl();
    QVERIFY2(token.startsWith(u"curl -X POST '"_s), qPrintable(token));
    // The client id and the client secret are both "sandbox" here: only the id shows.
    QCOMPARE(token.count(u"\"sandbox\""_s), 1);
    QVERIFY2(token.contains(u"\"client_secret\": \"[redacted]\""_s), qPrintable(token));
    QVERIFY(!token.contains(u"Authorization"_s));

    selectLast();
    QTest::mouseClick(inspector()->findChild<QPushButton *>(u"CopyCurl"_s), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"curl -X GET '"_s + m_console->sandbox.server->baseUrl()), qPrintable(copied));
    QVERIFY2(copied.contains(u"\"Authorization: Bearer $WSC_TOKEN\""_s), qPrintable(copied));
    QString bearer;
    m_console->client.tokens().withToken(this, [&](const auto &result) { bearer = result ? result.value() : u"?"_s; });
    QTRY_VERIFY(!bearer.isEmpty());
    QVERIFY(bearer != u"?"_s);
    QVERIFY(!copied.contains(bearer));
}

QTEST_MAIN(TestRequestInspector)
#include "tst_requestinspector.moc"

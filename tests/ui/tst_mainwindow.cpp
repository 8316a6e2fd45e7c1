// The main window opens with a usable size, offers Quit, and remembers its geometry.
#include "ui/MainWindow.h"

#include <QAction>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensWithUsableSize();
    void offersQuit();
    void remembersGeometry();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WarehouseSyncConsoleTests"_s);
    QSettings().clear();
}

void TestMainWindow::opensWithUsableSize()
{
    wsc::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Warehouse Sync Console"_s);
    // A first run has no saved geometry: the window uses most of the screen and fits on it.
    const QRect available = window.screen()->availableGeometry();
    QVERIFY(available.contains(window.frameGeometry()) || available.contains(window.geometry()));
    QVERIFY(window.width() >= std::min(1200, available.width() - 40));
    QVERIFY(window.height() >= std::min(760, available.height() - 40));
}

void TestMainWindow::offersQuit()
{
    wsc::MainWindow window;
    auto *quit = window.findChild<QAction *>(u"actionQuit"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    quit->trigger();
    QVERIFY(!window.isVisible());
}

void TestMainWindow::remembersGeometry()
{
    QRect saved;
    {
        wsc::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(100, 80, 900, 600);
        saved = window.geometry();
        window.close();
    }
    wsc::MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), saved.size());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// The main window opens with a usable size, offers Quit, and remembers its geometry.
#include "client/ApiClient.h"
#include "client/SettingsKeys.h"
#include "client/WorkspaceActions.h"
#include "client/WorkspaceSync.h"
#include "models/store/WorkspaceStore.h"
#include "ui/style/Appearance.h"
#include "ui/main/MainWindow.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/sql/SqlEditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QIcon>
#include <QImage>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QDockWidget>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <Qsci/qscilexer.h>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    wsc::ApiClient m_client;
    wsc::WorkspaceStore m_store;
    wsc::WorkspaceSync m_sync{m_client, m_store};
    wsc::WorkspaceActions m_actions{m_client, m_store};

private slots:
    void initTestCase();
    void opensWithUsableSize();
    void offersQuit();
    void remembersGeometry();
    void showsAndFiltersTheWorkspace();
    void storesPreferencesAndSwitchesToDark();
    void remembersSplitters();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WarehouseSyncConsoleTests"_s);
    QSettings().clear();
}

void TestMainWindow::opensWithUsableSize()
{
    wsc::MainWindow window(m_actions, m_sync);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Warehouse Sync Console"_s);
    // A first run has no saved geometry: the window uses most of the screen and fits on it.
    const QRect available = window.screen()->availableGeometry();
    QVERIFY(available.contains(window.frameGeometry()) || available.contains(window.geometry()));
    QVERIFY(window.width() >= std::min(1200, available.width() - 40));
    QVERIFY(window.height() >= std::min(760, available.height() - 40));
    // The app icon is compiled in and drawn (the SVG plugin is installed with the console).
    const QImage icon = QIcon(u":/icons/wsconsole.svg"_s).pixmap(32, 32).toImage();
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.pixelColor(16, 3), QColor(0x1f, 0x6f, 0xeb)); // the blue tile, not an empty pixmap
}

void TestMainWindow::offersQuit()
{
    wsc::MainWindow window(m_actions, m_sync);
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
        wsc::MainWindow window(m_actions, m_sync);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(100, 80, 900, 600);
        saved = window.geometry();
        window.close();
    }
    wsc::MainWindow again(m_actions, m_sync);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), saved.size());
}

void TestMainWindow::showsAndFiltersTheWorkspace()
{
    wsc::MainWindow window(m_actions, m_sync);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    wsc::DataModel a;
    a.id = u"orders-model"_s;
    a.name = u"Orders"_s;
    wsc::DataModel b;
    b.id = u"users-model"_s;
    b.name = u"Users"_s;
    m_store.setDataModels({a, b});
    QTreeView *tree = window.resourceTree();
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(1, 0).data().toString(), u"Data models (2)"_s);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.filterBox()->hasFocus());
    QTest::keyClicks(window.filterBox(), u"users"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);
    QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(), u"Users"_s);
    m_store.clear();
}

void TestMainWindow::storesPreferencesAndSwitchesToDark()
{
    using namespace wsc;
    const QPalette original = QApplication::palette();
    QVERIFY(!Appearance::isDark(original));
    SqlEditor editor;
    editor.show();
    QVERIFY(!Appearance::isDark(editor.palette()));

    PreferencesDialog dialog;
    auto *language = dialog.findChild<QComboBox *>(u"LanguageField"_s);
    auto *theme = dialog.findChild<QComboBox *>(u"ThemeField"_s);
    QCOMPARE(language->currentIndex(), 0); // system default until chosen
    language->setCurrentIndex(language->findData(u"de"_s));
    theme->setCurrentIndex(theme->findData(u"dark"_s));
    QVERIFY(dialog.applyChoices()); // the language changed: used from the next start
    QCOMPARE(QSettings().value(SettingsKeys::kLanguage).toString(), u"de"_s);
    QCOMPARE(QSettings().value(SettingsKeys::kTheme).toString(), u"dark"_s);
    QVERIFY(Appearance::isDark(QApplication::palette()));
    // The SQL editor follows: dark paper, light text.
    QTRY_VERIFY(editor.lexer()->paper(0).lightness() < 80);
    QVERIFY(editor.lexer()->color(0).lightness() > 160);

    // Reopened, the dialog shows what was stored; back to the system's choices.
    PreferencesDialog again;
    auto *language2 = again.findChild<QComboBox *>(u"LanguageField"_s);
    auto *theme2 = again.findChild<QComboBox *>(u"ThemeField"_s);
    QCOMPARE(language2->currentData().toString(), u"de"_s);
    QCOMPARE(theme2->currentData().toString(), u"dark"_s);
    language2->setCurrentIndex(0);
    theme2->setCurrentIndex(theme2->findData(u"system"_s));
    QVERIFY(again.applyChoices());
    QVERIFY(!QSettings().contains(SettingsKeys::kLanguage));
    QCOMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
    QTRY_VERIFY(editor.lexer()->paper(0).lightness() > 200);
}

void TestMainWindow::remembersSplitters()
{
    QList<int> dragged;
    {
        wsc::MainWindow window(m_actions, m_sync);
        window.show();
        window.findChild<QDockWidget *>(u"InspectorDock"_s)->show(); // hidden on a first start
        auto *splitter = window.findChild<QSplitter *>(u"InspectorRequestsAndBodies"_s);
        QVERIFY(splitter);
        splitter->setSizes({700, 100});
        dragged = splitter->sizes();
        emit splitter->splitterMoved(700, 1); // what a drag emits
    }
    wsc::MainWindow again(m_actions, m_sync);
    again.show();
    again.findChild<QDockWidget *>(u"InspectorDock"_s)->show();
    QCOMPARE(again.findChild<QSplitter *>(u"InspectorRequestsAndBodies"_s)->sizes(), dragged);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

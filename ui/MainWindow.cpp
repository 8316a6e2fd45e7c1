#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {
const auto kGeometryKey = u"mainWindow/geometry"_s;
const auto kStateKey = u"mainWindow/state"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Warehouse Sync Console"));
    setObjectName(u"MainWindow"_s);

    auto *welcome = new QWidget(this);
    auto *layout = new QVBoxLayout(welcome);
    auto *heading = new QLabel(tr("<h2>Warehouse Sync Console</h2>"), welcome);
    auto *text = new QLabel(tr("Manage the connections, SQL data models, field transformations and pipelines "
                               "that sync your warehouse into mParticle."),
                            welcome);
    text->setWordWrap(true);
    for (QLabel *label : {heading, text})
        label->setAlignment(Qt::AlignCenter);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(2);
    setCentralWidget(welcome);

    m_connectionState = new QLabel(tr("Not connected"), this);
    statusBar()->addPermanentWidget(m_connectionState);

    createMenus();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    // Spelled out: the platform's QKeySequence::Quit is empty on some platforms (offscreen, Windows).
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Warehouse Sync Console"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // No window manager under Xvfb and no saved geometry on a first run: a sensible default.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size(std::min(1200, available.width() - 40), std::min(760, available.height() - 40));
        setGeometry(QRect(available.center() - QPoint(size.width() / 2, size.height() / 2), size));
    }
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Warehouse Sync Console"),
                       tr("<h3>Warehouse Sync Console %1</h3>"
                          "<p>A desktop console for the mParticle Warehouse Sync API v2.</p>"
                          "<p>Released under the MIT license.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace wsc

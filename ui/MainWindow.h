#pragma once

#include <QMainWindow>

class QLabel;

namespace wsc {

// The console's main window: menus, status bar, and (as the console grows) the resource tree, editors
// and the request inspector.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();

    QLabel *m_connectionState = nullptr;
};

} // namespace wsc

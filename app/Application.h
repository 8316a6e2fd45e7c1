#pragma once

#include <QApplication>
#include <QTranslator>

#include <memory>
#include <optional>

namespace wsc {

class MainWindow;

// The composition root: command line, settings, translators, and the main window.
class Application : public QApplication {
    Q_OBJECT

public:
    Application(int &argc, char **argv);
    ~Application() override;

    // Parses the command line and shows the main window; returns the exit code when it should not run.
    std::optional<int> start();

private:
    void installTranslators(const QString &language);

    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    std::unique_ptr<MainWindow> m_mainWindow;
};

} // namespace wsc

#include "app/Application.h"

#include "ui/MainWindow.h"

#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace wsc {

using namespace Qt::StringLiterals;

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setOrganizationName(u"WarehouseSyncConsole"_s);
    setApplicationName(u"wsconsole"_s);
    setApplicationDisplayName(tr("Warehouse Sync Console"));
    setApplicationVersion(QStringLiteral(WSC_VERSION));
}

Application::~Application() = default;

std::optional<int> Application::start()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop console for the mParticle Warehouse Sync API v2."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(u"language"_s, tr("User interface language, e.g. de or en."),
                                            tr("code"));
    parser.addOption(languageOption);
    parser.process(*this);

    const QSettings settings;
    installTranslators(parser.isSet(languageOption) ? parser.value(languageOption)
                                                    : settings.value(u"ui/language"_s).toString());

    m_mainWindow = std::make_unique<MainWindow>();
    m_mainWindow->show();
    return std::nullopt;
}

void Application::installTranslators(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (m_qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installTranslator(&m_qtTranslator);
    if (m_appTranslator.load(locale, u"wsconsole"_s, u"_"_s, u":/i18n"_s))
        installTranslator(&m_appTranslator);
}

} // namespace wsc

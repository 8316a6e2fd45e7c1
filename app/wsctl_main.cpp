#include "app/Wsctl.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WarehouseSyncConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("wsconsole"));
    wsc::Wsctl wsctl;
    QTimer::singleShot(0, &wsctl, [&] { wsctl.run(QCoreApplication::arguments()); });
    return app.exec();
}

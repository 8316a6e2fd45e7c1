#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"wsconsole-sandbox"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local server that behaves like the mParticle Warehouse Sync API v2, for the console and its tests."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(
        u"port"_s, u"TCP port on 127.0.0.1 to listen on; 0 picks a free one."_s, u"port"_s, u"0"_s);
    parser.addOption(portOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "wsconsole-sandbox: --port must be a number from 0 to 65535\n");
        return 2;
    }

    wsc::sandbox::SandboxServer server;
    const quint16 bound = server.listen(quint16(port));
    if (bound == 0) {
        std::fprintf(stderr, "wsconsole-sandbox: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}

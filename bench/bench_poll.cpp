// 1,000 watched pipelines polled by the RunPoller with its default intervals and request budget, the main
// window (tree and overview) following the store, the sandbox on a thread of its own: the largest stall of
// the console's event loop (goal <= 16 ms) and the requests per minute it sends. Prints figures.
#include "bench/BenchSupport.h"
#include "client/ApiClient.h"
#include "client/WorkspaceActions.h"
#include "client/RunPoller.h"
#include "client/WorkspaceSync.h"
#include "models/store/WorkspaceStore.h"
#include "sandbox/Sandbox.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace wsc;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int pipelines = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 60;

    // The sandbox answers from its own thread, as a server would from its own machine.
    QTemporaryDir dir;
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    std::unique_ptr<sandbox::Sandbox> server;
    QString base;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            sandbox::SandboxConfig config;
            config.dataDir = dir.path();
            config.demo = false;
            config.generatePipelines = pipelines;
            config.generateRuns = pipelines * 24;
            server = std::make_unique<sandbox::Sandbox>(config);
            QString error;
            if (server->start(&error))
                base = server->baseUrl();
            else
                std::fprintf(stderr, "bench_poll: %s\n", qPrintable(error));
        },
        Qt::BlockingQueuedConnection);
    if (base.isEmpty())
        return 1;

    ApiClient client;
    client.configure(QUrl(base), QUrl(base + u"/oauth/token"_s), u"1"_s, u"sandbox"_s, u"sandbox"_s);
    WorkspaceStore store;
    WorkspaceSync sync(client, store);
    RunPoller poller(client, store);
    WorkspaceActions actions(client, store);
    actions.setRunPoller(&poller);
    MainWindow window(actions, sync);
    window.resize(1280, 800);
    window.show();
    window.openOverview();
    QSignalSpy refreshed(&sync, &WorkspaceSync::refreshed);
    QElapsedTimer timer;
    timer.start();
    sync.refresh();
    refreshed.wait(120000);
    std::printf("workspace of %d pipelines listed in %lld ms\n", pipelines, timer.elapsed());

    // A timer every 4 ms: how late it fires is how long the event loop was busy with something else.
    qint64 largestStall = 0;
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(4);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (sinceTick.isValid())
            largestStall = std::max(largestStall, sinceTick.nsecsElapsed() / 1000 - 4000);
        sinceTick.restart();
    });
    poller.watchEveryPipeline();
    poller.start();
    probe.start();
    timer.restart();
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    const double minutes = double(timer.elapsed()) / 60000.0;
    std::printf("polled for %d s: largest event-loop stall %.1f ms (goal <= 16 ms)\n", seconds,
                double(largestStall) / 1000.0);
    std::printf("requests sent: %d, %.0f per minute (budget %d per minute)\n", poller.requestsSent(),
                poller.requestsSent() / minutes, RunPoller::Intervals().maxPerMinute);
    wsc::bench::figure("poll_largest_stall", double(largestStall) / 1000.0, "ms");
    wsc::bench::figure("poll_requests_per_minute", poller.requestsSent() / minutes, "req/min");
    int reported = 0;
    for (const QString &id : store.ids(ResourceKind::Pipeline))
        reported += store.report(id) != nullptr;
    std::printf("pipelines with a report after %d s: %d of %d\n", seconds, reported, pipelines);
    // How old the oldest status on screen is (a report, or the pipelines list confirming it).
    qint64 oldest = 0;
    int unknown = 0;
    for (const QString &id : store.ids(ResourceKind::Pipeline)) {
        qint64 age = poller.statusAgeMs(id);
        if (age < 0) { // none yet: as old as the whole run
            ++unknown;
            age = qint64(seconds) * 1000;
        }
        oldest = std::max(oldest, age);
    }
    std::printf("oldest status: %.1f s, %d without one (goal: every status at most 60 s old)\n",
                double(oldest) / 1000.0, unknown);
    wsc::bench::figure("poll_status_age_max", double(oldest) / 1000.0, "s");

    poller.stop();
    QMetaObject::invokeMethod(
        &anchor, [&] { server.reset(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}

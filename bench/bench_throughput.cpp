// Sandbox throughput: several clients at once (each with its own QNetworkAccessManager, so its own
// connection, and one request in flight) on the list and the report endpoints of a workspace
// of 1,000 pipelines, the sandbox answering from a thread of its own. Requests per second and the 99th
// percentile latency of each. Prints figures.
#include "bench/BenchSupport.h"
#include "sandbox/Sandbox.h"
#include "tests/support/HttpProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Result {
    double perSecond = 0;
    double p99Ms = 0;
    double medianMs = 0;
    int failures = 0;
};

// `clients` clients, each with a network manager (and so connections) of its own and one request in
// flight, for `seconds`; `path(i)` names the i-th request. Failed requests are counted, not measured.
Result hammer(const QString &base, const QByteArray &token, int clients, double seconds,
              const std::function<QString(int)> &path)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int i = 0; i < clients; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    std::vector<double> latencies;
    int issued = 0;
    int inFlight = 0;
    int failures = 0;
    QElapsedTimer clock;
    clock.start();
    const qint64 until = qint64(seconds * 1000);
    QEventLoop loop;
    std::function<void(int)> issue = [&](int client) {
        QNetworkRequest request(QUrl(base + path(issued++)));
        request.setRawHeader("Authorization", "Bearer " + token);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QNetworkReply *reply = managers[std::size_t(client)]->get(request);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, started, client] {
            if (reply->error() != QNetworkReply::NoError)
                ++failures;
            else
                latencies.push_back(double(started->nsecsElapsed()) / 1e6);
            reply->readAll();
            reply->deleteLater();
            --inFlight;
            if (clock.elapsed() < until)
                issue(client);
            else if (inFlight == 0)
                loop.quit();
        });
    };
    for (int i = 0; i < clients; ++i)
        issue(i);
    loop.exec();
    const double elapsed = double(clock.elapsed()) / 1000.0;
    std::sort(latencies.begin(), latencies.end());
    Result r;
    if (latencies.empty())
        return r;
    r.perSecond = double(latencies.size()) / elapsed;
    r.p99Ms = latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)];
    r.medianMs = latencies[latencies.size() / 2];
    r.failures = failures;
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int pipelines = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int concurrency = argc > 2 ? std::atoi(argv[2]) : 8;
    const double seconds = argc > 3 ? std::atof(argv[3]) : 10.0;

    QTemporaryDir dir;
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    std::unique_ptr<wsc::sandbox::Sandbox> server;
    QString base;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            wsc::sandbox::SandboxConfig config;
            config.dataDir = dir.path();
            config.demo = false;
            config.generatePipelines = pipelines;
            config.generateRuns = pipelines * 10;
            server = std::make_unique<wsc::sandbox::Sandbox>(config);
            QString error;
            if (server->start(&error))
                base = server->baseUrl();
            else
                std::fprintf(stderr, "bench_throughput: %s\n", qPrintable(error));
        },
        Qt::BlockingQueuedConnection);
    if (base.isEmpty())
        return 1;
    wsc::test::HttpProbe probe;
    probe.setBase(QUrl(base));
    const QByteArray token = probe.fetchToken().toUtf8();
    const QString api = u"/platform/v2/workspaces/1"_s;

    // "-> QString": with QStringBuilder a deduced return type would refer to temporaries gone at the return.
    const Result list = hammer(base, token, concurrency, seconds,
                               [&](int) -> QString { return api + u"/inputs/data-pipelines"_s; });
    const Result report = hammer(base, token, concurrency, seconds, [&](int i) -> QString {
        return api + u"/inputs/data-pipelines/pipeline-"_s +
               QString::number(i * 97 % pipelines).rightJustified(5, u'0') + u"/report"_s;
    });
    std::printf("sandbox throughput, %d pipelines, %d clients, one request in flight each, %.0f s each\n",
                pipelines, concurrency, seconds);
    std::printf("  list pipelines: %8.1f requests/s, median %6.1f ms, p99 %6.1f ms, %d failed\n",
                list.perSecond, list.medianMs, list.p99Ms, list.failures);
    std::printf("  report:         %8.1f requests/s, median %6.1f ms, p99 %6.1f ms, %d failed\n",
                report.perSecond, report.medianMs, report.p99Ms, report.failures);
    wsc::bench::figure("sandbox_list_rps", list.perSecond, "req/s");
    wsc::bench::figure("sandbox_list_p99", list.p99Ms, "ms");
    wsc::bench::figure("sandbox_report_rps", report.perSecond, "req/s");
    wsc::bench::figure("sandbox_report_p99", report.p99Ms, "ms");

    QMetaObject::invokeMethod(
        &anchor, [&] { server.reset(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}

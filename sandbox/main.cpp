#include "sandbox/Sandbox.h"
#include "sandbox/engine/Clock.h"
#include "sandbox/engine/WireTime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace wsc::sandbox;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop, so that the database is closed cleanly.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "wsconsole-sandbox: %s\n", qPrintable(message));
    std::exit(2);
}

double rate(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        usageError(u"--%1 must be a number from 0 to 1"_s.arg(name));
    return value;
}

int whole(const QCommandLineParser &parser, const QString &name, int min, int max)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        usageError(u"--%1 must be a whole number from %2 to %3"_s.arg(name).arg(min).arg(max));
    return value;
}

// The options of the command line, with their defaults; their values are checked in configFrom().
QList<QCommandLineOption> commandLineOptions()
{
    return {
        {u"port"_s, u"TCP port on 127.0.0.1; 0 picks a free one."_s, u"port"_s, u"0"_s},
        {u"data-dir"_s,
         u"Where the database, warehouses and outbox live (default: the user's data directory)."_s, u"dir"_s},
        {u"workspace"_s, u"The workspace id the API serves."_s, u"id"_s, u"1"_s},
        {u"client-id"_s, u"The accepted API client id."_s, u"id"_s, u"sandbox"_s},
        {u"client-secret"_s, u"The accepted API client secret."_s, u"secret"_s, u"sandbox"_s},
        {u"token-lifetime"_s, u"Lifetime of issued tokens in seconds."_s, u"seconds"_s, u"28800"_s},
        {u"time-scale"_s, u"Speed of the emulated clock: 1 = real time, 60 = one hour per minute."_s, u"n"_s,
         u"1"_s},
        {u"manual-clock"_s,
         u"Start a clock that only moves through POST /_sandbox/clock, at this ISO-8601 time."_s, u"time"_s},
        {u"no-demo"_s, u"Do not seed the demo workspace into an empty data directory."_s},
        {u"max-active-pipelines"_s, u"The active-pipeline limit of the workspace."_s, u"n"_s, u"5"_s},
        {u"max-attempts"_s, u"Attempts of a run before it fails."_s, u"n"_s, u"3"_s},
        {u"run-duration"_s, u"Emulated seconds a run spends running."_s, u"seconds"_s, u"3"_s},
        {u"record-limit"_s, u"One record limit for every kind of run (0 = the published limits)."_s, u"n"_s,
         u"0"_s},
        {u"half-open-windows"_s, u"Filter windows as >= start AND < end instead of the published BETWEEN."_s},
        {u"reference-variants"_s,
         u"Answer with the variants the published docs show: run ids and counters as strings, on-demand, "
         u"full_sync, source_account_id, an unknown member in every object, "
         u"latest_successful_pipeline_run_id 0 for none, and no field-transformations endpoint."_s},
        {u"latency"_s, u"Fault: milliseconds added before every API answer."_s, u"ms"_s, u"0"_s},
        {u"error-rate"_s, u"Fault: share of API requests answered with 500, 502 or 503."_s, u"0..1"_s,
         u"0"_s},
        {u"rate-limit-rate"_s, u"Fault: share answered with 429 and Retry-After."_s, u"0..1"_s, u"0"_s},
        {u"retry-after"_s, u"Fault: the Retry-After seconds of injected 429 answers."_s, u"seconds"_s,
         u"1"_s},
        {u"drop-rate"_s, u"Fault: share of connections closed without an answer."_s, u"0..1"_s, u"0"_s},
        {u"truncate-rate"_s, u"Fault: share of answers cut short."_s, u"0..1"_s, u"0"_s},
        {u"fail-connection-saves"_s, u"Fault: answer 505 to every POST/PUT of a connection."_s},
        {u"generate-pipelines"_s,
         u"Fill an empty workspace with this many pipelines instead of the demo (benchmarks)."_s, u"n"_s,
         u"0"_s},
        {u"generate-runs"_s, u"With --generate-pipelines: this many finished runs."_s, u"n"_s, u"0"_s},
    };
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        u"A local server that behaves like the mParticle Warehouse Sync API v2, for the console and its "
        u"tests.\n"
        "It listens on 127.0.0.1 only and prints \"listening on http://127.0.0.1:PORT\" as its first line.\n"
        "API root: http://127.0.0.1:PORT (…/platform/v2/workspaces/ID/…); token URL: "
        "http://127.0.0.1:PORT/oauth/token.\n"
        "Admin endpoints (loopback only): GET/POST /_sandbox/clock, POST /_sandbox/scheduler/run,\n"
        "GET/PUT /_sandbox/faults, PUT /_sandbox/data-plans/ID, POST /_sandbox/warehouses,\n"
        "POST /_sandbox/connections/ID/fault, DELETE /_sandbox/tokens (forget every issued token)."_s);
    parser.addHelpOption();
    parser.addOptions(commandLineOptions());
}

// The configuration the options ask for; a value out of range ends the program with a usage error.
SandboxConfig configFrom(const QCommandLineParser &parser)
{
    SandboxConfig config;
    config.port = quint16(whole(parser, u"port"_s, 0, 65535));
    config.dataDir = parser.value(u"data-dir"_s);
    config.workspaceId = parser.value(u"workspace"_s);
    config.clientId = parser.value(u"client-id"_s);
    config.clientSecret = parser.value(u"client-secret"_s);
    config.tokenLifetimeSeconds = whole(parser, u"token-lifetime"_s, 1, 365 * 86400);
    bool ok = false;
    config.timeScale = parser.value(u"time-scale"_s).toDouble(&ok);
    if (!ok || config.timeScale <= 0 || config.timeScale > 100000)
        usageError(u"--time-scale must be a positive number"_s);
    config.demo = !parser.isSet(u"no-demo"_s);
    config.maxActivePipelines = whole(parser, u"max-active-pipelines"_s, 0, 1000000);
    config.maxAttempts = whole(parser, u"max-attempts"_s, 1, 100);
    config.runDurationSeconds = whole(parser, u"run-duration"_s, 0, 86400);
    config.recordLimitOverride = whole(parser, u"record-limit"_s, 0, std::numeric_limits<int>::max());
    config.halfOpenWindows = parser.isSet(u"half-open-windows"_s);
    config.referenceVariants = parser.isSet(u"reference-variants"_s);
    config.faults.latencyMs = whole(parser, u"latency"_s, 0, 600000);
    config.faults.errorRate = rate(parser, u"error-rate"_s);
    config.faults.rateLimitRate = rate(parser, u"rate-limit-rate"_s);
    config.faults.retryAfterSeconds = whole(parser, u"retry-after"_s, 0, 3600);
    config.faults.dropRate = rate(parser, u"drop-rate"_s);
    config.faults.truncateRate = rate(parser, u"truncate-rate"_s);
    config.faults.failConnectionSaves = parser.isSet(u"fail-connection-saves"_s);
    config.generatePipelines = whole(parser, u"generate-pipelines"_s, 0, 1000000);
    config.generateRuns = whole(parser, u"generate-runs"_s, 0, 100000000);
    if (config.workspaceId.isEmpty())
        usageError(u"--workspace must not be empty"_s);
    return config;
}

// A sandbox on the real clock, or on a manual one from --manual-clock.
std::unique_ptr<Sandbox> createSandbox(const QCommandLineParser &parser, const SandboxConfig &config)
{
    if (!parser.isSet(u"manual-clock"_s))
        return std::make_unique<Sandbox>(config);
    const auto start = WireTime::parse(parser.value(u"manual-clock"_s));
    if (!start)
        usageError(u"--manual-clock must be an ISO-8601 timestamp such as 2024-01-01T00:00:00Z"_s);
    return std::make_unique<Sandbox>(config, std::make_shared<ManualClock>(*start));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"wsconsole-sandbox"_s);

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    const SandboxConfig config = configFrom(parser);
    const std::unique_ptr<Sandbox> sandbox = createSandbox(parser, config);
    QString error;
    if (!sandbox->start(&error)) {
        std::fprintf(stderr, "wsconsole-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    quitOnSignals(app);
    std::printf("listening on %s\n", qPrintable(sandbox->baseUrl()));
    std::fflush(stdout);
    return app.exec();
}

// Sandbox at scale (issue: a workspace of 10,000 pipelines and 100,000 runs stays fast): generation time,
// listing all pipelines and one runs page over loopback HTTP, as medians of repeated requests.
#include "bench/BenchSupport.h"
#include "sandbox/engine/Clock.h"
#include "sandbox/Sandbox.h"
#include "tests/support/HttpProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

using wsc::bench::medianMs;

namespace {

void row(const char *key, const char *figure, double value, const char *unit, const char *goal)
{
    std::printf("%-44s %12.2f %-6s %s\n", figure, value, unit, goal);
    wsc::bench::figure(key, value, unit);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int pipelines = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 100000;
    QTemporaryDir dir;
    wsc::sandbox::SandboxConfig config;
    config.dataDir = dir.path();
    config.demo = false;
    config.schedulerIntervalMs = 250;
    config.generatePipelines = pipelines;
    config.generateRuns = runs;
    config.maxActivePipelines = pipelines;

    QElapsedTimer timer;
    timer.start();
    wsc::sandbox::Sandbox sandbox(config);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "bench_sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const double generation = double(timer.elapsed());

    wsc::test::HttpProbe http{QUrl(sandbox.baseUrl())};
    http.setToken(http.fetchToken());
    const QString base = u"/platform/v2/workspaces/1"_s;
    std::printf("sandbox with %d pipelines and %d runs\n", pipelines, runs);
    std::printf("%-44s %12s %-6s %s\n", "figure", "value", "unit", "goal");
    row("sandbox_generate", "generate workspace (start included)", generation, "ms", "");
    qsizetype listed = 0;
    row("sandbox_list_10k", "list pipelines (median of 5)",
        medianMs(5, [&](int) { listed = http.get(base + u"/inputs/data-pipelines"_s).array().size(); }), "ms",
        "<= 1000 ms");
    if (listed != pipelines)
        std::fprintf(stderr, "warning: listed %lld pipelines\n", qlonglong(listed));
    const int pages = std::max(1, runs / 2 / 50);
    row("sandbox_runs_page", "runs page of 50, largest pipeline (median of 50)",
        medianMs(50,
                 [&](int i) {
                     http.get(base +
                              u"/inputs/data-pipelines/pipeline-00000/runs?pageSize=50&currentPage="_s +
                              QString::number(1 + (i * 7919) % pages));
                 }),
        "ms", "<= 50 ms");
    row("sandbox_runs_page_filtered", "runs page with date filter (median of 50)",
        medianMs(
            50,
            [&](int i) {
                http.get(
                    base +
                    u"/inputs/data-pipelines/pipeline-00000/runs?pageSize=50&startDate=2020-01-01&currentPage="_s +
                    QString::number(1 + (i * 31) % pages));
            }),
        "ms", "<= 50 ms");
    row("sandbox_report", "report (median of 50)",
        medianMs(50,
                 [&](int i) {
                     http.get(base + u"/inputs/data-pipelines/pipeline-"_s +
                              QString::number(i * 97 % pipelines).rightJustified(5, u'0') + u"/report"_s);
                 }),
        "ms", "");
    row("sandbox_scheduler_pass", "scheduler pass over every pipeline (median of 10)",
        medianMs(10, [&](int) { sandbox.runScheduler(); }), "ms", "(runs every 250 ms)");
    return 0;
}

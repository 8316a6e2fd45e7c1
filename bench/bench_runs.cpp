// A pipeline with 100,000 runs: the memory the run history holds per run (goal <= 100 bytes), loading
// every page over HTTP from the sandbox, and the chart redraw (goal <= 16 ms): the downsampling into
// buckets plus a paint of the three charts, the whole history and zoomed to a week. Prints figures.
#include "bench/BenchSupport.h"
#include "client/ApiClient.h"
#include "client/RequestLog.h"
#include "client/RunHistoryLoader.h"
#include "models/items/RunTableModel.h"
#include "models/store/WorkspaceStore.h"
#include "sandbox/Sandbox.h"
#include "ui/pipeline/RunCharts.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>
#include <malloc.h>

using namespace wsc;
using namespace Qt::StringLiterals;
using wsc::bench::medianMs;

namespace {

std::size_t heapInUse()
{
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd; // small blocks and the large ones malloc maps by themselves
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 100000;

    QTemporaryDir dir;
    sandbox::SandboxConfig config;
    config.dataDir = dir.path();
    config.demo = false;
    config.schedulerIntervalMs = 0;
    config.generatePipelines = 1;
    config.generateRuns = runs;
    QElapsedTimer timer;
    timer.start();
    sandbox::Sandbox sandbox(config);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "bench_runs: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("sandbox with %d runs generated in %.1f s\n", runs, double(timer.elapsed()) / 1000.0);

    ApiClient client;
    client.configure(QUrl(sandbox.baseUrl()), QUrl(sandbox.baseUrl() + u"/oauth/token"_s), u"1"_s,
                     u"sandbox"_s, u"sandbox"_s);
    WorkspaceStore store;
    const std::size_t before = heapInUse();
    auto *model = new RunTableModel(store, u"pipeline-00000"_s);
    RunHistoryLoader loader(client);
    loader.setPageSize(1000);
    QObject::connect(&loader, &RunHistoryLoader::pageLoaded, model, &RunTableModel::merge);
    QSignalSpy finished(&loader, &RunHistoryLoader::finished);
    timer.restart();
    loader.load(u"pipeline-00000"_s, {}, {});
    if (!finished.wait(600000)) {
        std::fprintf(stderr, "bench_runs: the history did not load\n");
        return 1;
    }
    const double loadSeconds = double(timer.elapsed()) / 1000.0;
    client.requestLog().clear(); // what the inspector keeps is not the history's
    const std::size_t after = heapInUse();
    const int held = model->rowCount();
    std::printf("history loaded over HTTP (pages of 1,000): %d runs in %.2f s\n", held, loadSeconds);
    std::printf("memory per run held, counted by the model: %.1f bytes (goal <= 100)\n",
                double(model->bytesHeld()) / held);
    std::printf("memory per run held, heap growth: %.1f bytes (goal <= 100)\n",
                double(after > before ? after - before : 0) / held);

    RunCharts charts(*model);
    charts.resize(1200, 900);
    charts.show();
    QCoreApplication::processEvents();
    const auto views = charts.findChildren<QChartView *>();
    auto paint = [&views] {
        for (QChartView *view : views)
            view->viewport()->repaint();
    };
    charts.redraw();
    paint();
    const int buckets = int(charts.buckets().size());
    const double bucketing = medianMs(21, [&](int) { charts.redraw(); });
    const double whole = medianMs(21, [&](int) {
        charts.redraw();
        paint();
    });
    const qint64 last = model->records().back().logicalDate;
    charts.zoomTo(last - 7LL * 24 * 3600 * 1000, last);
    const double week = medianMs(21, [&](int) {
        charts.redraw();
        paint();
    });
    for (QChartView *view : views) {
        const double ms = medianMs(11, [&](int) {
            charts.redraw();
            view->viewport()->repaint();
        });
        std::printf("  redraw + paint of %s: %.2f ms\n", qPrintable(view->chart()->title()), ms);
    }
    std::printf("chart redraw, whole history (%d points): %.2f ms, of which bucketing and series %.2f ms "
                "(goal <= 16 ms)\n",
                buckets, whole, bucketing);
    std::printf("chart redraw, zoomed to a week (%zu points): %.2f ms\n", charts.buckets().size(), week);
    wsc::bench::figure("runs_history_load", loadSeconds * 1000, "ms");
    wsc::bench::figure("runs_bytes_per_run", double(model->bytesHeld()) / held, "bytes");
    wsc::bench::figure("runs_heap_per_run", double(after > before ? after - before : 0) / held, "bytes");
    wsc::bench::figure("chart_redraw", whole, "ms");
    wsc::bench::figure("chart_redraw_week", week, "ms");
    delete model;
    return 0;
}

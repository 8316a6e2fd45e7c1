// Loading a large workspace into the store (10,000 pipelines + 10,000 data models + 1,000 connections):
// the whole load against the raw transfer plus a plain nlohmann parse of the same bytes (goal <= 1.5x),
// and the typed decode against the plain parse (goal <= 1.2x). Medians of repeated runs.
#include "bench/BenchSupport.h"
#include "client/ApiClient.h"
#include "client/WorkspaceSync.h"
#include "models/domain/JsonCodec.h"
#include "sandbox/Sandbox.h"
#include "tests/support/HttpProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

using wsc::bench::medianMs;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int pipelines = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    wsc::sandbox::SandboxConfig config;
    config.dataDir = dir.path();
    config.demo = false;
    config.schedulerIntervalMs = 0;
    config.generatePipelines = pipelines;
    wsc::sandbox::Sandbox sandbox(config);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "bench_client: %s\n", qPrintable(error));
        return 1;
    }
    const QString base = sandbox.baseUrl();
    const QString ws = u"/platform/v2/workspaces/1"_s;
    const QStringList lists = {ws + u"/connections"_s, ws + u"/data-models"_s,
                               ws + u"/field-transformations"_s, ws + u"/inputs/data-pipelines"_s};

    // Raw: the same four transfers, and a plain parse of the bytes.
    wsc::test::HttpProbe http{QUrl(base)};
    http.setToken(http.fetchToken());
    QByteArray pipelineBytes;
    qint64 totalBytes = 0;
    const double raw = medianMs(5, [&](int) {
        totalBytes = 0;
        for (const QString &path : lists) {
            const QByteArray body = http.get(path).body;
            totalBytes += body.size();
            const auto parsed = nlohmann::json::parse(body.begin(), body.end());
            if (path.endsWith(u"data-pipelines"_s))
                pipelineBytes = body;
            (void)parsed.size();
        }
    });

    // Typed: the client and the store, as the console loads a workspace.
    wsc::ApiClient client;
    client.configure(QUrl(base), QUrl(base + u"/oauth/token"_s), u"1"_s, u"sandbox"_s, u"sandbox"_s);
    int loaded = 0;
    const double store = medianMs(5, [&](int) {
        wsc::WorkspaceStore workspace;
        wsc::WorkspaceSync sync(client, workspace);
        QSignalSpy done(&sync, &wsc::WorkspaceSync::refreshed);
        sync.refresh();
        done.wait(60000);
        loaded = workspace.count(wsc::ResourceKind::Pipeline) +
                 workspace.count(wsc::ResourceKind::DataModel) +
                 workspace.count(wsc::ResourceKind::Connection);
    });

    const double parseOnly = medianMs(9, [&](int) {
        const auto parsed = nlohmann::json::parse(pipelineBytes.begin(), pipelineBytes.end());
        (void)parsed.size();
    });
    std::size_t decodedCount = 0;
    const double decode = medianMs(
        9, [&](int) { decodedCount = wsc::JsonCodec::decodePipelines(pipelineBytes)->items.size(); });

    std::printf(
        "workspace: %d pipelines, %d data models, %d connections (%lld bytes of JSON); store held %d\n",
        pipelines, pipelines, std::max(1, pipelines / 10), qlonglong(totalBytes), loaded);
    std::printf("%-52s %10s %s\n", "figure", "value", "goal");
    std::printf("%-52s %8.1f ms\n", "raw transfer + nlohmann parse (4 lists)", raw);
    std::printf("%-52s %8.1f ms\n", "load into the store (client, decode, store)", store);
    std::printf("%-52s %8.2f x   <= 1.5x\n", "  ratio", store / raw);
    std::printf("%-52s %8.1f ms\n", "nlohmann parse of the pipeline list", parseOnly);
    std::printf("%-52s %8.1f ms  (%zu pipelines)\n", "typed decode of the pipeline list", decode,
                decodedCount);
    std::printf("%-52s %8.2f x   <= 1.2x\n", "  ratio", decode / parseOnly);
    using wsc::bench::figure;
    figure("load_raw_parse", raw, "ms");
    figure("load_into_store", store, "ms");
    figure("load_ratio", store / raw, "x");
    figure("decode_plain_parse", parseOnly, "ms");
    figure("decode_typed", decode, "ms");
    figure("decode_ratio", decode / parseOnly, "x");
    return 0;
}

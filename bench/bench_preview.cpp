// The SQL preview end to end, as the data model editor runs it: the embedded sandbox on its own thread (the
// demo workspace), WarehouseAccess checking, wrapping and sending the query over loopback HTTP, the sandbox
// running it on its local warehouse, the rows decoded. Prints the median of repeated previews of 100 rows
// (goal <= 50 ms) and of 10,000 rows, and the catalog listing. Prints figures.
//   bench_preview [repeats]
#include "bench/BenchSupport.h"
#include "client/ApiClient.h"
#include "client/warehouse/WarehouseAccess.h"
#include "models/domain/Connection.h"
#include "sandbox/EmbeddedSandbox.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

// Waits for one job; false (with its message on stderr) when it failed.
bool finished(WarehouseJob *job, QueryResult *result = nullptr)
{
    bool ok = false;
    QEventLoop loop; // not QTest::qWaitFor: its 10 ms naps would be most of what is measured
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QObject::connect(job, &WarehouseJob::finished, job, [&] {
        loop.quit();
        ok = !job->error();
        if (job->error())
            std::fprintf(stderr, "bench_preview: %s\n", qPrintable(job->error()->message));
        else if (result)
            *result = job->result();
    });
    loop.exec();
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;

    QTemporaryDir dir;
    sandbox::SandboxConfig config;
    config.dataDir = dir.path();
    sandbox::EmbeddedSandbox sandbox(config);
    QSignalSpy ready(&sandbox, &sandbox::EmbeddedSandbox::ready);
    sandbox.start();
    if (!ready.wait(60000)) {
        std::fprintf(stderr, "bench_preview: the sandbox did not start\n");
        return 1;
    }
    ApiClient client;
    client.configure(QUrl(sandbox.baseUrl()), QUrl(sandbox.tokenUrl()), config.workspaceId, config.clientId,
                     config.clientSecret);
    WarehouseAccess access(client);
    Connection snowflake;
    snowflake.id = u"demo-snowflake"_s;
    snowflake.serviceProvider = ServiceProvider::Snowflake;
    const QString model = u"SELECT order_id, customer_id, email, amount, currency, status, updated_at\n"
                          "FROM DEMO_DB.sales.orders"_s;
    // The first one finds out that the service is a sandbox.
    if (!finished(access.preview(snowflake, model, 100)))
        return 1;

    QueryResult rows;
    bool ok = true;
    const double preview100 = bench::medianMs(
        repeats, [&](int) { ok = finished(access.preview(snowflake, model, 100), &rows) && ok; });
    if (!ok || rows.rowCount() != 100)
        return 1;
    std::printf("preview of 100 rows x 7 columns: median %.1f ms over %d\n", preview100, repeats);
    bench::figure("preview_100_rows", preview100, "ms");

    const double preview10k = bench::medianMs(std::max(3, repeats / 5), [&](int) {
        ok = finished(access.preview(snowflake, model, 9000), &rows) && ok;
    });
    if (!ok)
        return 1;
    std::printf("preview of %lld rows: median %.1f ms\n", qlonglong(rows.rowCount()), preview10k);
    bench::figure("preview_9000_rows", preview10k, "ms");

    const double catalog =
        bench::medianMs(repeats, [&](int) { ok = finished(access.catalog(snowflake, true)) && ok; });
    if (!ok)
        return 1;
    std::printf("catalog of the connection's warehouse: median %.1f ms\n", catalog);
    bench::figure("preview_catalog", catalog, "ms");
    return 0;
}

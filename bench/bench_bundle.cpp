// Workspace as code at scale, without a server: N pipelines (with N/5 data models and N/50 connections) made
// into a bundle, exported to a folder (the first time, and again unchanged), read back, and planned against
// the same workspace (no change) and against one with a changed model. Prints figures.
//   bench_bundle [pipelines]
#include "bench/BenchSupport.h"
#include "models/domain/bundle/BundleFolder.h"
#include "models/domain/bundle/BundlePlan.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

Bundle workspace(int pipelines)
{
    Bundle b;
    const int models = std::max(1, pipelines / 5);
    const int connections = std::max(1, pipelines / 50);
    for (int i = 0; i < connections; ++i) {
        Connection c;
        c.id = u"conn-"_s + QString::number(i);
        c.name = u"Connection "_s + QString::number(i);
        c.serviceProvider = ServiceProvider::Redshift;
        c.redshift.host = u"cluster.example.com"_s;
        c.redshift.database = u"dev"_s;
        c.redshift.user = u"mparticle"_s;
        c.redshift.password = Secret::masked();
        b.entries.push_back(BundleCodec::entryOf(c));
    }
    for (int i = 0; i < models; ++i) {
        DataModel m;
        m.id = u"model-"_s + QString::number(i);
        m.name = u"Model "_s + QString::number(i);
        m.sqlQuery = u"SELECT id, email, updated_at\nFROM analytics.users_"_s + QString::number(i);
        b.entries.push_back(BundleCodec::entryOf(m));
    }
    for (int i = 0; i < pipelines; ++i) {
        Pipeline p;
        p.id = u"pipeline-"_s + QString::number(i);
        p.name = u"Pipeline "_s + QString::number(i);
        p.pipelineType = PipelineType::UserAttributes;
        p.connectionId = u"conn-"_s + QString::number(i % connections);
        p.dataModelId = u"model-"_s + QString::number(i % models);
        p.state = PipelineState::Paused;
        p.environment = Environment::Development;
        p.syncMode.type = SyncModeType::Incremental;
        p.syncMode.iteratorField = u"updated_at"_s;
        p.syncMode.iteratorDataType = IteratorDataType::Timestamp;
        p.schedule.type = ScheduleType::Interval;
        p.schedule.frequency = Frequency::Daily;
        p.schedule.start = Timestamp::parse(u"2024-01-01T00:00:00Z"_s);
        b.entries.push_back(BundleCodec::entryOf(p));
    }
    b.sort();
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int pipelines = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
    Bundle ws;
    const double build = bench::medianMs(3, [&](int) { ws = workspace(pipelines); });
    std::printf("%zu resources into a bundle (encoded, canonical): %.1f ms\n", ws.entries.size(), build);
    bench::figure("bundle_make", build, "ms");

    QTemporaryDir dir;
    const double first = bench::medianMs(1, [&](int) { (void)BundleFolder::write(dir.path(), ws, true); });
    const double again = bench::medianMs(3, [&](int) { (void)BundleFolder::write(dir.path(), ws, true); });
    std::printf("export to a folder: %.1f ms the first time, %.1f ms unchanged\n", first, again);
    bench::figure("bundle_export_first", first, "ms");
    bench::figure("bundle_export_unchanged", again, "ms");

    Result<Bundle, QStringList> read = QStringList();
    const double reading = bench::medianMs(3, [&](int) { read = BundleFolder::read(dir.path()); });
    if (!read.ok()) {
        std::fprintf(stderr, "bench_bundle: %s\n", qPrintable(read.error().join(u'\n')));
        return 1;
    }
    std::printf("read the folder back: %.1f ms\n", reading);
    bench::figure("bundle_read", reading, "ms");

    Plan plan;
    const double same = bench::medianMs(3, [&](int) { plan = BundlePlanner::plan(*read, ws, {}, {}); });
    if (plan.hasChanges())
        return 1;
    Bundle changed = *read;
    for (BundleEntry &e : changed.entries) {
        if (e.kind == ResourceKind::DataModel) {
            BundleCodec::putAt(e.body, u"config.sql_query"_s, u"SELECT 1"_s);
            break;
        }
    }
    const double one = bench::medianMs(3, [&](int) { plan = BundlePlanner::plan(changed, ws, {}, {}); });
    if (plan.steps.size() != 1)
        return 1;
    std::printf("plan against the workspace: %.1f ms unchanged, %.1f ms with one change\n", same, one);
    bench::figure("bundle_plan_unchanged", same, "ms");
    bench::figure("bundle_plan_one_change", one, "ms");
    return 0;
}

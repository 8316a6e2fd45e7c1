// The scheduler: due ticks become runs, runs advance.
#include "sandbox/engine/Service.h"

#include "sandbox/engine/Clock.h"
#include "sandbox/engine/ScheduleMath.h"
#include "sandbox/engine/Service_p.h"
#include "sandbox/engine/WireTime.h"
#include "sandbox/http/RequestValidation.h"
#include "sandbox/storage/Storage.h"
#include "sandbox/warehouse/Warehouse.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;
using namespace engine;

bool Service::scheduleNext(const QString &pipelineId)
{
    Runtime &r = runtime(pipelineId);
    const QJsonObject pipeline = resources(Kind::Pipeline).value(pipelineId).body;
    if (r.activeRunId != 0 || r.fault || r.exhausted || pipeline.value(u"state"_s).toString() != u"active")
        return false;
    const QJsonObject connection =
        resources(Kind::Connection).value(pipeline.value(u"connection_id"_s).toString()).body;
    if (connection.value(u"state"_s).toString() != u"active")
        return false;
    const QJsonObject schedule = pipeline.value(u"schedule"_s).toObject();
    const auto interval = intervalSchedule(pipeline);
    if (!interval)
        return false;
    const ScheduleMath &math = *interval;
    const auto end = timeOf(schedule.value(u"end"_s));
    const QJsonObject sync = pipeline.value(u"sync_mode"_s).toObject();
    const auto until = timeOf(sync.value(u"until"_s));
    const bool incremental = sync.value(u"type"_s).toString() == u"incremental";
    const QDateTime now = m_clock.now();
    bool changed = false;

    if (r.catchingUp) {
        // Ticks older than the catch-up limit are consumed without running (spec §10.6.5).
        const qint64 horizon =
            std::min(math.firstTickAtOrAfter(math.catchUpHorizon(now)), math.firstDueAfter(now));
        if (r.nextTick < horizon) {
            r.nextTick = horizon;
            changed = true;
        }
    }
    for (int guard = 0; guard < 100000; ++guard) {
        const QDateTime tick = math.tick(r.nextTick);
        if ((end && tick > *end) || (incremental && until && r.watermark && *r.watermark >= *until)) {
            r.exhausted = true;
            changed = true;
            break;
        }
        if (math.due(r.nextTick) > now) {
            r.catchingUp = false;
            break;
        }
        // The window of this tick; an empty one is consumed without a run.
        const auto [lo, hi] = window(pipeline, r, tick);
        const qint64 k = r.nextTick++;
        changed = true;
        if (lo && *lo >= hi) {
            // Jump over ticks that cannot reach past the lower bound.
            r.nextTick = std::max(r.nextTick, math.firstTickAtOrAfter(*lo));
            continue;
        }
        createRun(pipelineId, u"scheduled"_s, math.tick(k - 1), tick);
        break;
    }
    if (changed)
        saveRuntime(pipelineId);
    return changed;
}

int Service::runScheduler()
{
    int transitions = 0;
    // Bounded so that a long catch-up cannot hold the event loop; the next pass continues.
    for (int round = 0; round < 1000; ++round) {
        int moved = 0;
        const bool saved = m_storage.transaction([&] {
            for (auto &[id, r] : m_runtime) {
                if (r->activeRunId != 0) {
                    auto run = m_storage.run(r->activeRunId);
                    if (!run) {
                        r->activeRunId = 0;
                        continue;
                    }
                    if (advanceRun(*run))
                        ++moved;
                } else if (scheduleNext(id)) {
                    ++moved;
                }
            }
        });
        if (!saved) {
            reload(); // what was not committed did not happen; the next pass tries again
            break;
        }
        transitions += moved;
        if (moved == 0)
            break;
    }
    return transitions;
}

} // namespace wsc::sandbox

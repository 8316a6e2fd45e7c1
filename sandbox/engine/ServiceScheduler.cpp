// The scheduler: due ticks become runs, runs advance.
#include "sandbox/engine/Clock.h"
#include "sandbox/engine/Service.h"
#include "sandbox/engine/Service_p.h"
#include "sandbox/storage/Storage.h"

#include <algorithm>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;
using namespace engine;

bool Service::scheduleNext(const QString &pipelineId)
{
    Runtime &r = runtime(pipelineId);
    const StoredPipeline &p = pipeline(pipelineId);
    if (r.activeRunId != 0 || r.fault || r.exhausted || !p.isActive() || !p.interval)
        return false;
    if (resources(Kind::Connection).value(p.connectionId).body.value(u"state"_s).toString() != u"active")
        return false;
    const ScheduleMath &math = *p.interval;
    const auto &end = p.schedule.end;
    const auto &until = p.sync.until;
    const bool incremental = p.sync.type == StoredPipeline::SyncType::Incremental;
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
        const auto [lo, hi] = window(p, r, tick);
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

// The pipeline lifecycle: what a change of a pipeline or of what it uses does to its runs.
#include "sandbox/engine/Clock.h"
#include "sandbox/engine/Service.h"
#include "sandbox/engine/Service_p.h"
#include "sandbox/storage/Storage.h"

#include <QJsonArray>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;
using namespace engine;

// ---------------------------------------------------------------------------------------------------
// Pipeline lifecycle (spec §10.6.5, §10.9-§10.11)

Service::Runtime &Service::runtime(const QString &pipelineId)
{
    auto &slot = m_runtime[pipelineId];
    if (!slot)
        slot = std::make_unique<Runtime>();
    return *slot;
}

void Service::saveRuntime(const QString &pipelineId)
{
    m_storage.putPipelineState(pipelineId, runtime(pipelineId).toJson());
}

void Service::applyPipelineChange(const QString &id, const StoredPipeline *before,
                                  const StoredPipeline &after)
{
    Runtime &r = runtime(id);
    bool faultCleared = false;
    const bool wasActive = before && before->isActive();
    const bool isActive = after.isActive();
    const bool once = after.schedule.type == StoredPipeline::ScheduleType::Once;
    auto resumeAtNextFutureTick = [&] {
        r.catchingUp = false;
        if (after.interval)
            r.nextTick = after.interval->firstDueAfter(m_clock.now());
    };

    if (!before) {
        *m_runtime[id] = Runtime();
    } else if (r.fault) {
        // A PUT of the pipeline clears its fault; it runs again at the next scheduled interval.
        faultCleared = true;
        r.fault = false;
        r.faultCause.clear();
        r.faultErrors = QJsonArray();
        resumeAtNextFutureTick();
    }
    if (before) {
        // Any edit may extend what the schedule can still do (a later `until` or `end`): the scheduler
        // decides again; only a `once` pipeline that succeeded stays done.
        const bool wasExhausted = r.exhausted;
        r.exhausted = once && r.onceDone;
        // A changed grid is re-anchored at the next future tick; a schedule that had run out resumes there.
        if (r.activated && (wasExhausted || before->schedule != after.schedule))
            resumeAtNextFutureTick();
    }
    if (wasActive && !isActive) {
        stopActiveRun(id, u"The pipeline was paused."_s);
    } else if (isActive && !wasActive) {
        if (!r.activated) {
            r.activated = true;
            r.nextTick = 0;
            r.catchingUp = true;
        } else {
            resumeAtNextFutureTick();
        }
    }
    // A `once` pipeline queues its single run when it becomes active, and again after a fault is cleared
    // if it has not succeeded yet.
    if (isActive && once && !r.onceDone && r.activeRunId == 0 && (!wasActive || faultCleared))
        createRun(id, u"scheduled"_s, m_clock.now(), m_clock.now());
    saveRuntime(id);
}

void Service::applyDependencyChange(Kind kind, const QString &id, const QJsonObject &before,
                                    const QJsonObject &after)
{
    if (kind == Kind::Connection) {
        const bool wasActive = before.value(u"state"_s).toString() == u"active";
        const bool isActive = after.value(u"state"_s).toString() == u"active";
        for (const QString &pipelineId : pipelinesUsing(kind, id)) {
            if (wasActive && !isActive) {
                // Its runs cannot go on (§10.9: stopped when the connection is deactivated).
                stopActiveRun(pipelineId, u"Connection %1 was deactivated."_s.arg(id));
            } else if (isActive && !wasActive) {
                // Past-due ticks are not replayed: the next run is the next tick (§10.6.5).
                Runtime &r = runtime(pipelineId);
                const auto &math = pipeline(pipelineId).interval;
                if (math && r.activated) {
                    r.nextTick = math->firstDueAfter(m_clock.now());
                    r.catchingUp = false;
                    saveRuntime(pipelineId);
                }
            }
        }
        if (!isActive)
            return; // no health check was made: nothing is known to be fixed
    }
    clearFaultsCausedBy(kind, id);
}

void Service::clearFaultsCausedBy(Kind kind, const QString &id)
{
    const QString cause = kind == Kind::Connection  ? u"connection"_s
                          : kind == Kind::DataModel ? u"data_model"_s
                                                    : QString();
    if (cause.isEmpty())
        return;
    for (const QString &pipelineId : pipelinesUsing(kind, id)) {
        Runtime &r = runtime(pipelineId);
        if (!r.fault || r.faultCause != cause)
            continue;
        r.fault = false;
        r.faultCause.clear();
        r.faultErrors = QJsonArray();
        r.catchingUp = false;
        if (const auto &math = pipeline(pipelineId).interval)
            r.nextTick = math->firstDueAfter(m_clock.now());
        saveRuntime(pipelineId);
    }
}

} // namespace wsc::sandbox

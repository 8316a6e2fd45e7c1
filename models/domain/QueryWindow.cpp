#include "models/domain/QueryWindow.h"

namespace wsc {

std::optional<QueryWindow> QueryWindow::nextRun(const Pipeline &pipeline,
                                                const std::optional<Timestamp> &watermark,
                                                const Timestamp &now)
{
    // A paused or new pipeline starts no scheduled run until it is (re)activated.
    if (pipeline.state != PipelineState::Active || pipeline.schedule.type != ScheduleType::Interval)
        return std::nullopt;
    SchedulePlanner::Options options;
    options.now = now;
    options.watermark = watermark;
    options.start = SchedulePlanner::Start::Resume; // a running pipeline goes on with its next tick
    options.maxRuns = 1;
    const SchedulePlan plan = SchedulePlanner::plan(pipeline, options);
    if (plan.runs.empty())
        return std::nullopt;
    QueryWindow next;
    next.source = Source::NextRun;
    next.window = plan.runs.front().window;
    next.due = plan.runs.front().due;
    return next;
}

QueryWindow QueryWindow::triggerNow(const Pipeline &pipeline, const std::optional<Timestamp> &watermark,
                                    const Timestamp &now)
{
    QueryWindow trigger;
    trigger.source = Source::Trigger;
    trigger.window = SchedulePlanner::manualWindow(pipeline, watermark, now);
    trigger.due = now;
    return trigger;
}

QueryWindow QueryWindow::ofRun(const PipelineRun &run)
{
    QueryWindow past;
    past.source = Source::PastRun;
    past.window = {run.rangeStart, run.rangeEnd};
    past.runId = run.id;
    return past;
}

QueryWindow QueryWindow::expected(const Pipeline &pipeline, const std::optional<Timestamp> &watermark,
                                  const Timestamp &now)
{
    if (auto next = nextRun(pipeline, watermark, now))
        return *next;
    return triggerNow(pipeline, watermark, now);
}

QString QueryWindow::label() const
{
    switch (source) {
    case Source::NextRun:
        return tr("expected next run: due %1; the service decides").arg(due.toDisplayString());
    case Source::Trigger:
        return tr("expected for a trigger at %1; the service decides").arg(due.toDisplayString());
    case Source::PastRun: break;
    }
    return tr("run %1").arg(runId);
}

} // namespace wsc

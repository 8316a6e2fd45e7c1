#pragma once

#include "models/domain/PipelineRun.h"
#include "models/domain/SchedulePlanner.h"

#include <QCoreApplication>

#include <optional>

namespace wsc {

// The data window the wrapped queries are shown for, and where it comes from: the expected window of the
// next scheduled run, the one a trigger now would read (both computed here: the service decides), or the
// real range_start/range_end of a past run.
struct QueryWindow {
    Q_DECLARE_TR_FUNCTIONS(wsc::QueryWindow)

public:
    enum class Source { NextRun, Trigger, PastRun };

    Source source = Source::Trigger;
    RunWindow window;
    Timestamp due; // NextRun: when the run is expected to start; Trigger: the time assumed for it
    QString runId; // PastRun

    // The next scheduled run, going on from `now` with the watermark (range_end of the latest successful
    // run); none when the schedule starts no further run: not an active interval pipeline, or ended.
    static std::optional<QueryWindow>
    nextRun(const Pipeline &pipeline, const std::optional<Timestamp> &watermark, const Timestamp &now);
    // What a trigger at `now` would read (SchedulePlanner::manualWindow).
    static QueryWindow triggerNow(const Pipeline &pipeline, const std::optional<Timestamp> &watermark,
                                  const Timestamp &now);
    // The window the run read, as the server reports it.
    static QueryWindow ofRun(const PipelineRun &run);
    // The next scheduled run's window, or a trigger's for a pipeline without one (on demand, once,
    // paused, not yet active, its schedule ended).
    static QueryWindow expected(const Pipeline &pipeline, const std::optional<Timestamp> &watermark,
                                const Timestamp &now);

    bool isExpected() const { return source != Source::PastRun; }
    // One line naming the window: "expected next run: due 2024-01-02T00:15:00Z; the service decides".
    QString label() const;

    friend bool operator==(const QueryWindow &, const QueryWindow &) = default;
};

} // namespace wsc

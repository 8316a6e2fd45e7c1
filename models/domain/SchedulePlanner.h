#pragma once

#include "models/domain/Delay.h"
#include "models/domain/Pipeline.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace wsc {

// A data window [rangeStart, rangeEnd]; a null rangeStart is unbounded (spec §10.6).
struct RunWindow {
    Timestamp rangeStart;
    Timestamp rangeEnd;
    bool isEmpty() const
    {
        return rangeStart.isValid() && rangeEnd.toMSecsSinceEpoch() <= rangeStart.toMSecsSinceEpoch();
    }
    friend bool operator==(const RunWindow &, const RunWindow &) = default;
};

// One scheduled run as the service will create it.
struct PlannedRun {
    qint64 tickIndex = 0;
    Timestamp tick;        // t_k: the cutoff of the window
    Timestamp due;         // t_k + delay: when the run starts
    Timestamp logicalDate; // t_k - one frequency step
    RunWindow window;
    bool catchUp = false; // due already (the start lies in the past): runs back to back
};

// What a schedule will do from a point in time on.
struct SchedulePlan {
    std::vector<PlannedRun> runs;
    qint64 skippedByCatchUpLimit = 0; // due ticks older than the catch-up limit, consumed without a run
    Timestamp catchUpHorizon;         // ticks before this are not caught up
    qint64 catchUpRuns = 0;           // of `runs`, those already due
    qint64 emptyTicks = 0;            // ticks whose window was empty, consumed without a run
    bool exhausted = false;           // no further scheduled runs after `runs` (end or until reached)
};

// The schedule arithmetic of spec §10.2-§10.6, in UTC: the tick grid anchored at `start`, calendar months
// clamped to month ends, the delay, the catch-up limits and the data window of each run. The console
// uses it to preview schedules; the server's range_start/range_end remain the truth for real runs.
class SchedulePlanner {
    Q_DECLARE_TR_FUNCTIONS(wsc::SchedulePlanner)

public:
    enum class Start {
        Activation, // created active or first activated: past ticks are caught up within the limit
        Resume,     // after a pause or a cleared fault: the next tick in the future
    };

    struct Options {
        Timestamp now;
        std::optional<Timestamp> watermark; // range_end of the latest successful run
        Start start = Start::Activation;
        int maxRuns = 10;
    };

    // t_k = start + k steps (months: from `start` each time, clamped to the month's last day).
    static Timestamp tick(const Timestamp &start, Frequency frequency, qint64 k);
    // How far back a new pipeline of this frequency catches up (7 days, 6 months, 3 years, 5 years).
    static Timestamp catchUpHorizon(Frequency frequency, const Timestamp &now);
    // The smallest k >= 0 with tick(k) >= time (or with tick(k) + delay > time when `dueAfter`).
    static qint64 firstTickAtOrAfter(const Timestamp &start, Frequency frequency, const Timestamp &time);
    static qint64 firstTickDueAfter(const Timestamp &start, Frequency frequency, const Delay &delay,
                                    const Timestamp &time);

    // Lower bound of the first window (§10.6.2).
    static Timestamp initialLowerBound(const Pipeline &pipeline);
    // The window of a run whose cutoff is `cutoff` (§10.6.3).
    static RunWindow window(const Pipeline &pipeline, const std::optional<Timestamp> &watermark,
                            const Timestamp &cutoff);
    // The window a trigger at `now` would read.
    static RunWindow manualWindow(const Pipeline &pipeline, const std::optional<Timestamp> &watermark,
                                  const Timestamp &now)
    {
        return window(pipeline, watermark, now);
    }

    // The next scheduled runs of an interval pipeline, assuming each succeeds. Empty for other types
    // and for schedules that cannot be computed (check validation first).
    static SchedulePlan plan(const Pipeline &pipeline, const Options &options);
};

} // namespace wsc

#include "models/domain/SchedulePlanner.h"

namespace wsc {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
// Enough for any real schedule (hourly over 10,000 years); bounds every search.
constexpr qint64 kMaxTickIndex = 100'000'000;

qint64 fixedStepMs(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Hourly: return kHourMs;
    case Frequency::Daily: return 24 * kHourMs;
    case Frequency::Weekly: return 7 * 24 * kHourMs;
    case Frequency::Monthly:
    case Frequency::Unknown: break;
    }
    return 0;
}

// Smallest k in [0, kMaxTickIndex] with pred(k) true, for a predicate monotone in k; kMaxTickIndex + 1 if
// none.
template <typename Pred>
qint64 lowerBound(Pred pred)
{
    qint64 hi = 1;
    while (hi <= kMaxTickIndex && !pred(hi))
        hi *= 2;
    if (hi > kMaxTickIndex) {
        hi = kMaxTickIndex;
        if (!pred(hi))
            return kMaxTickIndex + 1;
    }
    qint64 lo = 0;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (pred(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

} // namespace

Timestamp SchedulePlanner::tick(const Timestamp &start, Frequency frequency, qint64 k)
{
    if (!start.isValid())
        return {};
    if (frequency == Frequency::Monthly)
        return Timestamp(start.toUtc().addMonths(int(k)));
    const qint64 step = fixedStepMs(frequency);
    if (step == 0)
        return {};
    return Timestamp::fromMSecsSinceEpoch(start.toMSecsSinceEpoch() + k * step);
}

Timestamp SchedulePlanner::catchUpHorizon(Frequency frequency, const Timestamp &now)
{
    const QDateTime n = now.toUtc();
    switch (frequency) {
    case Frequency::Hourly: return Timestamp(n.addDays(-7));
    case Frequency::Daily: return Timestamp(n.addMonths(-6));
    case Frequency::Weekly: return Timestamp(n.addYears(-3));
    case Frequency::Monthly: return Timestamp(n.addYears(-5));
    case Frequency::Unknown: break;
    }
    return {};
}

qint64 SchedulePlanner::firstTickAtOrAfter(const Timestamp &start, Frequency frequency, const Timestamp &time)
{
    if (time <= start)
        return 0;
    return lowerBound([&](qint64 k) { return time <= tick(start, frequency, k); });
}

qint64 SchedulePlanner::firstTickDueAfter(const Timestamp &start, Frequency frequency, const Delay &delay,
                                          const Timestamp &time)
{
    return lowerBound([&](qint64 k) { return time < delay.addTo(tick(start, frequency, k)); });
}

Timestamp SchedulePlanner::initialLowerBound(const Pipeline &pipeline)
{
    const SyncMode &sync = pipeline.syncMode;
    if (sync.from.isValid())
        return sync.from;
    if (pipeline.schedule.type == ScheduleType::OnDemand && pipeline.schedule.start.isValid())
        return pipeline.schedule.start; // reconciles both published on-demand tables (I-11)
    return {};
}

RunWindow SchedulePlanner::window(const Pipeline &pipeline, const std::optional<Timestamp> &watermark,
                                  const Timestamp &cutoff)
{
    const SyncMode &sync = pipeline.syncMode;
    RunWindow w;
    // A full sync reads everything between `from` and `until` on every run: no watermark (§10.4).
    const bool full = sync.type == SyncModeType::Full;
    w.rangeStart = !full && watermark && watermark->isValid() ? *watermark : initialLowerBound(pipeline);
    if (full)
        w.rangeStart = sync.from;
    if (sync.from.isValid() && (!w.rangeStart.isValid() || w.rangeStart < sync.from))
        w.rangeStart = sync.from;
    w.rangeEnd = cutoff;
    if (sync.until.isValid() && sync.until < w.rangeEnd)
        w.rangeEnd = sync.until;
    return w;
}

SchedulePlan SchedulePlanner::plan(const Pipeline &pipeline, const Options &options)
{
    SchedulePlan plan;
    const Schedule &schedule = pipeline.schedule;
    const Frequency frequency = schedule.frequency.value();
    const auto delay = Delay::parse(schedule.delay);
    if (schedule.type != ScheduleType::Interval || frequency == Frequency::Unknown ||
        !schedule.start.isValid() || !delay || !options.now.isValid())
        return plan;

    const Timestamp &start = schedule.start;
    const Timestamp &until = pipeline.syncMode.until;
    const Timestamp &now = options.now;
    // Index of the first tick after `end`: ticks from there on never run.
    const qint64 endIndex =
        schedule.end.isValid()
            ? lowerBound([&](qint64 k) { return schedule.end < tick(start, frequency, k); })
            : kMaxTickIndex + 1;

    std::optional<Timestamp> watermark = options.watermark;
    qint64 k = 0;
    if (options.start == Start::Activation) {
        plan.catchUpHorizon = catchUpHorizon(frequency, now);
        // Due ticks older than the horizon are consumed without running (§10.6.5).
        k = std::min(firstTickAtOrAfter(start, frequency, plan.catchUpHorizon),
                     firstTickDueAfter(start, frequency, *delay, now));
        plan.skippedByCatchUpLimit = std::min(k, endIndex);
    } else {
        k = firstTickDueAfter(start, frequency, *delay, now);
    }

    while (int(plan.runs.size()) < options.maxRuns) {
        const bool incremental = pipeline.syncMode.type != SyncModeType::Full;
        if (k >= endIndex || (incremental && until.isValid() && watermark && until <= *watermark)) {
            plan.exhausted = true;
            break;
        }
        const Timestamp t = tick(start, frequency, k);
        const RunWindow w = window(pipeline, watermark, t);
        if (w.isEmpty() && until.isValid() && !(w.rangeStart < until)) {
            plan.exhausted = true; // every later window ends at `until` too: nothing can ever be read
            break;
        }
        if (w.isEmpty()) {
            // Skip at once the ticks that cannot reach past the window's lower bound.
            const qint64 next =
                std::min(std::max(k + 1, firstTickAtOrAfter(start, frequency, w.rangeStart)), endIndex);
            plan.emptyTicks += next - k;
            k = next;
            continue;
        }
        PlannedRun run;
        run.tickIndex = k;
        run.tick = t;
        run.due = delay->addTo(t);
        run.logicalDate = tick(start, frequency, k - 1);
        run.window = w;
        run.catchUp = run.due <= now;
        if (run.catchUp)
            ++plan.catchUpRuns;
        plan.runs.push_back(run);
        watermark = w.rangeEnd;
        ++k;
    }
    return plan;
}

} // namespace wsc

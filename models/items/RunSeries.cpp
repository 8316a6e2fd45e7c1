#include "models/items/RunSeries.h"

#include <algorithm>

namespace wsc {

std::vector<RunBucket> RunSeries::bucket(const std::vector<RunRecord> &records, qint64 from, qint64 to,
                                         int maxBuckets, qint64 nowMs)
{
    std::vector<RunBucket> out;
    if (records.empty() || maxBuckets < 1 || to < from)
        return out;
    const auto first = std::lower_bound(records.begin(), records.end(), from,
                                        [](const RunRecord &r, qint64 t) { return r.logicalDate < t; });
    const auto last = std::upper_bound(first, records.end(), to,
                                       [](qint64 t, const RunRecord &r) { return t < r.logicalDate; });
    const qint64 count = last - first;
    if (count == 0)
        return out;
    const bool onePerRun = count <= maxBuckets;
    const qint64 width = onePerRun ? 1 : std::max<qint64>(1, (to - from) / maxBuckets + 1);
    out.reserve(std::size_t(std::min<qint64>(count, maxBuckets)));
    qint64 currentSlot = -1;
    for (auto it = first; it != last; ++it) {
        const RunRecord &r = *it;
        const qint64 slot = onePerRun ? (it - first) : (r.logicalDate - from) / width;
        if (slot != currentSlot) {
            RunBucket b;
            b.firstIndex = int(it - records.begin());
            b.firstRunId = r.id.toString();
            if (onePerRun) {
                b.x = b.from = b.to = r.logicalDate;
            } else {
                b.from = from + slot * width;
                b.to = std::min(to, b.from + width - 1);
                b.x = b.from + (b.to - b.from) / 2;
            }
            out.push_back(b);
            currentSlot = slot;
        }
        RunBucket &b = out.back();
        ++b.runs;
        if (r.status == RunStatus::Success)
            ++b.succeeded;
        else if (r.status == RunStatus::Failed)
            ++b.failed;
        else if (r.isActive())
            ++b.active;
        b.successfulRecords += r.successfulRecords;
        b.failedRecords += r.failedRecords;
        const qint64 d = r.durationMs(nowMs);
        if (d >= 0) {
            b.durationSumMs += d;
            b.durationMaxMs = std::max(b.durationMaxMs, d);
            ++b.durations;
        }
    }
    return out;
}

RunChartData RunSeries::chartData(const std::vector<RunRecord> &records,
                                   std::optional<std::pair<qint64, qint64>> zoom, int maxBuckets, qint64 nowMs)
{
    constexpr qint64 kHourMs = 3600 * 1000;
    RunChartData d;
    if (zoom) {
        std::tie(d.from, d.to) = *zoom;
    } else if (!records.empty()) {
        d.from = records.front().logicalDate;
        d.to = records.back().logicalDate;
    } else {
        d.to = nowMs;
        d.from = d.to - 24 * kHourMs;
    }
    if (d.to - d.from < 2 * kHourMs) { // a single run, or a few close together: some room around them
        d.from -= kHourMs;
        d.to += kHourMs;
    }
    d.buckets = bucket(records, d.from, d.to, maxBuckets, nowMs);
    d.perRun = std::all_of(d.buckets.begin(), d.buckets.end(), [](const RunBucket &b) { return b.runs == 1; });
    const auto n = qsizetype(d.buckets.size());
    d.successful.reserve(n);
    d.total.reserve(n);
    d.durationMean.reserve(n);
    for (const RunBucket &b : d.buckets) {
        const double x = double(b.x);
        const double s = b.meanSuccessfulRecords();
        const double f = b.meanFailedRecords();
        d.successful << QPointF(x, s);
        d.total << QPointF(x, s + f);
        d.recordsPeak = std::max(d.recordsPeak, s + f);
        if (b.durations > 0) {
            d.durationMean << QPointF(x, b.meanDurationMs() / 1000.0);
            d.durationPeakSeconds = std::max(d.durationPeakSeconds, b.durationMaxMs / 1000.0);
            if (!d.perRun)
                d.durationMax << QPointF(x, b.durationMaxMs / 1000.0);
        }
        if (b.succeeded > 0)
            d.succeeded << QPointF(x, RunChartData::kLaneSuccess);
        if (b.failed > 0)
            d.failed << QPointF(x, RunChartData::kLaneFailed);
        if (b.active > 0)
            d.active << QPointF(x, RunChartData::kLaneActive);
        d.runsShown += b.runs;
    }
    return d;
}

} // namespace wsc

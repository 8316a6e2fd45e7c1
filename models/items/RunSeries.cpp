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
            b.firstRunId = r.id;
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

} // namespace wsc

#pragma once

#include "models/items/RunRecord.h"

#include <vector>

namespace wsc {

// The runs of one stretch of time, as the charts draw them: one bucket per run while the runs fit the
// chart's width, otherwise fixed time intervals holding many runs each.
struct RunBucket {
    qint64 x = 0;    // where it is drawn: the run's logical date, or the middle of the interval
    qint64 from = 0; // logical dates covered, inclusive
    qint64 to = 0;
    int firstIndex = 0; // into the records, as they were when bucketed
    QString firstRunId;
    int runs = 0;
    int succeeded = 0;
    int failed = 0;
    int active = 0;               // queued, running or retrying
    qint64 successfulRecords = 0; // sums over the bucket's runs
    qint64 failedRecords = 0;
    qint64 durationSumMs = 0;
    qint64 durationMaxMs = -1;
    int durations = 0; // runs with a known duration

    double meanSuccessfulRecords() const { return runs ? double(successfulRecords) / runs : 0.0; }
    double meanFailedRecords() const { return runs ? double(failedRecords) / runs : 0.0; }
    double meanDurationMs() const { return durations ? double(durationSumMs) / durations : 0.0; }
};

// Downsampling for the run charts: O(runs in range), so a history of 100,000 runs redraws in a frame.
class RunSeries {
public:
    // The runs whose logical date lies in [from, to], in at most `maxBuckets` buckets, oldest first;
    // intervals without runs are left out. `records` must be in logical-date order.
    static std::vector<RunBucket> bucket(const std::vector<RunRecord> &records, qint64 from, qint64 to,
                                         int maxBuckets, qint64 nowMs);
};

} // namespace wsc

#pragma once

#include "models/items/RunRecord.h"

#include <QList>
#include <QPointF>

#include <optional>
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

// What the run charts draw for a range, computed without widgets: the points of each series (records in
// units, durations in seconds), the status lanes, the axes' peaks, and the buckets behind the points.
struct RunChartData {
    static constexpr double kLaneSuccess = 0; // the status timeline's lanes
    static constexpr double kLaneFailed = 1;
    static constexpr double kLaneActive = 2;

    qint64 from = 0; // the range shown (ms since the epoch)
    qint64 to = 0;
    bool perRun = true; // every bucket holds one run (no "max" line then)
    std::vector<RunBucket> buckets;
    QList<QPointF> successful, total, durationMean, durationMax, succeeded, failed, active;
    double recordsPeak = 0;
    double durationPeakSeconds = 0;
    int runsShown = 0;
};

// Downsampling for the run charts: O(runs in range), so a history of 100,000 runs redraws in a frame.
class RunSeries {
public:
    // The runs whose logical date lies in [from, to], in at most `maxBuckets` buckets, oldest first;
    // intervals without runs are left out. `records` must be in logical-date order.
    static std::vector<RunBucket> bucket(const std::vector<RunRecord> &records, qint64 from, qint64 to,
                                         int maxBuckets, qint64 nowMs);
    // The chart data of `records` over `zoom`, or over all of them (the last day when there are none);
    // a range under two hours gets an hour of room on each side.
    static RunChartData chartData(const std::vector<RunRecord> &records,
                                  std::optional<std::pair<qint64, qint64>> zoom, int maxBuckets, qint64 nowMs);
};

} // namespace wsc

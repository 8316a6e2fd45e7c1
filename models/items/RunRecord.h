#pragma once

#include "models/domain/Enums.h"
#include "models/domain/PipelineRun.h"

#include <QString>
#include <QtGlobal>

#include <limits>

namespace wsc {

// One run as the history views hold it: its id (opaque text, shared with the decoded run) and numbers
// instead of a PipelineRun's strings, so that a pipeline's whole history (100,000 runs and more) fits in
// memory. Errors and wire values the console does not know are kept aside by RunTableModel for the few
// runs that have them.
struct RunRecord {
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min(); // a null or unreadable time

    QString id; // as the server sent it (the reference types it "string")
    qint64 logicalDate = kNone; // milliseconds since the epoch, UTC
    qint64 startedOn = kNone;
    qint64 endedOn = kNone;
    qint64 rangeStart = kNone; // kNone: the window had no lower bound
    qint64 rangeEnd = kNone;
    qint64 successfulRecords = 0;
    qint64 failedRecords = 0;
    RunStatus status = RunStatus::Unknown;
    RunType type = RunType::Unknown;
    bool hasDetails = false; // errors, or a status or type the console does not know

    static RunRecord from(const PipelineRun &run);
    // How long it ran (to `now` while still running); -1 when it has not started.
    qint64 durationMs(qint64 nowMs) const;
    bool isActive() const
    {
        return status == RunStatus::Queued || status == RunStatus::Running || status == RunStatus::Retrying;
    }
    friend bool operator==(const RunRecord &, const RunRecord &) = default;
};

// Runs are ordered like the API lists them: by logical date, then id.
inline bool runRecordBefore(const RunRecord &a, const RunRecord &b)
{
    return a.logicalDate != b.logicalDate ? a.logicalDate < b.logicalDate : compareRunIds(a.id, b.id) < 0;
}

} // namespace wsc

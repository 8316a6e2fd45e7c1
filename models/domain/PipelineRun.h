#pragma once

#include "models/domain/Enums.h"
#include "models/domain/ResourceCommon.h"
#include "models/domain/UnknownFields.h"

#include <algorithm>

namespace wsc {

// Run ids are opaque text end to end: the reference types them "string" while its examples send numbers
// (251, 13325). A total order: ids of digits only come first, as numbers (then as text, so "007" and "7"
// differ), all others after them as text.
inline int compareRunIds(QStringView a, QStringView b)
{
    auto digitsOnly = [](QStringView s) {
        return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    const bool da = digitsOnly(a);
    const bool db = digitsOnly(b);
    if (da != db)
        return da ? -1 : 1;
    if (da) {
        auto strip = [](QStringView s) {
            qsizetype i = 0;
            while (i + 1 < s.size() && s[i] == u'0')
                ++i;
            return s.mid(i);
        };
        const QStringView na = strip(a);
        const QStringView nb = strip(b);
        if (na.size() != nb.size())
            return na.size() < nb.size() ? -1 : 1;
        if (const int byValue = na.compare(nb); byValue != 0)
            return byValue;
    }
    return a.compare(b);
}

// "0", empty and absent all mean "no run" where the API names a run (I-10: latest_successful_pipeline_run_id).
inline bool isNoRun(QStringView id)
{
    return id.trimmed().isEmpty() || id.trimmed() == u"0";
}

// Queued, running or retrying: a run that has not ended (spec §9.5).
inline bool isActiveRun(const EnumValue<RunStatus> &status)
{
    return status == RunStatus::Queued || status == RunStatus::Running || status == RunStatus::Retrying;
}

// One execution of a pipeline over one data window (spec §9.5). Read-only.
struct PipelineRun {
    QString id;
    QString pipelineId;
    EnumValue<RunType> type;
    EnumValue<RunStatus> status;
    ApiMessages errors;
    Timestamp logicalDate;
    Timestamp startedOn;
    Timestamp endedOn;
    Timestamp rangeStart; // null: the window had no lower bound
    Timestamp rangeEnd;
    qint64 successfulRecords = 0;
    qint64 failedRecords = 0;
    UnknownFields unknown;
    RawFields rawFields;

    friend bool operator==(const PipelineRun &, const PipelineRun &) = default;
};

// One page of a pipeline's run history (spec §9.3).
struct RunPage {
    std::vector<PipelineRun> items;
    std::vector<DecodeError> problems; // runs that were skipped: not an object, or without an id
    int currentPage = 1;
    int pageSize = 0;
    int totalPages = 0;
    qint64 totalItems = 0;
    bool hasPreviousPage = false;
    bool hasNextPage = false;
    friend bool operator==(const RunPage &, const RunPage &) = default;
};

// The answer of the trigger endpoint (spec §9.1): an acknowledgement, not a run status.
struct TriggerResult {
    QString pipelineRunId;
    EnumValue<TriggerStatus> status;
    friend bool operator==(const TriggerResult &, const TriggerResult &) = default;
};

} // namespace wsc

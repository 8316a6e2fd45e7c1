#pragma once

#include "models/domain/Enums.h"
#include "models/domain/ResourceCommon.h"
#include "models/domain/UnknownFields.h"

namespace wsc {

// One execution of a pipeline over one data window (spec §9.5). Read-only.
struct PipelineRun {
    qint64 id = 0;
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

    friend bool operator==(const PipelineRun &, const PipelineRun &) = default;
};

// One page of a pipeline's run history (spec §9.3).
struct RunPage {
    std::vector<PipelineRun> items;
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
    qint64 pipelineRunId = 0;
    EnumValue<TriggerStatus> status;
    friend bool operator==(const TriggerResult &, const TriggerResult &) = default;
};

} // namespace wsc

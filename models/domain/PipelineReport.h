#pragma once

#include "models/domain/PipelineRun.h"

#include <optional>

namespace wsc {

// A pipeline's health and its latest runs (spec §9.2).
struct PipelineReport {
    QString pipelineId;
    EnumValue<PipelineStatus> status;
    ApiMessages errors;
    EnumValue<ConnectionStatus> connectionStatus;
    ApiMessages connectionErrors;
    EnumValue<DataModelStatus> dataModelStatus;
    ApiMessages dataModelErrors;
    std::optional<QString> latestSuccessfulRunId; // unset for 0, "0", null and absent: none (I-10)
    std::optional<PipelineRun> latestRun;
    UnknownFields unknown;
    RawFields rawFields;

    friend bool operator==(const PipelineReport &, const PipelineReport &) = default;
};

} // namespace wsc

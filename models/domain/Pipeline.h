#pragma once

#include "models/domain/Enums.h"
#include "models/domain/ResourceCommon.h"
#include "models/domain/Secret.h"
#include "models/domain/UnknownFields.h"

#include <optional>

namespace wsc {

// Which records each run reads (spec §8.2).
struct SyncMode {
    EnumValue<SyncModeType> type;
    QString iteratorField;
    EnumValue<IteratorDataType> iteratorDataType;
    Timestamp from;
    Timestamp until;
    UnknownFields unknown;
    friend bool operator==(const SyncMode &, const SyncMode &) = default;
};

// When runs happen (spec §8.3). `delay` is kept as text; Delay::parse reads it.
struct Schedule {
    EnumValue<ScheduleType> type;
    EnumValue<Frequency> frequency;
    QString delay;
    Timestamp start;
    Timestamp end;
    UnknownFields unknown;
    friend bool operator==(const Schedule &, const Schedule &) = default;
};

// Binds a connection and a data model (and for events a field transformation) to a schedule (spec §8).
struct Pipeline {
    QString id;
    QString name;
    EnumValue<PipelineType> pipelineType;
    QString connectionId;
    QString dataModelId;
    std::optional<QString> fieldTransformationId;
    std::optional<qint64> partnerFeedId;
    Secret partnerFeedKey; // plain in v2, but masked by older servers (I-34): never send a mask back
    EnumValue<PipelineState> state;
    SyncMode syncMode;
    Schedule schedule;
    EnumValue<Environment> environment;
    std::optional<QString> dataPlanId;
    // Typed "string" by the reference, sent as a number by its examples (2): kept as text, sent as a
    // number when it is one.
    std::optional<QString> dataPlanVersion;

    // read-only
    EnumValue<PipelineStatus> status;
    ApiMessages errors;
    AuditInfo audit;
    UnknownFields unknown;
    RawFields rawFields;

    // The field transformation the pipeline uses: none for a user-attributes pipeline, which may carry
    // one but does not use it (I-35), so that it is neither sent, nor shown as used, nor blocks a delete.
    std::optional<QString> usedFieldTransformation() const
    {
        if (!fieldTransformationId || fieldTransformationId->isEmpty() ||
            pipelineType == PipelineType::UserAttributes)
            return std::nullopt;
        return fieldTransformationId;
    }

    friend bool operator==(const Pipeline &, const Pipeline &) = default;
};

} // namespace wsc

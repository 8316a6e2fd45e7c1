#pragma once

#include "models/domain/Enums.h"
#include "models/domain/ResourceCommon.h"
#include "models/domain/UnknownFields.h"

#include <optional>

namespace wsc {

// One row of a field transformation: a source column, a static value or an ignored column (spec §11.2).
struct FieldMapping {
    EnumValue<MappingType> mappingType;
    std::optional<QString> source;      // column and ignore
    std::optional<QString> destination; // column and static
    std::optional<QString> value;       // static
    UnknownFields unknown;
    friend bool operator==(const FieldMapping &, const FieldMapping &) = default;
};

// Maps warehouse columns to fields of an mParticle event batch; required by events pipelines.
struct FieldTransformation {
    QString id;
    QString name;
    EnumValue<DestinationType> destinationType = DestinationType::EventBatch;
    std::vector<FieldMapping> mappings;

    // read-only
    AuditInfo audit;
    UnknownFields unknown;
    RawFields rawFields;

    friend bool operator==(const FieldTransformation &, const FieldTransformation &) = default;
};

} // namespace wsc

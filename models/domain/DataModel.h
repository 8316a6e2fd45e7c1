#pragma once

#include "models/domain/Enums.h"
#include "models/domain/ResourceCommon.h"
#include "models/domain/UnknownFields.h"

namespace wsc {

// A SQL query that defines which rows and columns a pipeline reads (spec §7); not bound to a connection.
struct DataModel {
    QString id;
    QString name;
    EnumValue<ResourceState> state;
    EnumValue<DataModelType> type = DataModelType::Sql;
    QString sqlQuery;
    UnknownFields configUnknown;

    // read-only
    EnumValue<DataModelStatus> status;
    ApiMessages errors;
    AuditInfo audit;
    UnknownFields unknown;
    RawFields rawFields;

    friend bool operator==(const DataModel &, const DataModel &) = default;
};

} // namespace wsc

#pragma once

#include "models/domain/EnumValue.h"

#include <QString>

// The enums of the API (spec Appendix A). Every enum starts with Unknown: the value of an unset field, or
// of a wire value the tables do not know (EnumValue keeps its text).
namespace wsc {

enum class ServiceProvider { Unknown, Snowflake, BigQuery, Redshift, Databricks };
enum class ResourceState { Unknown, New, Active, Inactive }; // connections and data models
enum class ConnectionStatus { Unknown, Healthy, Faulted };
enum class DataModelStatus { Unknown, Valid, Invalid };
enum class DataModelType { Unknown, Sql };
enum class PipelineType { Unknown, UserAttributes, Events };
enum class PipelineState { Unknown, New, Active, Paused };
enum class PipelineStatus { Unknown, Idle, Running, Faulted, Stopped };
enum class Environment { Unknown, Development, Production };
enum class SyncModeType { Unknown, Incremental, Full };
enum class IteratorDataType {
    Unknown,
    Timestamp,
    TimestampLtz,
    TimestampNtz,
    TimestampTz,
    Datetime,
    DatetimeTz,
    Date,
    TimestampUnixtimeMs,
    TimestampUnixtimeS
};
enum class ScheduleType { Unknown, Interval, Once, OnDemand };
enum class Frequency { Unknown, Hourly, Daily, Weekly, Monthly };
enum class RunType : quint8 { Unknown, Scheduled, Manual };
enum class RunStatus : quint8 { Unknown, Queued, Running, Success, Failed, Stopped, Retrying };
enum class TriggerStatus { Unknown, AttemptRequested, TriggerRequested };
enum class DestinationType { Unknown, EventBatch };
enum class MappingType { Unknown, Column, Static, Ignore };

#define WSC_DECLARE_ENUM_TRAITS(E)                                                                           \
    template <>                                                                                              \
    struct EnumTraits<E> {                                                                                   \
        static std::span<const EnumSpelling<E>> spellings();                                                 \
        static QString displayName(E value);                                                                 \
    };

WSC_DECLARE_ENUM_TRAITS(ServiceProvider)
WSC_DECLARE_ENUM_TRAITS(ResourceState)
WSC_DECLARE_ENUM_TRAITS(ConnectionStatus)
WSC_DECLARE_ENUM_TRAITS(DataModelStatus)
WSC_DECLARE_ENUM_TRAITS(DataModelType)
WSC_DECLARE_ENUM_TRAITS(PipelineType)
WSC_DECLARE_ENUM_TRAITS(PipelineState)
WSC_DECLARE_ENUM_TRAITS(PipelineStatus)
WSC_DECLARE_ENUM_TRAITS(Environment)
WSC_DECLARE_ENUM_TRAITS(SyncModeType)
WSC_DECLARE_ENUM_TRAITS(IteratorDataType)
WSC_DECLARE_ENUM_TRAITS(ScheduleType)
WSC_DECLARE_ENUM_TRAITS(Frequency)
WSC_DECLARE_ENUM_TRAITS(RunType)
WSC_DECLARE_ENUM_TRAITS(RunStatus)
WSC_DECLARE_ENUM_TRAITS(TriggerStatus)
WSC_DECLARE_ENUM_TRAITS(DestinationType)
WSC_DECLARE_ENUM_TRAITS(MappingType)

#undef WSC_DECLARE_ENUM_TRAITS

// "%1 (unknown value)", translated.
QString unknownEnumLabel(const QString &wire);

// The translated label of a value for the UI ("On demand", "User attributes"); an unknown wire value is
// shown verbatim and marked as such; an unset one is empty.
template <typename E>
QString displayName(const EnumValue<E> &value)
{
    if (value.isKnown())
        return EnumTraits<E>::displayName(value.value());
    if (value.isUnknownValue())
        return unknownEnumLabel(value.wire());
    return {};
}

} // namespace wsc

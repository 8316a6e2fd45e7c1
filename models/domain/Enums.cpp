#include "models/domain/Enums.h"

#include <QCoreApplication>

#include <array>

namespace wsc {

bool wireSpellingMatches(QStringView candidate, QStringView spelling)
{
    if (candidate.size() != spelling.size())
        return false;
    for (qsizetype i = 0; i < candidate.size(); ++i) {
        QChar a = candidate[i].toLower();
        QChar b = spelling[i].toLower();
        if (a == u'-')
            a = u'_';
        if (b == u'-')
            b = u'_';
        if (a != b)
            return false;
    }
    return true;
}

bool wireSpellingMatches(std::string_view candidate, QStringView spelling)
{
    if (qsizetype(candidate.size()) != spelling.size())
        return false;
    for (std::size_t i = 0; i < candidate.size(); ++i) {
        char a = candidate[i];
        const char16_t s = spelling[qsizetype(i)].unicode();
        if (s > 0x7f || static_cast<unsigned char>(a) > 0x7f)
            return false; // the spellings are ASCII
        char b = char(s);
        a = (a >= 'A' && a <= 'Z') ? char(a - 'A' + 'a') : a;
        b = (b >= 'A' && b <= 'Z') ? char(b - 'A' + 'a') : b;
        if (a == '-')
            a = '_';
        if (b == '-')
            b = '_';
        if (a != b)
            return false;
    }
    return true;
}

QString unknownEnumLabel(const QString &wire)
{
    return QCoreApplication::translate("wsc::Enums", "%1 (unknown value)").arg(wire);
}

namespace {

// A label table row: value and its untranslated label (translated in the "wsc::Enums" context).
template <typename E>
struct Label {
    E value;
    const char *text;
};

template <typename E, std::size_t N>
QString lookupLabel(const std::array<Label<E>, N> &labels, E value)
{
    for (const auto &row : labels) {
        if (row.value == value)
            return QCoreApplication::translate("wsc::Enums", row.text);
    }
    return {};
}

} // namespace

#define WSC_ENUM_TRAITS(E, SPELLINGS, LABELS)                                                                \
    std::span<const EnumSpelling<E>> EnumTraits<E>::spellings()                                              \
    {                                                                                                        \
        static constexpr EnumSpelling<E> table[] = SPELLINGS;                                                \
        return table;                                                                                        \
    }                                                                                                        \
    QString EnumTraits<E>::displayName(E value)                                                              \
    {                                                                                                        \
        static constexpr auto labels = std::to_array<Label<E>>(LABELS);                                      \
        return lookupLabel(labels, value);                                                                   \
    }

#define WSC_LIST(...)                                                                                        \
    {                                                                                                        \
        __VA_ARGS__                                                                                          \
    }

using SP = ServiceProvider;
WSC_ENUM_TRAITS(ServiceProvider,
                WSC_LIST({SP::Snowflake, u"Snowflake"}, {SP::BigQuery, u"BigQuery"},
                         {SP::Redshift, u"Redshift"}, {SP::Databricks, u"Databricks"}),
                WSC_LIST({SP::Snowflake, QT_TRANSLATE_NOOP("wsc::Enums", "Snowflake")},
                         {SP::BigQuery, QT_TRANSLATE_NOOP("wsc::Enums", "Google BigQuery")},
                         {SP::Redshift, QT_TRANSLATE_NOOP("wsc::Enums", "Amazon Redshift")},
                         {SP::Databricks, QT_TRANSLATE_NOOP("wsc::Enums", "Databricks")}))

using RS = ResourceState;
WSC_ENUM_TRAITS(ResourceState,
                WSC_LIST({RS::New, u"new"}, {RS::Active, u"active"}, {RS::Inactive, u"inactive"}),
                WSC_LIST({RS::New, QT_TRANSLATE_NOOP("wsc::Enums", "New")},
                         {RS::Active, QT_TRANSLATE_NOOP("wsc::Enums", "Active")},
                         {RS::Inactive, QT_TRANSLATE_NOOP("wsc::Enums", "Inactive")}))

using CS = ConnectionStatus;
WSC_ENUM_TRAITS(ConnectionStatus, WSC_LIST({CS::Healthy, u"healthy"}, {CS::Faulted, u"faulted"}),
                WSC_LIST({CS::Healthy, QT_TRANSLATE_NOOP("wsc::Enums", "Healthy")},
                         {CS::Faulted, QT_TRANSLATE_NOOP("wsc::Enums", "Faulted")}))

using DS = DataModelStatus;
WSC_ENUM_TRAITS(DataModelStatus, WSC_LIST({DS::Valid, u"valid"}, {DS::Invalid, u"invalid"}),
                WSC_LIST({DS::Valid, QT_TRANSLATE_NOOP("wsc::Enums", "Valid")},
                         {DS::Invalid, QT_TRANSLATE_NOOP("wsc::Enums", "Invalid")}))

WSC_ENUM_TRAITS(DataModelType, WSC_LIST({DataModelType::Sql, u"sql"}),
                WSC_LIST({DataModelType::Sql, QT_TRANSLATE_NOOP("wsc::Enums", "SQL")}))

using PT = PipelineType;
WSC_ENUM_TRAITS(PipelineType, WSC_LIST({PT::UserAttributes, u"user_attributes"}, {PT::Events, u"events"}),
                WSC_LIST({PT::UserAttributes, QT_TRANSLATE_NOOP("wsc::Enums", "User attributes")},
                         {PT::Events, QT_TRANSLATE_NOOP("wsc::Enums", "Events")}))

using PS = PipelineState;
WSC_ENUM_TRAITS(PipelineState, WSC_LIST({PS::New, u"new"}, {PS::Active, u"active"}, {PS::Paused, u"paused"}),
                WSC_LIST({PS::New, QT_TRANSLATE_NOOP("wsc::Enums", "New")},
                         {PS::Active, QT_TRANSLATE_NOOP("wsc::Enums", "Active")},
                         {PS::Paused, QT_TRANSLATE_NOOP("wsc::Enums", "Paused")}))

using PSt = PipelineStatus;
WSC_ENUM_TRAITS(PipelineStatus,
                WSC_LIST({PSt::Idle, u"idle"}, {PSt::Running, u"running"}, {PSt::Faulted, u"faulted"},
                         {PSt::Stopped, u"stopped"}),
                WSC_LIST({PSt::Idle, QT_TRANSLATE_NOOP("wsc::Enums", "Idle")},
                         {PSt::Running, QT_TRANSLATE_NOOP("wsc::Enums", "Running")},
                         {PSt::Faulted, QT_TRANSLATE_NOOP("wsc::Enums", "Faulted")},
                         {PSt::Stopped, QT_TRANSLATE_NOOP("wsc::Enums", "Stopped")}))

using Env = Environment;
WSC_ENUM_TRAITS(Environment, WSC_LIST({Env::Development, u"development"}, {Env::Production, u"production"}),
                WSC_LIST({Env::Development, QT_TRANSLATE_NOOP("wsc::Enums", "Development")},
                         {Env::Production, QT_TRANSLATE_NOOP("wsc::Enums", "Production")}))

using SM = SyncModeType;
WSC_ENUM_TRAITS(SyncModeType,
                WSC_LIST({SM::Incremental, u"incremental"}, {SM::Full, u"full"}, {SM::Full, u"full_sync"}),
                WSC_LIST({SM::Incremental, QT_TRANSLATE_NOOP("wsc::Enums", "Incremental")},
                         {SM::Full, QT_TRANSLATE_NOOP("wsc::Enums", "Full")}))

using IT = IteratorDataType;
WSC_ENUM_TRAITS(IteratorDataType,
                WSC_LIST({IT::Timestamp, u"timestamp"}, {IT::TimestampLtz, u"timestamp_ltz"},
                         {IT::TimestampNtz, u"timestamp_ntz"}, {IT::TimestampTz, u"timestamp_tz"},
                         {IT::Datetime, u"datetime"}, {IT::DatetimeTz, u"datetime_tz"}, {IT::Date, u"date"},
                         {IT::TimestampUnixtimeMs, u"timestamp_unixtime_ms"},
                         {IT::TimestampUnixtimeS, u"timestamp_unixtime_s"}),
                WSC_LIST({IT::Timestamp, QT_TRANSLATE_NOOP("wsc::Enums", "Timestamp")},
                         {IT::TimestampLtz, QT_TRANSLATE_NOOP("wsc::Enums", "Timestamp (local time zone)")},
                         {IT::TimestampNtz, QT_TRANSLATE_NOOP("wsc::Enums", "Timestamp (no time zone)")},
                         {IT::TimestampTz, QT_TRANSLATE_NOOP("wsc::Enums", "Timestamp with time zone")},
                         {IT::Datetime, QT_TRANSLATE_NOOP("wsc::Enums", "Date and time")},
                         {IT::DatetimeTz, QT_TRANSLATE_NOOP("wsc::Enums", "Date and time with time zone")},
                         {IT::Date, QT_TRANSLATE_NOOP("wsc::Enums", "Date")},
                         {IT::TimestampUnixtimeMs,
                          QT_TRANSLATE_NOOP("wsc::Enums", "Unix time (milliseconds)")},
                         {IT::TimestampUnixtimeS, QT_TRANSLATE_NOOP("wsc::Enums", "Unix time (seconds)")}))

using ST = ScheduleType;
WSC_ENUM_TRAITS(ScheduleType,
                WSC_LIST({ST::Interval, u"interval"}, {ST::Once, u"once"}, {ST::OnDemand, u"on_demand"}),
                WSC_LIST({ST::Interval, QT_TRANSLATE_NOOP("wsc::Enums", "Interval")},
                         {ST::Once, QT_TRANSLATE_NOOP("wsc::Enums", "Once")},
                         {ST::OnDemand, QT_TRANSLATE_NOOP("wsc::Enums", "On demand")}))

using F = Frequency;
WSC_ENUM_TRAITS(Frequency,
                WSC_LIST({F::Hourly, u"hourly"}, {F::Daily, u"daily"}, {F::Weekly, u"weekly"},
                         {F::Monthly, u"monthly"}),
                WSC_LIST({F::Hourly, QT_TRANSLATE_NOOP("wsc::Enums", "Hourly")},
                         {F::Daily, QT_TRANSLATE_NOOP("wsc::Enums", "Daily")},
                         {F::Weekly, QT_TRANSLATE_NOOP("wsc::Enums", "Weekly")},
                         {F::Monthly, QT_TRANSLATE_NOOP("wsc::Enums", "Monthly")}))

using RT = RunType;
WSC_ENUM_TRAITS(RunType, WSC_LIST({RT::Scheduled, u"scheduled"}, {RT::Manual, u"manual"}),
                WSC_LIST({RT::Scheduled, QT_TRANSLATE_NOOP("wsc::Enums", "Scheduled")},
                         {RT::Manual, QT_TRANSLATE_NOOP("wsc::Enums", "Manual")}))

using RSt = RunStatus;
WSC_ENUM_TRAITS(RunStatus,
                WSC_LIST({RSt::Queued, u"queued"}, {RSt::Running, u"running"}, {RSt::Success, u"success"},
                         {RSt::Failed, u"failed"}, {RSt::Stopped, u"stopped"}, {RSt::Retrying, u"retrying"}),
                WSC_LIST({RSt::Queued, QT_TRANSLATE_NOOP("wsc::Enums", "Queued")},
                         {RSt::Running, QT_TRANSLATE_NOOP("wsc::Enums", "Running")},
                         {RSt::Success, QT_TRANSLATE_NOOP("wsc::Enums", "Success")},
                         {RSt::Failed, QT_TRANSLATE_NOOP("wsc::Enums", "Failed")},
                         {RSt::Stopped, QT_TRANSLATE_NOOP("wsc::Enums", "Stopped")},
                         {RSt::Retrying, QT_TRANSLATE_NOOP("wsc::Enums", "Retrying")}))

using TS = TriggerStatus;
WSC_ENUM_TRAITS(TriggerStatus,
                WSC_LIST({TS::AttemptRequested, u"attempt_requested"},
                         {TS::TriggerRequested, u"trigger_requested"}),
                WSC_LIST({TS::AttemptRequested, QT_TRANSLATE_NOOP("wsc::Enums", "Attempt requested")},
                         {TS::TriggerRequested, QT_TRANSLATE_NOOP("wsc::Enums", "Trigger requested")}))

WSC_ENUM_TRAITS(DestinationType, WSC_LIST({DestinationType::EventBatch, u"event_batch"}),
                WSC_LIST({DestinationType::EventBatch, QT_TRANSLATE_NOOP("wsc::Enums", "Event batch")}))

using MT = MappingType;
WSC_ENUM_TRAITS(MappingType,
                WSC_LIST({MT::Column, u"column"}, {MT::Static, u"static"}, {MT::Ignore, u"ignore"}),
                WSC_LIST({MT::Column, QT_TRANSLATE_NOOP("wsc::Enums", "Column")},
                         {MT::Static, QT_TRANSLATE_NOOP("wsc::Enums", "Static value")},
                         {MT::Ignore, QT_TRANSLATE_NOOP("wsc::Enums", "Ignore")}))

} // namespace wsc

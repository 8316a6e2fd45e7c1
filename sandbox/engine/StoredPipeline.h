#pragma once

#include "sandbox/engine/ScheduleMath.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace wsc::sandbox {

// A stored pipeline as the engine reads it: parsed once from its canonical JSON (what RequestValidation
// wrote) whenever it is stored or loaded, so that the scheduler and the runs read fields instead of
// looking up strings, and the schedule arithmetic is built once. The JSON stays the stored form.
struct StoredPipeline {
    enum class State { New, Active, Paused };
    enum class ScheduleType { Interval, Once, OnDemand };
    enum class SyncType { Incremental, Full, Other };

    struct Schedule {
        ScheduleType type = ScheduleType::OnDemand;
        QString frequency; // hourly|daily|weekly|monthly, for an interval
        QString delay;     // as validated, or empty
        std::optional<QDateTime> start;
        std::optional<QDateTime> end;
        QJsonObject json; // as stored: two schedules are the same when this is (unreadable times included)
        bool operator==(const Schedule &other) const { return json == other.json; }
    };
    struct Sync {
        SyncType type = SyncType::Other;
        QString iteratorField;
        QString iteratorType;
        std::optional<QDateTime> from;
        std::optional<QDateTime> until;
        // A window filter applies: incremental, or a full sync bounded by from/until.
        bool filtered() const { return type == SyncType::Incremental || from || until; }
    };

    QString id;
    State state = State::New;
    QString pipelineType; // user_attributes|events
    QString connectionId;
    QString dataModelId;
    QString fieldTransformationId; // empty when absent
    QString environment;
    QString dataPlanId;         // empty when absent
    bool hasDataPlan = false;   // data_plan_id is present
    QJsonValue dataPlanVersion; // undefined when absent; a number, or the string sent
    Schedule schedule;
    Sync sync;
    // The tick arithmetic of an interval schedule with a readable start; nullopt otherwise (one bad row
    // must not take the sandbox down).
    std::optional<ScheduleMath> interval;

    bool isActive() const { return state == State::Active; }
    bool isEvents() const { return pipelineType == QLatin1String("events"); }
    // The id of what the pipeline uses of `key` (connection_id, data_model_id, field_transformation_id).
    const QString &uses(QLatin1StringView key) const;

    static StoredPipeline parse(const QJsonObject &stored);
};

} // namespace wsc::sandbox

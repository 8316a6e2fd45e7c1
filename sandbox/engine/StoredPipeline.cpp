// Reading a stored pipeline's canonical JSON into the engine's typed form.
#include "sandbox/engine/StoredPipeline.h"

#include "sandbox/engine/Service_p.h"

namespace wsc::sandbox {

using namespace Qt::StringLiterals;
using engine::timeOf;

namespace {

StoredPipeline::State stateOf(const QString &state)
{
    if (state == u"active")
        return StoredPipeline::State::Active;
    if (state == u"paused")
        return StoredPipeline::State::Paused;
    return StoredPipeline::State::New;
}

StoredPipeline::ScheduleType scheduleTypeOf(const QString &type)
{
    if (type == u"interval")
        return StoredPipeline::ScheduleType::Interval;
    if (type == u"once")
        return StoredPipeline::ScheduleType::Once;
    return StoredPipeline::ScheduleType::OnDemand;
}

} // namespace

const QString &StoredPipeline::uses(QLatin1StringView key) const
{
    if (key == "connection_id"_L1)
        return connectionId;
    if (key == "data_model_id"_L1)
        return dataModelId;
    return fieldTransformationId;
}

StoredPipeline StoredPipeline::parse(const QJsonObject &stored)
{
    StoredPipeline p;
    p.id = stored.value(u"id"_s).toString();
    p.state = stateOf(stored.value(u"state"_s).toString());
    p.pipelineType = stored.value(u"pipeline_type"_s).toString();
    p.connectionId = stored.value(u"connection_id"_s).toString();
    p.dataModelId = stored.value(u"data_model_id"_s).toString();
    p.fieldTransformationId = stored.value(u"field_transformation_id"_s).toString();
    p.environment = stored.value(u"environment"_s).toString();
    p.dataPlanId = stored.value(u"data_plan_id"_s).toString();
    p.hasDataPlan = stored.contains(u"data_plan_id"_s);
    p.dataPlanVersion = stored.value(u"data_plan_version"_s);

    const QJsonObject schedule = stored.value(u"schedule"_s).toObject();
    p.schedule.json = schedule;
    p.schedule.type = scheduleTypeOf(schedule.value(u"type"_s).toString());
    p.schedule.frequency = schedule.value(u"frequency"_s).toString();
    p.schedule.delay = schedule.value(u"delay"_s).toString();
    p.schedule.start = timeOf(schedule.value(u"start"_s));
    p.schedule.end = timeOf(schedule.value(u"end"_s));
    if (p.schedule.type == ScheduleType::Interval && p.schedule.start)
        p.interval.emplace(*p.schedule.start, p.schedule.frequency, p.schedule.delay);

    const QJsonObject sync = stored.value(u"sync_mode"_s).toObject();
    const QString syncType = sync.value(u"type"_s).toString();
    p.sync.type = syncType == u"incremental" ? SyncType::Incremental
                  : syncType == u"full"      ? SyncType::Full
                                             : SyncType::Other;
    p.sync.iteratorField = sync.value(u"iterator_field"_s).toString();
    p.sync.iteratorType = sync.value(u"iterator_data_type"_s).toString();
    p.sync.from = timeOf(sync.value(u"from"_s));
    p.sync.until = timeOf(sync.value(u"until"_s));
    return p;
}

} // namespace wsc::sandbox

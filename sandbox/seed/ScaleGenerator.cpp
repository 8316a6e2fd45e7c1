#include "sandbox/seed/ScaleGenerator.h"

#include "sandbox/engine/Service.h"
#include "sandbox/storage/Storage.h"
#include "sandbox/engine/WireTime.h"

#include <QJsonArray>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;

void ScaleGenerator::generate(Service &service, Storage &storage, int pipelines, int runs,
                              const QDateTime &now)
{
    using Kind = Service::Kind;
    const QDateTime created = now.addDays(-365);
    storage.transaction([&] {
        const int connections = std::max(1, pipelines / 10);
        for (int c = 0; c < connections; ++c) {
            service.insertGenerated(Kind::Connection,
                                    QJsonObject{{u"id"_s, u"conn-%1"_s.arg(c)},
                                                {u"name"_s, u"Generated connection %1"_s.arg(c)},
                                                {u"state"_s, u"active"_s},
                                                {u"service_provider"_s, u"Databricks"_s},
                                                {u"config"_s, QJsonObject{{u"provider"_s, u"org"_s},
                                                                          {u"schema"_s, u"s%1"_s.arg(c)}}}},
                                    created);
        }
        for (int m = 0; m < pipelines; ++m) {
            service.insertGenerated(
                Kind::DataModel,
                QJsonObject{
                    {u"id"_s, u"model-%1"_s.arg(m)},
                    {u"name"_s, u"Generated model %1"_s.arg(m)},
                    {u"state"_s, u"active"_s},
                    {u"type"_s, u"sql"_s},
                    {u"config"_s,
                     QJsonObject{{u"sql_query"_s, u"SELECT email, plan, updated_at FROM org.crm.users"_s}}}},
                created);
        }
        for (int p = 0; p < pipelines; ++p) {
            service.insertGenerated(
                Kind::Pipeline,
                QJsonObject{{u"id"_s, u"pipeline-%1"_s.arg(p, 5, 10, QChar(u'0'))},
                            {u"name"_s, u"Generated pipeline %1"_s.arg(p)},
                            {u"pipeline_type"_s, u"user_attributes"_s},
                            {u"connection_id"_s, u"conn-%1"_s.arg(p % connections)},
                            {u"data_model_id"_s, u"model-%1"_s.arg(p)},
                            {u"state"_s, u"paused"_s},
                            {u"environment"_s, u"production"_s},
                            {u"sync_mode"_s, QJsonObject{{u"type"_s, u"incremental"_s},
                                                         {u"iterator_field"_s, u"updated_at"_s},
                                                         {u"iterator_data_type"_s, u"timestamp"_s}}},
                            {u"schedule"_s, QJsonObject{{u"type"_s, u"interval"_s},
                                                        {u"frequency"_s, u"hourly"_s},
                                                        {u"start"_s, WireTime::seconds(created)}}}},
                created);
        }
        // Half of the runs on the first pipeline, the rest round-robin, hourly back from now.
        const int onFirst = runs / 2;
        for (int i = 0; i < runs; ++i) {
            const int p = i < onFirst ? 0 : (i - onFirst) % std::max(1, pipelines);
            const qint64 slot = i < onFirst ? i : (i - onFirst) / std::max(1, pipelines);
            const QDateTime at = now.addSecs(-3600 * (slot + 1));
            const bool failed = i % 37 == 0;
            service.insertHistoricRun(
                u"pipeline-%1"_s.arg(p, 5, 10, QChar(u'0')),
                QJsonObject{
                    {u"type"_s, u"scheduled"_s},
                    {u"status"_s, failed ? u"failed"_s : u"success"_s},
                    {u"errors"_s,
                     failed ? QJsonArray{QJsonObject{{u"message"_s, u"Warehouse timeout"_s}}} : QJsonArray()},
                    {u"logical_date"_s, WireTime::millis(at)},
                    {u"started_on"_s, WireTime::millis(at.addSecs(3605))},
                    {u"ended_on"_s, WireTime::millis(at.addSecs(3660))},
                    {u"range_start"_s, WireTime::millis(at)},
                    {u"range_end"_s, WireTime::millis(at.addSecs(3600))},
                    {u"successful_records"_s, failed ? 0 : 100 + i % 900},
                    {u"failed_records"_s, failed ? 0 : i % 7}});
        }
    });
}

} // namespace wsc::sandbox

#pragma once

// What the parts of Service (Service*.cpp, one per seam: resources, lifecycle, runs, scheduler, operations,
// backfill) share: small helpers and the scheduler state of one pipeline. Not for use outside the engine.

#include "sandbox/engine/Service.h"
#include "sandbox/engine/WireTime.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>
#include <optional>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;

namespace engine {

inline constexpr qint64 kUnboundedLow = std::numeric_limits<qint64>::min();
inline constexpr qint64 kUnboundedHigh = std::numeric_limits<qint64>::max();

inline QString ms(const QDateTime &t)
{
    return WireTime::millis(t);
}

inline std::optional<QDateTime> timeOf(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return WireTime::parse(value.toString());
}

inline QJsonArray messages(const QString &message)
{
    return QJsonArray{QJsonObject{{u"message"_s, message}}};
}

inline const char *kindKey(Service::Kind kind)
{
    switch (kind) {
    case Service::Kind::Connection: return "connection";
    case Service::Kind::DataModel: return "data-model";
    case Service::Kind::FieldTransformation: return "field-transformation";
    case Service::Kind::Pipeline: return "pipeline";
    }
    return "";
}

} // namespace engine

struct Service::Runtime {
    std::optional<QDateTime> watermark; // range_end of the latest successful run
    qint64 nextTick = 0;
    bool catchingUp = false;
    bool activated = false; // has been active once: a later activation resumes instead of catching up
    bool fault = false;
    QString faultCause; // connection | data_model | pipeline
    QJsonArray faultErrors;
    bool onceDone = false;
    bool exhausted = false;
    qint64 activeRunId = 0;

    QJsonObject toJson() const
    {
        return {{u"watermark"_s, watermark ? QJsonValue(engine::ms(*watermark)) : QJsonValue()},
                {u"next_tick"_s, nextTick},
                {u"catching_up"_s, catchingUp},
                {u"activated"_s, activated},
                {u"fault"_s, fault},
                {u"fault_cause"_s, faultCause},
                {u"fault_errors"_s, faultErrors},
                {u"once_done"_s, onceDone},
                {u"exhausted"_s, exhausted},
                {u"active_run"_s, activeRunId}};
    }
    static Runtime fromJson(const QJsonObject &o)
    {
        Runtime r;
        r.watermark = engine::timeOf(o.value(u"watermark"_s));
        r.nextTick = o.value(u"next_tick"_s).toInteger();
        r.catchingUp = o.value(u"catching_up"_s).toBool();
        r.activated = o.value(u"activated"_s).toBool();
        r.fault = o.value(u"fault"_s).toBool();
        r.faultCause = o.value(u"fault_cause"_s).toString();
        r.faultErrors = o.value(u"fault_errors"_s).toArray();
        r.onceDone = o.value(u"once_done"_s).toBool();
        r.exhausted = o.value(u"exhausted"_s).toBool();
        r.activeRunId = o.value(u"active_run"_s).toInteger();
        return r;
    }
};

} // namespace wsc::sandbox

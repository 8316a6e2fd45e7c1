#include "sandbox/warehouse/RowBatches.h"

#include <QJsonArray>
#include <QSet>

namespace wsc::sandbox::RowBatches {

using namespace Qt::StringLiterals;

bool isUserIdentity(const QString &column)
{
    static const QSet<QString> names = {u"mpid"_s,          u"customerid"_s,
                                        u"customer_id"_s,   u"email"_s,
                                        u"facebook"_s,      u"twitter"_s,
                                        u"google"_s,        u"microsoft"_s,
                                        u"yahoo"_s,         u"facebook_custom_audience_id"_s,
                                        u"other"_s,         u"other_id_2"_s,
                                        u"other_id_3"_s,    u"other_id_4"_s,
                                        u"other_id_5"_s,    u"other_id_6"_s,
                                        u"other_id_7"_s,    u"other_id_8"_s,
                                        u"other_id_9"_s,    u"other_id_10"_s,
                                        u"mobile_number"_s, u"phone_number_2"_s,
                                        u"phone_number_3"_s};
    return names.contains(column.toLower());
}

bool isDeviceIdentity(const QString &column)
{
    static const QSet<QString> names = {u"android_uuid"_s,
                                        u"ios_advertising_id"_s,
                                        u"push_token"_s,
                                        u"ios_idfv"_s,
                                        u"android_advertising_id"_s,
                                        u"amp_id"_s,
                                        u"roku_advertising_id"_s,
                                        u"roku_publisher_id"_s,
                                        u"microsoft_advertising_id"_s,
                                        u"microsoft_publisher_id"_s,
                                        u"fire_advertising_id"_s,
                                        u"mp_deviceid"_s};
    return names.contains(column.toLower());
}

// The batch of one user-attributes row (spec §12.2, §12.4); nullopt when the row has no identity at all.
std::optional<QJsonObject> userBatch(const QJsonObject &row, const QString &iterator,
                                     const QString &environment)
{
    QJsonObject identities, devices, attributes;
    QJsonValue mpid;
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QString lower = it.key().toLower();
        if (lower == iterator.toLower())
            continue;
        if (lower == u"mpid") {
            mpid = it.value();
        } else if (isUserIdentity(lower)) {
            if (!it.value().isNull())
                identities[lower == u"customerid" ? u"customer_id"_s : lower] = it.value();
        } else if (isDeviceIdentity(lower)) {
            if (!it.value().isNull())
                devices[lower] = it.value();
        } else {
            attributes[it.key()] = it.value();
        }
    }
    if (identities.isEmpty() && devices.isEmpty() && mpid.isNull())
        return std::nullopt;
    QJsonObject batch{{u"environment"_s, environment},
                      {u"user_identities"_s, identities},
                      {u"user_attributes"_s, attributes}};
    if (!devices.isEmpty())
        batch[u"device_info"_s] = devices;
    if (!mpid.isNull())
        batch[u"mpid"_s] = mpid;
    return batch;
}

// The event batch of one row through a field transformation (spec §11.4); nullopt when it is not an event.
std::optional<QJsonObject> eventBatch(const QJsonObject &row, const QJsonObject &transformation,
                                      const QString &environment)
{
    QJsonObject data, custom, identities;
    QJsonValue eventType;
    QJsonObject batch{{u"environment"_s, environment}};
    auto place = [&](const QString &destination, const QJsonValue &value) {
        const QString lower = destination.toLower();
        if (lower == u"event_type")
            eventType = value;
        else if (lower == u"mpid" || lower == u"environment" || lower == u"ip")
            batch[lower] = value;
        else if (isUserIdentity(lower))
            identities[lower == u"customerid" ? u"customer_id"_s : lower] = value;
        else if (QSet<QString>{u"event_id"_s, u"event_num"_s, u"source_message_id"_s, u"session_id"_s,
                               u"session_uuid"_s, u"timestamp_unixtime_ms"_s, u"location"_s,
                               u"device_current_state"_s, u"custom_flags"_s, u"event_name"_s,
                               u"custom_event_type"_s}
                     .contains(lower))
            data[lower] = value;
        else
            custom[destination] = value;
    };
    for (const QJsonValue &m : transformation.value(u"mappings"_s).toArray()) {
        const QJsonObject mapping = m.toObject();
        const QString type = mapping.value(u"mapping_type"_s).toString();
        if (type == u"static") {
            place(mapping.value(u"destination"_s).toString(), mapping.value(u"value"_s));
        } else if (type == u"column") {
            const QString source = mapping.value(u"source"_s).toString();
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (it.key().compare(source, Qt::CaseInsensitive) == 0)
                    place(mapping.value(u"destination"_s).toString(), it.value());
            }
        }
    }
    if (!eventType.isString() || eventType.toString().isEmpty())
        return std::nullopt;
    if (eventType.toString() == u"custom_event" && data.value(u"event_name"_s).toString().isEmpty())
        return std::nullopt;
    if (!custom.isEmpty())
        data[u"custom_attributes"_s] = custom;
    batch[u"events"_s] = QJsonArray{QJsonObject{{u"data"_s, data}, {u"event_type"_s, eventType}}};
    if (!identities.isEmpty())
        batch[u"user_identities"_s] = identities;
    return batch;
}

} // namespace wsc::sandbox::RowBatches

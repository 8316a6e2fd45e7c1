#include "models/domain/ColumnRole.h"

namespace wsc {

using namespace Qt::StringLiterals;

const QStringList &ColumnRoles::userIdentityColumns()
{
    static const QStringList names = {
        u"mpid"_s,           u"customerid"_s,
        u"customer_id"_s,    u"email"_s,
        u"facebook"_s,       u"twitter"_s,
        u"google"_s,         u"microsoft"_s,
        u"yahoo"_s,          u"facebook_custom_audience_id"_s,
        u"other"_s,          u"other_id_2"_s,
        u"other_id_3"_s,     u"other_id_4"_s,
        u"other_id_5"_s,     u"other_id_6"_s,
        u"other_id_7"_s,     u"other_id_8"_s,
        u"other_id_9"_s,     u"other_id_10"_s,
        u"mobile_number"_s,  u"phone_number_2"_s,
        u"phone_number_3"_s,
    };
    return names;
}

const QStringList &ColumnRoles::deviceIdentityColumns()
{
    static const QStringList names = {
        u"android_uuid"_s,
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
        u"mp_deviceid"_s,
    };
    return names;
}

ColumnRole ColumnRoles::classify(const QString &column, const QString &iteratorField)
{
    if (!iteratorField.isEmpty() && column.compare(iteratorField, Qt::CaseInsensitive) == 0)
        return ColumnRole::Iterator;
    if (userIdentityColumns().contains(column, Qt::CaseInsensitive))
        return ColumnRole::UserIdentity;
    if (deviceIdentityColumns().contains(column, Qt::CaseInsensitive))
        return ColumnRole::DeviceIdentity;
    return ColumnRole::Attribute;
}

QString ColumnRoles::displayName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::UserIdentity: return tr("User identity");
    case ColumnRole::DeviceIdentity: return tr("Device identity");
    case ColumnRole::Iterator: return tr("Iterator");
    case ColumnRole::Attribute: return tr("User attribute");
    }
    return {};
}

} // namespace wsc

#include "models/domain/ColumnRole.h"

#include <QLocale>

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

namespace {

// Names shown in a summary before "and N more".
constexpr qsizetype kNamedAttributes = 3;

} // namespace

ColumnSummary ColumnSummary::of(const QStringList &columns, const QString &iteratorField)
{
    ColumnSummary summary;
    summary.iteratorField = iteratorField;
    for (const QString &column : columns) {
        switch (ColumnRoles::classify(column, iteratorField)) {
        case ColumnRole::UserIdentity: ++summary.userIdentities; break;
        case ColumnRole::DeviceIdentity: ++summary.deviceIdentities; break;
        case ColumnRole::Iterator: summary.iteratorFound = true; break;
        case ColumnRole::Attribute:
            ++summary.attributes;
            // Reserved attributes ($firstname, $city, …) exist on every profile (spec §12.2).
            if (!column.startsWith(u'$'))
                summary.customAttributes << column;
            break;
        }
    }
    return summary;
}

QString ColumnSummary::text() const
{
    const QString identities = tr("%n identity column(s)", nullptr, userIdentities + deviceIdentities);
    const QString attributeCount = tr("%n attribute(s)", nullptr, attributes);
    QString counts;
    if (iteratorField.isEmpty())
        counts = tr("%1, %2", "identities, attributes").arg(identities, attributeCount);
    else if (iteratorFound)
        counts = tr("%1, iterator %2, %3", "identities, iterator name, attributes")
                     .arg(identities, iteratorField, attributeCount);
    else
        counts = tr("%1, no iterator column, %2", "identities, attributes").arg(identities, attributeCount);
    if (customAttributes.isEmpty())
        return counts;

    const QLocale locale;
    QString names;
    if (customAttributes.size() <= kNamedAttributes) {
        names = locale.createSeparatedList(customAttributes);
    } else {
        names = tr("%1 and %n more", "attribute names", int(customAttributes.size() - kNamedAttributes))
                    .arg(customAttributes.first(kNamedAttributes).join(tr(", ", "between attribute names")));
    }
    const QString created =
        customAttributes.size() == 1
            ? tr("%1 will be a new attribute if the profile does not have it").arg(names)
            : tr("%1 will be new attributes if the profile does not have them").arg(names);
    return tr("%1; %2", "counts; new attributes").arg(counts, created);
}

QStringList ColumnSummary::warnings() const
{
    QStringList out;
    if (!hasIdentity()) {
        out << tr("No identity column (email, customer_id, mpid, … §12.4): a user-attributes run would fail "
                  "every row.");
    }
    if (!iteratorField.isEmpty() && !iteratorFound) {
        out << tr("The iterator field %1 is not a column of the result: incremental runs would fail.")
                   .arg(iteratorField);
    }
    return out;
}

} // namespace wsc

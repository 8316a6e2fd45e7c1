#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace wsc {

// How a result column of a data model is used by a user-attributes pipeline (spec §12.2, §12.4).
enum class ColumnRole {
    UserIdentity,   // a reserved user identity name (email, customer_id, mpid, …)
    DeviceIdentity, // a reserved device identity name (ios_idfv, push_token, …)
    Iterator,       // the pipeline's sync_mode.iterator_field
    Attribute,      // everything else becomes a user attribute
};

// The reserved identity column names and the classification of result columns.
class ColumnRoles {
    Q_DECLARE_TR_FUNCTIONS(wsc::ColumnRoles)

public:
    // Case-insensitive, as the service matches them.
    static ColumnRole classify(const QString &column, const QString &iteratorField);
    static const QStringList &userIdentityColumns();
    static const QStringList &deviceIdentityColumns();
    static QString displayName(ColumnRole role);
};

} // namespace wsc

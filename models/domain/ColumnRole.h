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

// What a data model's result columns become in a user-attributes pipeline (spec §12.1, §12.2, §12.4):
// the counts per role and the attributes the service would create on a profile that lacks them.
struct ColumnSummary {
    Q_DECLARE_TR_FUNCTIONS(wsc::ColumnSummary)

public:
    static ColumnSummary of(const QStringList &columns, const QString &iteratorField);

    int userIdentities = 0;
    int deviceIdentities = 0;
    int attributes = 0;
    QString iteratorField;        // as the pipeline names it; empty: no iterator (full sync)
    bool iteratorFound = false;   // iteratorField is a result column
    QStringList customAttributes; // attributes without the reserved `$` prefix, in result order

    bool hasIdentity() const { return userIdentities + deviceIdentities > 0; }
    // "2 identity columns, iterator updated_at, 5 attributes; count_of_open_tickets will be a new
    // attribute if the profile does not have it".
    QString text() const;
    // What would make a run fail: no identity column, an iterator that is not in the result (shown amber).
    QStringList warnings() const;
};

} // namespace wsc

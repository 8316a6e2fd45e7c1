#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace wsc {

// One difference between two JSON objects, at a dotted path ("config.sql_query"). Objects are compared
// member by member; arrays and scalars as whole values.
struct JsonChange {
    enum class Kind { Added, Removed, Changed };
    QString path;
    Kind kind = Kind::Changed;
    QJsonValue before; // Undefined when added
    QJsonValue after;  // Undefined when removed
};

// The changes that turn `before` into `after`, depth first in key order (within an object: changed and
// removed keys, then added ones).
std::vector<JsonChange> jsonDiff(const QJsonObject &before, const QJsonObject &after);

// A value as one line for display: strings bare, everything else as compact JSON.
QString jsonValueText(const QJsonValue &value);

} // namespace wsc

namespace wsc {

// Whether the server holds what was sent: every member of `sent` is in `held` with the same value, where
// the server's normal forms count as the same (a number sent as a string, `on-demand` read as `on_demand`,
// case of enum words). Secret members are skipped (the server masks them) and members only the server has
// (status, audit, new fields) do not matter. Used to tell a create whose answer was lost from a clash.
bool jsonHolds(const QJsonObject &held, const QJsonObject &sent);

} // namespace wsc

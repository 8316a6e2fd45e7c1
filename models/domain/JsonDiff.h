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

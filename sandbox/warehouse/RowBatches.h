#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace wsc::sandbox {

// How one row of a data model's result becomes an Events API batch: a user-attributes batch (spec §12.2,
// §12.4) or an event batch through a field transformation (§11.4).
namespace RowBatches {

// The reserved identity columns (spec §12.4), compared in lower case.
bool isUserIdentity(const QString &column);
bool isDeviceIdentity(const QString &column);

// nullopt when the row has no identity at all. `iterator` is the iterator column, which is not an attribute.
std::optional<QJsonObject> userBatch(const QJsonObject &row, const QString &iterator,
                                     const QString &environment);
// nullopt when the mapped row is not an event (no event_type, or a custom event without a name).
std::optional<QJsonObject> eventBatch(const QJsonObject &row, const QJsonObject &transformation,
                                      const QString &environment);

} // namespace RowBatches

} // namespace wsc::sandbox

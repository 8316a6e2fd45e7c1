#pragma once

#include "models/domain/Enums.h"

#include <QString>

namespace wsc {

// Object names as a provider's SQL spells them (spec §12.1: "use fully qualified object names"): a part
// is left bare when it is a plain identifier that is not a reserved word, and quoted otherwise, with
// BigQuery's backticks or everyone else's double quotes.

// Whether `name` can stand unquoted in the provider's SQL.
bool isBareIdentifier(ServiceProvider provider, const QString &name);
// `name`, quoted only when it must be.
QString quotedIdentifier(ServiceProvider provider, const QString &name);
// A column's name as a query would write it.
QString quotedColumn(ServiceProvider provider, const QString &name);
// `database.schema.table`; an empty schema gives `database.table`, an empty database `schema.table`.
QString qualifiedName(ServiceProvider provider, const QString &database, const QString &schema,
                      const QString &table);

} // namespace wsc

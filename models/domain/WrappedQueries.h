#pragma once

#include <QString>

namespace wsc {

// The statements that mParticle builds around a data model's SQL (spec §12.5): the model always runs as a
// sub-query, so a model that cannot be wrapped fails in the console first.
namespace WrappedQueries {

// The model's SQL as it goes inside the parentheses: a trailing `;` (and what follows it, only blanks and
// comments) dropped, as the service does before wrapping (§12.6).
QString innerSql(const QString &modelSql);
// `SELECT * FROM (<model>) AS mp_model LIMIT <limit>`: the rows a preview shows.
QString preview(const QString &modelSql, int limit);
// `SELECT * FROM (<model>) AS mp_model LIMIT 0`: the column set (§12.5's probe).
QString probe(const QString &modelSql);

} // namespace WrappedQueries

} // namespace wsc

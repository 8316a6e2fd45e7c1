#include "models/domain/SqlNames.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// Words reserved by all four warehouses' dialects that a table or column might plausibly be named.
constexpr std::array kReservedWords = {
    u"ALL",
    u"AND",
    u"AS",
    u"ASC",
    u"BETWEEN",
    u"BY",
    u"CASE",
    u"CAST",
    u"COLUMN",
    u"CREATE",
    u"CROSS",
    u"CURRENT_DATE",
    u"CURRENT_TIMESTAMP",
    u"DEFAULT",
    u"DELETE",
    u"DESC",
    u"DISTINCT",
    u"DROP",
    u"ELSE",
    u"END",
    u"EXISTS",
    u"FALSE",
    u"FROM",
    u"FULL",
    u"GRANT",
    u"GROUP",
    u"HAVING",
    u"IN",
    u"INNER",
    u"INSERT",
    u"INTERSECT",
    u"INTO",
    u"IS",
    u"JOIN",
    u"LEFT",
    u"LIKE",
    u"LIMIT",
    u"NOT",
    u"NULL",
    u"ON",
    u"OR",
    u"ORDER",
    u"OUTER",
    u"RIGHT",
    u"SELECT",
    u"SET",
    u"TABLE",
    u"THEN",
    u"TO",
    u"TRUE",
    u"UNION",
    u"UPDATE",
    u"USER",
    u"USING",
    u"VALUES",
    u"WHEN",
    u"WHERE",
    u"WITH",
};

bool isReserved(const QString &name)
{
    return std::any_of(kReservedWords.begin(), kReservedWords.end(), [&name](const char16_t *word) {
        return name.compare(QStringView(word), Qt::CaseInsensitive) == 0;
    });
}

bool isIdentifierStart(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
}

bool isIdentifierPart(ServiceProvider provider, QChar c)
{
    // BigQuery has no `$` in unquoted identifiers; the others allow it after the first character.
    return isIdentifierStart(c) || (c >= u'0' && c <= u'9') ||
           (c == u'$' && provider != ServiceProvider::BigQuery);
}

} // namespace

bool isBareIdentifier(ServiceProvider provider, const QString &name)
{
    if (name.isEmpty() || !isIdentifierStart(name.front()))
        return false;
    if (!std::all_of(name.begin(), name.end(), [provider](QChar c) { return isIdentifierPart(provider, c); }))
        return false;
    return !isReserved(name);
}

QString quotedIdentifier(ServiceProvider provider, const QString &name)
{
    if (isBareIdentifier(provider, name))
        return name;
    if (provider == ServiceProvider::BigQuery) {
        // BigQuery's quoted identifiers take the escapes of its string literals, not a doubled quote.
        QString escaped = name;
        escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"`"_s, u"\\`"_s);
        return u'`' + escaped + u'`';
    }
    QString escaped = name;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString quotedColumn(ServiceProvider provider, const QString &name)
{
    return quotedIdentifier(provider, name);
}

QString qualifiedName(ServiceProvider provider, const QString &database, const QString &schema,
                      const QString &table)
{
    QStringList parts;
    for (const QString *part : {&database, &schema})
        if (!part->isEmpty())
            parts << quotedIdentifier(provider, *part);
    parts << quotedIdentifier(provider, table);
    return parts.join(u'.');
}

} // namespace wsc

#include "models/domain/QueryErrorPosition.h"

#include "models/domain/SqlTokenizer.h"

#include <QRegularExpression>

namespace wsc::QueryErrorPosition {

using namespace Qt::StringLiterals;

namespace {

// The first token of `sql` that is `name` (a word or a quoted identifier, compared case-insensitively).
std::optional<SqlPosition> findToken(const QString &sql, QString name)
{
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0)
        name = name.mid(dot + 1);
    name = name.trimmed();
    if (name.isEmpty())
        return std::nullopt;
    for (const SqlToken &token : SqlTokenizer::tokenize(sql)) {
        const bool named =
            token.kind == SqlToken::Kind::Word || token.kind == SqlToken::Kind::QuotedIdentifier;
        const QString text = named ? token.identifier() : token.text.toString();
        if (token.kind != SqlToken::Kind::Comment && text.compare(name, Qt::CaseInsensitive) == 0)
            return SqlPosition{token.line, token.column, int(token.length)};
    }
    return std::nullopt;
}

std::optional<SqlPosition> modelPosition(const QString &sql, int statementLine, int column)
{
    const auto line = modelLine(sql, statementLine);
    if (!line || column < 1)
        return std::nullopt;
    return SqlPosition{*line, column, 0};
}

} // namespace

std::optional<int> modelLine(const QString &sql, int statementLine)
{
    qsizetype first = 0;
    while (first < sql.size() && sql[first].isSpace())
        ++first;
    const int leading = int(sql.left(first).count(u'\n')); // trimmed off before wrapping
    const int line = statementLine - 1 + leading;
    if (statementLine < 2 || line > int(sql.count(u'\n')) + 1)
        return std::nullopt;
    return line;
}

std::optional<SqlPosition> locate(const QString &message, const QString &sql)
{
    static const QRegularExpression snowflake(u"line (\\d+) at position (\\d+)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression named(
        uR"((?:at or near|near|no such table:|no such column:|relation|column|invalid identifier)\s+["'`]?([^"'`\s:,]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pgLine(u"^LINE (\\d+):"_s, QRegularExpression::MultilineOption);
    if (const auto m = snowflake.match(message); m.hasMatch()) {
        // Snowflake counts positions from 0.
        if (auto position = modelPosition(sql, m.captured(1).toInt(), m.captured(2).toInt() + 1))
            return position;
    }
    if (const auto m = named.match(message); m.hasMatch()) {
        if (auto position = findToken(sql, m.captured(1)))
            return position;
    }
    if (const auto m = pgLine.match(message); m.hasMatch())
        return modelPosition(sql, m.captured(1).toInt(), 1);
    return std::nullopt;
}

} // namespace wsc::QueryErrorPosition

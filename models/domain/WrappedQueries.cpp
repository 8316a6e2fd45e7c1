#include "models/domain/WrappedQueries.h"

#include "models/domain/SqlTokenizer.h"

namespace wsc::WrappedQueries {

using namespace Qt::StringLiterals;

QString innerSql(const QString &modelSql)
{
    const std::vector<SqlToken> tokens = SqlTokenizer::tokenize(modelSql);
    // The last token that is not a comment; a `;` there ends the statement and goes.
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
        if (it->kind == SqlToken::Kind::Comment)
            continue;
        if (it->isPunctuation(u';'))
            return modelSql.left(it->offset).trimmed();
        break;
    }
    return modelSql.trimmed();
}

// The model on lines of its own, so that a trailing `--` comment cannot swallow the closing parenthesis.
static QString wrapped(const QString &modelSql)
{
    return u"SELECT * FROM (\n"_s + innerSql(modelSql) + u"\n) AS mp_model"_s;
}

QString preview(const QString &modelSql, int limit)
{
    return wrapped(modelSql) + u" LIMIT "_s + QString::number(limit);
}

QString probe(const QString &modelSql)
{
    return preview(modelSql, 0);
}

} // namespace wsc::WrappedQueries

#include "models/domain/SqlTokenizer.h"

namespace wsc {

QString SqlToken::identifier() const
{
    if (kind != Kind::QuotedIdentifier || text.size() < 2)
        return text.toString();
    const QChar open = text.front();
    const QChar close = open == u'[' ? u']' : open;
    QString inner = text.mid(1, text.back() == close ? text.size() - 2 : text.size() - 1).toString();
    if (open != u'[')
        inner.replace(QString(2, close), QString(close));
    return inner;
}

bool SqlToken::isWord(QStringView upperCaseKeyword) const
{
    return kind == Kind::Word && text.compare(upperCaseKeyword, Qt::CaseInsensitive) == 0;
}

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

} // namespace

std::vector<SqlToken> SqlTokenizer::tokenize(QStringView sql, qsizetype *unterminatedIndex)
{
    std::vector<SqlToken> tokens;
    if (unterminatedIndex)
        *unterminatedIndex = -1;
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype i = 0;
    const qsizetype n = sql.size();

    auto push = [&](SqlToken::Kind kind, qsizetype begin, qsizetype end, int tokenLine,
                    qsizetype tokenLineStart) {
        tokens.push_back(SqlToken{kind, begin, end - begin, tokenLine, int(begin - tokenLineStart) + 1,
                                  sql.mid(begin, end - begin)});
    };
    // Advances over a quoted run closed by `close` (a doubled close is an escaped one); counts lines.
    auto skipQuoted = [&](QChar close, bool doubledEscapes) {
        ++i;
        while (i < n) {
            const QChar c = sql[i];
            if (c == close) {
                if (doubledEscapes && i + 1 < n && sql[i + 1] == close) {
                    i += 2;
                    continue;
                }
                ++i;
                return true;
            }
            if (c == u'\n') {
                ++line;
                lineStart = i + 1;
            }
            ++i;
        }
        return false;
    };

    while (i < n) {
        const QChar c = sql[i];
        if (c == u'\n') {
            ++line;
            lineStart = ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        const int beginLine = line;
        const qsizetype beginLineStart = lineStart;
        if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            while (i < n && sql[i] != u'\n')
                ++i;
            push(SqlToken::Kind::Comment, begin, i, beginLine, beginLineStart);
        } else if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            i += 2;
            bool closed = false;
            while (i < n) {
                if (sql[i] == u'*' && i + 1 < n && sql[i + 1] == u'/') {
                    i += 2;
                    closed = true;
                    break;
                }
                if (sql[i] == u'\n') {
                    ++line;
                    lineStart = i + 1;
                }
                ++i;
            }
            push(SqlToken::Kind::Comment, begin, i, beginLine, beginLineStart);
            if (!closed && unterminatedIndex)
                *unterminatedIndex = qsizetype(tokens.size()) - 1;
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            const bool closed = skipQuoted(close, c != u'[');
            push(c == u'\'' ? SqlToken::Kind::String : SqlToken::Kind::QuotedIdentifier, begin, i, beginLine,
                 beginLineStart);
            if (!closed && unterminatedIndex)
                *unterminatedIndex = qsizetype(tokens.size()) - 1;
        } else if (isWordStart(c)) {
            while (i < n && isWordChar(sql[i]))
                ++i;
            push(SqlToken::Kind::Word, begin, i, beginLine, beginLineStart);
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && sql[i + 1].isDigit())) {
            while (i < n &&
                   (sql[i].isLetterOrNumber() || sql[i] == u'.' ||
                    ((sql[i] == u'+' || sql[i] == u'-') && (sql[i - 1] == u'e' || sql[i - 1] == u'E'))))
                ++i;
            push(SqlToken::Kind::Number, begin, i, beginLine, beginLineStart);
        } else {
            ++i;
            push(SqlToken::Kind::Punctuation, begin, i, beginLine, beginLineStart);
        }
    }
    return tokens;
}

} // namespace wsc

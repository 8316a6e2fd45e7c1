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

// Where a scan through the query is: the index, and the line it is on with that line's start. The
// scanners below each start on a token's first character and leave the cursor after its last; small and
// in one file, they inline into the loop, which runs on every keystroke.
struct Cursor {
    QStringView sql;
    qsizetype i = 0;
    int line = 1;
    qsizetype lineStart = 0;

    bool at(qsizetype k, QChar c) const { return k < sql.size() && sql[k] == c; }
    void newLineAt(qsizetype k)
    {
        ++line;
        lineStart = k + 1;
    }
};

struct Scanned {
    SqlToken::Kind kind;
    bool closed = true; // false: a string, quoted identifier or block comment left open
};

// -- … up to the end of the line.
void scanLineComment(Cursor &c)
{
    while (c.i < c.sql.size() && c.sql[c.i] != u'\n')
        ++c.i;
}

// /* … */, over lines.
bool scanBlockComment(Cursor &c)
{
    c.i += 2;
    while (c.i < c.sql.size()) {
        if (c.sql[c.i] == u'*' && c.at(c.i + 1, u'/')) {
            c.i += 2;
            return true;
        }
        if (c.sql[c.i] == u'\n')
            c.newLineAt(c.i);
        ++c.i;
    }
    return false;
}

// A quoted run closed by `close` (a doubled close is an escaped one), over lines.
bool scanQuoted(Cursor &c, QChar close, bool doubledEscapes)
{
    ++c.i;
    while (c.i < c.sql.size()) {
        const QChar ch = c.sql[c.i];
        if (ch == close) {
            if (doubledEscapes && c.at(c.i + 1, close)) {
                c.i += 2;
                continue;
            }
            ++c.i;
            return true;
        }
        if (ch == u'\n')
            c.newLineAt(c.i);
        ++c.i;
    }
    return false;
}

void scanWord(Cursor &c)
{
    while (c.i < c.sql.size() && isWordChar(c.sql[c.i]))
        ++c.i;
}

bool startsNumber(const Cursor &c)
{
    const QChar ch = c.sql[c.i];
    return ch.isDigit() || (ch == u'.' && c.i + 1 < c.sql.size() && c.sql[c.i + 1].isDigit());
}

// Digits, letters and dots, and a sign right after an exponent's e: 1.5e-3, 0x1F, .5.
void scanNumber(Cursor &c)
{
    const QStringView sql = c.sql;
    qsizetype i = c.i;
    while (i < sql.size() &&
           (sql[i].isLetterOrNumber() || sql[i] == u'.' ||
            ((sql[i] == u'+' || sql[i] == u'-') && (sql[i - 1] == u'e' || sql[i - 1] == u'E'))))
        ++i;
    c.i = i;
}

// One token from the cursor's character, which is not white space.
Scanned scanToken(Cursor &c)
{
    const QChar ch = c.sql[c.i];
    if (ch == u'-' && c.at(c.i + 1, u'-')) {
        scanLineComment(c);
        return {SqlToken::Kind::Comment};
    }
    if (ch == u'/' && c.at(c.i + 1, u'*'))
        return {SqlToken::Kind::Comment, scanBlockComment(c)};
    if (ch == u'\'' || ch == u'"' || ch == u'`' || ch == u'[') {
        const bool closed = scanQuoted(c, ch == u'[' ? u']' : ch, ch != u'[');
        return {ch == u'\'' ? SqlToken::Kind::String : SqlToken::Kind::QuotedIdentifier, closed};
    }
    if (isWordStart(ch)) {
        scanWord(c);
        return {SqlToken::Kind::Word};
    }
    if (startsNumber(c)) {
        scanNumber(c);
        return {SqlToken::Kind::Number};
    }
    ++c.i;
    return {SqlToken::Kind::Punctuation};
}

} // namespace

std::vector<SqlToken> SqlTokenizer::tokenize(QStringView sql, qsizetype *unterminatedIndex)
{
    std::vector<SqlToken> tokens;
    if (unterminatedIndex)
        *unterminatedIndex = -1;
    Cursor cursor{sql};
    while (cursor.i < sql.size()) {
        const QChar c = sql[cursor.i];
        if (c == u'\n') {
            cursor.newLineAt(cursor.i);
            ++cursor.i;
            continue;
        }
        if (c.isSpace()) {
            ++cursor.i;
            continue;
        }
        const Cursor begin = cursor;
        const Scanned scanned = scanToken(cursor);
        const qsizetype length = cursor.i - begin.i;
        tokens.push_back(SqlToken{scanned.kind, begin.i, length, begin.line,
                                  int(begin.i - begin.lineStart) + 1, sql.mid(begin.i, length)});
        if (!scanned.closed && unterminatedIndex)
            *unterminatedIndex = qsizetype(tokens.size()) - 1;
    }
    return tokens;
}

} // namespace wsc

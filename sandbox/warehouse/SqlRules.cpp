#include "sandbox/warehouse/SqlRules.h"

#include <utility>
#include <vector>

namespace wsc::sandbox::SqlRules {

using namespace Qt::StringLiterals;

namespace {

struct Token {
    enum Kind { Word, Quoted, Text, Other, Comment } kind;
    int begin;
    int end;
};

// Comments, '…' strings and "…" `…` […] identifiers are single tokens; words are [A-Za-z_][A-Za-z0-9_$]*.
std::vector<Token> lex(const QString &s)
{
    std::vector<Token> out;
    const int n = int(s.size());
    int i = 0;
    while (i < n) {
        const QChar c = s[i];
        const int b = i;
        if (c.isSpace()) {
            ++i;
        } else if (s.mid(i, 2) == u"--") {
            while (i < n && s[i] != u'\n')
                ++i;
            out.push_back({Token::Comment, b, i});
        } else if (s.mid(i, 2) == u"/*") {
            const int close = int(s.indexOf(u"*/"_s, i + 2));
            i = close < 0 ? n : close + 2;
            out.push_back({Token::Comment, b, i});
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            ++i;
            while (i < n) {
                if (s[i] == close) {
                    if (close != u']' && i + 1 < n && s[i + 1] == close) {
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
            out.push_back({c == u'\'' ? Token::Text : Token::Quoted, b, i});
        } else if (c.isLetter() || c == u'_') {
            while (i < n && (s[i].isLetterOrNumber() || s[i] == u'_' || s[i] == u'$'))
                ++i;
            out.push_back({Token::Word, b, i});
        } else {
            ++i;
            out.push_back({Token::Other, b, i});
        }
    }
    return out;
}

const QStringList &forbidden()
{
    static const QStringList words = {u"DELETE"_s, u"UPDATE"_s,   u"DROP"_s,   u"CREATE"_s,
                                      u"ALTER"_s,  u"WITH"_s,     u"INSERT"_s, u"REPLACE"_s,
                                      u"MERGE"_s,  u"TRUNCATE"_s, u"GRANT"_s,  u"REVOKE"_s,
                                      u"ATTACH"_s, u"DETACH"_s,   u"PRAGMA"_s, u"VACUUM"_s};
    return words;
}

} // namespace

QStringList check(const QString &sql)
{
    QStringList problems;
    std::vector<Token> code;
    for (const Token &t : lex(sql)) {
        if (t.kind != Token::Comment)
            code.push_back(t);
    }
    auto text = [&](const Token &t) { return sql.mid(t.begin, t.end - t.begin); };
    if (code.empty())
        return {u"sql_query must not be empty."_s};

    // A command counts where a statement begins (spec §12.3): at the start of the text or after a ';',
    // with nothing but punctuation before it. Inside a statement the same words are names or keywords
    // (TIMESTAMP WITH TIME ZONE, a column called "merge").
    bool atStatementStart = true;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const QString token = text(code[i]);
        if (code[i].kind != Token::Word) {
            if (token == u";")
                atStatementStart = true;
            continue;
        }
        const bool starts = std::exchange(atStatementStart, false);
        const QString word = token.toUpper();
        if (!starts || !forbidden().contains(word))
            continue;
        // REPLACE(…), TRUNCATE(…) and INSERT(…) are also functions in warehouse dialects.
        const bool call = i + 1 < code.size() && text(code[i + 1]) == u"(" &&
                          (word == u"REPLACE" || word == u"TRUNCATE" || word == u"INSERT");
        if (!call)
            problems << u"Unsupported SQL command: "_s + word;
    }
    std::size_t first = 0;
    while (first < code.size() && code[first].kind != Token::Word)
        ++first;
    if (first == code.size() || text(code[first]).toUpper() != u"SELECT") {
        if (first == code.size() || !forbidden().contains(text(code[first]).toUpper()))
            problems << u"The query must be a single SELECT statement."_s;
    }
    for (std::size_t i = 0; i + 1 < code.size(); ++i) {
        if (text(code[i]) == u";") {
            problems << u"Only one SQL statement is allowed."_s;
            break;
        }
    }
    problems.removeDuplicates();
    return problems;
}

QString rewriteForSqlite(const QString &sql, const QString &database)
{
    const std::vector<Token> tokens = lex(sql);
    QString out;
    int copied = 0;
    auto text = [&](const Token &t) { return sql.mid(t.begin, t.end - t.begin); };
    auto identifier = [&](const Token &t) {
        const QString raw = text(t);
        return t.kind == Token::Quoted ? raw.mid(1, raw.size() - 2) : raw;
    };
    for (std::size_t i = 0; i + 4 < tokens.size(); ++i) {
        const Token &a = tokens[i];
        const bool isName = a.kind == Token::Word || a.kind == Token::Quoted;
        const bool preceded = i > 0 && text(tokens[i - 1]) == u".";
        if (!isName || preceded || identifier(a).compare(database, Qt::CaseInsensitive) != 0)
            continue;
        // a . b . c  → b . c
        if (text(tokens[i + 1]) == u"." &&
            (tokens[i + 2].kind == Token::Word || tokens[i + 2].kind == Token::Quoted) &&
            text(tokens[i + 3]) == u"." &&
            (tokens[i + 4].kind == Token::Word || tokens[i + 4].kind == Token::Quoted)) {
            out += sql.mid(copied, a.begin - copied);
            copied = tokens[i + 2].begin;
        }
    }
    out += sql.mid(copied);
    // A trailing semicolon (and what follows it: only comments, the rules made sure) cannot be wrapped.
    const std::vector<Token> rewritten = lex(out);
    for (auto it = rewritten.rbegin(); it != rewritten.rend(); ++it) {
        if (it->kind == Token::Comment)
            continue;
        if (out.mid(it->begin, it->end - it->begin) == u";")
            out.truncate(it->begin);
        break;
    }
    return out;
}

} // namespace wsc::sandbox::SqlRules

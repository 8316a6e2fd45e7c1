#include "models/domain/SqlChecker.h"

#include "models/domain/SqlTokenizer.h"

#include <QStringList>

#include <algorithm>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// Words that end or continue an expression and therefore can never be an implicit alias.
const QStringList &nonAliasKeywords()
{
    static const QStringList words = {
        u"AND"_s,  u"OR"_s,   u"NOT"_s,   u"IS"_s,       u"NULL"_s,   u"TRUE"_s, u"FALSE"_s,
        u"IN"_s,   u"LIKE"_s, u"ILIKE"_s, u"BETWEEN"_s,  u"CASE"_s,   u"WHEN"_s, u"THEN"_s,
        u"ELSE"_s, u"END"_s,  u"AS"_s,    u"DISTINCT"_s, u"ALL"_s,    u"FROM"_s, u"WHERE"_s,
        u"ASC"_s,  u"DESC"_s, u"OVER"_s,  u"INTERVAL"_s, u"SELECT"_s, u"ON"_s,   u"BY"_s,
    };
    return words;
}

// Commands that are also common function names (REPLACE(s, a, b), TRUNCATE(n, 2), INSERT(s, …)):
// followed by "(" they are calls, not commands.
bool isAlsoFunction(QStringView word)
{
    return word.compare(u"REPLACE", Qt::CaseInsensitive) == 0 ||
           word.compare(u"TRUNCATE", Qt::CaseInsensitive) == 0 ||
           word.compare(u"INSERT", Qt::CaseInsensitive) == 0;
}

SqlIssue issueAt(const SqlToken &token, QString message,
                 SqlIssue::Severity severity = SqlIssue::Severity::Error)
{
    return SqlIssue{token.line, token.column, token.offset, token.length, std::move(message), severity};
}

SqlIssue warningAt(const SqlResultColumn &column, QString message)
{
    return SqlIssue{column.line,   column.column,      column.offset,
                    column.length, std::move(message), SqlIssue::Severity::Warning};
}

// The published column limit of a data model (spec §14, from the early-access pages only: a warning).
constexpr std::size_t kMaxColumns = 100;

bool isIdentifier(const SqlToken &t)
{
    return t.kind == SqlToken::Kind::QuotedIdentifier ||
           (t.kind == SqlToken::Kind::Word &&
            !nonAliasKeywords().contains(t.text.toString(), Qt::CaseInsensitive));
}

SqlResultColumn describeItem(QStringView sql, const std::vector<const SqlToken *> &item, bool &wildcard)
{
    const SqlToken &first = *item.front();
    const SqlToken &last = *item.back();
    SqlResultColumn column;
    column.line = first.line;
    column.column = first.column;
    column.offset = first.offset;
    column.length = last.offset + last.length - first.offset;
    column.expression = sql.mid(column.offset, column.length).toString();

    if (last.isPunctuation(u'*')) {
        // `*` or `t.*`; `a * b` is a product without a name.
        if (item.size() == 1 || item[item.size() - 2]->isPunctuation(u'.'))
            wildcard = column.wildcard = true;
        return column;
    }
    if (!isIdentifier(last))
        return column;
    bool named = item.size() == 1;
    if (item.size() >= 2) {
        const SqlToken &previous = *item[item.size() - 2];
        if (previous.isWord(u"AS")) {
            named = true; // explicit alias
        } else if (previous.isPunctuation(u'.')) {
            // a qualified column name a.b.c: named after its last part if every other token is a name or a
            // dot
            named = true;
            for (std::size_t i = 0; i + 1 < item.size(); ++i) {
                const bool expectDot = (item.size() - 1 - i) % 2 == 1;
                if (expectDot ? !item[i]->isPunctuation(u'.') : !isIdentifier(*item[i]))
                    named = false;
            }
        } else if (isIdentifier(previous) || previous.kind == SqlToken::Kind::String ||
                   previous.kind == SqlToken::Kind::Number || previous.isPunctuation(u')') ||
                   previous.isWord(u"END") || previous.isWord(u"NULL") || previous.isWord(u"TRUE") ||
                   previous.isWord(u"FALSE")) {
            named = true; // implicit alias: `expr alias`
        }
    }
    if (named) {
        column.name = last.identifier();
        column.quoted = last.kind == SqlToken::Kind::QuotedIdentifier;
    }
    return column;
}

// The items of the top-level select list: from after SELECT [DISTINCT|ALL|TOP n] to the first FROM at
// parenthesis depth 0. An empty item (two commas, a comma after SELECT or before FROM) is an error; a list
// that ends without FROM is a warning, unless an unclosed string, name or parenthesis took the rest.
void collectColumns(QStringView sql, const std::vector<const SqlToken *> &code, std::size_t selectIndex,
                    bool textComplete, SqlCheckResult &result)
{
    std::size_t i = selectIndex + 1;
    while (i < code.size() && (code[i]->isWord(u"DISTINCT") || code[i]->isWord(u"ALL")))
        ++i;
    if (i + 1 < code.size() && code[i]->isWord(u"TOP") && code[i + 1]->kind == SqlToken::Kind::Number)
        i += 2;
    int depth = 0;
    bool sawFrom = false;
    const SqlToken *lastComma = nullptr;
    std::vector<const SqlToken *> item;
    auto flush = [&] {
        if (!item.empty())
            result.columns.push_back(describeItem(sql, item, result.hasWildcard));
        item.clear();
    };
    for (; i < code.size(); ++i) {
        const SqlToken &t = *code[i];
        if (t.isPunctuation(u'(')) {
            ++depth;
        } else if (t.isPunctuation(u')')) {
            if (--depth < 0)
                break;
        } else if (depth == 0) {
            if (t.isWord(u"FROM") || t.isPunctuation(u';') || t.isWord(u"UNION") || t.isWord(u"EXCEPT") ||
                t.isWord(u"INTERSECT")) {
                sawFrom = t.isWord(u"FROM");
                break;
            }
            if (t.isPunctuation(u',')) {
                if (item.empty())
                    result.issues.push_back(issueAt(
                        t, SqlChecker::tr(
                               "An empty item in the select list: remove this comma or add a column.")));
                lastComma = &t;
                flush();
                continue;
            }
        }
        item.push_back(&t);
    }
    const SqlToken &select = *code[selectIndex];
    if (item.empty() && lastComma)
        result.issues.push_back(issueAt(
            *lastComma, SqlChecker::tr("The select list ends with a comma: remove it or add a column.")));
    else if (item.empty() && result.columns.empty())
        result.issues.push_back(issueAt(select, SqlChecker::tr("The select list is empty.")));
    flush();
    // An unclosed parenthesis or string took what follows: its error says what is wrong.
    if (!sawFrom && textComplete && depth <= 0)
        result.issues.push_back(issueAt(select, SqlChecker::tr("The query has no FROM: it reads no table."),
                                        SqlIssue::Severity::Warning));
}

// Every parenthesis closes one that is open, and every one that opens is closed.
void checkParentheses(const std::vector<const SqlToken *> &code, SqlCheckResult &result)
{
    std::vector<const SqlToken *> open;
    for (const SqlToken *t : code) {
        if (t->isPunctuation(u'('))
            open.push_back(t);
        else if (t->isPunctuation(u')') && !open.empty())
            open.pop_back();
        else if (t->isPunctuation(u')'))
            result.issues.push_back(
                issueAt(*t, SqlChecker::tr("This parenthesis closes none that is open.")));
    }
    for (const SqlToken *t : open)
        result.issues.push_back(issueAt(*t, SqlChecker::tr("This parenthesis is not closed.")));
}

// What the result columns say of the query: unnamed expressions, two columns of one name, too many.
void checkResultColumns(const SqlToken &select, SqlCheckResult &result)
{
    std::vector<const SqlResultColumn *> named;
    for (const SqlResultColumn &column : result.columns) {
        if (column.wildcard)
            continue;
        if (column.name.isEmpty()) {
            result.issues.push_back(warningAt(
                column, SqlChecker::tr(
                            "This expression has no alias: the warehouse chooses its name. Add AS name.")));
            continue;
        }
        // Unquoted names are folded by the warehouse (§12.1): they clash whatever their case.
        const auto clash = std::find_if(named.begin(), named.end(), [&](const SqlResultColumn *other) {
            return other->name.compare(column.name, column.quoted && other->quoted
                                                        ? Qt::CaseSensitive
                                                        : Qt::CaseInsensitive) == 0;
        });
        if (clash != named.end())
            result.issues.push_back(warningAt(
                column, SqlChecker::tr("Another column of the result is also named %1.").arg(column.name)));
        named.push_back(&column);
    }
    const auto count = std::count_if(result.columns.begin(), result.columns.end(),
                                     [](const SqlResultColumn &c) { return !c.wildcard; });
    if (std::size_t(count) > kMaxColumns)
        result.issues.push_back(
            issueAt(select,
                    SqlChecker::tr("The query returns %1 columns; the published limit of a data model is %2.")
                        .arg(count)
                        .arg(kMaxColumns),
                    SqlIssue::Severity::Warning));
}

// The commands are refused as statements (§12.3): where a statement starts, that is the head of the
// query or after a semicolon. Elsewhere they are words like any other: CAST(x AS TIMESTAMP WITH TIME
// ZONE), a column named merge or grant, REPLACE(…) as a function. Whether one was found at the head.
bool checkCommands(const std::vector<const SqlToken *> &code, std::size_t firstWord, SqlCheckResult &result)
{
    const QStringList &unsupported = SqlChecker::unsupportedCommands();
    bool reportedAtHead = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const SqlToken &t = *code[i];
        if (t.kind != SqlToken::Kind::Word || !unsupported.contains(t.text.toString(), Qt::CaseInsensitive))
            continue;
        std::size_t previous = i;
        while (previous > 0 && code[previous - 1]->kind != SqlToken::Kind::Word &&
               !code[previous - 1]->isPunctuation(u';'))
            --previous; // only punctuation such as "(" may stand before a statement's first word
        const bool startsStatement = i == firstWord || (previous > 0 && code[previous - 1]->isPunctuation(u';'));
        const bool call = i + 1 < code.size() && code[i + 1]->isPunctuation(u'(') && isAlsoFunction(t.text);
        if (!startsStatement || call)
            continue;
        result.issues.push_back(
            issueAt(t, SqlChecker::tr("Unsupported SQL command: %1").arg(t.text.toString().toUpper())));
        reportedAtHead = reportedAtHead || i == firstWord;
    }
    return reportedAtHead;
}

} // namespace

const QStringList &SqlChecker::unsupportedCommands()
{
    static const QStringList words = {
        u"DELETE"_s, u"UPDATE"_s,  u"DROP"_s,   u"CREATE"_s,   u"ALTER"_s, u"WITH"_s,
        u"INSERT"_s, u"REPLACE"_s, u"MERGE"_s,  u"TRUNCATE"_s, u"GRANT"_s, u"REVOKE"_s,
        u"ATTACH"_s, u"DETACH"_s,  u"PRAGMA"_s, u"VACUUM"_s,
    };
    return words;
}

SqlCheckResult SqlChecker::check(QStringView sql)
{
    SqlCheckResult result;
    qsizetype unterminated = -1;
    const std::vector<SqlToken> tokens = SqlTokenizer::tokenize(sql, &unterminated);

    if (unterminated >= 0) {
        const SqlToken &t = tokens[std::size_t(unterminated)];
        QString message;
        switch (t.kind) {
        case SqlToken::Kind::String: message = tr("This string is not closed."); break;
        case SqlToken::Kind::Comment: message = tr("This comment is not closed."); break;
        default: message = tr("This quoted name is not closed."); break;
        }
        result.issues.push_back(issueAt(t, message));
    }

    std::vector<const SqlToken *> code; // tokens without comments
    code.reserve(tokens.size());
    for (const SqlToken &t : tokens) {
        if (t.kind != SqlToken::Kind::Comment)
            code.push_back(&t);
    }
    if (code.empty()) {
        result.issues.push_back(SqlIssue{1, 1, 0, 0, tr("The query is empty.")});
        return result;
    }

    std::size_t firstWord = 0;
    while (firstWord < code.size() && code[firstWord]->kind != SqlToken::Kind::Word)
        ++firstWord;

    const bool reportedCommand = checkCommands(code, firstWord, result);

    if (firstWord == code.size() || !code[firstWord]->isWord(u"SELECT")) {
        if (!reportedCommand) {
            const SqlToken &at = *code[firstWord == code.size() ? 0 : firstWord];
            result.issues.push_back(issueAt(at, tr("A data model must be a single SELECT query.")));
        }
    } else {
        collectColumns(sql, code, firstWord, unterminated < 0, result);
        checkResultColumns(*code[firstWord], result);
    }
    checkParentheses(code, result);

    for (std::size_t i = 0; i + 1 < code.size(); ++i) {
        if (code[i]->isPunctuation(u';')) {
            result.issues.push_back(issueAt(
                *code[i + 1], tr("Only one statement is allowed: remove what follows the semicolon.")));
            break;
        }
    }

    std::sort(result.issues.begin(), result.issues.end(),
              [](const SqlIssue &a, const SqlIssue &b) { return a.offset < b.offset; });
    return result;
}

} // namespace wsc

#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace wsc {

// One lexical token of a data model's SQL, with its position for error markers.
struct SqlToken {
    enum class Kind {
        Word,             // keyword or bare identifier
        QuotedIdentifier, // "…", `…` or […]
        String,           // '…'
        Number,
        Punctuation, // ( ) , . ; and operators
        Comment,     // -- … or /* … */
    };
    Kind kind;
    qsizetype offset; // in UTF-16 code units of the query
    qsizetype length;
    int line;   // 1-based
    int column; // 1-based, in characters of the line
    QStringView text;

    // The identifier as the warehouse sees it: quotes removed and doubled quotes undone.
    QString identifier() const;
    bool isWord(QStringView upperCaseKeyword) const;
    bool isPunctuation(QChar c) const
    {
        return kind == Kind::Punctuation && text.size() == 1 && text[0] == c;
    }
};

// Splits SQL into tokens. Strings, quoted identifiers and comments are single tokens, so that keywords
// inside them are never mistaken for commands; an unterminated one runs to the end and is flagged.
class SqlTokenizer {
public:
    // `sql` must outlive the tokens (they view into it). Comments are included. `unterminatedIndex`
    // receives the index of a string, quoted identifier or block comment left open, else -1.
    static std::vector<SqlToken> tokenize(QStringView sql, qsizetype *unterminatedIndex = nullptr);
};

} // namespace wsc

#pragma once

#include "models/domain/SqlChecker.h"

#include <Qsci/qsciscintilla.h>

class QsciLexerSQL;

namespace wsc {

class SqlCompletions;

// The SQL editor of data models: SQL highlighting, line numbers, brace matching, completion of SQL
// keywords, reserved identity columns and the model's own columns, and squiggles where the checker or
// the server found a problem.
class SqlEditor : public QsciScintilla {
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);

    // Marks problems at their line and column (1-based, UTF-16 columns as the checker reports them).
    void setIssues(const std::vector<SqlIssue> &issues);
    // Extra words offered by completion (the columns of the model's result).
    void setCompletionWords(const QStringList &words);
    // What completion offers for a word being typed (keywords, identity columns, the extra words).
    QStringList completionsFor(const QString &prefix) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Lexer, margin and caret colours that read on the current palette (light or dark).
    void applyPaletteColours();

    int m_errorIndicator = -1;
    int m_warningIndicator = -1;
    QsciLexerSQL *m_lexer = nullptr;
    SqlCompletions *m_completions = nullptr;
    QStringList m_extraWords;
};

} // namespace wsc

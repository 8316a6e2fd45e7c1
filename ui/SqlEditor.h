#pragma once

#include "models/domain/SqlChecker.h"

#include <Qsci/qsciscintilla.h>

#include <optional>

class QsciAPIs;
class QsciLexerSQL;

namespace wsc {

// The SQL editor of data models: SQL highlighting, line numbers, brace matching, completion of SQL
// keywords, reserved identity columns and the model's own columns, and squiggles where the checker or
// the server found a problem.
class SqlEditor : public QsciScintilla {
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    // Marks problems at their line and column (1-based, UTF-16 columns as the checker reports them).
    void setIssues(const std::vector<SqlIssue> &issues);
    // Extra words offered by completion (the columns of the model's result).
    void setCompletionWords(const QStringList &words);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Lexer, margin and caret colours that read on the current palette (light or dark).
    void applyPaletteColours();

    int m_errorIndicator = -1;
    QsciLexerSQL *m_lexer = nullptr;
    QsciAPIs *m_apis = nullptr;
    QStringList m_extraWords;
    bool m_prepared = false;
    bool m_preparing = false; // QsciAPIs::prepare() runs in a thread of its own
    std::optional<QStringList> m_pendingWords;
};

} // namespace wsc

#pragma once

#include "models/domain/Enums.h"
#include "models/domain/QueryResult.h"
#include "models/domain/SqlChecker.h"

#include <Qsci/qsciscintilla.h>

class QsciLexerSQL;

namespace wsc {

class SqlCompletions;

// The SQL editor of data models: SQL highlighting, line numbers, brace matching, completion of SQL
// keywords, reserved identity columns, the model's own columns and the warehouse's tables and columns, and
// squiggles where the checker or the server found a problem.
class SqlEditor : public QsciScintilla {
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);

    // Marks problems at their line and column (1-based, UTF-16 columns as the checker reports them).
    void setIssues(const std::vector<SqlIssue> &issues);
    // Extra words offered by completion (the columns of the model's result).
    void setCompletionWords(const QStringList &words);
    // The warehouse's tables (by qualified name, and by name with the qualified name as a hint) and
    // columns (with their table as a hint), replacing those of the catalog set before. The caller caches
    // the catalog; this only builds the list.
    void setCatalogCompletions(const WarehouseCatalog &catalog, ServiceProvider provider);
    // What completion offers for a word being typed (keywords, identity columns, the extra words, the
    // catalog's entries), as the list shows them.
    QStringList completionsFor(const QString &prefix) const;
    // What choosing an entry of the list writes: a hinted entry writes its (quoted) name.
    QString completionInsertion(const QString &text) const;

protected:
    void changeEvent(QEvent *event) override;
    void childEvent(QChildEvent *event) override;

private:
    // Lexer, margin and caret colours that read on the current palette (light or dark).
    void applyPaletteColours();
    void registerCompletionImages();
    void handleCompletionChosen(const char *selection, int position);

    int m_errorIndicator = -1;
    int m_warningIndicator = -1;
    QsciLexerSQL *m_lexer = nullptr;
    SqlCompletions *m_completions = nullptr;
    QStringList m_extraWords;
};

} // namespace wsc

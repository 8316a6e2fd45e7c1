#pragma once

#include "models/domain/Enums.h"
#include "models/domain/QueryResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <Qsci/qsciabstractapis.h>

#include <vector>

namespace wsc {

// One entry of the SQL editor's completion list.
struct SqlCompletion {
    enum class Kind { Word, Table, View, Column };
    QString text;      // what the list shows and the typed word is matched against
    QString insertion; // what choosing it writes; empty: the text itself
    Kind kind = Kind::Word;
};

// The completion list: plain words (keywords, identity columns, the model's columns) and the catalog's
// tables and columns, sorted and matched by prefix, case-insensitively as SQL is, on the GUI thread.
// QsciAPIs prepares its list in a worker thread that outlives the editor unless it is waited for; a few
// thousand words need no thread. Catalog entries carry an image id ("text?id") that the editor registers.
class SqlCompletions : public QsciAbstractAPIs {
    Q_DECLARE_TR_FUNCTIONS(wsc::SqlCompletions)

public:
    explicit SqlCompletions(QsciLexer *lexer);

    void setWords(const QStringList &words);
    void setCatalogEntries(std::vector<SqlCompletion> entries);
    bool isEmpty() const { return m_all.empty(); }
    // The texts offered for a word being typed, without their image ids.
    QStringList textsFor(const QString &prefix) const;
    // What choosing a catalog entry writes; empty for a plain word (Scintilla writes those itself).
    QString insertionFor(const QString &text) const { return m_insertions.value(text); }
    // The whole text of the entry chosen last (QScintilla passes it here before the editor hears of it).
    const QString &lastChosen() const { return m_lastChosen; }
    void autoCompletionSelected(const QString &selection) override { m_lastChosen = selection; }
    // The id of the image a list entry of this kind shows (0: none).
    static int imageId(SqlCompletion::Kind kind);

    // A table's qualified name, a table by its own name with the qualified name as a hint, and each
    // column with its table as a hint, inserting the name quoted as the provider needs.
    static std::vector<SqlCompletion> fromCatalog(const WarehouseCatalog &catalog, ServiceProvider provider);

    void updateAutoCompletionList(const QStringList &context, QStringList &list) override;
    QStringList callTips(const QStringList &, int, QsciScintilla::CallTipsStyle, QList<int> &) override
    {
        return {};
    }

private:
    template <typename Visit>
    void forEachMatch(const QString &prefix, Visit visit) const;
    void rebuild();

    std::vector<SqlCompletion> m_words;
    std::vector<SqlCompletion> m_catalog;
    std::vector<SqlCompletion> m_all; // both, sorted by text and without repeats
    QHash<QString, QString> m_insertions;
    QString m_lastChosen;
};

} // namespace wsc

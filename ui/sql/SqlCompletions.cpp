#include "ui/sql/SqlCompletions.h"

#include "models/domain/SqlNames.h"

#include <algorithm>

namespace wsc {

namespace {

bool lessText(const SqlCompletion &a, const SqlCompletion &b)
{
    return a.text.compare(b.text, Qt::CaseInsensitive) < 0;
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

} // namespace

SqlCompletions::SqlCompletions(QsciLexer *lexer)
    : QsciAbstractAPIs(lexer)
{}

void SqlCompletions::setWords(const QStringList &words)
{
    m_words.clear();
    m_words.reserve(std::size_t(words.size()));
    for (const QString &word : words)
        m_words.push_back({word, {}, SqlCompletion::Kind::Word});
    rebuild();
}

void SqlCompletions::setCatalogEntries(std::vector<SqlCompletion> entries)
{
    m_catalog = std::move(entries);
    rebuild();
}

void SqlCompletions::rebuild()
{
    m_all = m_words;
    m_all.insert(m_all.end(), m_catalog.begin(), m_catalog.end());
    std::stable_sort(m_all.begin(), m_all.end(), lessText);
    m_all.erase(std::unique(m_all.begin(), m_all.end(),
                            [](const SqlCompletion &a, const SqlCompletion &b) {
                                return a.text.compare(b.text, Qt::CaseInsensitive) == 0;
                            }),
                m_all.end());
    m_insertions.clear();
    for (const SqlCompletion &entry : m_all)
        if (entry.kind != SqlCompletion::Kind::Word)
            m_insertions.insert(entry.text, entry.insertion.isEmpty() ? entry.text : entry.insertion);
}

int SqlCompletions::imageId(SqlCompletion::Kind kind)
{
    switch (kind) {
    case SqlCompletion::Kind::Word: return 0;
    case SqlCompletion::Kind::Table: return 1;
    case SqlCompletion::Kind::View: return 2;
    case SqlCompletion::Kind::Column: return 3;
    }
    return 0;
}

template <typename Visit>
void SqlCompletions::forEachMatch(const QString &prefix, Visit visit) const
{
    if (prefix.isEmpty())
        return;
    auto it = std::lower_bound(m_all.cbegin(), m_all.cend(), prefix,
                               [](const SqlCompletion &entry, const QString &p) {
                                   return entry.text.compare(p, Qt::CaseInsensitive) < 0;
                               });
    for (; it != m_all.cend() && it->text.startsWith(prefix, Qt::CaseInsensitive); ++it)
        visit(*it);
}

QStringList SqlCompletions::textsFor(const QString &prefix) const
{
    QStringList list;
    forEachMatch(prefix, [&list](const SqlCompletion &entry) { list << entry.text; });
    return list;
}

void SqlCompletions::updateAutoCompletionList(const QStringList &context, QStringList &list)
{
    const QString prefix = context.isEmpty() ? QString() : context.last();
    forEachMatch(prefix, [&list](const SqlCompletion &entry) {
        const int image = imageId(entry.kind);
        const QString item = image == 0 ? entry.text : entry.text + u'?' + QString::number(image);
        if (!list.contains(item))
            list << item;
    });
}

std::vector<SqlCompletion> SqlCompletions::fromCatalog(const WarehouseCatalog &catalog,
                                                       ServiceProvider provider)
{
    std::vector<SqlCompletion> entries;
    for (const WarehouseTable &table : catalog.tables) {
        const auto kind = table.view ? SqlCompletion::Kind::View : SqlCompletion::Kind::Table;
        const QString qualified = qualifiedName(provider, catalog.database, table.schema, table.name);
        // Scintilla matches the word typed against the start of an entry: a name that starts with a
        // quote is found by its table's name only.
        if (isIdentifierStart(qualified.front()))
            entries.push_back({qualified, qualified, kind});
        if (qualified != table.name)
            entries.push_back(
                {tr("%1 (%2)", "completion: a table's name (keep it first), then its qualified name")
                     .arg(table.name, qualified),
                 qualified, kind});
        for (const QueryColumn &column : table.columns)
            entries.push_back({tr("%1 (%2)", "completion: a column's name (keep it first), then its table")
                                   .arg(column.name, table.name),
                               quotedColumn(provider, column.name), SqlCompletion::Kind::Column});
    }
    return entries;
}

} // namespace wsc

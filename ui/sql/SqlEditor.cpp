#include "ui/sql/SqlEditor.h"

#include "models/domain/ColumnRole.h"
#include "models/items/CatalogIcons.h"
#include "ui/sql/SqlCompletions.h"
#include "ui/style/Appearance.h"

#include <QChildEvent>
#include <QEvent>
#include <QFontDatabase>
#include <QListWidget>
#include <Qsci/qscilexersql.h>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

const QStringList &sqlKeywords()
{
    static const QStringList words = {
        u"SELECT"_s, u"DISTINCT"_s, u"FROM"_s,   u"WHERE"_s,     u"JOIN"_s,
        u"LEFT"_s,   u"RIGHT"_s,    u"INNER"_s,  u"OUTER"_s,     u"FULL"_s,
        u"ON"_s,     u"AS"_s,       u"IN"_s,     u"AND"_s,       u"OR"_s,
        u"NOT"_s,    u"NULL"_s,     u"IS"_s,     u"LIKE"_s,      u"BETWEEN"_s,
        u"GROUP"_s,  u"BY"_s,       u"ORDER"_s,  u"HAVING"_s,    u"LIMIT"_s,
        u"UNION"_s,  u"ALL"_s,      u"CASE"_s,   u"WHEN"_s,      u"THEN"_s,
        u"ELSE"_s,   u"END"_s,      u"CAST"_s,   u"COALESCE"_s,  u"COUNT"_s,
        u"SUM"_s,    u"MIN"_s,      u"MAX"_s,    u"AVG"_s,       u"LOWER"_s,
        u"UPPER"_s,  u"TRIM"_s,     u"CONCAT"_s, u"ARRAY_AGG"_s, u"CURRENT_TIMESTAMP"_s,
        u"ASC"_s,    u"DESC"_s,
    };
    return words;
}

// The UTF-8 byte offset of a UTF-16 column in a line, as Scintilla counts.
int byteIndex(const QString &line, int column)
{
    return int(line.left(std::max(0, column)).toUtf8().size());
}

} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer = new QsciLexerSQL(this);
    m_lexer->setDefaultFont(fixed);
    m_lexer->setFont(fixed);
    setLexer(m_lexer);
    setUtf8(true);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginWidth(0, u"00000"_s);
    setMarginLineNumbers(0, true);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setCaretLineVisible(true);
    setWrapMode(QsciScintilla::WrapWord);

    m_completions = new SqlCompletions(m_lexer); // the lexer owns it
    setAutoCompletionSource(QsciScintilla::AcsAll);
    setAutoCompletionThreshold(2);
    setAutoCompletionCaseSensitivity(false);
    // Scintilla finds the typed word in the list by a case-insensitive binary search, so the list must be
    // sorted that way (QScintilla sorts it case-sensitively).
    SendScintilla(SCI_AUTOCSETORDER, SC_ORDER_PERFORMSORT);
    registerCompletionImages();
    setCompletionWords({});
    connect(this, qOverload<const char *, int>(&QsciScintillaBase::SCN_AUTOCSELECTION), this,
            &SqlEditor::handleCompletionChosen);

    m_errorIndicator = indicatorDefine(QsciScintilla::SquiggleIndicator);
    setIndicatorForegroundColor(Appearance::errorColor(), m_errorIndicator);
    m_warningIndicator = indicatorDefine(QsciScintilla::SquiggleIndicator);
    setIndicatorForegroundColor(Appearance::warningColor(palette()), m_warningIndicator);
    applyPaletteColours();
}

void SqlEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPaletteColours();
}

void SqlEditor::applyPaletteColours()
{
    const QPalette &p = palette();
    const bool dark = Appearance::isDark(p);
    constexpr int kStyles = 128; // Scintilla's style numbers
    for (int style = 0; style < kStyles; ++style) {
        m_lexer->setPaper(p.color(QPalette::Base), style);
        m_lexer->setColor(dark ? p.color(QPalette::Text) : m_lexer->defaultColor(style), style);
    }
    if (dark) {
        const QColor keyword(0x6c, 0xb6, 0xff), text(0xe6, 0x9d, 0x7b), comment(0x7e, 0xb6, 0x6f),
            number(0xb5, 0xce, 0xa8);
        for (int style : {QsciLexerSQL::Keyword, QsciLexerSQL::KeywordSet5, QsciLexerSQL::PlusKeyword})
            m_lexer->setColor(keyword, style);
        for (int style : {QsciLexerSQL::SingleQuotedString, QsciLexerSQL::DoubleQuotedString})
            m_lexer->setColor(text, style);
        for (int style : {QsciLexerSQL::Comment, QsciLexerSQL::CommentLine, QsciLexerSQL::CommentDoc,
                          QsciLexerSQL::CommentLineHash})
            m_lexer->setColor(comment, style);
        m_lexer->setColor(number, QsciLexerSQL::Number);
    }
    m_lexer->setDefaultPaper(p.color(QPalette::Base));
    m_lexer->setDefaultColor(p.color(QPalette::Text));
    setMarginsBackgroundColor(p.color(QPalette::Window));
    setMarginsForegroundColor(p.color(QPalette::PlaceholderText));
    setCaretForegroundColor(p.color(QPalette::Text));
    setCaretLineBackgroundColor(dark ? p.color(QPalette::Base).lighter(140) : QColor(0xf3, 0xf5, 0xf8));
    setSelectionBackgroundColor(p.color(QPalette::Highlight));
    setSelectionForegroundColor(p.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(dark ? QColor(0x3a, 0x4d, 0x6b) : QColor(0xd6, 0xe4, 0xff));
    setMatchedBraceForegroundColor(p.color(QPalette::Text));
}

void SqlEditor::setCompletionWords(const QStringList &words)
{
    if (m_completions->isEmpty() || words != m_extraWords) {
        m_extraWords = words;
        m_completions->setWords(sqlKeywords() + ColumnRoles::userIdentityColumns() +
                                ColumnRoles::deviceIdentityColumns() + words);
    }
}

QStringList SqlEditor::completionsFor(const QString &prefix) const
{
    return m_completions->textsFor(prefix);
}

void SqlEditor::setCatalogCompletions(const WarehouseCatalog &catalog, ServiceProvider provider)
{
    m_completions->setCatalogEntries(SqlCompletions::fromCatalog(catalog, provider));
}

QString SqlEditor::completionInsertion(const QString &text) const
{
    const QString insertion = m_completions->insertionFor(text);
    return insertion.isEmpty() ? text : insertion;
}

void SqlEditor::registerCompletionImages()
{
    using Glyph = CatalogIcons::Glyph;
    const int size = std::clamp(QFontMetrics(m_lexer->font(QsciLexerSQL::Default)).height() - 2, 10, 16);
    registerImage(SqlCompletions::imageId(SqlCompletion::Kind::Table),
                  CatalogIcons::pixmap(Glyph::Table, size));
    registerImage(SqlCompletions::imageId(SqlCompletion::Kind::View),
                  CatalogIcons::pixmap(Glyph::View, size));
    registerImage(SqlCompletions::imageId(SqlCompletion::Kind::Column),
                  CatalogIcons::pixmap(Glyph::Column, size));
}

// QScintilla sizes its completion list by the height of the first row, which may be a word without an
// image: rows with an image are taller, and the list would need scroll bars that hide its entries. The
// list is a child of the editor, made anew for every completion and polished, with its entries, just
// before it is sized: every row gets the height of the tallest.
void SqlEditor::childEvent(QChildEvent *event)
{
    QsciScintilla::childEvent(event);
    auto *list = event->polished() ? qobject_cast<QListWidget *>(event->child()) : nullptr;
    if (!list)
        return;
    int height = 0;
    for (int row = 0; row < list->count(); ++row)
        height = std::max(height, list->sizeHintForRow(row));
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setSizeHint({list->sizeHintForIndex(list->model()->index(row, 0)).width(), height});
}

// A catalog entry shows a hint ("email (users)", "users (DB.crm.users)") but writes the bare or quoted
// name, which may hold spaces that QScintilla would cut the entry at: Scintilla's own insertion is
// cancelled and the typed word replaced.
void SqlEditor::handleCompletionChosen(const char *selection, int position)
{
    Q_UNUSED(selection); // cut at its first space by QScintilla; the whole entry went to m_completions
    const QString insertion = m_completions->insertionFor(m_completions->lastChosen());
    if (insertion.isEmpty())
        return;
    cancelList();
    int start = position;
    const int caret = int(SendScintilla(SCI_GETCURRENTPOS));
    // An opening quote typed before the word belongs to the quoted name being written.
    const QChar first = insertion.front();
    if (start > 0 && (first == u'"' || first == u'`') &&
        SendScintilla(SCI_GETCHARAT, ulong(start - 1)) == first.toLatin1())
        --start;
    const QByteArray bytes = insertion.toUtf8();
    SendScintilla(SCI_SETTARGETRANGE, ulong(start), long(caret));
    SendScintilla(SCI_REPLACETARGET, ulong(bytes.size()), bytes.constData());
    SendScintilla(SCI_GOTOPOS, ulong(start + bytes.size()));
}

void SqlEditor::setIssues(const std::vector<SqlIssue> &issues)
{
    for (const int indicator : {m_errorIndicator, m_warningIndicator})
        clearIndicatorRange(0, 0, std::max(0, lines() - 1), lineLength(std::max(0, lines() - 1)), indicator);
    for (const SqlIssue &issue : issues) {
        const int lineNumber = std::max(0, issue.line - 1);
        if (lineNumber >= lines())
            continue;
        const QString lineText = text(lineNumber);
        const int from = byteIndex(lineText, issue.column - 1);
        int to = byteIndex(lineText, issue.column - 1 + int(std::max<qsizetype>(1, issue.length)));
        to = std::min(to, lineLength(lineNumber));
        fillIndicatorRange(lineNumber, from, lineNumber, std::max(to, from + 1),
                           issue.isError() ? m_errorIndicator : m_warningIndicator);
    }
}

} // namespace wsc

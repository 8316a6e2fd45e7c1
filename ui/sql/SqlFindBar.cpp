#include "ui/sql/SqlFindBar.h"

#include "ui/sql/SqlEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QToolButton>

namespace wsc {

using namespace Qt::StringLiterals;

SqlFindBar::SqlFindBar(SqlEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(u"SqlFindBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    m_find = new QLineEdit(this);
    m_find->setObjectName(u"FindField"_s);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(u"ReplaceField"_s);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_matchCase = new QCheckBox(tr("Match &case"), this);
    auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    QToolButton *previous = button(tr("Previous"), tr("Find the previous match (Shift+F3)"));
    QToolButton *next = button(tr("Next"), tr("Find the next match (F3)"));
    QToolButton *replace = button(tr("Replace"), tr("Replace this match and find the next"));
    QToolButton *replaceAll = button(tr("Replace All"), tr("Replace every match, in one undo step"));
    QToolButton *close = button(tr("Close"), tr("Close the find bar (Escape)"));
    m_status = new QLabel(this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_find, previous, next, m_replace, replace, replaceAll,
                                                       m_matchCase, m_status})
        layout->addWidget(w, w == m_find || w == m_replace ? 2 : 0);
    layout->addStretch(1);
    layout->addWidget(close);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_replace, &QLineEdit::returnPressed, this, &SqlFindBar::replaceCurrent);
    connect(next, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(replace, &QToolButton::clicked, this, &SqlFindBar::replaceCurrent);
    connect(replaceAll, &QToolButton::clicked, this, &SqlFindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    auto *escape =
        new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, close, &QToolButton::click);
    hide();
}

void SqlFindBar::open(bool replace)
{
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_find->setText(m_editor->selectedText());
    show();
    QLineEdit *field = replace ? m_replace : m_find;
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
    setStatus({});
}

bool SqlFindBar::findNext(bool forward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    int line = 0;
    int index = 0;
    // Backwards, start before the current selection so that the same match is not found again.
    if (!forward && m_editor->hasSelectedText()) {
        int lineTo = 0;
        int indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    } else {
        m_editor->getCursorPosition(&line, &index);
    }
    const bool found =
        m_editor->findFirst(text, false, m_matchCase->isChecked(), false, true, forward, line, index);
    setStatus(found ? QString() : tr("Not found"));
    return found;
}

void SqlFindBar::replaceCurrent()
{
    const Qt::CaseSensitivity cs = m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (m_editor->hasSelectedText() && m_editor->selectedText().compare(m_find->text(), cs) == 0)
        m_editor->replaceSelectedText(m_replace->text());
    findNext(true);
}

int SqlFindBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    // From the top, without wrapping: every match once, even when the replacement contains the text.
    bool found = m_editor->findFirst(text, false, m_matchCase->isChecked(), false, false, true, 0, 0);
    while (found) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    setStatus(tr("%n replaced", nullptr, count));
    return count;
}

void SqlFindBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace wsc

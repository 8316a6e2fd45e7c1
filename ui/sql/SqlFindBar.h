#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace wsc {

class SqlEditor;

// Find and replace in the SQL editor: a bar below it. Enter or F3 finds the next match, Shift+F3 the
// previous one, Escape closes the bar; Replace replaces the current match, Replace All every one in one
// undo step.
class SqlFindBar : public QWidget {
    Q_OBJECT

public:
    explicit SqlFindBar(SqlEditor *editor, QWidget *parent = nullptr);

    // Shows the bar with the editor's selection as the text to find; `replace` focuses the replace field.
    void open(bool replace);
    bool findNext(bool forward = true);
    void replaceCurrent();
    int replaceAll();

private:
    void setStatus(const QString &text);

    SqlEditor *m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace wsc

#include "ui/Dialogs.h"

#include <QInputDialog>

namespace wsc {

namespace {
Dialogs::Asker &asker()
{
    static Dialogs::Asker current;
    return current;
}
} // namespace

QMessageBox::StandardButton Dialogs::ask(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton)
{
    if (asker())
        return asker()(parent, title, text, buttons, defaultButton);
    // A lone OK reports something (a refusal, a failure); anything else is a question.
    QMessageBox box(buttons == QMessageBox::Ok ? QMessageBox::Warning : QMessageBox::Question, title, text,
                    buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void Dialogs::setAsker(Asker a)
{
    asker() = std::move(a);
}

namespace {
Dialogs::TextAsker &textAsker()
{
    static Dialogs::TextAsker current;
    return current;
}
} // namespace

std::optional<QString> Dialogs::askText(QWidget *parent, const QString &title, const QString &label,
                                        bool secret, bool multiline)
{
    if (textAsker())
        return textAsker()(parent, title, label, secret, multiline);
    bool ok = false;
    const QString text =
        multiline ? QInputDialog::getMultiLineText(parent, title, label, {}, &ok)
                  : QInputDialog::getText(parent, title, label,
                                          secret ? QLineEdit::Password : QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

void Dialogs::setTextAsker(TextAsker a)
{
    textAsker() = std::move(a);
}

} // namespace wsc

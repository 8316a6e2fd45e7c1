#include "ui/Dialogs.h"

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
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::setAsker(Asker a)
{
    asker() = std::move(a);
}

} // namespace wsc

#pragma once

#include <QMessageBox>

#include <functional>

namespace wsc {

// The modal questions the console asks, behind one replaceable function so that GUI tests answer them
// instead of blocking on a message box.
class Dialogs {
public:
    using Asker = std::function<QMessageBox::StandardButton(
        QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton)>;
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    // Tests install an answering function; an empty one restores the real message box.
    static void setAsker(Asker asker);
};

} // namespace wsc

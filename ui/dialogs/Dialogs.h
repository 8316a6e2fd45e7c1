#pragma once

#include "models/domain/JsonDiff.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <functional>
#include <optional>
#include <vector>

namespace wsc {

// The modal questions the console asks, behind one replaceable function so that GUI tests answer them
// instead of blocking on a message box.
class Dialogs {
    Q_DECLARE_TR_FUNCTIONS(wsc::Dialogs)

public:
    using Asker = std::function<QMessageBox::StandardButton(
        QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton)>;
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    // Tests install an answering function; an empty one restores the real message box.
    static void setAsker(Asker asker);
    // Reports something (a failure, a refusal) with a lone OK, and returns at once: the box is opened
    // window-modal without a nested event loop, so it is safe inside a network callback (the view under it
    // may go away meanwhile). Tests see it through the asker.
    static void tell(QWidget *parent, const QString &title, const QString &text);

    // Asks for a text (a secret when `secret`, several lines when `multiline`); nullopt when cancelled.
    using TextAsker = std::function<std::optional<QString>(
        QWidget *parent, const QString &title, const QString &label, bool secret, bool multiline)>;
    static std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                          bool secret, bool multiline);
    static void setTextAsker(TextAsker asker);

    // Shows what a save will change on the server (field, now, after) and asks to send it; secrets show
    // only as "a new secret". True to send.
    using ChangeConfirmer =
        std::function<bool(QWidget *parent, const QString &title, const std::vector<JsonChange> &changes)>;
    static bool confirmChanges(QWidget *parent, const QString &title, const std::vector<JsonChange> &changes);
    // What the confirmation shows for one change: before and after, a secret field (SecretFields) only as
    // "hidden" and "a new secret", never its value.
    static std::pair<QString, QString> changeTexts(const JsonChange &change);
    static void setChangeConfirmer(ChangeConfirmer confirmer);

    // Asks where to save a file (CSV, PNG); nullopt when cancelled.
    using FileAsker = std::function<std::optional<QString>(
        QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)>;
    static std::optional<QString> askSaveFile(QWidget *parent, const QString &title,
                                              const QString &suggestedName, const QString &filter);
    static void setFileAsker(FileAsker asker);
};

} // namespace wsc

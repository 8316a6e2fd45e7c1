#include "ui/dialogs/Dialogs.h"

#include "models/domain/SecretFields.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

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

void Dialogs::tell(QWidget *parent, const QString &title, const QString &text)
{
    if (asker()) {
        asker()(parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
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

namespace {
Dialogs::ChangeConfirmer &changeConfirmer()
{
    static Dialogs::ChangeConfirmer current;
    return current;
}

bool isSecretPath(const QString &path)
{
    return SecretFields::isSecret(path);
}
} // namespace

std::pair<QString, QString> Dialogs::changeTexts(const JsonChange &change)
{
    const bool secret = isSecretPath(change.path);
    const QString before = change.kind == JsonChange::Kind::Added ? tr("(not set)")
                           : secret                               ? tr("(hidden)")
                                                                  : jsonValueText(change.before);
    const QString after = change.kind == JsonChange::Kind::Removed ? tr("(removed)")
                          : secret                                 ? tr("(a new secret)")
                                                                   : jsonValueText(change.after);
    return {before, after};
}

bool Dialogs::confirmChanges(QWidget *parent, const QString &title, const std::vector<JsonChange> &changes)
{
    if (changeConfirmer())
        return changeConfirmer()(parent, title, changes);
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(changes.empty() ? tr("Nothing differs from what the server has. Send anyway?")
                                             : tr("Saving sends these changes to the server:"),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *table = new QTreeWidget(&dialog);
    table->setObjectName(QStringLiteral("ChangeTable"));
    table->setRootIsDecorated(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->setHeaderLabels({tr("Field"), tr("On the server now"), tr("After saving")});
    for (const JsonChange &change : changes) {
        const auto [before, after] = changeTexts(change);
        auto *item = new QTreeWidgetItem(table, {change.path, before, after});
        item->setToolTip(1, before);
        item->setToolTip(2, after);
    }
    table->setVisible(!changes.empty());
    table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Send"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(720, std::min(420, 150 + int(changes.size()) * 28));
    return dialog.exec() == QDialog::Accepted;
}

void Dialogs::setChangeConfirmer(ChangeConfirmer confirmer)
{
    changeConfirmer() = std::move(confirmer);
}

namespace {
Dialogs::FileAsker &fileAsker()
{
    static Dialogs::FileAsker current;
    return current;
}
} // namespace

std::optional<QString> Dialogs::askSaveFile(QWidget *parent, const QString &title,
                                            const QString &suggestedName, const QString &filter)
{
    if (fileAsker())
        return fileAsker()(parent, title, suggestedName, filter);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(parent, title, QDir(dir).filePath(suggestedName), filter);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

void Dialogs::setFileAsker(FileAsker asker)
{
    fileAsker() = std::move(asker);
}

} // namespace wsc

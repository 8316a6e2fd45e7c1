#include "ui/editors/ResourceEditor.h"

#include "client/ApiError.h"
#include "client/WorkspaceActions.h"
#include "client/ServerMessages.h"
#include "ui/style/Appearance.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/editors/FormSupport.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {


QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(Appearance::errorStyle());
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

} // namespace

ResourceEditor::ResourceEditor(ResourceKind kind, WorkspaceActions &actions, bool isNew, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_store(actions.store())
    , m_kind(kind)
    , m_isNew(isNew)
{
    auto *layout = new QVBoxLayout(this);
    m_banner = messageLabel(this);
    m_banner->setObjectName(u"Banner"_s);
    layout->addWidget(m_banner);
    m_rawNote = messageLabel(this);
    m_rawNote->setObjectName(u"RawFieldsNote"_s);
    m_rawNote->setStyleSheet(Appearance::warningStyle(palette()));
    layout->addWidget(m_rawNote);
    m_formArea = new QVBoxLayout;
    layout->addLayout(m_formArea, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(u"SaveButton"_s);
    m_saveButton->setDefault(true);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &ResourceEditor::save);
}

QWidget *ResourceEditor::withMessage(QWidget *input, const QString &fieldPath)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(input);
    QLabel *message = messageLabel(box);
    message->setObjectName(u"Message:"_s + fieldPath);
    column->addWidget(message);
    m_messages.insert(fieldPath, message);
    return box;
}

QString ResourceEditor::statusText(const QString &status, const ApiMessages &errors)
{
    QStringList messages;
    for (const ApiMessage &e : errors)
        messages << e.message;
    return messages.isEmpty() ? tr("Status: %1").arg(status)
                              : tr("Status: %1 — %2").arg(status, messages.join(u"; "_s));
}

std::pair<QLineEdit *, QLineEdit *> ResourceEditor::addIdAndNameRows(QFormLayout *form, QWidget *parent,
                                                                     const QString &example)
{
    auto *id = new QLineEdit(parent);
    id->setObjectName(u"IdField"_s);
    id->setPlaceholderText(tr("letters, digits, '_' and '-', e.g. %1").arg(example));
    form->addRow(FormSupport::buddyLabel(tr("&Id:"), id, parent), withMessage(id, u"id"_s));
    auto *name = new QLineEdit(parent);
    name->setObjectName(u"NameField"_s);
    form->addRow(FormSupport::buddyLabel(tr("&Name:"), name, parent), withMessage(name, u"name"_s));
    return {id, name};
}

void ResourceEditor::setMessage(const QString &field, const QString &text, bool warning)
{
    for (QLabel *label : m_messages.values(field)) {
        label->setStyleSheet(warning ? Appearance::warningStyle(label->palette()) : Appearance::errorStyle());
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
}

bool ResourceEditor::startAsCopyOf(const QString &id)
{
    if (!m_isNew)
        return false;
    const QStringList taken = m_store.ids(m_kind);
    QString newId = id + u"-copy"_s;
    for (int n = 2; taken.contains(newId); ++n)
        newId = id + u"-copy-"_s + QString::number(n);
    const QString name = m_store.displayName(m_kind, id);
    return loadCopy(id, newId, tr("Copy of %1").arg(name));
}

bool ResourceEditor::isDirty() const
{
    return m_isNew ? !isBlank() : differsFromOriginal();
}

bool ResourceEditor::canSave() const
{
    return !m_saving && isDirty() && !Validator::hasErrors(validate());
}

QString ResourceEditor::title() const
{
    const QString name = displayName().trimmed().isEmpty() ? newTitle() : tabTitle(displayName());
    return isDirty() ? name + u" *" : name;
}

void ResourceEditor::formEdited()
{
    showIssues(validate());
    m_saveButton->setEnabled(canSave());
    emit titleChanged(title());
    emit edited();
}

void ResourceEditor::showIssues(const ValidationIssues &issues)
{
    QHash<QString, const ValidationIssue *> byField; // the first error of a field, else its first warning
    for (const ValidationIssue &issue : issues) {
        // An untouched new form is not shouted at for what it does not have yet.
        if (issue.code == ValidationIssue::Code::Required && !isDirty())
            continue;
        const ValidationIssue *shown = byField.value(issue.field);
        if (!shown || (shown->severity == ValidationIssue::Severity::Warning &&
                       issue.severity == ValidationIssue::Severity::Error))
            byField.insert(issue.field, &issue);
    }
    for (const QString &field : m_messages.uniqueKeys()) {
        const ValidationIssue *issue = byField.value(field);
        setMessage(field, issue ? issue->message : QString(),
                   issue && issue->severity == ValidationIssue::Severity::Warning);
    }
    issuesShown(issues);
}

void ResourceEditor::showServerError(const ApiError &error)
{
    // The server starts its messages with the field's path ("config.host is required."): those go next to
    // the field; the rest go to the banner.
    QStringList general{error.message()};
    const QStringList messages = error.details().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &message : messages) {
        QString best;
        for (const QString &path : m_messages.uniqueKeys()) {
            const bool names = message.startsWith(path + u' ') || message.startsWith(path + u':') ||
                               message.startsWith(u"Invalid timestamp format for "_s + path);
            if (names && path.size() > best.size())
                best = path;
        }
        if (best.isEmpty() && m_messages.contains(u"id"_s) &&
            ServerMessages::classify(error.httpStatus(), message) == ServerMessages::Refusal::IdTaken)
            best = u"id"_s;
        if (best.isEmpty())
            general << message;
        else
            setMessage(best, message);
    }
    m_banner->setText(general.join(u'\n'));
    m_banner->show();
}

void ResourceEditor::showRawFields(const RawFields &fields)
{
    QStringList lines;
    for (const DecodeError &field : fields)
        lines << field.toString();
    m_rawNote->setText(
        lines.isEmpty() ? QString()
                        : tr("The console could not read %n field(s) of this resource. They are kept and sent back "
                             "exactly as the server sent them:",
                             nullptr, int(lines.size())) +
                              u'\n' + lines.join(u'\n'));
    m_rawNote->setVisible(!lines.isEmpty());
}

void ResourceEditor::markSaved(bool isNewNow)
{
    m_isNew = isNewNow;
    m_banner->clear();
    m_banner->hide();
    formEdited();
}

bool ResourceEditor::save()
{
    commitPendingEdits();
    if (!canSave())
        return false;
    if (!m_isNew) {
        const std::optional<Timestamp> current = storeModified();
        if (current && !(*current == loadedModified())) {
            const auto answer = Dialogs::ask(
                this, tr("Changed elsewhere"),
                tr("%1 was changed on the server after you opened it. Overwrite those "
                   "changes with yours, or reload and lose yours?")
                    .arg(displayName()),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer == QMessageBox::Discard) {
                reloadFromStore();
                return false;
            }
            if (answer != QMessageBox::Save)
                return false;
        }
    }
    if (!completeBeforeSave())
        return false;
    if (!m_isNew) {
        const auto changes = jsonDiff(QJsonDocument::fromJson(serverJson()).object(),
                                      QJsonDocument::fromJson(outgoingJson()).object());
        if (!Dialogs::confirmChanges(this, tr("Save %1").arg(displayName()), changes)) {
            sent(); // the secrets typed for this save are not kept for a later one
            return false;
        }
    }
    m_saving = true;
    m_saveButton->setEnabled(false);
    m_saveButton->setText(tr("Saving…"));
    setInputsEnabled(false); // what is typed now would be overwritten by the saved answer
    send([this](const ApiError *error) {
        m_saving = false;
        m_saveButton->setText(tr("Save"));
        setInputsEnabled(true);
        formEdited();
        if (error) {
            showServerError(*error); // after formEdited: the local checks would clear the field messages
            refused(*error);
            return;
        }
        markSaved(false);
        emit saved(resourceId());
    });
    return true;
}

} // namespace wsc

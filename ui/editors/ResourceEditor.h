#pragma once

#include "models/domain/Validator.h"
#include "models/store/WorkspaceStore.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace wsc {

class ApiError;
class WorkspaceActions;

// What every resource editor shares: it edits a copy, tracks whether it differs from what the server
// has, shows local and server messages next to the field they concern (or in a banner), keeps Save
// disabled while the form is invalid, locks the form while saving, and asks before overwriting a change
// someone else made meanwhile. Subclasses build the form and exchange their value type.
class ResourceEditor : public QWidget {
    Q_OBJECT

public:
    ResourceKind kind() const { return m_kind; }
    bool isNew() const { return m_isNew; }
    virtual QString resourceId() const = 0;
    bool isDirty() const;
    bool canSave() const;
    QString title() const;
    // Sends the form when it can; false when nothing was sent (invalid, cancelled, reloaded).
    bool save();
    // Finishes an edit still open in a cell or field, so that what is on screen is what counts.
    virtual void commitPendingEdits() {}
    // Fills a new editor with a copy of an existing resource of its kind: a free "<id>-copy" id, "Copy of
    // <name>", no server state. False when the resource is gone or the editor is not new.
    bool startAsCopyOf(const QString &id);
    // The form's value as the API's JSON, without secrets, for the draft on disk.
    virtual QByteArray draftJson() const = 0;
    // Fills the form from a draft; the editor stays dirty against what the server has. False when the
    // draft cannot be read.
    virtual bool restoreDraft(QByteArrayView json) = 0;

signals:
    void titleChanged(const QString &title);
    void saved(const QString &id);
    // Any input changed.
    void edited();

protected:
    ResourceEditor(ResourceKind kind, WorkspaceActions &actions, bool isNew, QWidget *parent);

    // The form, for the subclass to fill; the banner sits above it, the buttons below.
    QVBoxLayout *formArea() const { return m_formArea; }
    // An input with its message label below it, registered under a field path ("config.password").
    QWidget *withMessage(QWidget *input, const QString &fieldPath);
    // The id and name rows every editor starts with, messages included; `example` is an id to show.
    std::pair<QLineEdit *, QLineEdit *> addIdAndNameRows(QFormLayout *form, QWidget *parent,
                                                         const QString &example);
    // "Status: healthy", with the server's error messages when it has any.
    static QString statusText(const QString &status, const ApiMessages &errors);
    // Call whenever any input changed.
    void formEdited();
    // After a save succeeded, or when reloading: the form now shows the server's state.
    void markSaved(bool isNewNow = false);

    virtual ValidationIssues validate() const = 0;
    virtual bool differsFromOriginal() const = 0;
    virtual bool isBlank() const = 0;
    virtual QString displayName() const = 0;
    virtual QString newTitle() const = 0;
    // The tab's title for a resource with a name: the name, unless another tab (a view) shows that too.
    virtual QString tabTitle(const QString &name) const { return name; }
    // last_modified_on of what the editor loaded, and of the store's current copy (nullopt: not there).
    virtual Timestamp loadedModified() const = 0;
    virtual std::optional<Timestamp> storeModified() const = 0;
    virtual void reloadFromStore() = 0;
    // Sends the form; calls `done` with the error, or with nothing after the subclass took the answer.
    virtual void send(std::function<void(const ApiError *error)> done) = 0;
    virtual void setInputsEnabled(bool enabled) = 0;
    // Secrets that must be typed again before a PUT (the API needs them and never returns them); the
    // subclass asks for them and returns false when the user cancelled.
    virtual bool completeBeforeSave() { return true; }
    // After a save's value left for the server, or the save was called off: what was typed for it at Save
    // (secrets) is dropped, never reused by a later save.
    virtual void sent() {}
    // After a save the server refused (its message is shown): a subclass may offer a way forward.
    virtual void refused(const ApiError &error) { Q_UNUSED(error); }
    // Every local issue after each edit, for subclasses that show some outside the registered fields
    // (the rows of a table).
    virtual void issuesShown(const ValidationIssues &issues) { Q_UNUSED(issues); }
    // The API's JSON of the store's copy (what the server has), and of what a save sends now.
    virtual QByteArray serverJson() const = 0;
    virtual QByteArray outgoingJson() const = 0;
    // Loads the store's resource `id` as a new one named `newId`/`newName`; false when it is not there.
    virtual bool loadCopy(const QString &id, const QString &newId, const QString &newName) = 0;

    WorkspaceActions &m_actions;
    const WorkspaceStore &m_store; // watched, never written: saves go through m_actions

    // Marks the fields of the loaded resource that the decoder kept raw (amber, above the form).
    void showRawFields(const RawFields &fields);

private:
    void showIssues(const ValidationIssues &issues);
    void showServerError(const ApiError &error);
    // A warning reads as advice (amber), an error as a blocker (red).
    void setMessage(const QString &field, const QString &text, bool warning = false);

    ResourceKind m_kind;
    bool m_isNew;
    bool m_saving = false;
    QLabel *m_banner = nullptr;
    QLabel *m_rawNote = nullptr;
    QVBoxLayout *m_formArea = nullptr;
    QPushButton *m_saveButton = nullptr;
    QMultiHash<QString, QLabel *> m_messages; // a path may sit on several provider pages
};

} // namespace wsc

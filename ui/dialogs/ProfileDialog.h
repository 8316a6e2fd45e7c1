#pragma once

#include "client/Profile.h"

#include <QDialog>

#include <memory>

class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace wsc {

class WorkspaceActions;
class SecretField;
class SecretStore;

// File > Profiles: adds, edits and removes the mParticle profiles (the client secret goes to the
// keychain, never to QSettings), and tests a sign-in with what the form holds before it is saved.
class ProfileDialog : public QDialog {
    Q_OBJECT

public:
    // `actions` test a sign-in (on the console's network access manager, shown in the request inspector).
    ProfileDialog(ProfileStore &profiles, SecretStore &secrets, WorkspaceActions &actions,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // The names of the profiles saved, renamed or removed, for the caller to reconnect if it uses one.
    QStringList changedProfiles() const { return m_changed; }
    // The name a profile has now if it was renamed here, else an empty string.
    QString renamedTo(const QString &name) const { return m_renamed.value(name); }

    void selectProfile(const QString &name);
    void addProfile();
    // Saves the form; the secret is written when one was typed. Returns the error shown, if any.
    QString saveProfile();
    void removeProfile();
    // Signs in with the form's values and lists the connections; the result shows under the form.
    void testSignIn();

signals:
    void signInTested(bool ok);

private:
    // The profile list with Add and Remove; the form beside it, its fields, Test Sign-in and Save.
    QLayout *buildList();
    QWidget *buildForm();
    QFormLayout *buildFields();
    Profile formProfile() const;
    void reloadList(const QString &select);
    void showProfile(const Profile &profile);
    void setStatus(const QString &text, bool ok);

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_apiRoot = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_workspaceId = nullptr;
    QLineEdit *m_clientId = nullptr;
    SecretField *m_secret = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QWidget *m_form = nullptr;
    QString m_editing; // the saved name of the profile in the form; empty for a new one
    QStringList m_changed;
    QHash<QString, QString> m_renamed;  // first name -> current name
    WorkspaceActions &m_actions;
};

} // namespace wsc

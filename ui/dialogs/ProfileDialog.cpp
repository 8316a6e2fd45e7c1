#include "ui/dialogs/ProfileDialog.h"

#include "client/ApiEndpoints.h"
#include "client/SecretStore.h"
#include "client/WorkspaceActions.h"
#include "ui/style/Appearance.h"
#include "ui/editors/FormSupport.h"
#include "ui/editors/SecretField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

ProfileDialog::ProfileDialog(ProfileStore &profiles, SecretStore &secrets, WorkspaceActions &actions,
                             QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_actions(actions)
{
    setWindowTitle(tr("Profiles"));
    setObjectName(u"ProfileDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);
    columns->addLayout(buildList());
    columns->addWidget(buildForm(), 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    resize(760, 420);
    reloadList(m_profiles.lastUsed());
}

QLayout *ProfileDialog::buildList()
{
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"ProfileList"_s);
    m_list->setMinimumWidth(180);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"AddProfile"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"RemoveProfile"_s);
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);

    connect(add, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (const auto profile = m_profiles.profile(name))
            showProfile(*profile);
    });
    return left;
}

QWidget *ProfileDialog::buildForm()
{
    m_form = new QWidget(this);
    auto *right = new QVBoxLayout(m_form);
    right->setContentsMargins(0, 0, 0, 0);
    right->addLayout(buildFields());
    m_keychainNote = new QLabel(m_form);
    m_keychainNote->setWordWrap(true);
    right->addWidget(m_keychainNote);
    auto *formButtons = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test Sign-in"), m_form);
    m_test->setObjectName(u"TestSignIn"_s);
    m_save = new QPushButton(tr("Sa&ve Profile"), m_form);
    m_save->setObjectName(u"SaveProfile"_s);
    formButtons->addWidget(m_test);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    right->addLayout(formButtons);
    m_status = new QLabel(m_form);
    m_status->setObjectName(u"ProfileStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_status);
    right->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, [this] { saveProfile(); });
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testSignIn);
    return m_form;
}

QFormLayout *ProfileDialog::buildFields()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto line = [this](const QString &objectName, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(m_form);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_name = line(u"ProfileName"_s, tr("e.g. Production US1"));
    m_apiRoot = line(u"ApiRoot"_s, ProfileStore::defaultApiRoot().toString());
    m_tokenUrl = line(u"TokenUrl"_s, ProfileStore::defaultTokenUrl().toString());
    m_workspaceId = line(u"WorkspaceId"_s);
    m_clientId = line(u"ClientId"_s);
    m_secret = new SecretField(false, m_form);
    m_secret->input()->setObjectName(u"ClientSecret"_s);
    form->addRow(FormSupport::buddyLabel(tr("&Name:"), m_name, m_form), m_name);
    form->addRow(FormSupport::buddyLabel(tr("API &base URL:"), m_apiRoot, m_form), m_apiRoot);
    form->addRow(FormSupport::buddyLabel(tr("&Token URL:"), m_tokenUrl, m_form), m_tokenUrl);
    form->addRow(FormSupport::buddyLabel(tr("&Workspace id:"), m_workspaceId, m_form), m_workspaceId);
    form->addRow(FormSupport::buddyLabel(tr("&Client id:"), m_clientId, m_form), m_clientId);
    form->addRow(FormSupport::buddyLabel(tr("Client &secret:"), m_secret->input(), m_form), m_secret);
    return form;
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Profile &profile : m_profiles.profiles())
        m_list->addItem(profile.name);
    QList<QListWidgetItem *> hits = m_list->findItems(select, Qt::MatchExactly);
    m_list->setCurrentItem(hits.isEmpty() ? m_list->item(0) : hits.first());
    if (const auto profile = m_profiles.profile(m_list->currentItem()->text()))
        showProfile(*profile);
}

void ProfileDialog::selectProfile(const QString &name)
{
    reloadList(name);
}

void ProfileDialog::showProfile(const Profile &profile)
{
    m_editing = profile.name;
    const bool builtIn = profile.embeddedSandbox;
    m_name->setText(profile.name);
    m_apiRoot->setText(builtIn ? tr("(started by the console)") : profile.apiRoot.toString());
    m_tokenUrl->setText(builtIn ? QString() : profile.tokenUrl.toString());
    m_tokenUrl->setPlaceholderText(builtIn ? QString() : ProfileStore::defaultTokenUrl().toString());
    m_workspaceId->setText(profile.workspaceId);
    m_clientId->setText(profile.clientId);
    m_secret->setSecret(builtIn ? Secret() : Secret::masked()); // the keychain holds it; shown as unchanged
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_name, m_apiRoot, m_tokenUrl, m_workspaceId, m_clientId})
        w->setEnabled(!builtIn);
    m_secret->setEnabled(!builtIn);
    m_save->setEnabled(!builtIn);
    m_remove->setEnabled(!builtIn);
    m_test->setEnabled(!builtIn);
    m_keychainNote->setText(
        builtIn ? tr("The built-in profile runs a local sandbox inside the console: nothing "
                     "to set up.")
        : m_secrets.isPersistent()
            ? tr("The client secret is kept in the system keychain, never in the settings.")
            : tr("The system keychain is not available: the client secret is kept only "
                 "until the console closes."));
    setStatus({}, true);
}

void ProfileDialog::addProfile()
{
    Profile fresh;
    fresh.apiRoot = ProfileStore::defaultApiRoot();
    fresh.tokenUrl = ProfileStore::defaultTokenUrl();
    m_list->clearSelection();
    showProfile(fresh);
    m_editing.clear();
    m_secret->setSecret(Secret());
    m_name->setFocus();
}

Profile ProfileDialog::formProfile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.apiRoot = QUrl(m_apiRoot->text().trimmed());
    p.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
    p.workspaceId = m_workspaceId->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    return p;
}

void ProfileDialog::setStatus(const QString &text, bool ok)
{
    m_status->setText(text);
    m_status->setStyleSheet(ok ? QString() : Appearance::errorStyle());
}

QString ProfileDialog::saveProfile()
{
    const Profile profile = formProfile();
    const Secret typed = m_secret->secret();
    if (m_editing.isEmpty() && !typed.hasValue()) {
        const QString error = tr("A new profile needs the client secret.");
        setStatus(error, false);
        return error;
    }
    const QString previous = m_editing;
    const QString error = m_profiles.save(profile, previous);
    if (!error.isEmpty()) {
        setStatus(error, false);
        return error;
    }
    auto persisted = [this](bool stored, const QString &problem) {
        if (!stored && !problem.isEmpty())
            setStatus(problem, false);
    };
    if (typed.hasValue()) {
        m_secrets.write(profile.name, typed.value(), this, persisted);
        if (!previous.isEmpty() && previous != profile.name)
            m_secrets.remove(previous);
    } else if (!previous.isEmpty() && previous != profile.name) {
        // Renamed without a new secret: the stored one moves to the new name.
        // The move outlives the dialog: the keychain may answer after it closed (an unlock prompt).
        SecretStore *secrets = &m_secrets;
        secrets->read(previous, secrets,
                      [secrets, name = profile.name, previous](const QString &secret, const QString &) {
                          if (!secret.isEmpty())
                              secrets->write(name, secret, secrets, [](bool, const QString &) {});
                          secrets->remove(previous);
                      });
    }
    if (!previous.isEmpty() && previous != profile.name) {
        const QString first = m_renamed.key(previous, previous); // renamed twice: keep the first name
        m_renamed.insert(first, profile.name);
    }
    m_changed << previous << profile.name;
    reloadList(profile.name);
    setStatus(tr("Saved."), true);
    return {};
}

void ProfileDialog::removeProfile()
{
    if (m_editing.isEmpty() || m_editing == ProfileStore::sandboxProfileName())
        return;
    const QString name = m_editing;
    m_profiles.remove(name);
    m_secrets.remove(name);
    m_changed << name;
    reloadList(ProfileStore::sandboxProfileName());
    setStatus(tr("Removed %1.").arg(name), true);
}

void ProfileDialog::testSignIn()
{
    const Profile profile = formProfile();
    auto run = [this, profile](const QString &secret) {
        if (secret.isEmpty()) {
            setStatus(tr("Enter the client secret to test the sign-in."), false);
            emit signInTested(false);
            return;
        }
        if (!ApiEndpoints::isAllowedTransport(profile.apiRoot) ||
            !ApiEndpoints::isAllowedTransport(profile.tokenUrl) || profile.apiRoot.host().isEmpty()) {
            setStatus(
                tr("The URLs must be valid and use https (plain http is allowed only for this computer)."),
                false);
            emit signInTested(false);
            return;
        }
        m_test->setEnabled(false);
        setStatus(tr("Signing in…"), true);
        m_actions.testSignIn(profile.apiRoot, profile.tokenUrl, profile.workspaceId, profile.clientId, secret)
            .then(this, [this](const ApiResult<DecodedList<Connection>> &result) {
            m_test->setEnabled(true);
            if (result) {
                setStatus(tr("Signed in. The workspace has %n connection(s).", nullptr,
                             int(result.value().items.size())),
                          true);
            } else {
                QString text = result.error().message();
                if (!result.error().details().isEmpty() && result.error().details() != text)
                    text += u"\n"_s + result.error().details();
                setStatus(text, false);
            }
            emit signInTested(bool(result));
        });
    };
    const Secret typed = m_secret->secret();
    if (typed.hasValue() || m_editing.isEmpty()) {
        run(typed.value());
        return;
    }
    m_secrets.read(m_editing, this, [run](const QString &secret, const QString &) { run(secret); });
}

} // namespace wsc

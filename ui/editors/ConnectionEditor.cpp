#include "ui/editors/ConnectionEditor.h"

#include "client/WorkspaceActions.h"
#include "models/domain/JsonCodec.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/editors/FormSupport.h"
#include "ui/editors/SecretField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

QString key(ServiceProvider provider, const QString &path)
{
    return QString::number(int(provider)) + u'/' + path;
}

// The text inputs of the provider pages and the members they show: one table for filling the form and
// reading it back.
struct TextField {
    ServiceProvider provider;
    const char16_t *path;
    QString &(*member)(Connection &);
    bool serverFilled = false; // read-only in the form (I-49)
};

using SP = ServiceProvider;
const TextField kTextFields[] = {
    {SP::Snowflake, u"config.account_identifier",
     [](Connection &c) -> QString & { return c.snowflake.accountIdentifier; }},
    {SP::Snowflake, u"config.region", [](Connection &c) -> QString & { return c.snowflake.region; }},
    {SP::Snowflake, u"config.warehouse", [](Connection &c) -> QString & { return c.snowflake.warehouse; }},
    {SP::Snowflake, u"config.database", [](Connection &c) -> QString & { return c.snowflake.database; }},
    {SP::Snowflake, u"config.role", [](Connection &c) -> QString & { return c.snowflake.role; }},
    {SP::Snowflake, u"config.user", [](Connection &c) -> QString & { return c.snowflake.user; }},
    {SP::Snowflake, u"config.storage_integration",
     [](Connection &c) -> QString & { return c.snowflake.storageIntegration; }},
    {SP::Snowflake, u"config.aws_iam_user_arn",
     [](Connection &c) -> QString & { return c.snowflake.awsIamUserArn; }, true},
    {SP::Snowflake, u"config.aws_external_id",
     [](Connection &c) -> QString & { return c.snowflake.awsExternalId; }, true},
    {SP::BigQuery, u"config.region", [](Connection &c) -> QString & { return c.bigQuery.region; }},
    {SP::BigQuery, u"config.project_id", [](Connection &c) -> QString & { return c.bigQuery.projectId; }},
    {SP::BigQuery, u"config.dataset_id", [](Connection &c) -> QString & { return c.bigQuery.datasetId; }},
    {SP::BigQuery, u"config.service_account_id",
     [](Connection &c) -> QString & { return c.bigQuery.serviceAccountId; }},
    {SP::Redshift, u"config.database", [](Connection &c) -> QString & { return c.redshift.database; }},
    {SP::Redshift, u"config.host", [](Connection &c) -> QString & { return c.redshift.host; }},
    {SP::Redshift, u"config.port", [](Connection &c) -> QString & { return c.redshift.port; }},
    {SP::Redshift, u"config.user", [](Connection &c) -> QString & { return c.redshift.user; }},
    {SP::Redshift, u"config.aws_iam_role_arn",
     [](Connection &c) -> QString & { return c.redshift.awsIamRoleArn; }},
    {SP::Databricks, u"config.provider", [](Connection &c) -> QString & { return c.databricks.provider; }},
    {SP::Databricks, u"config.schema", [](Connection &c) -> QString & { return c.databricks.schema; }},
};

} // namespace

ConnectionEditor::ConnectionEditor(WorkspaceActions &actions, const Connection *existing,
                                   QWidget *parent)
    : TypedEditor(ResourceKind::Connection, actions, existing == nullptr, parent)
{
    buildGeneral();
    buildProviderPages();

    Connection initial;
    initial.state = ResourceState::Active;
    initial.serviceProvider = ServiceProvider::Snowflake;
    load(existing ? *existing : initial);

    connectInputs();
}

void ConnectionEditor::buildGeneral()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    std::tie(m_id, m_name) = addIdAndNameRows(form, this, u"snowflake-prod"_s);
    auto *stateRow = new QWidget(this);
    auto *stateLayout = new QHBoxLayout(stateRow);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    m_state = new QComboBox(this);
    m_state->setObjectName(u"StateField"_s);
    FormSupport::fillEnum<ResourceState>(
        m_state, {ResourceState::New, ResourceState::Active, ResourceState::Inactive});
    stateLayout->addWidget(m_state);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    stateLayout->addWidget(m_status, 1);
    form->addRow(FormSupport::buddyLabel(tr("&State:"), m_state, this), stateRow);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"ProviderField"_s);
    FormSupport::fillEnum<ServiceProvider>(m_provider,
                                           {ServiceProvider::Snowflake, ServiceProvider::BigQuery,
                                            ServiceProvider::Redshift, ServiceProvider::Databricks});
    form->addRow(FormSupport::buddyLabel(tr("&Warehouse type:"), m_provider, this),
                 withMessage(m_provider, u"service_provider"_s));
    formArea()->addLayout(form);
}

QFormLayout *ConnectionEditor::addProviderPage(ServiceProvider provider, PageFields fields,
                                               PageFields serverFields)
{
    auto *page = new QGroupBox(EnumTraits<ServiceProvider>::displayName(provider), m_pages);
    auto *pageForm = new QFormLayout(page);
    pageForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const auto &[path, label] : fields) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QString::fromUtf16(path));
        m_texts.insert(key(provider, QString::fromUtf16(path)), edit);
        pageForm->addRow(FormSupport::buddyLabel(label, edit, page),
                         withMessage(edit, QString::fromUtf16(path)));
        connect(edit, &QLineEdit::textEdited, this, &ConnectionEditor::formEdited);
    }
    for (const auto &[path, label] : serverFields) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QString::fromUtf16(path));
        edit->setReadOnly(true); // filled in by the server (I-49)
        edit->setPlaceholderText(tr("Filled in by the server"));
        m_texts.insert(key(provider, QString::fromUtf16(path)), edit);
        pageForm->addRow(label, edit);
    }
    m_pages->addWidget(page);
    return pageForm;
}

void ConnectionEditor::buildProviderPages()
{
    // One page per provider, with the fields of spec §6.7.
    m_pages = new QStackedWidget(this);
    QFormLayout *snowflake = addProviderPage(ServiceProvider::Snowflake,
                                             {{u"config.account_identifier", tr("Account identifier:")},
                                              {u"config.region", tr("Region:")},
                                              {u"config.warehouse", tr("Warehouse:")},
                                              {u"config.database", tr("Database:")},
                                              {u"config.role", tr("Role:")},
                                              {u"config.user", tr("User:")},
                                              {u"config.storage_integration", tr("Storage integration:")}},
                                             {{u"config.aws_iam_user_arn", tr("AWS IAM user ARN:")},
                                              {u"config.aws_external_id", tr("AWS external id:")}});
    m_snowflakePassword = new SecretField(false, this);
    m_snowflakePassword->input()->setObjectName(u"SnowflakePassword"_s);
    snowflake->insertRow(6, tr("Password:"), withMessage(m_snowflakePassword, u"config.password"_s));
    QFormLayout *bigQuery =
        addProviderPage(ServiceProvider::BigQuery, {{u"config.region", tr("Data location:")},
                                                    {u"config.project_id", tr("Project id:")},
                                                    {u"config.dataset_id", tr("Dataset id:")},
                                                    {u"config.service_account_id", tr("Service account:")}});
    m_bigQueryKey = new SecretField(true, this);
    m_bigQueryKey->input()->setObjectName(u"BigQueryKey"_s);
    bigQuery->addRow(tr("Service account key:"), withMessage(m_bigQueryKey, u"config.service_account_key"_s));
    QFormLayout *redshift =
        addProviderPage(ServiceProvider::Redshift, {{u"config.database", tr("Database:")},
                                                    {u"config.host", tr("Host:")},
                                                    {u"config.port", tr("Port:")},
                                                    {u"config.user", tr("User:")},
                                                    {u"config.aws_iam_role_arn", tr("IAM role ARN:")}});
    text(ServiceProvider::Redshift, u"config.port"_s)->setPlaceholderText(u"5439"_s);
    m_redshiftPassword = new SecretField(false, this);
    m_redshiftPassword->input()->setObjectName(u"RedshiftPassword"_s);
    redshift->insertRow(4, tr("Password:"), withMessage(m_redshiftPassword, u"config.password"_s));
    addProviderPage(ServiceProvider::Databricks, {{u"config.provider", tr("Provider (organisation):")},
                                                  {u"config.schema", tr("Schema:")}});
    m_unknownProvider = new QLabel(m_pages);
    m_unknownProvider->setWordWrap(true);
    m_pages->addWidget(m_unknownProvider);
    formArea()->addWidget(m_pages);
    formArea()->addStretch(1);
}

void ConnectionEditor::connectInputs()
{
    for (SecretField *secret : {m_snowflakePassword, m_redshiftPassword, m_bigQueryKey})
        connect(secret, &SecretField::edited, this, &ConnectionEditor::formEdited);
    connect(m_id, &QLineEdit::textEdited, this, &ConnectionEditor::formEdited);
    connect(m_name, &QLineEdit::textEdited, this, &ConnectionEditor::formEdited);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ConnectionEditor::formEdited);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        showProviderPage();
        formEdited();
    });
}

QLineEdit *ConnectionEditor::text(ServiceProvider provider, const QString &path) const
{
    return m_texts.value(key(provider, path));
}

void ConnectionEditor::showProviderPage()
{
    const auto provider = FormSupport::selectedEnum<ServiceProvider>(m_provider);
    m_pages->setCurrentIndex(provider.isKnown() ? int(provider.value()) - 1 : 4);
}

void ConnectionEditor::fill(const Connection &c)
{
    m_id->setText(c.id);
    m_id->setReadOnly(!isNew());
    m_name->setText(c.name);
    FormSupport::selectEnum(m_state, c.state);
    {
        const QSignalBlocker blocker(m_provider);
        FormSupport::selectEnum(m_provider, c.serviceProvider);
    }
    m_status->setText(isNew() ? QString() : statusText(wsc::displayName(c.status), c.errors));
    Connection shown = c;
    for (const TextField &f : kTextFields)
        text(f.provider, QString::fromUtf16(f.path))->setText(f.member(shown));
    m_snowflakePassword->setSecret(c.snowflake.password);
    m_bigQueryKey->setSecret(c.bigQuery.serviceAccountKey);
    m_redshiftPassword->setSecret(c.redshift.password);
    m_unknownProvider->setText(
        tr("The console does not know the provider \"%1\": its settings are kept as they are and "
           "sent back unchanged.")
            .arg(c.serviceProvider.wire()));
    showProviderPage();
    formEdited();
}

Connection ConnectionEditor::value() const
{
    Connection c = m_original; // keeps what the form does not show (unknown fields, audit)
    c.id = m_id->text().trimmed();
    c.name = m_name->text();
    c.state = FormSupport::selectedEnum<ResourceState>(m_state);
    c.serviceProvider = FormSupport::selectedEnum<ServiceProvider>(m_provider);
    for (const TextField &f : kTextFields)
        if (!f.serverFilled) // kept from the original: the server fills them in
            f.member(c) = text(f.provider, QString::fromUtf16(f.path))->text().trimmed();
    c.snowflake.password = m_snowflakePassword->secret();
    c.bigQuery.serviceAccountKey = m_bigQueryKey->secret();
    c.redshift.password = m_redshiftPassword->secret();
    return c;
}

ValidationIssues ConnectionEditor::validate() const
{
    ValidationIssues issues =
        Validator::validate(value(), isNew() ? Validator::Mode::Create : Validator::Mode::Replace);
    // A masked secret does not block Save: it is asked for then (completeBeforeSave).
    for (ValidationIssue &issue : issues) {
        if (issue.code == ValidationIssue::Code::SecretReentry) {
            issue.severity = ValidationIssue::Severity::Warning;
            issue.message =
                tr("Unchanged. The API needs it on every save: you will be asked for it when you save.");
        }
    }
    return issues;
}

bool ConnectionEditor::isBlank() const
{
    const Connection now = value();
    Connection blank;
    blank.state = now.state;
    blank.serviceProvider = now.serviceProvider;
    return now == blank;
}

QString ConnectionEditor::displayName() const
{
    const Connection c = value();
    return c.name.trimmed().isEmpty() ? c.id : c.name;
}

bool ConnectionEditor::completeBeforeSave()
{
    Connection c = value();
    // Whole sentences per secret, so translations need not assemble them.
    auto ask = [this](Secret &secret, const QString &title, const QString &label, bool multiline) {
        if (!secret.isMasked())
            return true;
        const auto typed = Dialogs::askText(this, title, label, true, multiline);
        if (!typed || typed->isEmpty())
            return false;
        secret = Secret::fromValue(*typed);
        return true;
    };
    const QString passwordTitle = tr("Enter the password again");
    const QString passwordLabel =
        tr("The server never returns the password, and the API needs it to save %1. Enter it again:")
            .arg(displayName());
    bool ok = true;
    switch (c.serviceProvider.value()) {
    case ServiceProvider::Snowflake:
        ok = ask(c.snowflake.password, passwordTitle, passwordLabel, false);
        break;
    case ServiceProvider::Redshift: ok = ask(c.redshift.password, passwordTitle, passwordLabel, false); break;
    case ServiceProvider::BigQuery:
        ok =
            ask(c.bigQuery.serviceAccountKey, tr("Enter the service account key again"),
                tr("The server never returns the service account key, and the API needs it to save %1. Paste "
                   "the key file again:")
                    .arg(displayName()),
                true);
        break;
    default: break;
    }
    if (!ok)
        return false;
    m_completed = c;
    return true;
}

void ConnectionEditor::setInputsEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_id, m_name, m_state, m_provider, m_pages})
        w->setEnabled(enabled);
}

Connection ConnectionEditor::outgoing() const
{
    return m_completed.value_or(value());
}

void ConnectionEditor::sent()
{
    m_completed.reset(); // secrets typed at Save are used once, not kept in the form
}

void ConnectionEditor::withoutSecrets(Connection &c) const
{
    // Secrets never come back from the server, and the AWS fields are the server's for each connection.
    c.snowflake.password = Secret();
    c.snowflake.awsIamUserArn.clear();
    c.snowflake.awsExternalId.clear();
    c.redshift.password = Secret();
    c.bigQuery.serviceAccountKey = Secret();
}

void ConnectionEditor::keepSecrets(Connection &draft, const Connection &original) const
{
    // A secret the server keeps stays "unchanged"; a new one must be typed again.
    auto kept = [](const Secret &secret) { return secret.isMasked() ? Secret::masked() : Secret(); };
    draft.snowflake.password = kept(original.snowflake.password);
    draft.redshift.password = kept(original.redshift.password);
    draft.bigQuery.serviceAccountKey = kept(original.bigQuery.serviceAccountKey);
    draft.snowflake.awsIamUserArn = original.snowflake.awsIamUserArn;
    draft.snowflake.awsExternalId = original.snowflake.awsExternalId;
}

} // namespace wsc

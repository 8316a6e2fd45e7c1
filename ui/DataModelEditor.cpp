#include "ui/DataModelEditor.h"

#include "client/ApiClient.h"
#include "models/domain/ColumnRole.h"
#include "models/domain/SqlChecker.h"
#include "models/items/StatusIcons.h"
#include "models/store/WorkspaceStore.h"
#include "ui/Dialogs.h"
#include "ui/SqlEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(u"color: #d1242f;"_s);
    label->setWordWrap(true);
    label->hide();
    return label;
}

// A form label whose mnemonic focuses its field (a row given as a layout gets no buddy by itself).
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

void setMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

DataModelEditor::DataModelEditor(ApiClient &client, WorkspaceStore &store, const DataModel *existing,
                                 QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_store(store)
    , m_isNew(existing == nullptr)
{
    auto *layout = new QVBoxLayout(this);
    m_banner = messageLabel(this);
    m_banner->setObjectName(u"Banner"_s);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_id = new QLineEdit(this);
    m_id->setObjectName(u"IdField"_s);
    m_id->setPlaceholderText(tr("letters, digits, '_' and '-', e.g. users-model"));
    m_idMessage = messageLabel(this);
    auto *idColumn = new QVBoxLayout;
    idColumn->addWidget(m_id);
    idColumn->addWidget(m_idMessage);
    form->addRow(buddyLabel(tr("&Id:"), m_id, this), idColumn);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"NameField"_s);
    m_nameMessage = messageLabel(this);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameMessage);
    form->addRow(buddyLabel(tr("&Name:"), m_name, this), nameColumn);
    auto *stateRow = new QHBoxLayout;
    m_state = new QComboBox(this);
    m_state->setObjectName(u"StateField"_s);
    for (ResourceState s : {ResourceState::New, ResourceState::Active, ResourceState::Inactive})
        m_state->addItem(EnumTraits<ResourceState>::displayName(s), QVariant::fromValue(int(s)));
    stateRow->addWidget(m_state);
    m_status = new QLabel(this);
    stateRow->addWidget(m_status, 1);
    form->addRow(buddyLabel(tr("&State:"), m_state, this), stateRow);
    layout->addLayout(form);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_sql = new SqlEditor(left);
    m_sql->setObjectName(u"SqlField"_s);
    leftLayout->addWidget(m_sql, 1);
    m_sqlIssues = new QListWidget(left);
    m_sqlIssues->setObjectName(u"SqlIssues"_s);
    m_sqlIssues->setMaximumHeight(90);
    leftLayout->addWidget(m_sqlIssues);
    m_columns = new QTableWidget(0, 2, splitter);
    m_columns->setObjectName(u"ColumnMapping"_s);
    m_columns->setHorizontalHeaderLabels({tr("Result column"), tr("Maps to")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_columns->verticalHeader()->setDefaultSectionSize(m_columns->fontMetrics().height() + 6);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_revertButton = new QPushButton(tr("&Revert"), this);
    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(u"SaveButton"_s);
    m_saveButton->setDefault(true);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250); // check while typing, without re-checking every keystroke
    connect(m_checkTimer, &QTimer::timeout, this, &DataModelEditor::recheck);

    DataModel initial;
    initial.state = ResourceState::Active;
    load(existing ? *existing : initial);

    connect(m_id, &QLineEdit::textEdited, this, &DataModelEditor::handleEdited);
    connect(m_name, &QLineEdit::textEdited, this, &DataModelEditor::handleEdited);
    connect(m_state, &QComboBox::currentIndexChanged, this, &DataModelEditor::handleEdited);
    connect(m_sql, &QsciScintilla::textChanged, this, [this] {
        handleEdited();
        m_checkTimer->start();
    });
    connect(m_sqlIssues, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_sql->setCursorPosition(item->data(Qt::UserRole).toInt() - 1,
                                 item->data(Qt::UserRole + 1).toInt() - 1);
        m_sql->setFocus();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &DataModelEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        if (Dialogs::ask(this, tr("Revert"), tr("Discard your changes to %1?").arg(title()),
                         QMessageBox::Discard | QMessageBox::Cancel,
                         QMessageBox::Cancel) == QMessageBox::Discard)
            load(m_original);
    });
}

void DataModelEditor::load(const DataModel &model)
{
    m_original = model;
    m_id->setText(model.id);
    m_id->setReadOnly(!m_isNew); // ids cannot change once created
    m_name->setText(model.name);
    const int stateRow = m_state->findData(QVariant::fromValue(int(model.state.value())));
    m_state->setCurrentIndex(stateRow >= 0 ? stateRow : 1);
    m_status->setText(m_isNew ? QString() : tr("Status: %1").arg(displayName(model.status)));
    m_sql->setText(model.sqlQuery);
    QStringList errors;
    for (const ApiMessage &e : model.errors)
        errors << e.message;
    setMessage(m_banner, errors.join(u'\n'));
    recheck();
    handleEdited();
}

void DataModelEditor::setInputsEnabled(bool enabled)
{
    m_id->setEnabled(enabled);
    m_name->setEnabled(enabled);
    m_state->setEnabled(enabled);
    m_sql->setReadOnly(!enabled);
    m_revertButton->setEnabled(enabled && isDirty() && !m_isNew);
}

DataModel DataModelEditor::dataModel() const
{
    DataModel m = m_original; // keeps what the form does not show (unknown fields, audit)
    m.id = m_id->text().trimmed();
    m.name = m_name->text();
    m.state = ResourceState(m_state->currentData().toInt());
    m.type = DataModelType::Sql;
    m.sqlQuery = m_sql->text();
    return m;
}

bool DataModelEditor::isDirty() const
{
    const DataModel now = dataModel();
    return m_isNew ? (!now.id.isEmpty() || !now.name.isEmpty() || !now.sqlQuery.trimmed().isEmpty())
                   : !(now == m_original);
}

bool DataModelEditor::canSave() const
{
    return !m_saving && isDirty() && !Validator::hasErrors(Validator::validate(dataModel()));
}

QString DataModelEditor::title() const
{
    const DataModel m = dataModel();
    const QString name = m.name.trimmed().isEmpty() ? (m.id.isEmpty() ? tr("New data model") : m.id) : m.name;
    return isDirty() ? name + u" *" : name;
}

void DataModelEditor::handleEdited()
{
    const bool dirty = isDirty();
    showIssues(Validator::validate(dataModel()));
    m_saveButton->setEnabled(canSave());
    m_revertButton->setEnabled(dirty && !m_isNew);
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
    emit titleChanged(title());
}

void DataModelEditor::recheck()
{
    const SqlCheckResult check = SqlChecker::check(m_sql->text());
    m_sql->setIssues(check.issues);
    m_sqlIssues->clear();
    for (const SqlIssue &issue : check.issues) {
        auto *item = new QListWidgetItem(
            StatusIcons::icon(u"invalid"_s),
            tr("Line %1, column %2: %3").arg(issue.line).arg(issue.column).arg(issue.message));
        item->setData(Qt::UserRole, issue.line);
        item->setData(Qt::UserRole + 1, issue.column);
        m_sqlIssues->addItem(item);
    }
    m_sqlIssues->setVisible(!check.issues.empty());

    m_columns->setRowCount(0);
    QStringList names;
    for (const SqlResultColumn &column : check.columns) {
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        const QString name = column.name.isEmpty() ? column.expression : column.name;
        auto *nameItem = new QTableWidgetItem(name);
        if (column.name.isEmpty())
            nameItem->setToolTip(tr("An expression without an alias: the warehouse names it. Add AS name."));
        m_columns->setItem(row, 0, nameItem);
        const QString role = column.name.isEmpty()
                                 ? tr("Attribute (name chosen by the warehouse)")
                                 : ColumnRoles::displayName(ColumnRoles::classify(column.name, {}));
        m_columns->setItem(row, 1, new QTableWidgetItem(role));
        if (!column.name.isEmpty())
            names << column.name;
    }
    if (check.hasWildcard) {
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        m_columns->setItem(row, 0, new QTableWidgetItem(u"*"_s));
        m_columns->setItem(row, 1,
                           new QTableWidgetItem(tr("Every column of the table (known to the warehouse)")));
    }
    m_sql->setCompletionWords(names);
}

void DataModelEditor::showIssues(const ValidationIssues &issues)
{
    QString id, name;
    for (const ValidationIssue &issue : issues) {
        if (!issue.isError())
            continue;
        // Nothing typed yet is not an error worth shouting about.
        if (issue.code == ValidationIssue::Code::Required && !isDirty())
            continue;
        if (issue.field == u"id" && id.isEmpty())
            id = issue.message;
        else if (issue.field == u"name" && name.isEmpty())
            name = issue.message;
    }
    setMessage(m_idMessage, id);
    setMessage(m_nameMessage, name);
}

void DataModelEditor::showServerError(const ApiError &error)
{
    // The server names fields at the start of its messages; those go next to their field.
    QStringList general;
    QString id, name;
    const QStringList messages = error.details().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &message : messages) {
        if (message.startsWith(u"id ") || message.contains(u"already exists"_s))
            id = message;
        else if (message.startsWith(u"name "))
            name = message;
        else if (message.contains(u"SQL"_s) || message.startsWith(u"config.sql_query"))
            general << tr("SQL: %1").arg(message);
        else
            general << message;
    }
    if (!id.isEmpty())
        setMessage(m_idMessage, id);
    if (!name.isEmpty())
        setMessage(m_nameMessage, name);
    general.prepend(error.message());
    setMessage(m_banner, general.join(u'\n'));
}

void DataModelEditor::save()
{
    if (!canSave())
        return;
    const DataModel model = dataModel();
    // Someone else changed it since this editor opened: reload or overwrite, the user decides.
    if (!m_isNew) {
        // A copy: the dialog below runs an event loop in which a refresh may replace the store's entry.
        const DataModel *found = m_store.dataModel(model.id);
        const std::optional<DataModel> current = found ? std::optional<DataModel>(*found) : std::nullopt;
        if (current && !(current->audit.lastModifiedOn == m_original.audit.lastModifiedOn)) {
            const auto answer = Dialogs::ask(
                this, tr("Changed elsewhere"),
                tr("%1 was changed on the server after you opened it. Overwrite those "
                   "changes with yours, or reload and lose yours?")
                    .arg(model.name),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer == QMessageBox::Discard) {
                load(*current);
                return;
            }
            if (answer != QMessageBox::Save)
                return;
        }
    }
    m_saving = true;
    m_saveButton->setEnabled(false);
    m_saveButton->setText(tr("Saving…"));
    setInputsEnabled(false); // what is typed now would be overwritten by the saved answer
    const auto call = m_isNew ? m_client.createDataModel(model) : m_client.replaceDataModel(model);
    call.then(this, [this](const ApiResult<DataModel> &result) {
        m_saving = false;
        m_saveButton->setText(tr("Save"));
        setInputsEnabled(true);
        if (!result) {
            handleEdited();
            showServerError(result.error()); // after: the local checks would clear the field messages
            return;
        }
        finishSave(result.value());
    });
}

void DataModelEditor::finishSave(const DataModel &result)
{
    m_store.upsert(result);
    m_isNew = false;
    load(result);
    setMessage(m_banner, {});
    emit saved(result.id);
}

} // namespace wsc

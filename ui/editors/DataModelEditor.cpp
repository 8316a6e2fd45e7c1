#include "ui/editors/DataModelEditor.h"

#include "client/WorkspaceActions.h"
#include "client/warehouse/WarehouseAccess.h"
#include "models/domain/ColumnRole.h"
#include "models/domain/JsonCodec.h"
#include "models/domain/QueryErrorPosition.h"
#include "models/domain/SqlChecker.h"
#include "models/domain/WrappedQueries.h"
#include "models/items/StatusIcons.h"
#include "ui/editors/FormSupport.h"
#include "ui/editors/ModelPreviewPanel.h"
#include "ui/sql/SchemaBrowser.h"
#include "ui/sql/SqlEditor.h"
#include "ui/sql/SqlFindBar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

DataModelEditor::DataModelEditor(WorkspaceActions &actions, const DataModel *existing, QWidget *parent)
    : TypedEditor(ResourceKind::DataModel, actions, existing == nullptr, parent)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    std::tie(m_id, m_name) = addIdAndNameRows(form, this, u"users-model"_s);
    auto *stateRow = new QWidget(this);
    auto *stateLayout = new QHBoxLayout(stateRow);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    m_state = new QComboBox(this);
    m_state->setObjectName(u"StateField"_s);
    FormSupport::fillEnum<ResourceState>(
        m_state, {ResourceState::New, ResourceState::Active, ResourceState::Inactive});
    stateLayout->addWidget(m_state);
    m_status = new QLabel(this);
    stateLayout->addWidget(m_status, 1);
    form->addRow(FormSupport::buddyLabel(tr("&State:"), m_state, this), stateRow);
    formArea()->addLayout(form);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_sql = new SqlEditor(left);
    m_sql->setObjectName(u"SqlField"_s);
    leftLayout->addWidget(withMessage(m_sql, u"config.sql_query"_s), 1);
    m_findBar = new SqlFindBar(m_sql, left);
    leftLayout->addWidget(m_findBar);
    const std::pair<QKeySequence, std::function<void()>> keys[] = {
        {QKeySequence(Qt::CTRL | Qt::Key_H), [this] { showFind(true); }},
        {QKeySequence(Qt::Key_F3),
         [this] { m_findBar->isVisible() ? void(m_findBar->findNext(true)) : showFind(false); }},
        {QKeySequence(Qt::SHIFT | Qt::Key_F3), [this] { m_findBar->findNext(false); }}};
    for (const auto &[sequence, action] : keys) {
        auto *shortcut = new QShortcut(sequence, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    }
    m_sqlIssues = new QListWidget(left);
    m_sqlIssues->setObjectName(u"SqlIssues"_s);
    m_sqlIssues->setMaximumHeight(90);
    leftLayout->addWidget(m_sqlIssues);
    buildSidePanel(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    FormSupport::rememberSplitter(splitter, u"DataModelSqlAndColumns"_s);
    // The preview's rows below the SQL.
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(splitter);
    buildPreview(actions, vertical);
    formArea()->addWidget(vertical, 1);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250); // check while typing, without re-checking every keystroke
    connect(m_checkTimer, &QTimer::timeout, this, &DataModelEditor::recheck);
    m_probeTimer = new QTimer(this);
    m_probeTimer->setSingleShot(true);
    m_probeTimer->setInterval(800); // the warehouse is asked once typing pauses
    connect(m_probeTimer, &QTimer::timeout, this, &DataModelEditor::probeColumns);

    DataModel initial;
    initial.state = ResourceState::Active;
    load(existing ? *existing : initial);

    connect(m_id, &QLineEdit::textEdited, this, &DataModelEditor::formEdited);
    connect(m_name, &QLineEdit::textEdited, this, &DataModelEditor::formEdited);
    connect(m_state, &QComboBox::currentIndexChanged, this, &DataModelEditor::formEdited);
    connect(m_sql, &QsciScintilla::textChanged, this, [this] {
        formEdited();
        m_warehouseIssue.reset(); // its place is stale once the text changed
        m_probeIssue.reset();
        m_checkTimer->start();
        m_probeTimer->start();
    });
    connect(m_sqlIssues, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_sql->setCursorPosition(item->data(Qt::UserRole).toInt() - 1,
                                 item->data(Qt::UserRole + 1).toInt() - 1);
        m_sql->setFocus();
    });
}

void DataModelEditor::fill(const DataModel &model)
{
    m_id->setText(model.id);
    m_id->setReadOnly(!isNew()); // ids cannot change once created
    m_name->setText(model.name);
    FormSupport::selectEnum(m_state, model.state);
    m_status->setText(isNew() ? QString() : statusText(wsc::displayName(model.status), model.errors));
    m_sql->setText(model.sqlQuery);
    m_preview->setModelId(model.id);
    recheck();
    formEdited();
}

DataModel DataModelEditor::value() const
{
    DataModel m = m_original; // keeps what the form does not show (unknown fields, audit)
    m.id = m_id->text().trimmed();
    m.name = m_name->text();
    m.state = FormSupport::selectedEnum<ResourceState>(m_state);
    m.type = DataModelType::Sql;
    m.sqlQuery = m_sql->text();
    return m;
}

ValidationIssues DataModelEditor::validate() const
{
    return Validator::validate(value());
}

bool DataModelEditor::isBlank() const
{
    const DataModel now = value();
    return now.id.isEmpty() && now.name.isEmpty() && now.sqlQuery.trimmed().isEmpty();
}

QString DataModelEditor::displayName() const
{
    const DataModel m = value();
    return m.name.trimmed().isEmpty() ? m.id : m.name;
}

void DataModelEditor::setInputsEnabled(bool enabled)
{
    m_id->setEnabled(enabled);
    m_name->setEnabled(enabled);
    m_state->setEnabled(enabled);
    m_sql->setReadOnly(!enabled);
}

void DataModelEditor::recheck()
{
    SqlCheckResult check = SqlChecker::check(m_sql->text());
    // What the warehouse said (the last preview, the column probe) first, at its offset for the squiggle.
    for (const std::optional<SqlIssue> *said : {&m_probeIssue, &m_warehouseIssue}) {
        if (!*said)
            continue;
        SqlIssue issue = **said;
        const auto offset = m_sql->positionFromLineIndex(issue.line - 1, issue.column - 1);
        issue.offset = m_sql->text(0, offset).size();
        issue.length = std::max<qsizetype>(issue.length, 1);
        check.issues.insert(check.issues.begin(), issue);
    }
    m_sql->setIssues(check.issues);
    m_sqlIssues->clear();
    for (const SqlIssue &issue : check.issues) {
        auto *item = new QListWidgetItem(
            StatusIcons::icon(issue.isError() ? u"invalid"_s : u"warning"_s),
            (issue.isError() ? tr("Line %1, column %2: %3") : tr("Line %1, column %2 (warning): %3"))
                .arg(issue.line)
                .arg(issue.column)
                .arg(issue.message));
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

void DataModelEditor::buildPreview(WorkspaceActions &actions, QSplitter *vertical)
{
    m_preview = new ModelPreviewPanel(actions, vertical);
    vertical->addWidget(m_preview);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    vertical->setSizes({200, 300}); // rows need the room more than a short query
    FormSupport::rememberSplitter(vertical, u"DataModelSqlAndPreview"_s);
    for (const QKeySequence &run :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(run, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &DataModelEditor::runPreview);
    }
    connect(m_preview, &ModelPreviewPanel::runRequested, this, &DataModelEditor::runPreview);
    connect(m_preview, &ModelPreviewPanel::errorPlaced, this,
            [this](int line, int column, int length, const QString &message) {
                SqlIssue issue;
                issue.line = line;
                issue.column = column;
                issue.length = length;
                issue.message = tr("The warehouse: %1").arg(message);
                m_warehouseIssue = issue;
                recheck();
                m_sql->setCursorPosition(line - 1, column - 1);
            });
    connect(m_preview, &ModelPreviewPanel::errorCleared, this, [this] {
        if (std::exchange(m_warehouseIssue, std::nullopt))
            recheck();
    });
    connect(m_preview, &ModelPreviewPanel::connectionChanged, this, [this] {
        loadCatalog(false);
        if (m_probeTimer)
            m_probeTimer->start();
    });
}

QWidget *DataModelEditor::buildSidePanel(QWidget *parent)
{
    auto *tabs = new QTabWidget(parent);
    tabs->setObjectName(u"SidePanel"_s);
    m_columns = new QTableWidget(0, 2, tabs);
    m_columns->setObjectName(u"ColumnMapping"_s);
    m_columns->setHorizontalHeaderLabels({tr("Result column"), tr("Maps to")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_columns->verticalHeader()->setDefaultSectionSize(m_columns->fontMetrics().height() + 6);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tabs->addTab(m_columns, tr("Co&lumns"));
    m_schema = new SchemaBrowser(tabs);
    tabs->addTab(m_schema, tr("&Warehouse"));
    connect(m_schema, &SchemaBrowser::refreshRequested, this, [this] { loadCatalog(true); });
    connect(m_schema, &SchemaBrowser::insertRequested, this, [this](const QString &text) {
        if (m_sql->isReadOnly())
            return;
        m_sql->replaceSelectedText(text); // at the caret, which ends after it
        m_sql->setFocus();
    });
    return tabs;
}

void DataModelEditor::loadCatalog(bool refresh)
{
    const Connection *connection = m_preview->connection();
    if (!connection) {
        m_schema->setUnavailable(tr("Add a connection to browse its warehouse."));
        return;
    }
    if (const QString reason = m_actions.warehouses().unavailableReason(*connection); !reason.isEmpty()) {
        m_schema->setUnavailable(reason);
        return;
    }
    m_schema->setLoading();
    const QString id = connection->id;
    const ServiceProvider provider = connection->serviceProvider.value();
    WarehouseJob *job = m_actions.warehouses().catalog(*connection, refresh);
    connect(job, &WarehouseJob::finished, this, [this, job, id, provider] {
        if (m_preview->connectionId() != id)
            return; // another connection was chosen meanwhile
        if (job->error()) {
            m_schema->setError(job->error()->message);
            return;
        }
        m_schema->setCatalog(job->catalog(), provider);
        m_sql->setCatalogCompletions(job->catalog(), provider);
    });
}

// §12.5's column probe (`SELECT * FROM (<model>) LIMIT 0`) on the chosen connection's warehouse: whether its
// tables and columns exist there. What it refuses is a warning: the warehouse of the preview may not be
// the one the service reads.
void DataModelEditor::probeColumns()
{
    const Connection *connection = m_preview->connection();
    WarehouseAccess &warehouses = m_actions.warehouses();
    const QString sql = m_sql->text();
    if (!connection || !warehouses.unavailableReason(*connection).isEmpty() ||
        warehouses.needsPassword(*connection) || sql.trimmed().isEmpty() || !SqlChecker::check(sql).ok())
        return;
    WarehouseJob *job = warehouses.run(*connection, WrappedQueries::probe(sql), 1);
    connect(job, &WarehouseJob::finished, this, [this, job, sql] {
        if (m_sql->text() != sql)
            return; // typed on meanwhile: a newer probe follows
        const auto &error = job->error();
        if (error && error->kind != WarehouseError::Kind::Query)
            return; // not an answer about the SQL
        m_probeIssue.reset();
        if (error) {
            SqlIssue issue;
            issue.severity = SqlIssue::Severity::Warning;
            issue.message = tr("The warehouse's column probe: %1").arg(error->message);
            if (const auto at = QueryErrorPosition::locate(error->message, sql)) {
                issue.line = at->line;
                issue.column = at->column;
                issue.length = at->length;
            }
            m_probeIssue = issue;
        }
        recheck();
    });
}

void DataModelEditor::runPreview()
{
    if (m_sql->hasSelectedText()) {
        int lineFrom = 0;
        int indexFrom = 0;
        int lineTo = 0;
        int indexTo = 0;
        m_sql->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        m_preview->run(m_sql->selectedText(), lineFrom + 1, indexFrom + 1);
        return;
    }
    m_preview->run(m_sql->text());
}

void DataModelEditor::showFind(bool replace)
{
    m_findBar->open(replace);
}

} // namespace wsc

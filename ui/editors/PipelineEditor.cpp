#include "ui/editors/PipelineEditor.h"

#include "client/ServerMessages.h"
#include "client/WorkspaceActions.h"
#include "client/warehouse/WarehouseAccess.h"
#include "models/domain/JsonCodec.h"
#include "models/domain/PipelineReport.h"
#include "models/domain/SchedulePlanner.h"
#include "models/domain/SqlChecker.h"
#include "models/domain/WrappedQueries.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/editors/FormSupport.h"
#include "ui/editors/IteratorColumnPicker.h"
#include "ui/editors/PipelineSections.h"
#include "ui/pipeline/SchedulePreview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

PipelineEditor::PipelineEditor(WorkspaceActions &actions, const Pipeline *existing, QWidget *parent)
    : TypedEditor(ResourceKind::Pipeline, actions, existing == nullptr, parent)
{
    // The form is long: it scrolls, the preview stays beside it.
    auto *columns = new QHBoxLayout;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    auto *content = new QVBoxLayout(m_content);
    scroll->setWidget(m_content);
    columns->addWidget(scroll, 3);

    buildGeneral(content);
    const FieldMessages messages = [this](QWidget *input, const QString &fieldPath) {
        return withMessage(input, fieldPath);
    };
    m_sources = new PipelineSourcesSection(m_store, messages, m_content);
    m_sync = new PipelineSyncSection(messages, m_content);
    m_schedule = new PipelineScheduleSection(messages, m_content);
    m_delivery = new PipelineDeliverySection(messages, m_content);
    for (QWidget *section : std::initializer_list<QWidget *>{m_sources, m_sync, m_schedule, m_delivery})
        content->addWidget(section);
    content->addStretch(1);

    auto *previewBox = new QGroupBox(tr("Next runs (preview)"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = new SchedulePreview(SchedulePreview::Mode::Compact, previewBox);
    previewLayout->addWidget(m_preview, 1);
    columns->addWidget(previewBox, 2);
    formArea()->addLayout(columns, 1);

    Pipeline initial;
    initial.pipelineType = PipelineType::UserAttributes;
    initial.state = PipelineState::Active;
    initial.environment = Environment::Development;
    initial.syncMode.type = SyncModeType::Incremental;
    initial.syncMode.iteratorDataType = IteratorDataType::Timestamp;
    initial.schedule.type = ScheduleType::Interval;
    initial.schedule.frequency = Frequency::Daily;
    fillPickers();
    load(existing ? *existing : initial);

    connectInputs();
}

void PipelineEditor::buildGeneral(QVBoxLayout *content)
{
    auto *general = newPipelineForm(nullptr);
    std::tie(m_id, m_name) = addIdAndNameRows(general, m_content, u"users-hourly"_s);
    m_type = new QComboBox(m_content);
    m_type->setObjectName(u"TypeField"_s);
    FormSupport::fillEnum<PipelineType>(m_type, {PipelineType::UserAttributes, PipelineType::Events});
    general->addRow(FormSupport::buddyLabel(tr("&Type:"), m_type, m_content),
                    withMessage(m_type, u"pipeline_type"_s));
    auto *stateRow = new QWidget(m_content);
    auto *stateLayout = new QHBoxLayout(stateRow);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    m_state = new QComboBox(stateRow);
    m_state->setObjectName(u"StateField"_s);
    FormSupport::fillEnum<PipelineState>(m_state,
                                         {PipelineState::New, PipelineState::Active, PipelineState::Paused});
    m_pause = new QPushButton(stateRow);
    m_pause->setObjectName(u"PauseButton"_s);
    m_status = new QLabel(stateRow);
    m_status->setObjectName(u"StatusLine"_s);
    m_status->setWordWrap(true);
    stateLayout->addWidget(m_state);
    stateLayout->addWidget(m_pause);
    stateLayout->addWidget(m_status, 1);
    general->addRow(FormSupport::buddyLabel(tr("&State:"), m_state, m_content),
                    withMessage(stateRow, u"state"_s));
    content->addLayout(general);
}

void PipelineEditor::connectInputs()
{
    auto edited = [this] {
        if (m_loading)
            return;
        updateVisibility();
        updateIteratorColumns();
        formEdited();
        updatePreview();
    };
    for (QLineEdit *e : {m_id, m_name})
        connect(e, &QLineEdit::textEdited, this, edited);
    for (QComboBox *c : {m_type, m_state})
        connect(c, &QComboBox::currentIndexChanged, this, edited);
    connect(m_sources, &PipelineSourcesSection::edited, this, edited);
    connect(m_sync, &PipelineSyncSection::edited, this, edited);
    connect(m_schedule, &PipelineScheduleSection::edited, this, edited);
    connect(m_delivery, &PipelineDeliverySection::edited, this, edited);
    connect(m_pause, &QPushButton::clicked, this, &PipelineEditor::togglePause);
    watchStore();
}

void PipelineEditor::watchStore()
{
    // The latest successful run moves the preview's windows on.
    connect(&m_store, &WorkspaceStore::reportChanged, this, [this](const QString &pipelineId) {
        if (pipelineId != m_original.id)
            return;
        updatePreview();
        updateStatusLine();
    });
    // New connections, models and transformations appear in the pickers as they arrive.
    // A whole list that is replaced refills them once, at its end, if anything came or went.
    auto listChanged = [this](ResourceKind kind) {
        if (kind == ResourceKind::Pipeline)
            return;
        if (m_store.isReplacingList())
            m_pickersStale = true;
        else
            fillPickers();
    };
    connect(&m_store, &WorkspaceStore::added, this, listChanged);
    connect(&m_store, &WorkspaceStore::removed, this, listChanged);
    connect(&m_store, &WorkspaceStore::listReplaced, this, [this] {
        if (std::exchange(m_pickersStale, false))
            fillPickers();
    });
}

void PipelineEditor::fillPickers()
{
    const bool wasLoading = std::exchange(m_loading, true);
    // Before the first load the pickers are empty: the picks come from what is being loaded.
    m_sources->fillPickers(m_loaded ? value() : m_original);
    m_loading = wasLoading;
}

void PipelineEditor::updateStatusLine()
{
    if (isNew()) {
        m_status->clear();
        return;
    }
    // What every view shows: the polled report's status and messages, fresher than the list's.
    const EffectiveStatus status = m_store.effectiveStatus(m_original.id);
    const PipelineReport *report = m_store.report(m_original.id);
    const QString name = status.paused       ? wsc::displayName(EnumValue<PipelineState>(PipelineState::Paused))
                         : status.isKnown() ? wsc::displayName(status.status)
                                            : wsc::displayName(m_original.status);
    m_status->setText(statusText(name, report ? report->errors : m_original.errors));
}

void PipelineEditor::fill(const Pipeline &p)
{
    m_loading = true;
    m_id->setText(p.id);
    m_id->setReadOnly(!isNew());
    m_name->setText(p.name);
    FormSupport::selectEnum(m_type, p.pipelineType);
    FormSupport::selectEnum(m_state, p.state);
    m_sources->fill(p);
    m_delivery->fill(p);
    m_sync->fill(p);
    m_schedule->fill(p);
    updateStatusLine();

    m_loading = false;
    m_loaded = true;
    updateVisibility();
    updateIteratorColumns();
    formEdited();
    updatePreview();
}

Pipeline PipelineEditor::value() const
{
    Pipeline p = m_original; // keeps unknown fields, audit and status
    p.id = m_id->text().trimmed();
    p.name = m_name->text();
    p.pipelineType = FormSupport::selectedEnum<PipelineType>(m_type);
    p.state = FormSupport::selectedEnum<PipelineState>(m_state);
    m_sources->apply(p); // after the type: only an events pipeline keeps a transformation
    m_delivery->apply(p);
    m_sync->apply(p);
    m_schedule->apply(p);
    return p;
}

void PipelineEditor::updateVisibility()
{
    m_sources->setPipelineType(FormSupport::selectedEnum<PipelineType>(m_type));
    const auto state = FormSupport::selectedEnum<PipelineState>(m_state);
    const bool paused = state.isKnown() && state.value() == PipelineState::Paused;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setEnabled(!isNew() && state.isKnown() && state.value() != PipelineState::New);
}

void PipelineEditor::updatePreview()
{
    const Pipeline p = value();
    // Saved as new (or not saved yet), it catches up when activated; one that has run goes on from now.
    const bool activation = isNew() || m_original.state == PipelineState::New;
    m_preview->showPlan(p, m_store, activation, !Validator::hasErrors(Validator::validate(p)), 8,
                        Timestamp(QDateTime::currentDateTimeUtc()));
}

void PipelineEditor::refused(const ApiError &error)
{
    const auto state = FormSupport::selectedEnum<PipelineState>(m_state);
    if (ServerMessages::classify(error) != ServerMessages::Refusal::ActiveLimit || !state.isKnown() ||
        state.value() != PipelineState::Active)
        return;
    // The limit of active pipelines (spec §14): nothing is lost when the pipeline is kept paused for now.
    const auto answer = Dialogs::ask(
        this, tr("Too many active pipelines"),
        tr("The workspace already has as many active pipelines as it may have, so %1 cannot be active. Save "
           "it paused instead? You can resume it once another pipeline is paused.")
            .arg(displayName()),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    if (answer != QMessageBox::Save)
        return;
    FormSupport::selectEnum(m_state, EnumValue<PipelineState>(PipelineState::Paused));
    // From the event loop: the refused save's answer is still being handled.
    QTimer::singleShot(0, this, [this] { save(); });
}

bool PipelineEditor::togglePause()
{
    const auto state = FormSupport::selectedEnum<PipelineState>(m_state);
    if (!state.isKnown() || state.value() == PipelineState::New)
        return false;
    FormSupport::selectEnum(m_state, EnumValue<PipelineState>(state.value() == PipelineState::Paused
                                                                  ? PipelineState::Active
                                                                  : PipelineState::Paused));
    if (!save()) { // invalid or cancelled: the state goes back to what it was
        FormSupport::selectEnum(m_state, state);
        return false;
    }
    return true;
}

void PipelineEditor::updateIteratorColumns()
{
    const Pipeline p = value();
    const DataModel *model = m_store.dataModel(p.dataModelId);
    const QString key = model ? model->sqlQuery + u'\n' + p.connectionId : QString();
    if (key == m_columnsKey)
        return;
    m_columnsKey = key;
    IteratorColumnPicker *picker = m_sync->columnPicker();
    if (!model) {
        picker->setColumns({}, false);
        return;
    }
    const SqlCheckResult check = SqlChecker::check(model->sqlQuery);
    QList<QueryColumn> columns;
    bool complete = !check.hasWildcard && check.ok();
    for (const SqlResultColumn &c : check.columns) {
        if (c.name.isEmpty())
            complete = false; // the warehouse names it
        else
            columns.append({c.name, {}});
    }
    picker->setColumns(columns, complete);
    const Connection *connection = m_store.connection(p.connectionId);
    WarehouseAccess &warehouses = m_actions.warehouses();
    if (!check.ok() || !connection || !warehouses.unavailableReason(*connection).isEmpty() ||
        warehouses.needsPassword(*connection))
        return;
    // §12.5's column probe: the real names and types, when the warehouse can tell.
    WarehouseJob *job = warehouses.run(*connection, WrappedQueries::probe(model->sqlQuery), 1);
    connect(job, &WarehouseJob::finished, this, [this, job, key] {
        if (job->error() || key != m_columnsKey)
            return;
        m_sync->columnPicker()->setColumns(job->result().columns, true);
        formEdited(); // the warning below may come or go
    });
}

ValidationIssues PipelineEditor::validate() const
{
    ValidationIssues issues = Validator::validate(value());
    // Our reading, not a rule of the reference (its own example names an iterator its model does not
    // select): a warning, never a block.
    const Pipeline p = value();
    if (const auto columns = m_sync->columnPicker()->knownColumns();
        columns && !p.syncMode.iteratorField.isEmpty() &&
        !columns->contains(p.syncMode.iteratorField, Qt::CaseInsensitive))
        issues.push_back({u"sync_mode.iterator_field"_s,
                          tr("\"%1\" is not a column of the data model's result (%2): its runs would find no "
                             "iterator.")
                              .arg(p.syncMode.iteratorField, columns->join(u", "_s)),
                          ValidationIssue::Severity::Warning});
    // The reference returns partner_feed_key in clear: one that comes back masked means the service masks
    // it, and a PUT without it would drop it. It is asked for at Save instead of being left out.
    if (!isNew() && value().partnerFeedKey.isMasked())
        issues.push_back({u"partner_feed_key"_s,
                          tr("Unchanged. The server masks it: you will be asked for it when you save."),
                          ValidationIssue::Severity::Warning, ValidationIssue::Code::SecretReentry});
    return issues;
}

bool PipelineEditor::completeBeforeSave()
{
    Pipeline p = value();
    if (p.partnerFeedKey.isMasked()) {
        const auto typed = Dialogs::askText(
            this, tr("Enter the feed key again"),
            tr("The server masks the partner feed key, and a save without it would drop it. Enter the key of "
               "%1 again:")
                .arg(displayName()),
            true, false);
        if (!typed || typed->isEmpty())
            return false;
        p.partnerFeedKey = Secret::fromValue(*typed);
    }
    m_completed = p;
    return true;
}

bool PipelineEditor::isBlank() const
{
    return m_id->text().trimmed().isEmpty() && m_name->text().isEmpty() && m_sync->isBlank();
}

QString PipelineEditor::displayName() const
{
    return m_name->text().trimmed().isEmpty() ? m_id->text().trimmed() : m_name->text();
}

void PipelineEditor::setInputsEnabled(bool enabled)
{
    m_content->setEnabled(enabled);
}

bool PipelineEditor::loadCopy(const QString &id, const QString &newId, const QString &newName)
{
    if (!TypedEditor::loadCopy(id, newId, newName))
        return false;
    // A copy does not start running by itself.
    FormSupport::selectEnum(m_state, EnumValue<PipelineState>(PipelineState::Paused));
    return true;
}

void PipelineEditor::withoutSecrets(Pipeline &p) const
{
    p.partnerFeedKey = Secret();
}

void PipelineEditor::keepSecrets(Pipeline &draft, const Pipeline &original) const
{
    draft.partnerFeedKey = original.partnerFeedKey;
}

} // namespace wsc

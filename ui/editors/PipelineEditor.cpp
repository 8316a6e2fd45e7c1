#include "ui/editors/PipelineEditor.h"

#include "client/WorkspaceActions.h"
#include "models/domain/Delay.h"
#include "models/domain/JsonCodec.h"
#include "models/domain/PipelineReport.h"
#include "models/domain/SchedulePlanner.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/editors/FormSupport.h"
#include "ui/pipeline/SchedulePreview.h"
#include "ui/editors/SecretField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

QString timeText(const Timestamp &t)
{
    return t.isValid() ? t.toWireSeconds() : t.isInvalid() ? t.invalidText() : QString();
}

QFormLayout *newForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

} // namespace

PipelineEditor::PipelineEditor(WorkspaceActions &actions, const Pipeline *existing,
                               QWidget *parent)
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
    content->addWidget(buildSources());
    content->addWidget(buildSyncMode());
    content->addWidget(buildSchedule());
    content->addWidget(buildDelivery());
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
    auto *general = newForm(nullptr);
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
    m_status->setWordWrap(true);
    stateLayout->addWidget(m_state);
    stateLayout->addWidget(m_pause);
    stateLayout->addWidget(m_status, 1);
    general->addRow(FormSupport::buddyLabel(tr("&State:"), m_state, m_content),
                    withMessage(stateRow, u"state"_s));
    content->addLayout(general);
}

QGroupBox * PipelineEditor::buildSources()
{
    auto *sourcesBox = new QGroupBox(tr("What it reads"), m_content);
    auto *sources = newForm(sourcesBox);
    m_connection = new QComboBox(sourcesBox);
    m_connection->setObjectName(u"ConnectionPicker"_s);
    sources->addRow(FormSupport::buddyLabel(tr("&Connection:"), m_connection, sourcesBox),
                    withMessage(m_connection, u"connection_id"_s));
    m_dataModel = new QComboBox(sourcesBox);
    m_dataModel->setObjectName(u"DataModelPicker"_s);
    sources->addRow(FormSupport::buddyLabel(tr("&Data model:"), m_dataModel, sourcesBox),
                    withMessage(m_dataModel, u"data_model_id"_s));
    m_transformation = new QComboBox(sourcesBox);
    m_transformation->setObjectName(u"TransformationPicker"_s);
    // Field transformations are not in the published v2 reference: a service may not list them, so the id
    // can also be typed.
    m_transformation->setEditable(true);
    m_transformation->setInsertPolicy(QComboBox::NoInsert);
    m_transformation->lineEdit()->setPlaceholderText(tr("pick one, or type its id"));
    QWidget *transformationRow = withMessage(m_transformation, u"field_transformation_id"_s);
    sources->addRow(FormSupport::buddyLabel(tr("&Field transformation:"), m_transformation, sourcesBox),
                    transformationRow);
    m_eventsRows << qMakePair(sources, transformationRow);
    // Long names must not widen the form: the picker shrinks and elides, the popup shows them whole.
    for (QComboBox *picker : {m_connection, m_dataModel, m_transformation}) {
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker->setMinimumContentsLength(16);
        picker->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    return sourcesBox;
}

QGroupBox * PipelineEditor::buildSyncMode()
{
    auto *syncBox = new QGroupBox(tr("Sync mode"), m_content);
    auto *sync = newForm(syncBox);
    m_syncType = new QComboBox(syncBox);
    m_syncType->setObjectName(u"SyncTypeField"_s);
    FormSupport::fillEnum<SyncModeType>(m_syncType, {SyncModeType::Incremental, SyncModeType::Full});
    sync->addRow(FormSupport::buddyLabel(tr("Sync &mode:"), m_syncType, syncBox),
                 withMessage(m_syncType, u"sync_mode.type"_s));
    m_iteratorField = new QLineEdit(syncBox);
    m_iteratorField->setObjectName(u"IteratorField"_s);
    m_iteratorField->setPlaceholderText(tr("a column of the data model, e.g. updated_at"));
    QWidget *iteratorRow = withMessage(m_iteratorField, u"sync_mode.iterator_field"_s);
    sync->addRow(FormSupport::buddyLabel(tr("&Iterator column:"), m_iteratorField, syncBox), iteratorRow);
    m_iteratorType = new QComboBox(syncBox);
    m_iteratorType->setObjectName(u"IteratorTypeField"_s);
    FormSupport::fillEnum<IteratorDataType>(
        m_iteratorType, {IteratorDataType::Timestamp, IteratorDataType::TimestampLtz,
                         IteratorDataType::TimestampNtz, IteratorDataType::TimestampTz,
                         IteratorDataType::Datetime, IteratorDataType::DatetimeTz, IteratorDataType::Date,
                         IteratorDataType::TimestampUnixtimeMs, IteratorDataType::TimestampUnixtimeS});
    QWidget *iteratorTypeRow = withMessage(m_iteratorType, u"sync_mode.iterator_data_type"_s);
    sync->addRow(FormSupport::buddyLabel(tr("Iterator t&ype:"), m_iteratorType, syncBox), iteratorTypeRow);
    m_incrementalRows << qMakePair(sync, iteratorRow) << qMakePair(sync, iteratorTypeRow);
    sync->addRow(tr("Read from (UTC):"), timeField(m_from, u"FromField"_s, u"sync_mode.from"_s));
    sync->addRow(tr("Read until (UTC):"), timeField(m_until, u"UntilField"_s, u"sync_mode.until"_s));
    m_from->setPlaceholderText(tr("empty: from the oldest record"));
    m_until->setPlaceholderText(tr("empty: no limit"));
    return syncBox;
}

QGroupBox * PipelineEditor::buildSchedule()
{
    auto *scheduleBox = new QGroupBox(tr("Schedule"), m_content);
    auto *schedule = newForm(scheduleBox);
    m_scheduleType = new QComboBox(scheduleBox);
    m_scheduleType->setObjectName(u"ScheduleTypeField"_s);
    FormSupport::fillEnum<ScheduleType>(m_scheduleType,
                                        {ScheduleType::Interval, ScheduleType::Once, ScheduleType::OnDemand});
    schedule->addRow(FormSupport::buddyLabel(tr("R&uns:"), m_scheduleType, scheduleBox),
                     withMessage(m_scheduleType, u"schedule.type"_s));
    m_frequency = new QComboBox(scheduleBox);
    m_frequency->setObjectName(u"FrequencyField"_s);
    FormSupport::fillEnum<Frequency>(
        m_frequency, {Frequency::Hourly, Frequency::Daily, Frequency::Weekly, Frequency::Monthly});
    QWidget *frequencyRow = withMessage(m_frequency, u"schedule.frequency"_s);
    schedule->addRow(FormSupport::buddyLabel(tr("F&requency:"), m_frequency, scheduleBox), frequencyRow);
    auto *delayRow = new QWidget(scheduleBox);
    auto *delayLayout = new QHBoxLayout(delayRow);
    delayLayout->setContentsMargins(0, 0, 0, 0);
    m_delayCount = new QSpinBox(delayRow);
    m_delayCount->setObjectName(u"DelayCount"_s);
    m_delayCount->setRange(0, 99999);
    m_delayUnit = new QComboBox(delayRow);
    m_delayUnit->setObjectName(u"DelayUnit"_s);
    for (const Delay::Unit unit : Delay::kUnits)
        m_delayUnit->addItem(Delay::unitName(unit), int(unit));
    m_delayUnit->setCurrentIndex(m_delayUnit->findData(int(Delay::Unit::Minutes)));
    delayLayout->addWidget(m_delayCount);
    delayLayout->addWidget(m_delayUnit);
    delayLayout->addStretch(1);
    QWidget *delayField = withMessage(delayRow, u"schedule.delay"_s);
    schedule->addRow(FormSupport::buddyLabel(tr("&Delay after each tick:"), m_delayCount, scheduleBox),
                     delayField);
    QWidget *startRow = timeField(m_start, u"StartField"_s, u"schedule.start"_s);
    schedule->addRow(tr("First tick (UTC):"), startRow);
    QWidget *endRow = timeField(m_end, u"EndField"_s, u"schedule.end"_s);
    schedule->addRow(tr("Last tick (UTC):"), endRow);
    m_end->setPlaceholderText(tr("empty: no end"));
    m_intervalRows << qMakePair(schedule, frequencyRow) << qMakePair(schedule, delayField)
                   << qMakePair(schedule, startRow) << qMakePair(schedule, endRow);
    return scheduleBox;
}

QGroupBox * PipelineEditor::buildDelivery()
{
    auto *deliveryBox = new QGroupBox(tr("Where it goes"), m_content);
    auto *delivery = newForm(deliveryBox);
    m_environment = new QComboBox(deliveryBox);
    m_environment->setObjectName(u"EnvironmentField"_s);
    FormSupport::fillEnum<Environment>(m_environment, {Environment::Development, Environment::Production});
    delivery->addRow(FormSupport::buddyLabel(tr("&Environment:"), m_environment, deliveryBox),
                     withMessage(m_environment, u"environment"_s));
    m_dataPlanId = new QLineEdit(deliveryBox);
    m_dataPlanId->setObjectName(u"DataPlanIdField"_s);
    m_dataPlanId->setPlaceholderText(tr("optional"));
    delivery->addRow(FormSupport::buddyLabel(tr("Data &plan id:"), m_dataPlanId, deliveryBox),
                     withMessage(m_dataPlanId, u"data_plan_id"_s));
    m_dataPlanVersion = new QLineEdit(deliveryBox);
    m_dataPlanVersion->setObjectName(u"DataPlanVersionField"_s);
    m_dataPlanVersion->setPlaceholderText(tr("optional"));
    delivery->addRow(FormSupport::buddyLabel(tr("Data plan &version:"), m_dataPlanVersion, deliveryBox),
                     withMessage(m_dataPlanVersion, u"data_plan_version"_s));
    m_feedId = new QLineEdit(deliveryBox);
    m_feedId->setObjectName(u"FeedIdField"_s);
    m_feedId->setValidator(new QIntValidator(0, std::numeric_limits<int>::max(), m_feedId));
    m_feedId->setPlaceholderText(tr("optional"));
    delivery->addRow(FormSupport::buddyLabel(tr("Partner &feed id:"), m_feedId, deliveryBox),
                     withMessage(m_feedId, u"partner_feed_id"_s));
    m_feedKeyField = new SecretField(false, deliveryBox);
    m_feedKeyField->input()->setObjectName(u"FeedKeyField"_s);
    delivery->addRow(FormSupport::buddyLabel(tr("Partner feed &key:"), m_feedKeyField->input(), deliveryBox),
                     m_feedKeyField);
    return deliveryBox;
}

void PipelineEditor::connectInputs()
{
    auto edited = [this] {
        if (m_loading)
            return;
        updateVisibility();
        formEdited();
        updatePreview();
    };
    for (QLineEdit *e : {m_id, m_name, m_iteratorField, m_from, m_until, m_start, m_end, m_dataPlanId,
                         m_dataPlanVersion, m_feedId})
        connect(e, &QLineEdit::textEdited, this, edited);
    for (QComboBox *c : {m_type, m_state, m_connection, m_dataModel, m_transformation, m_environment,
                         m_syncType, m_iteratorType, m_scheduleType, m_frequency})
        connect(c, &QComboBox::currentIndexChanged, this, edited);
    connect(m_transformation->lineEdit(), &QLineEdit::textEdited, this, edited);
    auto delayEdited = [this, edited] {
        if (!m_loading)
            m_delayTouched = true;
        edited();
    };
    connect(m_delayCount, &QSpinBox::valueChanged, this, delayEdited);
    connect(m_delayUnit, &QComboBox::currentIndexChanged, this, delayEdited);
    connect(m_feedKeyField, &SecretField::edited, this, edited);
    connect(m_pause, &QPushButton::clicked, this, &PipelineEditor::togglePause);
    // The latest successful run moves the preview's windows on.
    connect(&m_store, &WorkspaceStore::reportChanged, this, [this](const QString &pipelineId) {
        if (pipelineId == m_original.id)
            updatePreview();
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

QWidget *PipelineEditor::timeField(QLineEdit *&edit, const QString &objectName, const QString &path)
{
    auto *row = new QWidget(m_content);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(tr("e.g. %1").arg(u"2024-03-01T00:00:00Z"_s));
    auto *local = new QLabel(row);
    layout->addWidget(edit, 1);
    layout->addWidget(local);
    m_localTimes.insert(edit, local);
    connect(edit, &QLineEdit::textChanged, local, [local](const QString &text) {
        const Timestamp t = Timestamp::parse(text.trimmed());
        local->setText(
            text.trimmed().isEmpty() ? QString()
            : t.isValid()
                ? tr("%1 (local)").arg(QLocale().toString(t.toUtc().toLocalTime(), QLocale::ShortFormat))
                : tr("not a date-time"));
    });
    return withMessage(row, path);
}

QString PipelineEditor::missingLabel(ResourceKind kind, const QString &id) const
{
    // A service that does not list the kind (field transformations are unpublished) cannot say it is
    // missing: the id is shown as it is.
    const ListStatus::State listed = m_store.listStatus(kind).state;
    if (listed == ListStatus::State::Failed || listed == ListStatus::State::Unavailable)
        return id;
    return tr("%1 (missing)").arg(id);
}

void PipelineEditor::fillPickers()
{
    const bool wasLoading = std::exchange(m_loading, true);
    auto fill = [this](QComboBox *combo, ResourceKind kind, const QString &selected, bool optional) {
        combo->clear();
        if (optional)
            combo->addItem(tr("(none)"), QString());
        for (const QString &id : m_store.ids(kind))
            combo->addItem(tr("%1 (%2)").arg(m_store.displayName(kind, id), id), id);
        if (!selected.isEmpty() && combo->findData(selected) < 0)
            combo->addItem(missingLabel(kind, selected), selected); // shown, not silently replaced
        combo->setCurrentIndex(std::max(0, combo->findData(selected)));
    };
    // Before the first load the combos are empty: the picks come from what is being loaded.
    const Pipeline current = m_loaded ? value() : m_original;
    fill(m_connection, ResourceKind::Connection, current.connectionId, false);
    fill(m_dataModel, ResourceKind::DataModel, current.dataModelId, false);
    fill(m_transformation, ResourceKind::FieldTransformation,
         current.fieldTransformationId.value_or(QString()), true);
    m_loading = wasLoading;
}

void PipelineEditor::fill(const Pipeline &p)
{
    m_loading = true;
    m_id->setText(p.id);
    m_id->setReadOnly(!isNew());
    m_name->setText(p.name);
    FormSupport::selectEnum(m_type, p.pipelineType);
    FormSupport::selectEnum(m_state, p.state);
    auto select = [this](QComboBox *combo, ResourceKind kind, const QString &id) {
        if (!id.isEmpty() && combo->findData(id) < 0)
            combo->addItem(missingLabel(kind, id), id);
        combo->setCurrentIndex(std::max(0, combo->findData(id)));
    };
    select(m_connection, ResourceKind::Connection, p.connectionId);
    select(m_dataModel, ResourceKind::DataModel, p.dataModelId);
    select(m_transformation, ResourceKind::FieldTransformation, p.fieldTransformationId.value_or(QString()));
    FormSupport::selectEnum(m_environment, p.environment);
    m_dataPlanId->setText(p.dataPlanId.value_or(QString()));
    m_dataPlanVersion->setText(p.dataPlanVersion.value_or(QString()));
    m_feedId->setText(p.partnerFeedId ? QString::number(*p.partnerFeedId) : QString());
    m_feedKeyField->setSecret(p.partnerFeedKey);
    FormSupport::selectEnum(m_syncType, p.syncMode.type);
    m_iteratorField->setText(p.syncMode.iteratorField);
    FormSupport::selectEnum(m_iteratorType, p.syncMode.iteratorDataType.isSet()
                                                ? p.syncMode.iteratorDataType
                                                : EnumValue<IteratorDataType>(IteratorDataType::Timestamp));
    m_from->setText(timeText(p.syncMode.from));
    m_until->setText(timeText(p.syncMode.until));
    FormSupport::selectEnum(m_scheduleType, p.schedule.type);
    FormSupport::selectEnum(m_frequency, p.schedule.frequency.isSet()
                                             ? p.schedule.frequency
                                             : EnumValue<Frequency>(Frequency::Daily));
    const auto delay = Delay::parse(p.schedule.delay);
    m_delayCount->setValue(delay ? int(delay.value().count()) : 0);
    m_delayUnit->setCurrentIndex(
        m_delayUnit->findData(int(delay ? delay.value().unit() : Delay::Unit::Minutes)));
    m_delayTouched = false;
    m_start->setText(timeText(p.schedule.start));
    m_end->setText(timeText(p.schedule.end));
    m_status->setText(isNew() ? QString() : statusText(wsc::displayName(p.status), p.errors));

    m_loading = false;
    m_loaded = true;
    updateVisibility();
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
    p.connectionId = m_connection->currentData().toString();
    p.dataModelId = m_dataModel->currentData().toString();
    // A typed id counts when it is not the text of the item picked.
    const int picked = m_transformation->currentIndex();
    const QString transformation = picked >= 0 && m_transformation->itemText(picked) == m_transformation->currentText()
                                       ? m_transformation->currentData().toString()
                                       : m_transformation->currentText().trimmed();
    const bool events = p.pipelineType.isKnown() && p.pipelineType.value() == PipelineType::Events;
    p.fieldTransformationId =
        events && !transformation.isEmpty() ? std::optional<QString>(transformation) : std::nullopt;
    p.environment = FormSupport::selectedEnum<Environment>(m_environment);
    const QString planId = m_dataPlanId->text().trimmed();
    p.dataPlanId = planId.isEmpty() ? std::nullopt : std::optional<QString>(planId);
    bool ok = false;
    const QString version = m_dataPlanVersion->text().trimmed();
    p.dataPlanVersion = version.isEmpty() ? std::nullopt : std::optional<QString>(version);
    const qint64 feed = m_feedId->text().toLongLong(&ok);
    p.partnerFeedId = ok ? std::optional<qint64>(feed) : std::nullopt;
    p.partnerFeedKey = m_feedKeyField->secret();

    p.syncMode.type = FormSupport::selectedEnum<SyncModeType>(m_syncType);
    const bool incremental =
        p.syncMode.type.isKnown() && p.syncMode.type.value() == SyncModeType::Incremental;
    p.syncMode.iteratorField = incremental ? m_iteratorField->text().trimmed() : QString();
    p.syncMode.iteratorDataType = incremental ? FormSupport::selectedEnum<IteratorDataType>(m_iteratorType)
                                              : EnumValue<IteratorDataType>();
    p.syncMode.from = Timestamp::parse(m_from->text().trimmed());
    p.syncMode.until = Timestamp::parse(m_until->text().trimmed());

    p.schedule.type = FormSupport::selectedEnum<ScheduleType>(m_scheduleType);
    const bool interval = p.schedule.type.isKnown() && p.schedule.type.value() == ScheduleType::Interval;
    if (interval) {
        p.schedule.frequency = FormSupport::selectedEnum<Frequency>(m_frequency);
        // `delay` is sent only when the user sets one (most published examples omit it, spec I-16); one the
        // server returned goes back as it came unless the user changes it.
        if (m_delayTouched)
            p.schedule.delay =
                Delay(m_delayCount->value(), Delay::Unit(m_delayUnit->currentData().toInt())).toWire();
        p.schedule.start = Timestamp::parse(m_start->text().trimmed());
        p.schedule.end = Timestamp::parse(m_end->text().trimmed());
    } else {
        p.schedule.frequency = {};
        // A delay the server returned is never dropped, whatever the schedule type.
        p.schedule.start = {};
        p.schedule.end = {};
    }
    return p;
}

void PipelineEditor::updateVisibility()
{
    const auto type = FormSupport::selectedEnum<PipelineType>(m_type);
    const auto sync = FormSupport::selectedEnum<SyncModeType>(m_syncType);
    const auto schedule = FormSupport::selectedEnum<ScheduleType>(m_scheduleType);
    const bool events = type.isKnown() && type.value() == PipelineType::Events;
    const bool incremental = sync.isKnown() && sync.value() == SyncModeType::Incremental;
    const bool interval = schedule.isKnown() && schedule.value() == ScheduleType::Interval;
    for (const auto &[form, row] : std::as_const(m_eventsRows))
        form->setRowVisible(row, events);
    for (const auto &[form, row] : std::as_const(m_incrementalRows))
        form->setRowVisible(row, incremental);
    for (const auto &[form, row] : std::as_const(m_intervalRows))
        form->setRowVisible(row, interval);
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

ValidationIssues PipelineEditor::validate() const
{
    ValidationIssues issues = Validator::validate(value());
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
    return m_id->text().trimmed().isEmpty() && m_name->text().isEmpty() && m_iteratorField->text().isEmpty();
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

// The pipeline editor's form sections: their rows, and how each fills and reads its part of a Pipeline.
#include "ui/editors/PipelineSections.h"

#include "models/domain/Delay.h"
#include "models/store/WorkspaceStore.h"
#include "ui/editors/FormSupport.h"
#include "ui/editors/IteratorColumnPicker.h"
#include "ui/editors/SecretField.h"

#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

bool isEvents(const EnumValue<PipelineType> &type)
{
    return type.isKnown() && type.value() == PipelineType::Events;
}

bool isIncremental(const EnumValue<SyncModeType> &type)
{
    return type.isKnown() && type.value() == SyncModeType::Incremental;
}

bool isInterval(const EnumValue<ScheduleType> &type)
{
    return type.isKnown() && type.value() == ScheduleType::Interval;
}

} // namespace

QFormLayout *newPipelineForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

UtcTimeField::UtcTimeField(const QString &objectName, QWidget *parent)
    : QWidget(parent)
{
    // The local time goes under the field, so that a whole timestamp fits in a narrow form.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(objectName);
    m_edit->setPlaceholderText(tr("e.g. %1").arg(u"2024-03-01T00:00:00Z"_s));
    m_local = new QLabel(this);
    m_local->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_edit);
    layout->addWidget(m_local);
    connect(m_edit, &QLineEdit::textChanged, this, &UtcTimeField::showLocalTime);
    connect(m_edit, &QLineEdit::textEdited, this, &UtcTimeField::edited);
}

void UtcTimeField::setTime(const Timestamp &time)
{
    m_edit->setText(time.isValid()     ? time.toWireSeconds()
                    : time.isInvalid() ? time.invalidText()
                                       : QString());
}

Timestamp UtcTimeField::time() const
{
    return Timestamp::parse(m_edit->text().trimmed());
}

void UtcTimeField::showLocalTime(const QString &text)
{
    const Timestamp t = Timestamp::parse(text.trimmed());
    m_local->setText(
        text.trimmed().isEmpty() ? QString()
        : t.isValid()
            ? tr("%1 (local)").arg(QLocale().toString(t.toUtc().toLocalTime(), QLocale::ShortFormat))
            : tr("not a date-time"));
    m_local->setVisible(!m_local->text().isEmpty()); // an empty field takes one line, not two
}

PipelineSourcesSection::PipelineSourcesSection(const WorkspaceStore &store, const FieldMessages &messages,
                                               QWidget *parent)
    : QGroupBox(tr("What it reads"), parent)
    , m_store(store)
{
    m_form = newPipelineForm(this);
    m_connection = new QComboBox(this);
    m_connection->setObjectName(u"ConnectionPicker"_s);
    m_form->addRow(FormSupport::buddyLabel(tr("&Connection:"), m_connection, this),
                   messages(m_connection, u"connection_id"_s));
    m_dataModel = new QComboBox(this);
    m_dataModel->setObjectName(u"DataModelPicker"_s);
    m_form->addRow(FormSupport::buddyLabel(tr("&Data model:"), m_dataModel, this),
                   messages(m_dataModel, u"data_model_id"_s));
    m_transformation = new QComboBox(this);
    m_transformation->setObjectName(u"TransformationPicker"_s);
    // Field transformations are not in the published v2 reference: a service may not list them, so the id
    // can also be typed.
    m_transformation->setEditable(true);
    m_transformation->setInsertPolicy(QComboBox::NoInsert);
    m_transformation->lineEdit()->setPlaceholderText(tr("pick one, or type its id"));
    m_transformationRow = messages(m_transformation, u"field_transformation_id"_s);
    m_form->addRow(FormSupport::buddyLabel(tr("&Field transformation:"), m_transformation, this),
                   m_transformationRow);
    // Long names must not widen the form: the picker shrinks and elides, the popup shows them whole.
    for (QComboBox *picker : {m_connection, m_dataModel, m_transformation}) {
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker->setMinimumContentsLength(16);
        picker->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(picker, &QComboBox::currentIndexChanged, this, &PipelineSourcesSection::edited);
    }
    connect(m_transformation->lineEdit(), &QLineEdit::textEdited, this, &PipelineSourcesSection::edited);
}

QString PipelineSourcesSection::missingLabel(ResourceKind kind, const QString &id) const
{
    // A service that does not list the kind (field transformations are unpublished) cannot say it is
    // missing: the id is shown as it is.
    const ListStatus::State listed = m_store.listStatus(kind).state;
    if (listed == ListStatus::State::Failed || listed == ListStatus::State::Unavailable)
        return id;
    return tr("%1 (missing)").arg(id);
}

void PipelineSourcesSection::select(QComboBox *picker, ResourceKind kind, const QString &id) const
{
    if (!id.isEmpty() && picker->findData(id) < 0)
        picker->addItem(missingLabel(kind, id), id); // shown, not silently replaced
    picker->setCurrentIndex(std::max(0, picker->findData(id)));
}

void PipelineSourcesSection::fillPickers(const Pipeline &current)
{
    // Sorted by what the user reads; a required picker starts at "choose one", so that a new pipeline has
    // nothing chosen for the user and the form says what is missing.
    auto refill = [this](QComboBox *picker, ResourceKind kind, const QString &selected, const QString &none) {
        picker->clear();
        picker->addItem(none, QString());
        std::vector<std::pair<QString, QString>> items; // label, id
        for (const QString &id : m_store.ids(kind))
            items.emplace_back(tr("%1 (%2)").arg(m_store.displayName(kind, id), id), id);
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::sort(items.begin(), items.end(),
                  [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
        for (const auto &[label, id] : items)
            picker->addItem(label, id);
        select(picker, kind, selected);
    };
    refill(m_connection, ResourceKind::Connection, current.connectionId, tr("Choose a connection…"));
    refill(m_dataModel, ResourceKind::DataModel, current.dataModelId, tr("Choose a data model…"));
    refill(m_transformation, ResourceKind::FieldTransformation,
           current.fieldTransformationId.value_or(QString()), tr("(none)"));
}

void PipelineSourcesSection::fill(const Pipeline &p)
{
    select(m_connection, ResourceKind::Connection, p.connectionId);
    select(m_dataModel, ResourceKind::DataModel, p.dataModelId);
    select(m_transformation, ResourceKind::FieldTransformation, p.fieldTransformationId.value_or(QString()));
}

void PipelineSourcesSection::apply(Pipeline &p) const
{
    p.connectionId = m_connection->currentData().toString();
    p.dataModelId = m_dataModel->currentData().toString();
    // A typed id counts when it is not the text of the item picked.
    const int picked = m_transformation->currentIndex();
    const QString transformation =
        picked >= 0 && m_transformation->itemText(picked) == m_transformation->currentText()
            ? m_transformation->currentData().toString()
            : m_transformation->currentText().trimmed();
    p.fieldTransformationId = isEvents(p.pipelineType) && !transformation.isEmpty()
                                  ? std::optional<QString>(transformation)
                                  : std::nullopt;
}

void PipelineSourcesSection::setPipelineType(const EnumValue<PipelineType> &type)
{
    m_form->setRowVisible(m_transformationRow, isEvents(type));
}

PipelineSyncSection::PipelineSyncSection(const FieldMessages &messages, QWidget *parent)
    : QGroupBox(tr("Sync mode"), parent)
{
    m_form = newPipelineForm(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"SyncTypeField"_s);
    FormSupport::fillEnum<SyncModeType>(m_type, {SyncModeType::Incremental, SyncModeType::Full});
    m_form->addRow(FormSupport::buddyLabel(tr("Sync &mode:"), m_type, this),
                   messages(m_type, u"sync_mode.type"_s));
    m_iteratorField = new QLineEdit(this);
    m_iteratorField->setObjectName(u"IteratorField"_s);
    m_iteratorField->setPlaceholderText(tr("a column of the data model, e.g. updated_at"));
    m_columnPicker = new IteratorColumnPicker(m_iteratorField);
    QWidget *iteratorRow = messages(m_iteratorField, u"sync_mode.iterator_field"_s);
    m_form->addRow(FormSupport::buddyLabel(tr("&Iterator column:"), m_iteratorField, this), iteratorRow);
    m_iteratorType = new QComboBox(this);
    m_iteratorType->setObjectName(u"IteratorTypeField"_s);
    FormSupport::fillEnum<IteratorDataType>(
        m_iteratorType, {IteratorDataType::Timestamp, IteratorDataType::TimestampLtz,
                         IteratorDataType::TimestampNtz, IteratorDataType::TimestampTz,
                         IteratorDataType::Datetime, IteratorDataType::DatetimeTz, IteratorDataType::Date,
                         IteratorDataType::TimestampUnixtimeMs, IteratorDataType::TimestampUnixtimeS});
    QWidget *iteratorTypeRow = messages(m_iteratorType, u"sync_mode.iterator_data_type"_s);
    m_form->addRow(FormSupport::buddyLabel(tr("Iterator t&ype:"), m_iteratorType, this), iteratorTypeRow);
    m_incrementalRows << iteratorRow << iteratorTypeRow;
    m_from = new UtcTimeField(u"FromField"_s, this);
    m_form->addRow(tr("Read from (UTC):"), messages(m_from, u"sync_mode.from"_s));
    m_until = new UtcTimeField(u"UntilField"_s, this);
    m_form->addRow(tr("Read until (UTC):"), messages(m_until, u"sync_mode.until"_s));
    m_from->input()->setPlaceholderText(tr("empty: from the oldest record"));
    m_until->input()->setPlaceholderText(tr("empty: no limit"));

    connect(m_type, &QComboBox::currentIndexChanged, this, &PipelineSyncSection::updateVisibility);
    for (QComboBox *c : {m_type, m_iteratorType})
        connect(c, &QComboBox::currentIndexChanged, this, &PipelineSyncSection::edited);
    connect(m_iteratorField, &QLineEdit::textEdited, this, &PipelineSyncSection::edited);
    connect(m_iteratorField, &QLineEdit::textChanged, this, [this] {
        if (m_iteratorField->hasFocus())
            emit edited(); // a column picked from the list
    });
    for (UtcTimeField *t : {m_from, m_until})
        connect(t, &UtcTimeField::edited, this, &PipelineSyncSection::edited);
}

void PipelineSyncSection::fill(const Pipeline &p)
{
    FormSupport::selectEnum(m_type, p.syncMode.type);
    m_iteratorField->setText(p.syncMode.iteratorField);
    FormSupport::selectEnum(m_iteratorType, p.syncMode.iteratorDataType.isSet()
                                                ? p.syncMode.iteratorDataType
                                                : EnumValue<IteratorDataType>(IteratorDataType::Timestamp));
    m_from->setTime(p.syncMode.from);
    m_until->setTime(p.syncMode.until);
    updateVisibility();
}

void PipelineSyncSection::apply(Pipeline &p) const
{
    p.syncMode.type = FormSupport::selectedEnum<SyncModeType>(m_type);
    const bool incremental = isIncremental(p.syncMode.type);
    p.syncMode.iteratorField = incremental ? m_iteratorField->text().trimmed() : QString();
    p.syncMode.iteratorDataType = incremental ? FormSupport::selectedEnum<IteratorDataType>(m_iteratorType)
                                              : EnumValue<IteratorDataType>();
    p.syncMode.from = m_from->time();
    p.syncMode.until = m_until->time();
}

bool PipelineSyncSection::isBlank() const
{
    return m_iteratorField->text().isEmpty();
}

void PipelineSyncSection::updateVisibility()
{
    const bool incremental = isIncremental(FormSupport::selectedEnum<SyncModeType>(m_type));
    for (QWidget *row : std::as_const(m_incrementalRows))
        m_form->setRowVisible(row, incremental);
}

PipelineScheduleSection::PipelineScheduleSection(const FieldMessages &messages, QWidget *parent)
    : QGroupBox(tr("Schedule"), parent)
{
    m_form = newPipelineForm(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"ScheduleTypeField"_s);
    FormSupport::fillEnum<ScheduleType>(m_type,
                                        {ScheduleType::Interval, ScheduleType::Once, ScheduleType::OnDemand});
    m_form->addRow(FormSupport::buddyLabel(tr("R&uns:"), m_type, this), messages(m_type, u"schedule.type"_s));
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(u"FrequencyField"_s);
    FormSupport::fillEnum<Frequency>(
        m_frequency, {Frequency::Hourly, Frequency::Daily, Frequency::Weekly, Frequency::Monthly});
    QWidget *frequencyRow = messages(m_frequency, u"schedule.frequency"_s);
    m_form->addRow(FormSupport::buddyLabel(tr("F&requency:"), m_frequency, this), frequencyRow);
    QWidget *delayRow = buildDelay(messages);
    m_form->addRow(FormSupport::buddyLabel(tr("&Delay after each tick:"), m_delayCount, this), delayRow);
    m_start = new UtcTimeField(u"StartField"_s, this);
    QWidget *startRow = messages(m_start, u"schedule.start"_s);
    m_form->addRow(tr("First tick (UTC):"), startRow);
    m_end = new UtcTimeField(u"EndField"_s, this);
    QWidget *endRow = messages(m_end, u"schedule.end"_s);
    m_form->addRow(tr("Last tick (UTC):"), endRow);
    m_end->input()->setPlaceholderText(tr("empty: no end"));
    m_intervalRows << frequencyRow << delayRow << startRow << endRow;

    connect(m_type, &QComboBox::currentIndexChanged, this, &PipelineScheduleSection::updateVisibility);
    for (QComboBox *c : {m_type, m_frequency})
        connect(c, &QComboBox::currentIndexChanged, this, &PipelineScheduleSection::edited);
    for (UtcTimeField *t : {m_start, m_end})
        connect(t, &UtcTimeField::edited, this, &PipelineScheduleSection::edited);
    auto delayEdited = [this] {
        m_delayTouched = true;
        emit edited();
    };
    connect(m_delayCount, &QSpinBox::valueChanged, this, delayEdited);
    connect(m_delayUnit, &QComboBox::currentIndexChanged, this, delayEdited);
}

QWidget *PipelineScheduleSection::buildDelay(const FieldMessages &messages)
{
    auto *delayRow = new QWidget(this);
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
    return messages(delayRow, u"schedule.delay"_s);
}

void PipelineScheduleSection::fill(const Pipeline &p)
{
    FormSupport::selectEnum(m_type, p.schedule.type);
    FormSupport::selectEnum(m_frequency, p.schedule.frequency.isSet()
                                             ? p.schedule.frequency
                                             : EnumValue<Frequency>(Frequency::Daily));
    const auto delay = Delay::parse(p.schedule.delay);
    {
        const QSignalBlocker count(m_delayCount); // filled, not touched
        const QSignalBlocker unit(m_delayUnit);
        m_delayCount->setValue(delay ? int(delay.value().count()) : 0);
        m_delayUnit->setCurrentIndex(
            m_delayUnit->findData(int(delay ? delay.value().unit() : Delay::Unit::Minutes)));
    }
    m_filledDelay = p.schedule.delay;
    m_delayTouched = false;
    m_start->setTime(p.schedule.start);
    m_end->setTime(p.schedule.end);
    updateVisibility();
}

void PipelineScheduleSection::apply(Pipeline &p) const
{
    p.schedule.type = FormSupport::selectedEnum<ScheduleType>(m_type);
    if (isInterval(p.schedule.type)) {
        p.schedule.frequency = FormSupport::selectedEnum<Frequency>(m_frequency);
        // `delay` is sent only when the user sets one (most published examples omit it, spec I-16); the one
        // the form was filled with (the server's, or a restored draft's) goes as it came unless the user
        // changes it.
        p.schedule.delay =
            m_delayTouched
                ? Delay(m_delayCount->value(), Delay::Unit(m_delayUnit->currentData().toInt())).toWire()
                : m_filledDelay;
        p.schedule.start = m_start->time();
        p.schedule.end = m_end->time();
    } else {
        p.schedule.frequency = {};
        // A delay the server returned (or a restored draft kept) is never dropped, whatever the schedule
        // type.
        p.schedule.delay = m_filledDelay;
        p.schedule.start = {};
        p.schedule.end = {};
    }
}

void PipelineScheduleSection::updateVisibility()
{
    const bool interval = isInterval(FormSupport::selectedEnum<ScheduleType>(m_type));
    for (QWidget *row : std::as_const(m_intervalRows))
        m_form->setRowVisible(row, interval);
}

PipelineDeliverySection::PipelineDeliverySection(const FieldMessages &messages, QWidget *parent)
    : QGroupBox(tr("Where it goes"), parent)
{
    auto *form = newPipelineForm(this);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(u"EnvironmentField"_s);
    FormSupport::fillEnum<Environment>(m_environment, {Environment::Development, Environment::Production});
    form->addRow(FormSupport::buddyLabel(tr("&Environment:"), m_environment, this),
                 messages(m_environment, u"environment"_s));
    m_dataPlanId = optionalText(u"DataPlanIdField"_s);
    form->addRow(FormSupport::buddyLabel(tr("Data &plan id:"), m_dataPlanId, this),
                 messages(m_dataPlanId, u"data_plan_id"_s));
    m_dataPlanVersion = optionalText(u"DataPlanVersionField"_s);
    form->addRow(FormSupport::buddyLabel(tr("Data plan &version:"), m_dataPlanVersion, this),
                 messages(m_dataPlanVersion, u"data_plan_version"_s));
    m_feedId = optionalText(u"FeedIdField"_s);
    m_feedId->setValidator(new QIntValidator(0, std::numeric_limits<int>::max(), m_feedId));
    form->addRow(FormSupport::buddyLabel(tr("Partner &feed id:"), m_feedId, this),
                 messages(m_feedId, u"partner_feed_id"_s));
    m_feedKeyField = new SecretField(false, this);
    m_feedKeyField->input()->setObjectName(u"FeedKeyField"_s);
    form->addRow(FormSupport::buddyLabel(tr("Partner feed &key:"), m_feedKeyField->input(), this),
                 m_feedKeyField);

    connect(m_environment, &QComboBox::currentIndexChanged, this, &PipelineDeliverySection::edited);
    for (QLineEdit *e : {m_dataPlanId, m_dataPlanVersion, m_feedId})
        connect(e, &QLineEdit::textEdited, this, &PipelineDeliverySection::edited);
    connect(m_feedKeyField, &SecretField::edited, this, &PipelineDeliverySection::edited);
}

QLineEdit *PipelineDeliverySection::optionalText(const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(tr("optional"));
    return edit;
}

void PipelineDeliverySection::fill(const Pipeline &p)
{
    FormSupport::selectEnum(m_environment, p.environment);
    m_dataPlanId->setText(p.dataPlanId.value_or(QString()));
    m_dataPlanVersion->setText(p.dataPlanVersion.value_or(QString()));
    m_feedId->setText(p.partnerFeedId ? QString::number(*p.partnerFeedId) : QString());
    m_feedKeyField->setSecret(p.partnerFeedKey);
}

void PipelineDeliverySection::apply(Pipeline &p) const
{
    auto textOrNothing = [](const QLineEdit *edit) {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    };
    p.environment = FormSupport::selectedEnum<Environment>(m_environment);
    p.dataPlanId = textOrNothing(m_dataPlanId);
    p.dataPlanVersion = textOrNothing(m_dataPlanVersion);
    bool ok = false;
    const qint64 feed = m_feedId->text().toLongLong(&ok);
    p.partnerFeedId = ok ? std::optional<qint64>(feed) : std::nullopt;
    p.partnerFeedKey = m_feedKeyField->secret();
}

} // namespace wsc

#include "ui/editors/FieldTransformationEditor.h"

#include "client/WorkspaceActions.h"
#include "models/domain/JsonCodec.h"
#include "ui/editors/FormSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {
constexpr int kOriginRole = Qt::UserRole + 10; // the row's FieldMapping as loaded (keeps unknown fields)
const QColor kProblem(0xd1, 0x24, 0x2f, 60);
} // namespace

FieldTransformationEditor::FieldTransformationEditor(WorkspaceActions &actions,
                                                     const FieldTransformation *existing, QWidget *parent)
    : TypedEditor(ResourceKind::FieldTransformation, actions, existing == nullptr, parent)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    std::tie(m_id, m_name) = addIdAndNameRows(form, this, u"orders-to-events"_s);
    m_destinationType = new QComboBox(this);
    m_destinationType->setObjectName(u"DestinationTypeField"_s);
    FormSupport::fillEnum<DestinationType>(m_destinationType, {DestinationType::EventBatch});
    form->addRow(FormSupport::buddyLabel(tr("&Destination:"), m_destinationType, this),
                 withMessage(m_destinationType, u"destination_type"_s));
    formArea()->addLayout(form);

    auto *mappingsLabel = new QLabel(tr("&Mappings:"), this);
    formArea()->addWidget(mappingsLabel);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"MappingTable"_s);
    mappingsLabel->setBuddy(m_table);
    m_table->setHorizontalHeaderLabels(
        {tr("Type"), tr("Source column"), tr("Destination field"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    formArea()->addWidget(withMessage(m_table, u"mappings"_s), 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add Mapping"), this);
    m_add->setObjectName(u"AddMapping"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"RemoveMapping"_s);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_up->setObjectName(u"MoveUp"_s);
    m_down = new QPushButton(tr("Move Do&wn"), this);
    m_down->setObjectName(u"MoveDown"_s);
    m_add->setToolTip(tr("Add a mapping (Ctrl+Ins)"));
    m_remove->setToolTip(tr("Remove the selected mapping (Ctrl+Del)"));
    m_up->setToolTip(tr("Move the selected mapping up (Ctrl+Up)"));
    m_down->setToolTip(tr("Move the selected mapping down (Ctrl+Down)"));
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    formArea()->addLayout(buttons);
    m_rowIssues = new QListWidget(this);
    m_rowIssues->setObjectName(u"MappingIssues"_s);
    m_rowIssues->setMaximumHeight(90);
    m_rowIssues->hide();
    formArea()->addWidget(m_rowIssues);

    connect(m_add, &QPushButton::clicked, this, &FieldTransformationEditor::addMapping);
    connect(m_remove, &QPushButton::clicked, this, &FieldTransformationEditor::removeMapping);
    connect(m_up, &QPushButton::clicked, this, [this] { moveMapping(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveMapping(1); });
    const std::pair<QKeySequence, std::function<void()>> keys[] = {
        {QKeySequence(Qt::CTRL | Qt::Key_Insert), [this] { addMapping(); }},
        {QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { removeMapping(); }},
        {QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveMapping(-1); }},
        {QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveMapping(1); }}};
    for (const auto &[sequence, action] : keys) {
        auto *shortcut = new QShortcut(sequence, m_table, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    }
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            formEdited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &FieldTransformationEditor::updateButtons);
    connect(m_id, &QLineEdit::textEdited, this, &FieldTransformationEditor::formEdited);
    connect(m_name, &QLineEdit::textEdited, this, &FieldTransformationEditor::formEdited);
    connect(m_destinationType, &QComboBox::currentIndexChanged, this, &FieldTransformationEditor::formEdited);

    FieldTransformation initial;
    initial.destinationType = DestinationType::EventBatch;
    load(existing ? *existing : initial);
}

void FieldTransformationEditor::fill(const FieldTransformation &t)
{
    m_loading = true;
    m_id->setText(t.id);
    m_id->setReadOnly(!isNew());
    m_name->setText(t.name);
    FormSupport::selectEnum(m_destinationType, t.destinationType);
    m_table->setRowCount(0);
    m_table->setRowCount(int(t.mappings.size()));
    for (std::size_t i = 0; i < t.mappings.size(); ++i)
        setRow(int(i), t.mappings[i]);
    m_loading = false;
    updateButtons();
    formEdited();
}

void FieldTransformationEditor::setRow(int row, const FieldMapping &mapping)
{
    const bool wasLoading = std::exchange(m_loading, true);
    auto *type = new QComboBox(m_table);
    type->setObjectName(u"MappingType"_s);
    FormSupport::fillEnum<MappingType>(type, {MappingType::Column, MappingType::Static, MappingType::Ignore});
    FormSupport::selectEnum(type, mapping.mappingType.isSet() ? mapping.mappingType
                                                              : EnumValue<MappingType>(MappingType::Column));
    m_table->setCellWidget(row, TypeColumn, type);
    auto *origin = new QTableWidgetItem;
    origin->setData(kOriginRole, QVariant::fromValue(mapping));
    m_table->setItem(row, TypeColumn, origin);
    m_table->setItem(row, SourceColumn, new QTableWidgetItem(mapping.source.value_or(QString())));
    m_table->setItem(row, DestinationColumn, new QTableWidgetItem(mapping.destination.value_or(QString())));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(mapping.value.value_or(QString())));
    connect(type, &QComboBox::currentIndexChanged, this, [this, type] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, TypeColumn) == type)
                updateRowCells(r);
        formEdited();
    });
    updateRowCells(row);
    m_loading = wasLoading;
}

void FieldTransformationEditor::updateRowCells(int row)
{
    // Only the cells the mapping type uses can be edited; the others are greyed and ignored.
    const auto type = FormSupport::selectedEnum<MappingType>(
        qobject_cast<QComboBox *>(m_table->cellWidget(row, TypeColumn)));
    const bool known = type.isKnown();
    const bool uses[ColumnCount] = {true, !known || type.value() != MappingType::Static,
                                    !known || type.value() != MappingType::Ignore,
                                    !known || type.value() == MappingType::Static};
    const bool wasLoading = std::exchange(m_loading, true);
    for (int column = SourceColumn; column < ColumnCount; ++column) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item)
            continue;
        item->setFlags(uses[column] ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                    : Qt::ItemIsSelectable);
        item->setToolTip(uses[column] ? QString() : tr("Not used by this type of mapping"));
    }
    m_loading = wasLoading;
}

FieldMapping FieldTransformationEditor::rowMapping(int row) const
{
    FieldMapping m = m_table->item(row, TypeColumn)
                         ? m_table->item(row, TypeColumn)->data(kOriginRole).value<FieldMapping>()
                         : FieldMapping();
    m.mappingType = FormSupport::selectedEnum<MappingType>(
        qobject_cast<QComboBox *>(m_table->cellWidget(row, TypeColumn)));
    auto text = [this, row](int column) {
        return m_table->item(row, column) ? m_table->item(row, column)->text() : QString();
    };
    const QString source = text(SourceColumn).trimmed();
    const QString destination = text(DestinationColumn).trimmed();
    const QString value = text(ValueColumn);
    m.source.reset();
    m.destination.reset();
    m.value.reset();
    if (!m.mappingType.isKnown()) { // kept as it came
        if (!source.isEmpty())
            m.source = source;
        if (!destination.isEmpty())
            m.destination = destination;
        if (!value.isEmpty())
            m.value = value;
        return m;
    }
    switch (m.mappingType.value()) {
    case MappingType::Column:
        m.source = source;
        m.destination = destination;
        break;
    case MappingType::Static:
        m.destination = destination;
        m.value = value; // an empty text is a value too
        break;
    case MappingType::Ignore: m.source = source; break;
    case MappingType::Unknown: break;
    }
    return m;
}

FieldTransformation FieldTransformationEditor::value() const
{
    FieldTransformation t = m_original; // keeps unknown fields and audit
    t.id = m_id->text().trimmed();
    t.name = m_name->text();
    t.destinationType = FormSupport::selectedEnum<DestinationType>(m_destinationType);
    t.mappings.clear();
    for (int row = 0; row < m_table->rowCount(); ++row)
        t.mappings.push_back(rowMapping(row));
    return t;
}

void FieldTransformationEditor::addMapping()
{
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() + 1 : m_table->rowCount();
    FieldMapping fresh;
    fresh.mappingType = MappingType::Column;
    m_table->insertRow(row);
    setRow(row, fresh);
    m_table->setCurrentCell(row, SourceColumn);
    m_table->editItem(m_table->item(row, SourceColumn));
    formEdited();
}

void FieldTransformationEditor::removeMapping()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    if (const int last = m_table->rowCount() - 1; last >= 0)
        m_table->setCurrentCell(row < last ? row : last, SourceColumn);
    updateButtons();
    formEdited();
}

void FieldTransformationEditor::commitPendingEdits()
{
    // The cell editor commits when it loses focus (QStyledItemDelegate), before the value is read.
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_table->viewport()->isAncestorOf(focus))
        m_table->setFocus();
}

void FieldTransformationEditor::moveMapping(int delta)
{
    commitPendingEdits();
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    const FieldMapping a = rowMapping(row);
    const FieldMapping b = rowMapping(target);
    setRow(row, b);
    setRow(target, a);
    m_table->setCurrentCell(target, m_table->currentColumn());
    formEdited();
}

void FieldTransformationEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_table->rowCount() - 1);
}

void FieldTransformationEditor::issuesShown(const ValidationIssues &issues)
{
    // Row problems: the cell turns red with the message as its tooltip, and the list below names them.
    static const QRegularExpression rowPath(u"^mappings\\[(\\d+)\\](?:\\.(\\w+))?$"_s);
    const bool wasLoading = std::exchange(m_loading, true);
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int column = SourceColumn; column < ColumnCount; ++column)
            if (QTableWidgetItem *item = m_table->item(row, column))
                item->setBackground(QBrush());
    m_rowIssues->clear();
    for (const ValidationIssue &issue : issues) {
        const auto match = rowPath.match(issue.field);
        if (!match.hasMatch())
            continue;
        const int row = match.captured(1).toInt();
        const QString field = match.captured(2);
        const int column = field == u"source"        ? SourceColumn
                           : field == u"destination" ? DestinationColumn
                           : field == u"value"       ? ValueColumn
                                                     : -1;
        if (column >= 0 && row < m_table->rowCount()) {
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                item->setBackground(kProblem);
                item->setToolTip(issue.message);
            }
        }
        auto *entry = new QListWidgetItem(issue.message, m_rowIssues);
        entry->setData(Qt::UserRole, row);
    }
    m_rowIssues->setVisible(m_rowIssues->count() > 0);
    m_loading = wasLoading;
}

ValidationIssues FieldTransformationEditor::validate() const
{
    return Validator::validate(value());
}

bool FieldTransformationEditor::isBlank() const
{
    const FieldTransformation t = value();
    return t.id.isEmpty() && t.name.isEmpty() && t.mappings.empty();
}

QString FieldTransformationEditor::displayName() const
{
    return m_name->text().trimmed().isEmpty() ? m_id->text().trimmed() : m_name->text();
}

void FieldTransformationEditor::setInputsEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_id, m_name, m_destinationType, m_table, m_add,
                                                       m_remove, m_up, m_down})
        w->setEnabled(enabled);
    if (enabled)
        updateButtons();
}

} // namespace wsc

#include "models/items/QueryResultModel.h"

#include "models/items/ColumnBadges.h"
#include "models/items/QueryResultExport.h"

#include <QBrush>
#include <QCollator>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <numeric>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Short:
    case QMetaType::UShort: return true;
    default: return false;
    }
}

bool isIntegral(const QVariant &value)
{
    return isNumber(value) && value.typeId() != QMetaType::Double && value.typeId() != QMetaType::Float;
}

// Compares two cells for an ascending sort: NULL first, then numbers (numerically), then text (naturally,
// ignoring case), then anything else by QVariant's own order. Strings are compared in place, not copied.
class CellLess {
public:
    CellLess()
    {
        m_collator.setNumericMode(true);
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    }

    int compare(const QVariant &a, const QVariant &b) const
    {
        const int ra = rank(a), rb = rank(b);
        if (ra != rb)
            return ra < rb ? -1 : 1;
        switch (ra) {
        case 0: return 0;
        case 1: return compareNumbers(a, b);
        case 2:
            return m_collator.compare(*static_cast<const QString *>(a.constData()),
                                      *static_cast<const QString *>(b.constData()));
        default: break;
        }
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less)
            return -1;
        if (order == QPartialOrdering::Greater)
            return 1;
        return 0;
    }

private:
    static int rank(const QVariant &value)
    {
        if (value.isNull())
            return 0;
        if (isNumber(value))
            return 1;
        return value.typeId() == QMetaType::QString ? 2 : 3;
    }

    static int compareNumbers(const QVariant &a, const QVariant &b)
    {
        if (isIntegral(a) && isIntegral(b) && a.typeId() != QMetaType::ULongLong &&
            b.typeId() != QMetaType::ULongLong) {
            const qlonglong x = a.toLongLong(), y = b.toLongLong();
            return x < y ? -1 : (x > y ? 1 : 0);
        }
        const double x = a.toDouble(), y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }

    QCollator m_collator;
};

} // namespace

QueryResultModel::QueryResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void QueryResultModel::setResult(QueryResult result)
{
    beginResetModel();
    m_result = std::move(result);
    m_order.clear();
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    m_fetched = int(std::min<qsizetype>(m_result.rowCount(), kFetchChunk));
    classifyColumns();
    endResetModel();
}

void QueryResultModel::setIteratorField(const QString &iteratorField)
{
    if (iteratorField == m_iteratorField)
        return;
    m_iteratorField = iteratorField;
    for (qsizetype c = 0; c < m_result.columns.size(); ++c)
        m_roles[c] = ColumnRoles::classify(m_result.columns[c].name, m_iteratorField);
    if (!m_result.columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_result.columns.size()) - 1);
}

void QueryResultModel::clear()
{
    setResult({});
}

void QueryResultModel::classifyColumns()
{
    const qsizetype columns = m_result.columns.size();
    m_roles.clear();
    m_numeric.fill(true, columns);
    QList<bool> seen(columns, false);
    for (qsizetype c = 0; c < columns; ++c)
        m_roles << ColumnRoles::classify(m_result.columns[c].name, m_iteratorField);
    for (qsizetype i = 0; i < m_result.cells.size(); ++i) {
        const QVariant &value = m_result.cells[i];
        if (value.isNull())
            continue;
        const qsizetype c = i % columns;
        seen[c] = true;
        if (m_numeric[c] && !isNumber(value))
            m_numeric[c] = false;
    }
    for (qsizetype c = 0; c < columns; ++c)
        m_numeric[c] = m_numeric[c] && seen[c];
}

int QueryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int QueryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

bool QueryResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < m_result.rowCount();
}

void QueryResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int last = int(std::min<qsizetype>(m_result.rowCount(), qsizetype(m_fetched) + kFetchChunk)) - 1;
    beginInsertRows({}, m_fetched, last);
    m_fetched = last + 1;
    endInsertRows();
}

void QueryResultModel::fetchAll()
{
    if (!canFetchMore({}))
        return;
    beginInsertRows({}, m_fetched, int(m_result.rowCount()) - 1);
    m_fetched = int(m_result.rowCount());
    endInsertRows();
}

QVariant QueryResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(m_result.cell(sourceRow(index.row()), index.column()), index.column(), role);
}

QVariant QueryResultModel::cellData(const QVariant &value, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return displayText(value);
    case RawValueRole: return value;
    case Qt::ToolTipRole: return isElided(value) ? QVariant(toolTipText(value)) : QVariant();
    case Qt::TextAlignmentRole:
        return m_numeric[column] ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (value.isNull())
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    case Qt::FontRole:
        if (value.isNull()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_fetched)
            return section + 1;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_result.columns.size())
        return {};
    return headerRoleData(section, role);
}

QVariant QueryResultModel::headerRoleData(int section, int role) const
{
    const QueryColumn &column = m_result.columns[section];
    const ColumnRole columnRole = m_roles[section];
    switch (role) {
    case Qt::DisplayRole:
        // Two lines, so that the type reads without hovering; the header grows to fit them.
        return column.type.isEmpty() ? column.name : column.name + u'\n' + column.type.toLower();
    case ColumnNameRole: return column.name;
    case ColumnTypeRole: return column.type;
    case ColumnRoleRole: return int(columnRole);
    case Qt::DecorationRole: {
        const QIcon icon = ColumnBadges::icon(columnRole);
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    case Qt::ToolTipRole: {
        const QString type = column.type.isEmpty() ? tr("type not given") : column.type;
        QString use = ColumnRoles::displayName(columnRole);
        if (columnRole == ColumnRole::UserIdentity || columnRole == ColumnRole::DeviceIdentity)
            use = tr("%1 (§12.4)", "a column role and the spec section").arg(use);
        else if (columnRole == ColumnRole::Iterator)
            use = tr("%1 (the pipeline's iterator field)", "a column role").arg(use);
        return tr("%1\nType: %2\n%3", "column name, type, role").arg(column.name, type, use);
    }
    default: return {};
    }
}

void QueryResultModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_result.columns.size())
        return;
    const qsizetype rows = m_result.rowCount();
    std::vector<qsizetype> permutation(static_cast<std::size_t>(rows));
    std::iota(permutation.begin(), permutation.end(), qsizetype(0));
    if (column < 0) { // no sort column: the warehouse's order
        m_sortColumn = -1;
        m_sortOrder = order;
        applyOrder(std::move(permutation));
        return;
    }
    const CellLess cells;
    const qsizetype width = m_result.columns.size();
    const QVariant *base = m_result.cells.constData() + column;
    // Stable, so that rows of equal values keep the warehouse's order in both directions.
    if (order == Qt::AscendingOrder) {
        std::stable_sort(permutation.begin(), permutation.end(), [&](qsizetype a, qsizetype b) {
            return cells.compare(base[a * width], base[b * width]) < 0;
        });
    } else {
        std::stable_sort(permutation.begin(), permutation.end(), [&](qsizetype a, qsizetype b) {
            return cells.compare(base[a * width], base[b * width]) > 0;
        });
    }
    m_sortColumn = column;
    m_sortOrder = order;
    applyOrder(std::move(permutation));
}

// Moves the persistent indexes (the selection, the current cell) with their rows; a row that the new
// order puts beyond the rows fetched so far loses its index.
void QueryResultModel::applyOrder(std::vector<qsizetype> order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qsizetype> sources;
    sources.reserve(before.size());
    for (const QModelIndex &index : before)
        sources << sourceRow(index.row());
    m_order = std::move(order);
    std::vector<int> shownAt;
    if (!before.isEmpty()) {
        shownAt.assign(m_order.size(), -1);
        for (std::size_t row = 0; row < m_order.size(); ++row)
            shownAt[std::size_t(m_order[row])] = int(row);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = shownAt[std::size_t(sources[i])];
        after << (row < m_fetched ? index(row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool QueryResultModel::isElided(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return false;
    const QString &text = *static_cast<const QString *>(value.constData());
    return text.size() > kElideLength || text.contains(u'\n');
}

QString QueryResultModel::displayText(const QVariant &value)
{
    if (value.isNull())
        return tr("NULL");
    if (value.typeId() != QMetaType::QString)
        return QueryResultExport::plainText(value);
    const QString &text = *static_cast<const QString *>(value.constData());
    if (!isElided(value))
        return text;
    qsizetype end = std::min(text.indexOf(u'\n'), kElideLength);
    if (end < 0)
        end = kElideLength;
    return QStringView(text).left(end).trimmed() + u'…';
}

QString QueryResultModel::toolTipText(const QVariant &value)
{
    if (value.isNull())
        return tr("NULL");
    const QString text = QueryResultExport::plainText(value);
    return text.size() > kToolTipLength ? text.left(kToolTipLength) + u'…' : text;
}

QString QueryResultModel::exportText(ExportFormat format, const QModelIndexList &indexes) const
{
    QList<int> shownRows, columns;
    for (const QModelIndex &index : indexes) {
        if (index.model() != this || !index.isValid())
            continue;
        shownRows << index.row();
        columns << index.column();
    }
    std::sort(shownRows.begin(), shownRows.end());
    shownRows.erase(std::unique(shownRows.begin(), shownRows.end()), shownRows.end());
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
    QList<qsizetype> rows;
    rows.reserve(shownRows.size());
    for (int row : shownRows)
        rows << sourceRow(row);
    QList<qsizetype> sourceColumns(columns.begin(), columns.end());
    return QueryResultExport::text(format, m_result, rows, sourceColumns);
}

} // namespace wsc

#pragma once

#include "models/domain/ColumnRole.h"
#include "models/domain/QueryResult.h"

#include <QAbstractTableModel>
#include <QList>

#include <vector>

namespace wsc {

enum class ExportFormat { Tsv, Csv, Json };

// The rows of a data model's preview query as a table: rows are handed to the view a chunk at a time
// (fetchMore), sorting permutes all rows without touching the result, and the header tells which columns
// a user-attributes pipeline takes as identities and iterator (spec §12.2, §12.4).
class QueryResultModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the cell as the warehouse sent it (null QVariant: SQL NULL)
        ColumnRoleRole,                  // header: the ColumnRole, as int
        ColumnNameRole,                  // header: the column's name alone
        ColumnTypeRole,                  // header: the warehouse's type name
    };
    static constexpr int kFetchChunk = 1000;
    static constexpr qsizetype kElideLength = 120;
    static constexpr qsizetype kToolTipLength = 4096;

    explicit QueryResultModel(QObject *parent = nullptr);

    void setResult(QueryResult result);
    const QueryResult &result() const { return m_result; }
    // Reclassifies the columns (the header changes, the rows do not).
    void setIteratorField(const QString &iteratorField);
    QString iteratorField() const { return m_iteratorField; }
    ColumnRole columnRole(int column) const { return m_roles.at(column); }
    bool isNumericColumn(int column) const { return m_numeric.at(column); }
    void clear();

    // The result's row shown at `row`, after sorting.
    qsizetype sourceRow(int row) const { return m_order.empty() ? row : m_order[std::size_t(row)]; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Hands every remaining row to the view at once (before Select All).
    void fetchAll();
    // The cells of `indexes` (the rows and columns they span) in the order shown.
    QString exportText(ExportFormat format, const QModelIndexList &indexes) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A cell as the grid shows it: "NULL", numbers as the warehouse sent them, long text elided with "…".
    static QString displayText(const QVariant &value);
    // The full text of a value, capped at kToolTipLength.
    static QString toolTipText(const QVariant &value);
    static bool isElided(const QVariant &value);

private:
    QVariant cellData(const QVariant &value, int column, int role) const;
    QVariant headerRoleData(int section, int role) const;
    void classifyColumns();
    void applyOrder(std::vector<qsizetype> order);

    QueryResult m_result;
    QString m_iteratorField;
    QList<ColumnRole> m_roles;
    QList<bool> m_numeric;          // every value of the column that is not NULL is a number
    std::vector<qsizetype> m_order; // shown row → result row; empty: the warehouse's order
    int m_fetched = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace wsc

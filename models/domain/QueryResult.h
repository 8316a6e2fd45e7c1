#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace wsc {

// A column of a warehouse's answer: its name as the warehouse spells it and its type as the warehouse
// names it (INTEGER, text, timestamptz, …; empty when the warehouse does not say).
struct QueryColumn {
    QString name;
    QString type;
    friend bool operator==(const QueryColumn &, const QueryColumn &) = default;
};

// The rows a preview query returned, row after row in one flat list of cells (a null QVariant is SQL
// NULL). `truncated`: the warehouse had more rows than the preview asked for.
struct QueryResult {
    QList<QueryColumn> columns;
    QList<QVariant> cells; // rowCount() * columns.size() values
    bool truncated = false;
    qint64 elapsedMs = 0;
    QString statement; // what was sent to the warehouse

    qsizetype rowCount() const { return columns.isEmpty() ? 0 : cells.size() / columns.size(); }
    const QVariant &cell(qsizetype row, qsizetype column) const { return cells[row * columns.size() + column]; }
};

// A table (or view) of a warehouse, with its columns.
struct WarehouseTable {
    QString schema; // empty for the warehouse's default schema
    QString name;
    QList<QueryColumn> columns;
    bool view = false;
    friend bool operator==(const WarehouseTable &, const WarehouseTable &) = default;
};

// What a connection's warehouse holds: its tables by schema, and the database part that fully qualified
// names start with (spec §12.1: `database.schema.table`).
struct WarehouseCatalog {
    QString database;
    QList<WarehouseTable> tables;
};

} // namespace wsc

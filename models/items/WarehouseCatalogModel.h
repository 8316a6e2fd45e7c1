#pragma once

#include "models/domain/Enums.h"
#include "models/domain/QueryResult.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace wsc {

// A warehouse's catalog as a tree: schemas, their tables and views, and the tables' columns, with the
// column types (and "table", "view") in a second column and the text a double-click inserts into SQL.
// A catalog equal to the one shown changes nothing, so expansion and selection survive a refresh that
// found nothing new.
class WarehouseCatalogModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ColumnCount };
    enum class Kind { Schema, Table, View, Column };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind, as an int
        InsertionRole,               // a table's qualified name, a column's quoted name, a schema's
        TableRole,                   // on tables and columns: the table's qualified name
    };

    explicit WarehouseCatalogModel(QObject *parent = nullptr);
    ~WarehouseCatalogModel() override;

    void setCatalog(const WarehouseCatalog &catalog, ServiceProvider provider);
    const WarehouseCatalog &catalog() const { return m_catalog; }
    ServiceProvider provider() const { return m_provider; }
    static Kind kind(const QModelIndex &index) { return Kind(index.data(KindRole).toInt()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    void build();
    const Node *node(const QModelIndex &index) const;
    QVariant displayText(const Node &node, int column) const;
    QString toolTip(const Node &node) const;

    WarehouseCatalog m_catalog;
    ServiceProvider m_provider = ServiceProvider::Unknown;
    bool m_hasCatalog = false;
    std::vector<std::unique_ptr<Node>> m_schemas;
};

} // namespace wsc

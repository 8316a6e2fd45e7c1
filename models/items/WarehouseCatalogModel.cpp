#include "models/items/WarehouseCatalogModel.h"

#include "models/domain/SqlNames.h"
#include "models/items/CatalogIcons.h"

namespace wsc {

struct WarehouseCatalogModel::Node {
    Kind kind = Kind::Schema;
    QString name;
    QString type;      // a column's type
    QString insertion; // what a double-click inserts
    QString table;     // the qualified name of the table (of a table or of a column's table)
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

bool sameCatalog(const WarehouseCatalog &a, const WarehouseCatalog &b)
{
    return a.database == b.database && a.tables == b.tables;
}

} // namespace

WarehouseCatalogModel::WarehouseCatalogModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

WarehouseCatalogModel::~WarehouseCatalogModel() = default;

void WarehouseCatalogModel::setCatalog(const WarehouseCatalog &catalog, ServiceProvider provider)
{
    if (m_hasCatalog && provider == m_provider && sameCatalog(catalog, m_catalog))
        return;
    beginResetModel();
    m_catalog = catalog;
    m_provider = provider;
    m_hasCatalog = true;
    build();
    endResetModel();
}

// Schemas in the order the catalog first names them, tables in the catalog's order within each.
void WarehouseCatalogModel::build()
{
    m_schemas.clear();
    for (const WarehouseTable &table : m_catalog.tables) {
        auto found = std::find_if(m_schemas.begin(), m_schemas.end(),
                                  [&table](const auto &schema) { return schema->name == table.schema; });
        Node *schema = nullptr;
        if (found == m_schemas.end()) {
            auto created = std::make_unique<Node>();
            created->name = table.schema;
            created->row = int(m_schemas.size());
            created->insertion = table.schema.isEmpty()
                                     ? quotedIdentifier(m_provider, m_catalog.database)
                                     : qualifiedName(m_provider, {}, m_catalog.database, table.schema);
            m_schemas.push_back(std::move(created));
            schema = m_schemas.back().get();
        } else {
            schema = found->get();
        }
        auto tableNode = std::make_unique<Node>();
        tableNode->kind = table.view ? Kind::View : Kind::Table;
        tableNode->name = table.name;
        tableNode->insertion = qualifiedName(m_provider, m_catalog.database, table.schema, table.name);
        tableNode->table = tableNode->insertion;
        Node *added = schema->add(std::move(tableNode));
        for (const QueryColumn &column : table.columns) {
            auto columnNode = std::make_unique<Node>();
            columnNode->kind = Kind::Column;
            columnNode->name = column.name;
            columnNode->type = column.type;
            columnNode->insertion = quotedColumn(m_provider, column.name);
            columnNode->table = added->table;
            added->add(std::move(columnNode));
        }
    }
}

const WarehouseCatalogModel::Node *WarehouseCatalogModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : nullptr;
}

QModelIndex WarehouseCatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = node(parent);
    const Node *child =
        parentNode ? parentNode->children[std::size_t(row)].get() : m_schemas[std::size_t(row)].get();
    return createIndex(row, column, const_cast<Node *>(child));
}

QModelIndex WarehouseCatalogModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || !n->parent)
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int WarehouseCatalogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *n = node(parent);
    return n ? int(n->children.size()) : int(m_schemas.size());
}

int WarehouseCatalogModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant WarehouseCatalogModel::displayText(const Node &n, int column) const
{
    if (column == NameColumn) {
        if (n.kind == Kind::Schema && n.name.isEmpty())
            return tr("(default schema)");
        return n.name;
    }
    switch (n.kind) {
    case Kind::Schema: return tr("schema");
    case Kind::Table: return tr("table");
    case Kind::View: return tr("view");
    case Kind::Column: return n.type;
    }
    return {};
}

QString WarehouseCatalogModel::toolTip(const Node &n) const
{
    switch (n.kind) {
    case Kind::Schema: return tr("Schema %1").arg(n.insertion);
    case Kind::Table: return tr("Table %1 (double-click to insert)").arg(n.insertion);
    case Kind::View: return tr("View %1 (double-click to insert)").arg(n.insertion);
    case Kind::Column:
        return n.type.isEmpty() ? tr("Column %1 of %2").arg(n.name, n.table)
                                : tr("Column %1 of %2, %3").arg(n.name, n.table, n.type);
    }
    return {};
}

QVariant WarehouseCatalogModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole: return displayText(*n, index.column());
    case Qt::ToolTipRole: return toolTip(*n);
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        switch (n->kind) {
        case Kind::Schema: return CatalogIcons::icon(CatalogIcons::Glyph::Schema);
        case Kind::Table: return CatalogIcons::icon(CatalogIcons::Glyph::Table);
        case Kind::View: return CatalogIcons::icon(CatalogIcons::Glyph::View);
        case Kind::Column: return CatalogIcons::icon(CatalogIcons::Glyph::Column);
        }
        return {};
    case KindRole: return int(n->kind);
    case InsertionRole: return n->insertion;
    case TableRole: return n->table.isEmpty() ? QVariant() : QVariant(n->table);
    default: return {};
    }
}

QVariant WarehouseCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    default: return {};
    }
}

Qt::ItemFlags WarehouseCatalogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node(index)->kind == Kind::Column)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace wsc

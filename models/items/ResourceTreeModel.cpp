// The tree's structure, and how it follows the store's signals row by row (whole lists go in through
// ResourceTreeModelBatch.cpp; what the rows show is in ResourceTreeModelData.cpp).
#include "models/items/ResourceTreeModel.h"

#include "models/items/ResourceTreeModel_p.h"

#include <QTimer>

#include <algorithm>

namespace wsc {

using namespace Qt::StringLiterals;
using namespace treemodel;

namespace {

constexpr ResourceKind kCategories[] = {ResourceKind::Connection, ResourceKind::DataModel,
                                        ResourceKind::FieldTransformation, ResourceKind::Pipeline};

} // namespace

ResourceTreeModel::ResourceTreeModel(const WorkspaceStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(&store, &WorkspaceStore::added, this, &ResourceTreeModel::handleAdded);
    connect(&store, &WorkspaceStore::changed, this, &ResourceTreeModel::handleChanged);
    connect(&store, &WorkspaceStore::removed, this, &ResourceTreeModel::handleRemoved);
    connect(&store, &WorkspaceStore::reportChanged, this, &ResourceTreeModel::handleReportChanged);
    connect(&store, &WorkspaceStore::cleared, this, &ResourceTreeModel::rebuild);
    connect(&store, &WorkspaceStore::listStatusChanged, this, &ResourceTreeModel::refreshCategory);
    connect(&store, &WorkspaceStore::listReplacing, this, [this] { m_collecting = true; });
    connect(&store, &WorkspaceStore::listReplaced, this, [this] {
        m_collecting = false;
        // In the tree's order, so that each chunk goes in as one run of rows after the one before.
        std::sort(m_pendingAdds.begin(), m_pendingAdds.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : treemodel::idLess(a.second, b.second);
        });
        // A small list goes in at once; a large one in chunks from the next turn on, after the store's own
        // work of this turn.
        if (m_pendingAdds.size() <= kFillChunk)
            fillPending();
        else
            scheduleFill();
    });
    rebuild();
}

ResourceTreeModel::~ResourceTreeModel() = default;

void ResourceTreeModel::fillPending()
{
    m_fillScheduled = false;
    const std::size_t count = std::min(kFillChunk, m_pendingAdds.size());
    std::vector<std::pair<ResourceKind, QString>> chunk(std::make_move_iterator(m_pendingAdds.begin()),
                                                        std::make_move_iterator(m_pendingAdds.begin() + qsizetype(count)));
    m_pendingAdds.erase(m_pendingAdds.begin(), m_pendingAdds.begin() + qsizetype(count));
    insertMany(chunk);
    if (!m_pendingAdds.empty() && !m_collecting)
        scheduleFill();
}

void ResourceTreeModel::scheduleFill()
{
    if (std::exchange(m_fillScheduled, true))
        return;
    QTimer::singleShot(0, this, [this] {
        if (m_fillScheduled)
            fillPending();
    });
}

void ResourceTreeModel::rebuild()
{
    m_pendingAdds.clear(); // the store was cleared: nothing it listed before is to come
    m_fillScheduled = false;
    beginResetModel();
    m_nodesByKey.clear();
    m_resourceNodes.clear();
    m_root = std::make_unique<Node>();
    for (ResourceKind kind : kCategories) {
        auto category = makeNode(NodeType::Category, kind, QString());
        category->parent = m_root.get();
        category->row = int(m_root->children.size());
        m_root->children.push_back(std::move(category));
    }
    endResetModel();
    for (ResourceKind kind : kCategories) {
        for (const QString &id : m_store.ids(kind))
            handleAdded(kind, id);
    }
}

// --- structure --------------------------------------------------------------------------------------

ResourceTreeModel::Node *ResourceTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ResourceTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex ResourceTreeModel::categoryIndex(ResourceKind kind) const
{
    return indexOfNode(m_root->children[std::size_t(kind)].get());
}

QModelIndex ResourceTreeModel::indexOf(ResourceKind kind, const QString &id) const
{
    return indexOfNode(resourceNode(kind, id));
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[std::size_t(row)].get());
}

QModelIndex ResourceTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node == m_root.get() ? QModelIndex() : indexOfNode(node->parent);
}

int ResourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ResourceTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags ResourceTreeModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

ResourceTreeModel::Node *ResourceTreeModel::containerFor(ResourceKind kind, const QString &id, bool create)
{
    Node *category = m_root->children[std::size_t(kind)].get();
    if (kind != ResourceKind::Connection)
        return category;
    const Connection *c = m_store.connection(id);
    const QString provider = c ? c->serviceProvider.wire() : QString();
    auto it = std::find_if(category->children.begin(), category->children.end(),
                           [&](const auto &g) { return g->id == provider; });
    if (it != category->children.end())
        return it->get();
    if (!create)
        return nullptr;
    // Groups in the order of the provider enum, unknown providers last.
    auto order = [](const QString &wire) {
        const auto value = EnumValue<ServiceProvider>::fromWire(wire).value();
        return value == ServiceProvider::Unknown ? 99 : int(value);
    };
    const auto pos = std::find_if(category->children.begin(), category->children.end(),
                                  [&](const auto &g) { return order(g->id) > order(provider); });
    const auto row = std::size_t(pos - category->children.begin());
    return insertChild(category, row, makeNode(NodeType::ProviderGroup, kind, provider));
}

void ResourceTreeModel::insertResource(ResourceKind kind, const QString &id)
{
    Node *container = containerFor(kind, id, true);
    const auto pos =
        std::lower_bound(container->children.begin(), container->children.end(), id,
                         [](const auto &node, const QString &value) { return idLess(node->id, value); });
    const auto row = std::size_t(pos - container->children.begin());
    syncReferences(insertChild(container, row, makeNode(NodeType::Resource, kind, id)));
}

ResourceTreeModel::Node *ResourceTreeModel::insertChild(Node *parent, std::size_t row,
                                                        std::unique_ptr<Node> node)
{
    Node *raw = node.get();
    raw->parent = parent;
    beginInsertRows(indexOfNode(parent), int(row), int(row));
    parent->children.insert(parent->children.begin() + qsizetype(row), std::move(node));
    parent->renumberFrom(row);
    if (raw->type == NodeType::Resource || raw->type == NodeType::Reference)
        remember(raw);
    endInsertRows();
    return raw;
}

void ResourceTreeModel::removeNode(Node *node)
{
    Node *parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexOfNode(parent), row, row);
    std::vector<Node *> stack{node};
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        m_nodesByKey.remove(n->key(), n);
        if (n->type == NodeType::Resource)
            m_resourceNodes.remove(n->key());
        for (auto &child : n->children)
            stack.push_back(child.get());
    }
    parent->children.erase(parent->children.begin() + row);
    parent->renumberFrom(std::size_t(row));
    endRemoveRows();
}

std::vector<std::pair<ResourceKind, QString>> ResourceTreeModel::referencesOf(ResourceKind kind,
                                                                              const QString &id) const
{
    std::vector<std::pair<ResourceKind, QString>> refs;
    if (kind == ResourceKind::Pipeline) {
        if (const Pipeline *p = m_store.pipeline(id)) {
            refs.emplace_back(ResourceKind::Connection, p->connectionId);
            refs.emplace_back(ResourceKind::DataModel, p->dataModelId);
            if (const auto transformation = p->usedFieldTransformation())
                refs.emplace_back(ResourceKind::FieldTransformation, *transformation);
        }
        return refs;
    }
    QStringList users = m_store.pipelinesUsing(kind, id);
    std::sort(users.begin(), users.end(), idLess);
    for (const QString &user : users)
        refs.emplace_back(ResourceKind::Pipeline, user);
    return refs;
}

void ResourceTreeModel::syncReferences(Node *resource)
{
    const auto desired = referencesOf(resource->kind, resource->id);
    // Remove what is no longer referenced…
    for (int i = int(resource->children.size()) - 1; i >= 0; --i) {
        const Node *child = resource->children[std::size_t(i)].get();
        const bool wanted = std::any_of(desired.begin(), desired.end(), [&](const auto &ref) {
            return ref.first == child->kind && ref.second == child->id;
        });
        if (!wanted)
            removeNode(resource->children[std::size_t(i)].get());
    }
    // …then insert what is missing at its place (both lists are in the same order).
    for (std::size_t j = 0; j < desired.size(); ++j) {
        const auto &[kind, id] = desired[j];
        if (j < resource->children.size() && resource->children[j]->kind == kind &&
            resource->children[j]->id == id)
            continue;
        insertChild(resource, j, makeNode(NodeType::Reference, kind, id));
    }
}

ResourceTreeModel::Node *ResourceTreeModel::resourceNode(ResourceKind kind, const QString &id) const
{
    return m_resourceNodes.value(keyOf(kind, id), nullptr);
}

void ResourceTreeModel::addUsage(ResourceKind kind, const QString &id, const QString &pipelineId)
{
    Node *resource = resourceNode(kind, id);
    if (!resource)
        return;
    // "Used by" rows are kept sorted by pipeline id: one binary search, one inserted row.
    const auto pos =
        std::lower_bound(resource->children.begin(), resource->children.end(), pipelineId,
                         [](const auto &node, const QString &value) { return idLess(node->id, value); });
    if (pos != resource->children.end() && (*pos)->id == pipelineId)
        return;
    const auto row = std::size_t(pos - resource->children.begin());
    insertChild(resource, row, makeNode(NodeType::Reference, ResourceKind::Pipeline, pipelineId));
}

void ResourceTreeModel::removeUsage(ResourceKind kind, const QString &id, const QString &pipelineId)
{
    Node *resource = resourceNode(kind, id);
    if (!resource)
        return;
    for (auto &child : resource->children) {
        if (child->id == pipelineId) {
            removeNode(child.get());
            return;
        }
    }
}

void ResourceTreeModel::refreshNodesOf(ResourceKind kind, const QString &id)
{
    for (Node *node : m_nodesByKey.values(keyOf(kind, id))) {
        const QModelIndex index = indexOfNode(node);
        emit dataChanged(index, index);
    }
}

void ResourceTreeModel::refreshCategory(ResourceKind kind)
{
    Node *category = m_root->children[std::size_t(kind)].get();
    const QModelIndex index = indexOfNode(category);
    emit dataChanged(index, index);
    for (auto &group : category->children) {
        if (group->type == NodeType::ProviderGroup) {
            const QModelIndex g = indexOfNode(group.get());
            emit dataChanged(g, g);
        }
    }
}

// --- store signals ------------------------------------------------------------------------------------

void ResourceTreeModel::handleAdded(ResourceKind kind, const QString &id)
{
    if (m_collecting || !m_pendingAdds.empty()) {
        m_pendingAdds.emplace_back(kind, id);
        return;
    }
    if (indexOf(kind, id).isValid())
        return;
    insertResource(kind, id);
    if (kind == ResourceKind::Pipeline) {
        for (const auto &[refKind, refId] : referencesOf(kind, id))
            addUsage(refKind, refId, id);
    }
    refreshNodesOf(kind, id); // references to it that were shown as missing
    refreshCategory(kind);
}

void ResourceTreeModel::handleChanged(ResourceKind kind, const QString &id)
{
    const QModelIndex index = indexOf(kind, id);
    if (!index.isValid())
        return handleAdded(kind, id);
    Node *node = nodeOf(index);
    if (kind == ResourceKind::Connection && containerFor(kind, id, false) != node->parent) {
        // Another provider: the row moves to its group.
        handleRemoved(kind, id);
        handleAdded(kind, id);
        return;
    }
    if (kind == ResourceKind::Pipeline) {
        std::vector<std::pair<ResourceKind, QString>> before;
        for (const auto &child : node->children)
            before.emplace_back(child->kind, child->id);
        const auto after = referencesOf(kind, id);
        if (before != after) {
            syncReferences(node);
            for (const auto &ref : before) {
                if (std::find(after.begin(), after.end(), ref) == after.end())
                    removeUsage(ref.first, ref.second, id);
            }
            for (const auto &ref : after)
                addUsage(ref.first, ref.second, id);
        }
    }
    refreshNodesOf(kind, id);
}

void ResourceTreeModel::handleRemoved(ResourceKind kind, const QString &id)
{
    // Not yet in the tree: it will not be (rare: a removal while a large list still fills).
    std::erase(m_pendingAdds, std::pair{kind, id});
    const QModelIndex index = indexOf(kind, id);
    if (!index.isValid())
        return;
    Node *node = nodeOf(index);
    std::vector<std::pair<ResourceKind, QString>> referenced;
    for (const auto &child : node->children)
        referenced.emplace_back(child->kind, child->id);
    Node *container = node->parent;
    removeNode(node);
    if (container->type == NodeType::ProviderGroup && container->children.empty())
        removeNode(container);
    if (kind == ResourceKind::Pipeline) {
        for (const auto &[refKind, refId] : referenced)
            removeUsage(refKind, refId, id);
    }
    refreshNodesOf(kind, id); // references to it now show it as missing
    refreshCategory(kind);
}

void ResourceTreeModel::handleReportChanged(const QString &pipelineId)
{
    refreshNodesOf(ResourceKind::Pipeline, pipelineId);
}

} // namespace wsc

// The tree's part for whole lists: a list the store replaces goes in with one row insert per run of
// neighbours, each resource built with its relation rows, instead of row by row.
#include "models/items/ResourceTreeModel.h"

#include "models/items/ResourceTreeModel_p.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace wsc {

using namespace treemodel;

std::unique_ptr<ResourceTreeModel::Node> ResourceTreeModel::makeNode(NodeType type, ResourceKind kind,
                                                                    const QString &id) const
{
    auto node = std::make_unique<Node>();
    node->type = type;
    node->kind = kind;
    node->id = id;
    return node;
}

void ResourceTreeModel::remember(Node *node)
{
    m_nodesByKey.insert(node->key(), node);
    if (node->type == NodeType::Resource)
        m_resourceNodes.insert(node->key(), node);
}

void ResourceTreeModel::registerSubtree(Node *node)
{
    remember(node);
    for (auto &child : node->children)
        registerSubtree(child.get());
}

void ResourceTreeModel::insertSorted(Node *container, std::vector<std::unique_ptr<Node>> nodes)
{
    auto &children = container->children;
    auto placeOf = [&children](const QString &id) {
        return std::lower_bound(children.begin(), children.end(), id,
                                [](const auto &node, const QString &value) { return idLess(node->id, value); });
    };
    std::sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) { return idLess(a->id, b->id); });
    std::erase_if(nodes, [&](const auto &node) {
        const auto pos = placeOf(node->id);
        return pos != children.end() && (*pos)->id == node->id;
    });
    nodes.erase(std::unique(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) { return a->id == b->id; }),
                nodes.end());
    const QModelIndex parentIndex = indexOfNode(container);
    // From the last run to the first, so that the places of the earlier runs do not move.
    std::size_t end = nodes.size();
    while (end > 0) {
        const auto pos = placeOf(nodes[end - 1]->id);
        std::size_t begin = end - 1;
        while (begin > 0 && placeOf(nodes[begin - 1]->id) == pos)
            --begin;
        const int row = int(pos - children.begin());
        beginInsertRows(parentIndex, row, row + int(end - begin) - 1);
        for (std::size_t k = begin; k < end; ++k) {
            nodes[k]->parent = container;
            registerSubtree(nodes[k].get());
        }
        children.insert(children.begin() + row, std::make_move_iterator(nodes.begin() + qsizetype(begin)),
                        std::make_move_iterator(nodes.begin() + qsizetype(end)));
        container->renumberFrom(std::size_t(row));
        endInsertRows();
        end = begin;
    }
}

void ResourceTreeModel::insertMany(const std::vector<std::pair<ResourceKind, QString>> &adds)
{
    if (adds.empty())
        return;
    // New resource rows, each with its relation rows already in place, by the container they go into.
    std::map<Node *, std::vector<std::unique_ptr<Node>>> byContainer;
    QSet<const Node *> fresh;
    QSet<QString> seen;
    std::vector<QString> pipelines;
    QSet<ResourceKind> kinds;
    for (const auto &[kind, id] : adds) {
        if (seen.contains(keyOf(kind, id)) || indexOf(kind, id).isValid())
            continue;
        seen.insert(keyOf(kind, id));
        kinds.insert(kind);
        auto node = makeNode(NodeType::Resource, kind, id);
        for (const auto &[refKind, refId] : referencesOf(kind, id)) {
            auto child = makeNode(NodeType::Reference, refKind, refId);
            child->parent = node.get();
            fresh.insert(child.get());
            node->children.push_back(std::move(child));
        }
        node->renumberFrom(0);
        fresh.insert(node.get());
        byContainer[containerFor(kind, id, true)].push_back(std::move(node));
        if (kind == ResourceKind::Pipeline)
            pipelines.push_back(id);
    }
    for (auto &[container, nodes] : byContainer)
        insertSorted(container, std::move(nodes));
    // The "used by" rows the new pipelines add under their connection, model and transformation.
    std::map<Node *, std::vector<std::unique_ptr<Node>>> usages;
    for (const QString &pipeline : pipelines) {
        for (const auto &[refKind, refId] : referencesOf(ResourceKind::Pipeline, pipeline)) {
            if (Node *target = resourceNode(refKind, refId)) {
                auto usage = makeNode(NodeType::Reference, ResourceKind::Pipeline, pipeline);
                fresh.insert(usage.get());
                usages[target].push_back(std::move(usage));
            }
        }
    }
    for (auto &[target, nodes] : usages)
        insertSorted(target, std::move(nodes));
    // Rows that pointed to a resource not there before ("missing") show it now; the new rows are fresh.
    for (const auto &[kind, id] : adds) {
        for (Node *node : m_nodesByKey.values(keyOf(kind, id))) {
            if (!fresh.contains(node)) {
                const QModelIndex index = indexOfNode(node);
                emit dataChanged(index, index);
            }
        }
    }
    for (ResourceKind kind : kinds)
        refreshCategory(kind);
}

} // namespace wsc

#pragma once

// What the parts of ResourceTreeModel (ResourceTreeModel.cpp, ResourceTreeModelBatch.cpp,
// ResourceTreeModelData.cpp) share: the node of the tree and how nodes are keyed and ordered.

#include "models/items/ResourceTreeModel.h"

namespace wsc {

struct ResourceTreeModel::Node {
    NodeType type = NodeType::Category;
    ResourceKind kind = ResourceKind::Connection;
    QString id; // resource or referenced id; for a provider group, the provider's wire name
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    QString key() const { return QString::number(int(kind)) + QLatin1Char(':') + id; }
    void renumberFrom(std::size_t first)
    {
        for (std::size_t i = first; i < children.size(); ++i)
            children[i]->row = int(i);
    }
};

namespace treemodel {

inline QString keyOf(ResourceKind kind, const QString &id)
{
    return QString::number(int(kind)) + QLatin1Char(':') + id;
}

inline bool idLess(const QString &a, const QString &b)
{
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

} // namespace treemodel

} // namespace wsc

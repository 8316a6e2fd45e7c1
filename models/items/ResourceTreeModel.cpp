#include "models/items/ResourceTreeModel.h"

#include "models/items/ResourceTreeModel_p.h"
#include "models/items/StatusIcons.h"

#include <QFont>
#include <QPalette>

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
        insertMany(std::exchange(m_pendingAdds, {}));
    });
    rebuild();
}

ResourceTreeModel::~ResourceTreeModel() = default;

void ResourceTreeModel::rebuild()
{
    beginResetModel();
    m_nodesByKey.clear();
    m_resourceNodes.clear();
    m_root = std::make_unique<Node>();
    for (ResourceKind kind : kCategories) {
        auto category = std::make_unique<Node>();
        category->type = NodeType::Category;
        category->kind = kind;
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
    const int row = int(pos - category->children.begin());
    auto group = std::make_unique<Node>();
    group->type = NodeType::ProviderGroup;
    group->kind = kind;
    group->id = provider;
    group->parent = category;
    beginInsertRows(indexOfNode(category), row, row);
    Node *raw = group.get();
    category->children.insert(category->children.begin() + row, std::move(group));
    category->renumberFrom(std::size_t(row));
    endInsertRows();
    return raw;
}

void ResourceTreeModel::insertResource(ResourceKind kind, const QString &id)
{
    Node *container = containerFor(kind, id, true);
    const auto pos =
        std::lower_bound(container->children.begin(), container->children.end(), id,
                         [](const auto &node, const QString &value) { return idLess(node->id, value); });
    const int row = int(pos - container->children.begin());
    auto node = std::make_unique<Node>();
    node->type = NodeType::Resource;
    node->kind = kind;
    node->id = id;
    node->parent = container;
    Node *raw = node.get();
    beginInsertRows(indexOfNode(container), row, row);
    container->children.insert(container->children.begin() + row, std::move(node));
    container->renumberFrom(std::size_t(row));
    remember(raw);
    endInsertRows();
    syncReferences(raw);
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
    const QModelIndex parentIndex = indexOfNode(resource);
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
        auto node = std::make_unique<Node>();
        node->type = NodeType::Reference;
        node->kind = kind;
        node->id = id;
        node->parent = resource;
        Node *raw = node.get();
        beginInsertRows(parentIndex, int(j), int(j));
        resource->children.insert(resource->children.begin() + qsizetype(j), std::move(node));
        resource->renumberFrom(j);
        m_nodesByKey.insert(raw->key(), raw);
        endInsertRows();
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
    const int row = int(pos - resource->children.begin());
    auto node = std::make_unique<Node>();
    node->type = NodeType::Reference;
    node->kind = ResourceKind::Pipeline;
    node->id = pipelineId;
    node->parent = resource;
    Node *raw = node.get();
    beginInsertRows(indexOfNode(resource), row, row);
    resource->children.insert(resource->children.begin() + row, std::move(node));
    resource->renumberFrom(std::size_t(row));
    m_nodesByKey.insert(raw->key(), raw);
    endInsertRows();
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
    if (m_collecting) {
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

// --- data -----------------------------------------------------------------------------------------------

QString ResourceTreeModel::statusOf(ResourceKind kind, const QString &id) const
{
    switch (kind) {
    case ResourceKind::Connection:
        if (const auto *c = m_store.connection(id))
            return c->state == ResourceState::Inactive ? u"inactive"_s : c->status.wire();
        break;
    case ResourceKind::DataModel:
        if (const auto *m = m_store.dataModel(id))
            return m->status.wire();
        break;
    case ResourceKind::FieldTransformation: return m_store.fieldTransformation(id) ? u"valid"_s : QString();
    case ResourceKind::Pipeline:
        return m_store.pipeline(id) ? m_store.effectiveStatus(id).key() : QString();
    }
    return {};
}

QVariant ResourceTreeModel::categoryData(ResourceKind kind, int role) const
{
    const ListStatus &list = m_store.listStatus(kind);
    using State = ListStatus::State;
    switch (role) {
    case Qt::DisplayRole:
    case FilterRole: {
        // A list that did not load has no count to show: it says why instead (the tooltip in full).
        const bool loaded = list.state != State::Failed && list.state != State::Unavailable;
        const QString count = role != Qt::DisplayRole || loaded ? QString::number(m_store.count(kind))
                              : list.state == State::Failed   ? tr("not loaded")
                                                              : tr("unavailable");
        switch (kind) {
        case ResourceKind::Connection: return tr("Connections (%1)").arg(count);
        case ResourceKind::DataModel: return tr("Data models (%1)").arg(count);
        case ResourceKind::FieldTransformation: return tr("Field transformations (%1)").arg(count);
        case ResourceKind::Pipeline: return tr("Pipelines (%1)").arg(count);
        }
        return {};
    }
    case Qt::ToolTipRole:
        if (list.state == State::Failed)
            return tr("This list could not be loaded: %1\nRight-click and choose Retry, or refresh (F5).")
                .arg(list.message);
        if (list.state == State::Unavailable)
            return tr("%1\nPipelines can still name a field transformation by its id.").arg(list.message);
        return {};
    case Qt::DecorationRole:
        return list.state == State::Failed ? StatusIcons::icon(u"failed"_s) : QVariant();
    case Qt::ForegroundRole:
        return list.state == State::Unavailable ? QVariant(QPalette().color(QPalette::Disabled, QPalette::Text))
                                                : QVariant();
    case ListFailedRole: return list.state == State::Failed;
    default: return {};
    }
}

QVariant ResourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    if (role == SectionKindRole) // categories and provider groups carry the kind they hold
        return QVariant::fromValue(node->kind);
    switch (node->type) {
    case NodeType::Category: return categoryData(node->kind, role);
    case NodeType::ProviderGroup:
        if (role == Qt::DisplayRole) {
            const auto provider = EnumValue<ServiceProvider>::fromWire(node->id);
            const QString name = provider.isSet() ? wsc::displayName(provider) : tr("No provider");
            return tr("%1 (%2)").arg(name).arg(node->children.size());
        }
        return {};
    case NodeType::Resource:
    case NodeType::Reference: break;
    }

    // A list that failed or that the service does not have cannot say a resource is missing.
    const ListStatus::State listed = m_store.listStatus(node->kind).state;
    const bool exists = m_store.contains(node->kind, node->id) || listed == ListStatus::State::Failed ||
                        listed == ListStatus::State::Unavailable;
    const QString name = m_store.displayName(node->kind, node->id);
    switch (role) {
    case Qt::DisplayRole: {
        if (node->type == NodeType::Resource)
            return name;
        QString text;
        switch (node->kind) {
        case ResourceKind::Connection: text = tr("Connection: %1").arg(name); break;
        case ResourceKind::DataModel: text = tr("Data model: %1").arg(name); break;
        case ResourceKind::FieldTransformation: text = tr("Field transformation: %1").arg(name); break;
        case ResourceKind::Pipeline: text = tr("Used by pipeline: %1").arg(name); break;
        }
        return exists ? text : tr("%1 (missing)").arg(text);
    }
    case Qt::ToolTipRole: {
        const QString status = statusOf(node->kind, node->id);
        QString tip = status.isEmpty() ? tr("Id: %1").arg(node->id) : tr("Id: %1\nStatus: %2").arg(node->id, status);
        if (const RawFields *raw = m_store.rawFields(node->kind, node->id); raw && !raw->empty()) {
            QStringList fields;
            for (const DecodeError &e : *raw)
                fields << e.toString();
            tip += u'\n' + tr("Kept as the server sent them (could not be read): %1").arg(fields.join(u"; "_s));
        }
        return tip;
    }
    case Qt::DecorationRole: return StatusIcons::icon(exists ? statusOf(node->kind, node->id) : u"missing"_s);
    case Qt::FontRole:
        if (node->type == NodeType::Reference) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case KindRole: return QVariant::fromValue(node->kind);
    case IdRole: return node->id;
    case StatusRole: return statusOf(node->kind, node->id);
    case IsReferenceRole: return node->type == NodeType::Reference;
    case FilterRole: return QString(node->id + u' ' + name);
    default: return {};
    }
}

} // namespace wsc

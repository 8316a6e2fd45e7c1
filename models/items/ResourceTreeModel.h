#pragma once

#include "models/store/WorkspaceStore.h"

#include <QAbstractItemModel>
#include <QMultiHash>

#include <deque>
#include <memory>

namespace wsc {

// The workspace as a tree: Connections (grouped by provider), Data models, Field transformations and
// Pipelines, each resource with its relations as children (a pipeline's connection, model and
// transformation; the pipelines that use a connection, model or transformation). Follows the store row by
// row: a refresh never resets the model, so selection and expansion survive it.
class ResourceTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        KindRole =
            Qt::UserRole + 1, // ResourceKind of the resource a row shows or points to; invalid for groups
        IdRole,
        StatusRole,      // the wire status (healthy, faulted, valid, invalid, idle, running, …)
        IsReferenceRole, // a relation row (points to a resource shown elsewhere in the tree)
        FilterRole,      // id and name, for the filter box
        SectionKindRole, // ResourceKind a "New" at this row creates: the category's, or the row's own
        ListFailedRole,  // on a category: its list failed to load (a retry may help)
    };

    explicit ResourceTreeModel(const WorkspaceStore &store, QObject *parent = nullptr);
    ~ResourceTreeModel() override;

    // The row of a resource itself (not of a reference to it).
    QModelIndex indexOf(ResourceKind kind, const QString &id) const;
    QModelIndex categoryIndex(ResourceKind kind) const;

    // Whether the row's FilterRole text (id and name) contains `text`, case-insensitively: the filter box's
    // test, made without building that text for the many rows it reads on each keystroke.
    bool matches(const QModelIndex &index, const QString &text) const;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    enum class NodeType { Category, ProviderGroup, Resource, Reference };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    void handleAdded(ResourceKind kind, const QString &id);
    void handleChanged(ResourceKind kind, const QString &id);
    void handleRemoved(ResourceKind kind, const QString &id);
    void handleReportChanged(const QString &pipelineId);
    void rebuild();
    QVariant categoryData(ResourceKind kind, int role) const;

    Node *containerFor(ResourceKind kind, const QString &id, bool create);
    void insertResource(ResourceKind kind, const QString &id);
    // Inserts one row (a group, a resource or a relation, without children) and indexes it.
    Node *insertChild(Node *parent, std::size_t row, std::unique_ptr<Node> node);
    // The resources a whole list brought (collected between the store's listReplacing and listReplaced),
    // each built with its relations and inserted with one row insert per run of neighbours: a list of
    // 10,000 pipelines goes in at once instead of row by row.
    void insertMany(const std::vector<std::pair<ResourceKind, QString>> &adds);
    // Inserts `nodes` (with their subtrees) into `container`'s children at their sorted places, one
    // insert per contiguous run; nodes whose id the container already has are dropped.
    void insertSorted(Node *container, std::vector<std::unique_ptr<Node>> nodes);
    std::unique_ptr<Node> makeNode(NodeType type, ResourceKind kind, const QString &id) const;
    void registerSubtree(Node *node);
    // Indexes a node by its key (and, for a resource's own row, as that resource).
    void remember(Node *node);
    void removeNode(Node *node);
    void syncReferences(Node *resourceNode);
    Node *resourceNode(ResourceKind kind, const QString &id) const;
    void addUsage(ResourceKind kind, const QString &id, const QString &pipelineId);
    void removeUsage(ResourceKind kind, const QString &id, const QString &pipelineId);
    void refreshNodesOf(ResourceKind kind, const QString &id);
    void refreshCategory(ResourceKind kind);
    std::vector<std::pair<ResourceKind, QString>> referencesOf(ResourceKind kind, const QString &id) const;
    QString statusOf(ResourceKind kind, const QString &id) const;

    const WorkspaceStore &m_store;
    std::unique_ptr<Node> m_root;
    QMultiHash<QString, Node *> m_nodesByKey; // "kind:id" → resource and reference rows
    QHash<QString, Node *> m_resourceNodes;   // "kind:id" → the resource's own row
    // Inserts the next adds waiting in m_pendingAdds, at most kFillChunk of them; schedules the rest for the
    // next turn of the event loop, so that a list of 10,000 resources never holds the GUI for long.
    void fillPending();
    void scheduleFill();

    static constexpr std::size_t kFillChunk = 2000;
    bool m_collecting = false;    // the store is replacing a list: adds wait for insertMany
    bool m_fillScheduled = false; // fillPending runs on the next turn
    // Adds not yet in the tree, in the store's order: collected while a list is replaced, and those that
    // arrive while a large list still fills (so that the order stays the store's).
    std::deque<std::pair<ResourceKind, QString>> m_pendingAdds;
};

} // namespace wsc

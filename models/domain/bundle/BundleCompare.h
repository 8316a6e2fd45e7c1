#pragma once

#include "models/domain/bundle/BundlePlan.h"

#include <QCoreApplication>

namespace wsc {

// Two sides side by side, resource by resource, for the compare window: what each resource is on each side,
// and the bundle that applying the chosen rows to the right side means.
class BundleCompare {
    Q_DECLARE_TR_FUNCTIONS(wsc::BundleCompare)

public:
    enum class State { OnlyLeft, OnlyRight, Differs, Same };
    struct Row {
        ResourceKind kind = ResourceKind::Connection;
        QString id;
        QString name;
        State state = State::Same;
        const BundleEntry *left = nullptr;  // into the bundles given; null when absent
        const BundleEntry *right = nullptr;
        std::vector<JsonChange> changes; // from the right's value to the left's (secrets by reference)
    };

    // `scope`: when not empty, only these resources ("kind/id" as resourceKey gives) are compared.
    BundleCompare(const Bundle &left, const Bundle &right, const QSet<QString> &scope = {});

    const std::vector<Row> &rows() const { return m_rows; }
    static QString resourceKey(ResourceKind kind, const QString &id);
    static QString stateName(State state);

    // What the right side should hold when the rows in `chosen` (resourceKey) are applied: a chosen row
    // takes the left's version (a chosen "only right" row is deleted), every other row keeps the right's.
    // Planned with prune, so that exactly the chosen deletions happen.
    Bundle desired(const QSet<QString> &chosen) const;
    // The left's resources of the chosen rows, for a folder on the right (an export).
    Bundle chosenLeft(const QSet<QString> &chosen) const;
    // The resources `keys` depend on, transitively (a pipeline's connection, data model and used field
    // transformation), with `keys` themselves.
    static QSet<QString> withDependencies(const Bundle &bundle, const QSet<QString> &keys);

private:
    const Bundle &m_left;
    const Bundle &m_right;
    std::vector<Row> m_rows;
};

} // namespace wsc

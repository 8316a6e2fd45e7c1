#include "models/domain/bundle/BundleCompare.h"

#include <map>

namespace wsc {

using namespace Qt::StringLiterals;

QString BundleCompare::resourceKey(ResourceKind kind, const QString &id)
{
    return resourceKindName(kind) + u'/' + id;
}

QString BundleCompare::stateName(State state)
{
    switch (state) {
    case State::OnlyLeft: return tr("only left");
    case State::OnlyRight: return tr("only right");
    case State::Differs: return tr("differs");
    case State::Same: return tr("same");
    }
    return {};
}

BundleCompare::BundleCompare(const Bundle &left, const Bundle &right, const QSet<QString> &scope)
    : m_left(left)
    , m_right(right)
{
    std::map<std::pair<int, QString>, Row> rows;
    auto rowFor = [&](const BundleEntry &e) -> Row & {
        Row &row = rows[{int(e.kind), e.id}];
        row.kind = e.kind;
        row.id = e.id;
        if (row.name.isEmpty())
            row.name = e.name();
        return row;
    };
    for (const BundleEntry &e : left.entries) {
        if (scope.isEmpty() || scope.contains(resourceKey(e.kind, e.id)))
            rowFor(e).left = &e;
    }
    for (const BundleEntry &e : right.entries) {
        if (scope.isEmpty() || scope.contains(resourceKey(e.kind, e.id)))
            rowFor(e).right = &e;
    }
    for (auto &[key, row] : rows) {
        if (!row.right) {
            row.state = State::OnlyLeft;
        } else if (!row.left) {
            row.state = State::OnlyRight;
        } else {
            // The planner's own comparison, so that the window and the plan never disagree.
            Bundle one;
            one.entries = {*row.left};
            Bundle other;
            other.entries = {*row.right};
            QSet<QString> all;
            for (const SecretRef &ref : row.left->secrets)
                all.insert(ref.name);
            const Plan plan = BundlePlanner::plan(one, other, {}, all);
            row.state = plan.hasChanges() ? State::Differs : State::Same;
            if (plan.hasChanges())
                row.changes = plan.steps.front().changes;
        }
        m_rows.push_back(std::move(row));
    }
}

Bundle BundleCompare::desired(const QSet<QString> &chosen) const
{
    Bundle out;
    out.sourceProfile = m_left.sourceProfile;
    for (const BundleEntry &e : m_right.entries) {
        if (!chosen.contains(resourceKey(e.kind, e.id)))
            out.entries.push_back(e);
    }
    for (const BundleEntry &e : m_left.entries) {
        if (chosen.contains(resourceKey(e.kind, e.id)))
            out.entries.push_back(e);
    }
    out.sort();
    return out;
}

Bundle BundleCompare::chosenLeft(const QSet<QString> &chosen) const
{
    Bundle out;
    out.sourceProfile = m_left.sourceProfile;
    for (const BundleEntry &e : m_left.entries) {
        if (chosen.contains(resourceKey(e.kind, e.id)))
            out.entries.push_back(e);
    }
    return out;
}

QSet<QString> BundleCompare::withDependencies(const Bundle &bundle, const QSet<QString> &keys)
{
    QSet<QString> out = keys;
    for (const BundleEntry &e : bundle.entries) {
        if (!keys.contains(resourceKey(e.kind, e.id)))
            continue;
        if (auto p = BundleCodec::pipelineOf(e)) {
            out.insert(resourceKey(ResourceKind::Connection, p->connectionId));
            out.insert(resourceKey(ResourceKind::DataModel, p->dataModelId));
            if (auto transformation = p->usedFieldTransformation())
                out.insert(resourceKey(ResourceKind::FieldTransformation, *transformation));
        }
    }
    return out;
}

} // namespace wsc

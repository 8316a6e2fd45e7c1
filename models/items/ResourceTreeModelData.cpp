// The tree's part that answers data(): the text, tooltip, icon and roles of each row, for the categories
// (with their lists' state), the provider groups, and the resources and their relation rows.
#include "models/items/ResourceTreeModel.h"

#include "models/items/ResourceTreeModel_p.h"
#include "models/items/StatusIcons.h"

#include <QFont>
#include <QPalette>

namespace wsc {

using namespace Qt::StringLiterals;

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
    case ResourceKind::Pipeline: return m_store.pipeline(id) ? m_store.effectiveStatus(id).key() : QString();
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
                              : list.state == State::Failed     ? tr("not loaded")
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
    case Qt::DecorationRole: return list.state == State::Failed ? StatusIcons::icon(u"failed"_s) : QVariant();
    case Qt::ForegroundRole:
        return list.state == State::Unavailable
                   ? QVariant(QPalette().color(QPalette::Disabled, QPalette::Text))
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
        QString tip =
            status.isEmpty() ? tr("Id: %1").arg(node->id) : tr("Id: %1\nStatus: %2").arg(node->id, status);
        if (const RawFields *raw = m_store.rawFields(node->kind, node->id); raw && !raw->empty()) {
            QStringList fields;
            for (const DecodeError &e : *raw)
                fields << e.toString();
            tip +=
                u'\n' + tr("Kept as the server sent them (could not be read): %1").arg(fields.join(u"; "_s));
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

bool ResourceTreeModel::matches(const QModelIndex &index, const QString &text) const
{
    const Node *node = nodeOf(index);
    const bool row = node->type == NodeType::Resource || node->type == NodeType::Reference;
    // Text with a space may span the id and the name: it is looked for in the whole FilterRole text.
    if (!row || text.contains(u' '))
        return data(index, FilterRole).toString().contains(text, Qt::CaseInsensitive);
    return node->id.contains(text, Qt::CaseInsensitive) ||
           m_store.displayName(node->kind, node->id).contains(text, Qt::CaseInsensitive);
}

} // namespace wsc

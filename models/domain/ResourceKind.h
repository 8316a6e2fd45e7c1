#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace wsc {

// The four kinds of resource a workspace holds.
enum class ResourceKind { Connection, DataModel, FieldTransformation, Pipeline };

// The kind's name where the console stores it (sessions, drafts): the API's words, stable across
// reorderings of the enum and upgrades.
inline QString resourceKindName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Connection: return QStringLiteral("connection");
    case ResourceKind::DataModel: return QStringLiteral("data-model");
    case ResourceKind::FieldTransformation: return QStringLiteral("field-transformation");
    case ResourceKind::Pipeline: return QStringLiteral("pipeline");
    }
    return {};
}

// The kind a stored name says; also the integers that older versions stored (0-3, the enum's order
// then), so that their sessions and drafts are read once more and then written by name.
inline std::optional<ResourceKind> resourceKindFromName(QStringView name)
{
    for (ResourceKind kind : {ResourceKind::Connection, ResourceKind::DataModel,
                              ResourceKind::FieldTransformation, ResourceKind::Pipeline}) {
        if (name == resourceKindName(kind) || name == QString::number(int(kind)))
            return kind;
    }
    return std::nullopt;
}

} // namespace wsc

Q_DECLARE_METATYPE(wsc::ResourceKind)

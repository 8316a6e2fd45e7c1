#pragma once

#include <QMetaType>

namespace wsc {

// The four kinds of resource a workspace holds.
enum class ResourceKind { Connection, DataModel, FieldTransformation, Pipeline };

} // namespace wsc

Q_DECLARE_METATYPE(wsc::ResourceKind)

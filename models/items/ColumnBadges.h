#pragma once

#include "models/domain/ColumnRole.h"

#include <QIcon>
#include <QString>

namespace wsc {

// The small badges of the result grid's header: "ID" for a user identity column, "DV" for a device
// identity, "IT" for the iterator; white letters on a saturated square, readable on light and dark
// palettes. Drawn once per role; plain attributes have none.
class ColumnBadges {
    Q_DECLARE_TR_FUNCTIONS(wsc::ColumnBadges)

public:
    static QIcon icon(ColumnRole role); // a null icon for ColumnRole::Attribute
    static QString letters(ColumnRole role);
};

} // namespace wsc

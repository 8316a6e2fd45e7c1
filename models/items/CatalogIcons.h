#pragma once

#include <QIcon>

namespace wsc {

// Glyphs for what a warehouse holds, told apart by shape (never by colour alone): a stack of disks for a
// schema, a grid for a table, a grid with a dashed outline for a view, a single column bar for a column.
// Drawn rather than loaded (no image plugin needed).
class CatalogIcons {
public:
    enum class Glyph { Schema, Table, View, Column };
    static QIcon icon(Glyph glyph);
    static QPixmap pixmap(Glyph glyph, int size);
};

} // namespace wsc

#include "models/items/ColumnBadges.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

#include <array>

namespace wsc {

namespace {

QColor badgeColor(ColumnRole role)
{
    switch (role) {
    case ColumnRole::UserIdentity: return QColor(0x1f, 0x5f, 0xd0);
    case ColumnRole::DeviceIdentity: return QColor(0x7b, 0x3f, 0xc4);
    case ColumnRole::Iterator: return QColor(0xb0, 0x5a, 0x00);
    case ColumnRole::Attribute: break;
    }
    return {};
}

QPixmap paintBadge(ColumnRole role, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // A thin light rim keeps the badge apart from a dark header, the saturated fill from a light one.
    painter.setPen(QPen(QColor(255, 255, 255, 110), size / 16.0));
    painter.setBrush(badgeColor(role));
    const QRectF box(0.5, 0.5, size - 1.0, size - 1.0);
    painter.drawRoundedRect(box, size * 0.2, size * 0.2);
    QFont font;
    font.setBold(true);
    font.setPixelSize(qRound(size * 0.56));
    font.setStretch(QFont::SemiCondensed);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, ColumnBadges::letters(role));
    return pixmap;
}

} // namespace

QString ColumnBadges::letters(ColumnRole role)
{
    switch (role) {
    case ColumnRole::UserIdentity: return tr("ID", "badge of a user identity column");
    case ColumnRole::DeviceIdentity: return tr("DV", "badge of a device identity column");
    case ColumnRole::Iterator: return tr("IT", "badge of the iterator column");
    case ColumnRole::Attribute: break;
    }
    return {};
}

QIcon ColumnBadges::icon(ColumnRole role)
{
    if (role == ColumnRole::Attribute)
        return {};
    static std::array<QIcon, 4> cache;
    QIcon &icon = cache[std::size_t(role)];
    if (icon.isNull()) {
        for (int size : {16, 32, 48})
            icon.addPixmap(paintBadge(role, size));
    }
    return icon;
}

} // namespace wsc

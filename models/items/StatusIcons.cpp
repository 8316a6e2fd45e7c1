#include "models/items/StatusIcons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace wsc {

using namespace Qt::StringLiterals;

QColor StatusIcons::color(const QString &status)
{
    static const QHash<QString, QColor> colors = {
        {u"healthy"_s, QColor(0x2e, 0xa0, 0x43)},  {u"valid"_s, QColor(0x2e, 0xa0, 0x43)},
        {u"idle"_s, QColor(0x2e, 0xa0, 0x43)},     {u"success"_s, QColor(0x2e, 0xa0, 0x43)},
        {u"running"_s, QColor(0x1f, 0x6f, 0xeb)},  {u"queued"_s, QColor(0x1f, 0x6f, 0xeb)},
        {u"faulted"_s, QColor(0xd1, 0x24, 0x2f)},  {u"invalid"_s, QColor(0xd1, 0x24, 0x2f)},
        {u"failed"_s, QColor(0xd1, 0x24, 0x2f)},   {u"missing"_s, QColor(0xd1, 0x24, 0x2f)},
        {u"retrying"_s, QColor(0xd2, 0x99, 0x22)}, {u"new"_s, QColor(0xd2, 0x99, 0x22)},
        {u"warning"_s, QColor(0xd2, 0x99, 0x22)}, // a problem that does not block (an amber warning)
    };
    return colors.value(status, QColor(0x8c, 0x95, 0x9f));
}

QIcon StatusIcons::icon(const QString &status)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(status);
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(status));
        const qreal margin = size * 0.25;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return cache.insert(status, icon).value();
}

} // namespace wsc

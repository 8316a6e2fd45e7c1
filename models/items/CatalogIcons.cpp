#include "models/items/CatalogIcons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace wsc {

namespace {

const QColor kInk(0x4a, 0x5a, 0x70);
const QColor kFill(0xd8, 0xe2, 0xee);

void drawSchema(QPainter &p, qreal s)
{
    const qreal w = s * 0.7, x = s * 0.15, h = s * 0.22;
    for (int disk = 2; disk >= 0; --disk) {
        const qreal y = s * 0.12 + disk * s * 0.24;
        p.setBrush(kFill);
        p.drawRect(QRectF(x, y + h / 2, w, s * 0.24));
        p.drawEllipse(QRectF(x, y, w, h));
    }
}

void drawGrid(QPainter &p, qreal s, bool dashed)
{
    const QRectF frame(s * 0.1, s * 0.18, s * 0.8, s * 0.64);
    QPen pen = p.pen();
    if (dashed) {
        pen.setStyle(Qt::DashLine);
        p.setPen(pen);
    } else {
        p.fillRect(QRectF(frame.left(), frame.top(), frame.width(), frame.height() / 3), kInk);
    }
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    pen.setStyle(Qt::SolidLine);
    p.setPen(pen);
    const qreal third = frame.height() / 3;
    p.drawLine(QPointF(frame.left(), frame.top() + 2 * third),
               QPointF(frame.right(), frame.top() + 2 * third));
    p.drawLine(QPointF(frame.center().x(), frame.top() + third), QPointF(frame.center().x(), frame.bottom()));
    if (dashed) // a view: an eye over its grid
        p.drawEllipse(QRectF(frame.center().x() - s * 0.14, frame.top() - s * 0.02, s * 0.28, s * 0.2));
}

void drawColumn(QPainter &p, qreal s)
{
    const QRectF bar(s * 0.32, s * 0.1, s * 0.36, s * 0.8);
    p.setBrush(kFill);
    p.drawRect(bar);
    p.fillRect(QRectF(bar.left(), bar.top(), bar.width(), bar.height() / 4), kInk);
}

} // namespace

QPixmap CatalogIcons::pixmap(Glyph glyph, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(kInk, std::max(1.0, size / 16.0)));
    switch (glyph) {
    case Glyph::Schema: drawSchema(painter, size); break;
    case Glyph::Table: drawGrid(painter, size, false); break;
    case Glyph::View: drawGrid(painter, size, true); break;
    case Glyph::Column: drawColumn(painter, size); break;
    }
    return pixmap;
}

QIcon CatalogIcons::icon(Glyph glyph)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(glyph));
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 32})
        icon.addPixmap(pixmap(glyph, size));
    return cache.insert(int(glyph), icon).value();
}

} // namespace wsc

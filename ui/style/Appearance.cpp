#include "ui/style/Appearance.h"

#include "models/items/StatusIcons.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace wsc::Appearance {

using namespace Qt::StringLiterals;

namespace {

// The palette the platform gave the application, captured before the console changes it.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

} // namespace

Theme themeFromSetting(const QString &value)
{
    if (value == u"dark")
        return Theme::Dark;
    if (value == u"light")
        return Theme::Light;
    return Theme::System;
}

QString settingOf(Theme theme)
{
    switch (theme) {
    case Theme::Dark: return u"dark"_s;
    case Theme::Light: return u"light"_s;
    case Theme::System: break;
    }
    return u"system"_s;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor errorColor()
{
    return StatusIcons::color(u"failed"_s);
}

QColor warningColor(const QPalette &palette)
{
    // The status amber is too light for text on a light window; a darker one reads there.
    return isDark(palette) ? StatusIcons::color(u"retrying"_s) : QColor(0x9a, 0x67, 0x00);
}

QString errorStyle()
{
    return u"color: %1;"_s.arg(errorColor().name());
}

QString warningStyle(const QPalette &palette)
{
    return u"color: %1;"_s.arg(warningColor(palette).name());
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabled(0x80, 0x84, 0x8a);
    const QColor highlight(0x2f, 0x65, 0xca);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::LinkVisited, QColor(0xa3, 0x71, 0xf7));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return p;
}

QPalette lightPalette()
{
    static const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion ? fusion->standardPalette() : QPalette();
}

void apply(Theme theme)
{
    const QPalette &system = systemPalette(); // captured on the first call, before any change
    switch (theme) {
    case Theme::System: QApplication::setPalette(system); break;
    case Theme::Light: QApplication::setPalette(lightPalette()); break;
    case Theme::Dark: QApplication::setPalette(darkPalette()); break;
    }
}

} // namespace wsc::Appearance

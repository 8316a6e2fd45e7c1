#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace wsc::Appearance {

// Follow the system's palette, or force a light or a dark one (Fusion colours) on any desktop.
enum class Theme { System, Light, Dark };

Theme themeFromSetting(const QString &value);
QString settingOf(Theme theme);

// Applies the theme to the whole application; widgets get a PaletteChange event.
void apply(Theme theme);
// True when the palette draws light text on a dark window.
bool isDark(const QPalette &palette);
// The colour of error text and marks (red, the status colour of "failed") and of warnings (amber), and
// a style sheet that paints a label's text in it: one home for them, instead of colours in each widget.
QColor errorColor();
QColor warningColor(const QPalette &palette);
QString errorStyle();
QString warningStyle(const QPalette &palette);
QPalette darkPalette();
QPalette lightPalette();

} // namespace wsc::Appearance

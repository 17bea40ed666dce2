#include "palette.h"

using namespace Qt::StringLiterals;

namespace dealboard {

bool Palette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Palette::band(const QString &key, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (key == "hot"_L1)
        return dark ? QColor(255, 112, 67) : QColor(216, 67, 21);
    if (key == "warm"_L1)
        return dark ? QColor(255, 202, 40) : QColor(191, 128, 0);
    if (key == "cool"_L1)
        return dark ? QColor(100, 181, 246) : QColor(21, 101, 192);
    if (key == "cold"_L1)
        return dark ? QColor(176, 176, 176) : QColor(117, 117, 117);
    return palette.color(QPalette::PlaceholderText);
}

QColor Palette::overdue(const QPalette &palette)
{
    return isDark(palette) ? QColor(239, 83, 80) : QColor(198, 40, 40);
}

QColor Palette::fieldError(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor alert = overdue(palette);
    return QColor::fromRgbF(base.redF() * 0.8f + alert.redF() * 0.2f,
                            base.greenF() * 0.8f + alert.greenF() * 0.2f,
                            base.blueF() * 0.8f + alert.blueF() * 0.2f);
}

QColor Palette::rotting(const QPalette &palette)
{
    return isDark(palette) ? QColor(188, 170, 164) : QColor(121, 85, 72);
}

QColor Palette::card(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

QColor Palette::cardBorder(const QPalette &palette)
{
    return palette.color(QPalette::Mid);
}

QColor Palette::column(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return isDark(palette) ? window.lighter(115) : window.darker(104);
}

} // namespace dealboard

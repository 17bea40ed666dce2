#include "palette.h"

#include <iterator>

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

namespace {
// Material 800 shades on light backgrounds, 300 shades on dark ones: blue, teal, purple, orange,
// blue grey, brown.
constexpr QRgb kSeriesLight[] = {0x1565C0, 0x00897B, 0x8E24AA, 0xEF6C00, 0x546E7A, 0x6D4C41};
constexpr QRgb kSeriesDark[] = {0x64B5F6, 0x4DB6AC, 0xCE93D8, 0xFFB74D, 0x90A4AE, 0xBCAAA4};
constexpr int kSeriesCount = int(std::size(kSeriesLight));
} // namespace

int Palette::chartSeriesCount()
{
    return kSeriesCount;
}

QColor Palette::chartSeries(int index, const QPalette &palette)
{
    const int i = ((index % kSeriesCount) + kSeriesCount) % kSeriesCount;
    return QColor::fromRgb(isDark(palette) ? kSeriesDark[i] : kSeriesLight[i]);
}

QColor Palette::chartReference(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

QColor Palette::chartBelowTarget(const QPalette &palette)
{
    return overdue(palette);
}

QColor Palette::onTarget(const QPalette &palette)
{
    // A green that reads on both a light and a dark background.
    return isDark(palette) ? QColor(0x6c, 0xc6, 0x7a) : QColor(0x1e, 0x7d, 0x32);
}

QColor Palette::chartGrid(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return isDark(palette) ? base.lighter(220) : base.darker(115);
}

QColor Palette::chartText(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

QColor Palette::chartBackground(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

} // namespace dealboard

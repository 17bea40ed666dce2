#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace dealboard {

// The only place colours are chosen; each adapts to a dark system palette.
class Palette
{
public:
    static bool isDark(const QPalette &palette);
    // BANT+ band badges: hot red-orange, warm amber, cool blue, cold grey.
    static QColor band(const QString &bandKey, const QPalette &palette);
    static QColor overdue(const QPalette &palette);
    // The background of a field with a problem: the base colour tinted towards the alert one.
    static QColor fieldError(const QPalette &palette);
    static QColor rotting(const QPalette &palette);
    static QColor card(const QPalette &palette);
    static QColor cardBorder(const QPalette &palette);
    static QColor column(const QPalette &palette);

    // Charts (ui/charts): series colours told apart in both themes, in this order.
    static int chartSeriesCount();
    static QColor chartSeries(int index, const QPalette &palette);
    // A reference line (quota, target): dashed, in the text colour.
    static QColor chartReference(const QPalette &palette);
    // A funnel step or bar under its target.
    static QColor chartBelowTarget(const QPalette &palette);
    // A figure that meets its target (a tile value, a progress bar, a hiring trigger met).
    static QColor onTarget(const QPalette &palette);
    static QColor chartGrid(const QPalette &palette);
    static QColor chartText(const QPalette &palette);
    static QColor chartBackground(const QPalette &palette);
};

} // namespace dealboard

#pragma once

#include "analytics/figuretext.h"
#include "money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace dealboard {

// How the analytics screens write their figures: the locale's money, percentages with one
// decimal at most, and "—" for a figure that has no data (a ratio over nothing).
class FigureFormat
{
    Q_DECLARE_TR_FUNCTIONS(FigureFormat)

public:
    static QString none() { return FigureText::none(); }
    static QString money(const Money &m, const QLocale &locale = QLocale());
    static QString money(const std::optional<Money> &m, const QLocale &locale = QLocale());
    // Basis points as a percentage: 3050 → "30.5%" / "30,5 %".
    static QString percent(const std::optional<int> &bp, const QLocale &locale = QLocale());
    // Percentage points between two ratios: +310 → "+3.1 pts".
    static QString points(int bp, const QLocale &locale = QLocale());
    // Coverage × 100: 260 → "2.6×".
    static QString times(const std::optional<int> &x100, const QLocale &locale = QLocale());
    static QString days(const std::optional<double> &days, const QLocale &locale = QLocale());
    static QString hours(const std::optional<double> &hours, const QLocale &locale = QLocale());
    static QString number(double value, const QLocale &locale = QLocale());
};

} // namespace dealboard

#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace dealboard {

// How a figure reads, the same on the screens, in charts and in the CLI: one decimal at most,
// percentages with the locale's spacing, and "—" for a figure that has no data.
class FigureText
{
    Q_DECLARE_TR_FUNCTIONS(FigureText)

public:
    static QString none() { return QString(QChar(0x2014)); }
    // One decimal at most, none when it is zero: 30.04 → "30", 30.46 → "30.5".
    static QString number(double value, const QLocale &locale = QLocale());
    // 64.3 → "64.3%" in English, "64,3 %" in French (Qt 6.4 has no percent pattern).
    static QString percentValue(double percent, const QLocale &locale = QLocale());
    // Basis points: 3050 → "30.5%"; none → "—".
    static QString percent(const std::optional<int> &bp, const QLocale &locale = QLocale());
    // Percentage points between two ratios: −4130 → "−41.3 pts".
    static QString points(int bp, const QLocale &locale = QLocale());
};

} // namespace dealboard

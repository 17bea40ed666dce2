#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>

namespace dealboard {

// How the charts write numbers: formatters for values, percentages, round axis ticks.
class ChartFormat
{
public:
    using Formatter = std::function<QString(double)>;

    // Cents (Money::cents()) to the units the charts and formatters work in (1234 → 12.34).
    static QList<double> fromCents(const QList<qint64> &cents);
    // "1 800 €" / "€1,800" (Money::format), cents only when there are any; empty currency: the
    // default one.
    static Formatter money(const QLocale &locale = QLocale(), const QString &currency = {});
    static Formatter number(const QLocale &locale = QLocale(), int decimals = 0);
    // Whole numbers without decimals, others with one, in the default locale at the time of the
    // call: what the charts use when the caller gives no formatter.
    static QString plain(double value);
    // 0.643 → "64.3%" in English, "64,3 %" in French; one decimal at most.
    static QString percent(double ratio, const QLocale &locale = QLocale());

    // Round ticks (steps of 1, 2 or 5 × 10^n) from at most `min` (and 0) to at least `max`,
    // about `count` of them, whose labels stay distinct once formatted.
    struct Ticks
    {
        double first = 0;
        double step = 1;
        QStringList labels;
        double last() const { return first + step * double(labels.size() - 1); }
    };
    static Ticks ticks(double min, double max, int count, const Formatter &format);
};

} // namespace dealboard

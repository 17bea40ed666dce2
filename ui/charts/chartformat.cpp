#include "chartformat.h"

#include "analytics/figuretext.h"
#include "money.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
// The smallest "round" step (1, 2 or 5 × 10^n) at least `raw`.
double niceStep(double raw)
{
    if (!(raw > 0.0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * magnitude >= raw * (1.0 - 1e-9))
            return m * magnitude;
    }
    return 10.0 * magnitude;
}
} // namespace

QList<double> ChartFormat::fromCents(const QList<qint64> &cents)
{
    QList<double> units;
    units.reserve(cents.size());
    for (const qint64 c : cents)
        units.append(double(c) / 100.0);
    return units;
}

ChartFormat::Formatter ChartFormat::money(const QLocale &locale, const QString &currency)
{
    const QString code = currency.isEmpty() ? Money::defaultCurrency() : currency;
    return [locale, code](double units) {
        return Money(qRound64(units * 100.0), code).format(locale, Money::Cents::WhenNeeded);
    };
}

ChartFormat::Formatter ChartFormat::number(const QLocale &locale, int decimals)
{
    return [locale, decimals](double v) { return locale.toString(v, 'f', decimals); };
}

QString ChartFormat::plain(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString ChartFormat::percent(double ratio, const QLocale &locale)
{
    return FigureText::percentValue(ratio * 100.0, locale);
}

ChartFormat::Ticks ChartFormat::ticks(double min, double max, int count, const Formatter &format)
{
    min = std::min(min, 0.0);
    max = std::max(max, 0.0);
    if (max - min <= 0.0)
        max = min + 1.0;
    Ticks ticks;
    ticks.step = niceStep((max - min) / std::max(count, 1));
    // A coarse formatter could write two ticks alike ("1", "1"): widen the step until it doesn't.
    for (int attempt = 0; attempt < 10; ++attempt) {
        ticks.first = std::floor(min / ticks.step + 1e-9) * ticks.step;
        const int steps =
            int(std::lround(std::ceil(max / ticks.step - 1e-9) - ticks.first / ticks.step));
        ticks.labels.clear();
        for (int i = 0; i <= steps; ++i) {
            const double t = ticks.first + i * ticks.step;
            ticks.labels.append(format(std::abs(t) < ticks.step / 1e6 ? 0.0 : t));
        }
        if (QSet<QString>(ticks.labels.cbegin(), ticks.labels.cend()).size() == ticks.labels.size())
            break;
        ticks.step = niceStep(ticks.step * 1.5);
    }
    return ticks;
}

} // namespace dealboard

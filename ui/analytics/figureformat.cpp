#include "figureformat.h"

#include "analytics/figuretext.h"

using namespace Qt::StringLiterals;

namespace dealboard {

QString FigureFormat::number(double value, const QLocale &locale)
{
    return FigureText::number(value, locale);
}

QString FigureFormat::money(const Money &m, const QLocale &locale)
{
    return m.format(locale, Money::Cents::WhenNeeded);
}

QString FigureFormat::money(const std::optional<Money> &m, const QLocale &locale)
{
    return m ? money(*m, locale) : none();
}

QString FigureFormat::percent(const std::optional<int> &bp, const QLocale &locale)
{
    return FigureText::percent(bp, locale);
}

QString FigureFormat::points(int bp, const QLocale &locale)
{
    return FigureText::points(bp, locale);
}

QString FigureFormat::times(const std::optional<int> &x100, const QLocale &locale)
{
    return x100 ? number(*x100 / 100.0, locale) + QChar(0x00D7) : none();
}

QString FigureFormat::days(const std::optional<double> &days, const QLocale &locale)
{
    return days ? tr("%1 d").arg(number(*days, locale)) : none();
}

QString FigureFormat::hours(const std::optional<double> &hours, const QLocale &locale)
{
    return hours ? tr("%1 h").arg(number(*hours, locale)) : none();
}

} // namespace dealboard

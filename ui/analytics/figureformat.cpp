#include "figureformat.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace dealboard {

QString FigureFormat::number(double value, const QLocale &locale)
{
    // One decimal at most, none when it is zero.
    const double rounded = std::round(value * 10.0) / 10.0;
    return locale.toString(rounded, 'f', std::fmod(rounded, 1.0) == 0.0 ? 0 : 1);
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
    if (!bp)
        return none();
    const QString n = number(*bp / 100.0, locale);
    // French puts a narrow no-break space before the sign.
    return locale.language() == QLocale::French ? n + QChar(0x202F) + u'%' : n + u'%';
}

QString FigureFormat::points(int bp, const QLocale &locale)
{
    const QString n = number(std::abs(bp) / 100.0, locale);
    const QString sign = bp > 0 ? u"+"_s : bp < 0 ? QString(QChar(0x2212)) : QString();
    return tr("%1%2 pts").arg(sign, n);
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

#include "figuretext.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace dealboard {

QString FigureText::number(double value, const QLocale &locale)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    return locale.toString(rounded, 'f', std::fmod(rounded, 1.0) == 0.0 ? 0 : 1);
}

QString FigureText::percentValue(double percent, const QLocale &locale)
{
    const QString n = number(percent, locale);
    // These languages put a space before the sign.
    switch (locale.language()) {
    case QLocale::French:
        return n + u"\u202F%"_s;
    case QLocale::German:
    case QLocale::Spanish:
    case QLocale::Swedish:
    case QLocale::NorwegianBokmal:
    case QLocale::Danish:
    case QLocale::Finnish:
    case QLocale::Czech:
    case QLocale::Slovak:
    case QLocale::Russian:
        return n + u"\u00A0%"_s;
    default:
        return n + locale.percent();
    }
}

QString FigureText::percent(const std::optional<int> &bp, const QLocale &locale)
{
    return bp ? percentValue(*bp / 100.0, locale) : none();
}

QString FigureText::points(int bp, const QLocale &locale)
{
    const QString sign = bp > 0 ? u"+"_s : bp < 0 ? QString(QChar(0x2212)) : QString();
    return tr("%1%2 pts").arg(sign, number(std::abs(bp) / 100.0, locale));
}

} // namespace dealboard

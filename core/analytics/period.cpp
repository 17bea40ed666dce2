#include "period.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QDate quarterStart(const QDate &day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

Period Period::month(const QDate &day)
{
    const QDate first(day.year(), day.month(), 1);
    return {first, first.addMonths(1).addDays(-1)};
}

Period Period::quarter(const QDate &day)
{
    const QDate first = quarterStart(day);
    return {first, first.addMonths(3).addDays(-1)};
}

Period Period::year(const QDate &day)
{
    return {QDate(day.year(), 1, 1), QDate(day.year(), 12, 31)};
}

Result<Period> Period::parse(const QString &from, const QString &to, const QDate &today)
{
    Period p;
    p.to = to.isEmpty() ? today : QDate::fromString(to, Qt::ISODate);
    if (!p.to.isValid())
        return userError(tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(to));
    p.from = from.isEmpty() ? quarterStart(p.to) : QDate::fromString(from, Qt::ISODate);
    if (!p.from.isValid())
        return userError(tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(from));
    if (p.from > p.to)
        return userError(tr("The period starts (%1) after it ends (%2).")
                             .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)));
    return p;
}

Period Period::previous() const
{
    if (*this == month(from))
        return month(from.addMonths(-1));
    if (*this == quarter(from))
        return quarter(from.addMonths(-3));
    if (*this == year(from))
        return year(from.addYears(-1));
    return {from.addDays(-days()), from.addDays(-1)};
}

QString Period::quarterKey() const
{
    if (!isValid() || *this != quarter(from))
        return {};
    return u"%1-Q%2"_s.arg(from.year()).arg((from.month() - 1) / 3 + 1);
}

Result<Period> Period::fromQuarterKey(const QString &key)
{
    static const QRegularExpression re(u"^(\\d{4})-Q([1-4])$"_s);
    const QRegularExpressionMatch m = re.match(key);
    if (!m.hasMatch())
        return userError(tr("\"%1\" is not a quarter: write it as YYYY-Q1 … YYYY-Q4.").arg(key));
    return quarter(QDate(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1));
}

qint64 Period::startOfDayMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace dealboard

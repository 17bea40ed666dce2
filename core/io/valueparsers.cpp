#include "valueparsers.h"

#include "validation.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

struct DateParts
{
    QDate date;
    QTime time;
    std::optional<int> offsetSeconds; // from a Z or ±hh:mm suffix
    bool iso = false;
};

// The numbers of a date, before knowing which is the day: a, b and a four-digit year.
struct NumericDate
{
    int a = 0;
    int b = 0;
    int year = 0;
};

std::optional<QTime> parseTime(const QString &text, std::optional<int> &offset)
{
    static const QRegularExpression re(
        uR"(^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?\s*(Z|[+-]\d{2}:?\d{2})?$)"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    int hour = m.captured(1).toInt();
    const QString ampm = m.captured(4).toLower();
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (ampm == "pm"_L1 ? 12 : 0);
    }
    const QTime time(hour, m.captured(2).toInt(), m.captured(3).toInt());
    if (!time.isValid())
        return std::nullopt;
    const QString zone = m.captured(5);
    if (zone == "Z"_L1) {
        offset = 0;
    } else if (!zone.isEmpty()) {
        const QString digits = zone.mid(1).remove(u':');
        const int seconds = digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60;
        offset = zone.front() == u'-' ? -seconds : seconds;
    }
    return time;
}

// Splits "date[ T]time" and reads the time; the date part is left in `datePart`.
std::optional<DateParts> splitTime(const QString &value, QString &datePart)
{
    DateParts parts;
    const QString text = value.trimmed();
    qsizetype at = text.indexOf(u'T');
    if (at < 0)
        at = text.indexOf(u' ');
    datePart = at < 0 ? text : text.left(at);
    if (at >= 0) {
        const auto time = parseTime(text.mid(at + 1), parts.offsetSeconds);
        if (!time)
            return std::nullopt;
        parts.time = *time;
    }
    return parts;
}

std::optional<DateParts> readDate(const QString &value, ValueParsers::DateOrder order)
{
    QString datePart;
    auto parts = splitTime(value, datePart);
    if (!parts)
        return std::nullopt;
    // "2026-11-24", what most exports write, read without a regular expression (an import
    // reads several dates a row).
    auto digits = [&datePart](qsizetype from, qsizetype count) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = datePart.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    if (datePart.size() == 10 && datePart.at(4) == u'-' && datePart.at(7) == u'-') {
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        if (y >= 0 && m >= 0 && d >= 0) {
            parts->date = QDate(y, m, d);
            parts->iso = true;
            return parts->date.isValid() ? parts : std::nullopt;
        }
    }
    static const QRegularExpression iso(uR"(^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$)"_s);
    static const QRegularExpression other(uR"(^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})$)"_s);
    if (const auto m = iso.match(datePart); m.hasMatch()) {
        parts->date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        parts->iso = true;
    } else if (const auto o = other.match(datePart); o.hasMatch()) {
        NumericDate n{o.captured(1).toInt(), o.captured(3).toInt(), o.captured(4).toInt()};
        if (o.captured(4).size() == 2)
            n.year += 2000;
        if (order == ValueParsers::DateOrder::DayMonthYear)
            parts->date = QDate(n.year, n.b, n.a);
        else if (order == ValueParsers::DateOrder::MonthDayYear)
            parts->date = QDate(n.year, n.a, n.b);
    }
    if (!parts->date.isValid())
        return std::nullopt;
    return parts;
}

Error notADate(const QString &value)
{
    return userError(
        ValueParsers::tr("\"%1\" is not a date. Write it like 2026-11-24 or 24/11/2026.")
            .arg(value));
}

} // namespace

ValueParsers::DateColumn ValueParsers::detectDateOrder(const QStringList &values)
{
    qsizetype count = 0;
    qsizetype iso = 0;
    qsizetype dmy = 0;
    qsizetype mdy = 0;
    bool differ = false; // a value reads as two different dates
    for (const QString &value : values) {
        if (value.trimmed().isEmpty())
            continue;
        ++count;
        const auto d = readDate(value, DateOrder::DayMonthYear);
        const auto m = readDate(value, DateOrder::MonthDayYear);
        if (d && d->iso)
            ++iso;
        if (d)
            ++dmy;
        if (m)
            ++mdy;
        if (d && m && d->date != m->date)
            differ = true;
    }
    DateColumn column;
    if (count == 0)
        return column;
    if (iso == count) {
        column.order = DateOrder::Iso;
    } else if (dmy != mdy) {
        column.order = dmy > mdy ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
        column.invalid = count - std::max(dmy, mdy);
    } else {
        // Day first is the guess in France; the dialog asks when it matters.
        column.order = DateOrder::DayMonthYear;
        column.ambiguous = differ;
        column.invalid = count - dmy;
    }
    return column;
}

Result<QDateTime> ValueParsers::parseDateTime(const QString &value, DateOrder order)
{
    const auto parts = readDate(value, order);
    if (!parts)
        return notADate(value);
    if (parts->offsetSeconds)
        return QDateTime(parts->date, parts->time, QTimeZone(*parts->offsetSeconds));
    // Local time through QTimeZone, whose rules are read once: Qt's own local time asks the C
    // library, which looks at /etc/localtime again on every call (four times an import row).
    static const QTimeZone local = QTimeZone::systemTimeZone();
    return QDateTime(parts->date, parts->time, local);
}

Result<QDate> ValueParsers::parseDate(const QString &value, DateOrder order)
{
    const auto parts = readDate(value, order);
    if (!parts)
        return notADate(value);
    return parts->date;
}

ValueParsers::AmountColumn ValueParsers::detectDecimal(const QStringList &values)
{
    qsizetype points = 0;
    qsizetype commas = 0;
    bool unclear = false;
    for (const QString &value : values) {
        QString number;
        for (const QChar c : value)
            if (c.isDigit() || c == u'.' || c == u',')
                number += c;
        const qsizetype lastPoint = number.lastIndexOf(u'.');
        const qsizetype lastComma = number.lastIndexOf(u',');
        if (lastPoint >= 0 && lastComma >= 0) {
            ++(lastPoint > lastComma ? points : commas); // the last one is the decimal
        } else if (lastPoint >= 0 || lastComma >= 0) {
            const QChar c = lastPoint >= 0 ? u'.' : u',';
            const qsizetype at = std::max(lastPoint, lastComma);
            if (number.count(c) > 1) // 1.234.567: grouping, so the other is the decimal
                ++(c == u'.' ? commas : points);
            else if (number.size() - at - 1 != 3)
                ++(c == u'.' ? points : commas);
            else
                unclear = true; // 1,234
        }
    }
    AmountColumn column;
    column.decimal = commas > points ? Decimal::Comma : Decimal::Point;
    column.ambiguous = unclear && points == 0 && commas == 0;
    return column;
}

Result<Money> ValueParsers::parseAmount(const QString &value, Decimal decimal,
                                        const QString &currency)
{
    // Money::parse reads "1,234" with the locale's decimal separator: the column's.
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    static const QLocale french(QLocale::French, QLocale::France);
    return Money::parse(value, decimal == Decimal::Comma ? french : english, currency);
}

Result<QString> ValueParsers::parseEmail(const QString &value)
{
    const QString email = value.trimmed();
    if (!isValidEmail(email))
        return userError(tr("\"%1\" is not a valid email address.").arg(value));
    return email;
}

std::optional<bool> ValueParsers::parseBool(const QString &value)
{
    const QString v = value.trimmed().toLower();
    static const QStringList yes = {u"true"_s, u"yes"_s, u"oui"_s, u"vrai"_s, u"1"_s, u"x"_s};
    static const QStringList no = {u"false"_s, u"no"_s, u"non"_s, u"faux"_s, u"0"_s, QString()};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

} // namespace dealboard

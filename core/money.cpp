#include "money.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

__extension__ typedef __int128 Int128; // exact intermediate for cents × factor

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Error overflow()
{
    return userError(Money::tr("The amount is too large."));
}

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == u'\'';
}

// Groups of three digits from the right, separated by the locale's group separator.
QString groupDigits(quint64 value, const QLocale &locale)
{
    QString digits = QString::number(value);
    if (locale.numberOptions() & QLocale::OmitGroupSeparator)
        return digits;
    const QString separator = locale.groupSeparator();
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

} // namespace

QString Money::defaultCurrency()
{
    return u"EUR"_s;
}

Money Money::fromUnits(qint64 units, QString currency)
{
    return Money(units * 100, std::move(currency));
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return userError(tr("Cannot add %1 to %2.").arg(other.m_currency, m_currency));
    qint64 r = 0;
    if (__builtin_add_overflow(m_cents, other.m_cents, &r))
        return overflow();
    return Money(r, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return userError(tr("Cannot subtract %1 from %2.").arg(other.m_currency, m_currency));
    qint64 r = 0;
    if (__builtin_sub_overflow(m_cents, other.m_cents, &r))
        return overflow();
    return Money(r, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 r = 0;
    if (__builtin_mul_overflow(m_cents, factor, &r))
        return overflow();
    return Money(r, m_currency);
}

Result<Money> Money::scaled(qint64 numerator, qint64 denominator) const
{
    if (denominator == 0)
        return internalError(u"Money::scaled: division by zero"_s);
    const Int128 product = static_cast<Int128>(m_cents) * numerator;
    const bool negative = (product < 0) != (denominator < 0);
    const Int128 p = product < 0 ? -product : product;
    const Int128 d = denominator < 0 ? -static_cast<Int128>(denominator) : denominator;
    Int128 q = p / d;
    if ((p % d) * 2 >= d) // half away from zero
        ++q;
    if (negative)
        q = -q;
    if (q > kMax || q < kMin)
        return overflow();
    return Money(static_cast<qint64>(q), m_currency);
}

QString Money::symbol(const QString &currency)
{
    if (currency == "EUR"_L1)
        return u"€"_s;
    if (currency == "USD"_L1)
        return u"$"_s;
    if (currency == "GBP"_L1)
        return u"£"_s;
    return currency;
}

QString Money::format(const QLocale &locale, Cents cents) const
{
    const bool negative = m_cents < 0;
    const quint64 magnitude =
        negative ? quint64(0) - static_cast<quint64>(m_cents) : static_cast<quint64>(m_cents);
    QString number = groupDigits(magnitude / 100, locale);
    const quint64 fraction = magnitude % 100;
    if (cents == Cents::Always || fraction != 0)
        number += locale.decimalPoint() + u"%1"_s.arg(qulonglong(fraction), 2, 10, QChar(u'0'));

    // Where the symbol goes (and the space around it) is the locale's: read it off a sample.
    const QString marker = u"\u00A4"_s;
    const QString sample = locale.toCurrencyString(1.0, marker, 2);
    const QString sampleNumber = locale.toString(1.0, 'f', 2);
    QString out = sample;
    const qsizetype at = out.indexOf(sampleNumber);
    if (at < 0 || !out.contains(marker)) {
        out = number + u' ' + symbol(m_currency);
    } else {
        out.replace(at, sampleNumber.size(), number);
        out.replace(marker, symbol(m_currency));
    }
    if (negative)
        out.prepend(locale.negativeSign());
    return out;
}

Result<Money> Money::parse(const QString &text, const QLocale &locale, const QString &currency)
{
    // Made only when needed: an import parses hundreds of thousands of valid amounts.
    const auto invalid = [&] {
        return userError(tr("\"%1\" is not an amount. Type it like %2 or %3.")
                             .arg(text, Money(123450, currency).format(locale), u"1234.50"_s));
    };
    // [sign, currency] number [currency]: letters and symbols around the number, never in it
    // ("1o00" is a typo, not 100), and one sign before it.
    QString s;
    QString unit; // the currency the user typed, if any: it must be the field's
    bool negative = false;
    bool numberEnded = false;
    for (const QChar c : text) {
        if (c.isDigit() || c == u'.' || c == u',') {
            if (numberEnded)
                return invalid();
            s += c;
        } else if (c == u'-' || c == QChar(0x2212)) {
            if (negative || !s.isEmpty())
                return invalid();
            negative = true;
        } else if (isSpaceLike(c)) {
            continue;
        } else if (c.isLetter() || c.category() == QChar::Symbol_Currency) {
            numberEnded = !s.isEmpty();
            unit += c;
        } else {
            return invalid();
        }
    }
    if (s.isEmpty())
        return userError(tr("Enter an amount."));
    if (!unit.isEmpty() && unit.compare(currency, Qt::CaseInsensitive) != 0 &&
        unit != symbol(currency))
        return userError(tr("\"%1\" is not an amount in %2.").arg(text, currency));

    const qsizetype dots = s.count(u'.');
    const qsizetype commas = s.count(u',');
    QChar decimal; // the null char: no decimal part
    if (dots && commas) {
        decimal = s.at(std::max(s.lastIndexOf(u'.'), s.lastIndexOf(u',')));
        if (s.count(decimal) != 1)
            return invalid();
    } else if (dots + commas == 1) {
        const QChar c = dots ? u'.' : u',';
        const qsizetype after = s.size() - s.indexOf(c) - 1;
        // "1,234" is a thousand in English and 1.234 € (refused) in French.
        if (after != 3 || c == locale.decimalPoint().at(0))
            decimal = c;
    }

    QString integerPart = s;
    QString fractionPart;
    if (!decimal.isNull()) {
        const qsizetype at = s.indexOf(decimal);
        integerPart = s.left(at);
        fractionPart = s.mid(at + 1);
        if (fractionPart.size() > 2)
            return userError(tr("\"%1\" has more than two decimals.").arg(text));
        if (fractionPart.contains(u'.') || fractionPart.contains(u','))
            return invalid();
    }
    // Group separators must split the integer part into threes.
    const QStringList groups = QString(integerPart).replace(u',', u'.').split(u'.');
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype n = groups.at(i).size();
        if ((i == 0 && groups.size() > 1 && (n < 1 || n > 3)) || (i > 0 && n != 3))
            return invalid();
    }

    // The magnitude, unsigned: the most negative amount has no positive counterpart.
    quint64 magnitude = 0;
    auto push = [&magnitude](QChar digit) {
        return !__builtin_mul_overflow(magnitude, quint64(10), &magnitude) &&
               !__builtin_add_overflow(magnitude, quint64(digit.digitValue()), &magnitude);
    };
    for (const QString &g : groups)
        for (const QChar c : g)
            if (!push(c))
                return overflow();
    const QString paddedFraction = (fractionPart + u"00"_s).left(2);
    for (const QChar c : paddedFraction)
        if (!push(c))
            return overflow();
    if (magnitude > (negative ? quint64(kMax) + 1 : quint64(kMax)))
        return overflow();
    return Money(negative ? static_cast<qint64>(quint64(0) - magnitude)
                          : static_cast<qint64>(magnitude),
                 currency);
}

} // namespace dealboard

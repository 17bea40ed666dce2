#pragma once

#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dealboard {

// Reads the values of an import file's columns. A column's convention (day or month first,
// decimal comma or point) is decided once from all its values, so that "03/04/2026" or
// "1,234" mean the same on every row; when the values cannot tell, the column is reported
// ambiguous and the import dialog asks.
class ValueParsers
{
    Q_DECLARE_TR_FUNCTIONS(ValueParsers)

public:
    enum class DateOrder
    {
        Unknown,
        Iso,          // 2026-11-24, 2026-11-24T10:30:00Z
        DayMonthYear, // 24/11/2026, 24.11.2026, 24-11-26
        MonthDayYear, // 11/24/2026
    };
    struct DateColumn
    {
        DateOrder order = DateOrder::Unknown;
        bool ambiguous = false; // every value reads both ways: ask
        qsizetype invalid = 0;  // values that are no date in `order`
    };
    enum class Decimal
    {
        Point, // 1,234.50
        Comma, // 1 234,50 — 1.234,50
    };
    struct AmountColumn
    {
        Decimal decimal = Decimal::Point;
        bool ambiguous = false; // only values such as "1,234": a thousand, or one point two?
    };

    // Empty values are ignored.
    static DateColumn detectDateOrder(const QStringList &values);
    // A date, with an optional time ("10:30", "10:30:00", "10:30 PM", "T10:30:00.000Z",
    // "+01:00"): local time when no zone is given, midnight when no time is. ISO dates are read
    // whatever `order` says.
    static Result<QDateTime> parseDateTime(const QString &value, DateOrder order);
    static Result<QDate> parseDate(const QString &value, DateOrder order);

    static AmountColumn detectDecimal(const QStringList &values);
    // "1 234,50 €", "€1,234.50", "1.234,50", "1234", "-12" → cents, through Money::parse.
    static Result<Money> parseAmount(const QString &value, Decimal decimal,
                                     const QString &currency = Money::defaultCurrency());

    // The address trimmed, when isValidEmail accepts it.
    static Result<QString> parseEmail(const QString &value);
    // true/false, yes/no, oui/non, 1/0, x/empty; std::nullopt for anything else.
    static std::optional<bool> parseBool(const QString &value);
};

} // namespace dealboard

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <compare>

namespace dealboard {

// An amount of money: integer cents and an ISO 4217 currency code. Never a double.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    enum class Cents
    {
        Always,
        WhenNeeded
    };

    Money() = default;
    explicit Money(qint64 cents, QString currency = defaultCurrency())
        : m_cents(cents)
        , m_currency(std::move(currency))
    {}
    static Money fromUnits(qint64 units, QString currency = defaultCurrency());
    static QString defaultCurrency();

    qint64 cents() const { return m_cents; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_cents == 0; }

    // Checked arithmetic: an overflow or a currency mismatch is an error, never a wrap.
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 factor) const;
    // this × numerator / denominator, rounded half away from zero.
    Result<Money> scaled(qint64 numerator, qint64 denominator) const;
    // this × basisPoints / 10000 (4000 = 40 %), rounded half away from zero.
    Result<Money> percent(qint64 basisPoints) const { return scaled(basisPoints, 10000); }

    // "1 234,50 €" in French, "€1,234.50" in English.
    QString format(const QLocale &locale = QLocale(), Cents cents = Cents::Always) const;
    // Accepts what a user types in either convention: "1 234,50 €", "€1,234.50", "1234.5", "-12".
    static Result<Money> parse(const QString &text, const QLocale &locale = QLocale(),
                               const QString &currency = defaultCurrency());
    static QString symbol(const QString &currency);

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_cents = 0;
    QString m_currency = defaultCurrency();
};

} // namespace dealboard

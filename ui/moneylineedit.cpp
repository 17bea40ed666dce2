#include "moneylineedit.h"

#include <algorithm>

namespace dealboard {

MoneyLineEdit::MoneyLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setCurrency(m_currency);
    connect(this, &QLineEdit::editingFinished, this, &MoneyLineEdit::reformat);
}

void MoneyLineEdit::setCurrency(const QString &currency)
{
    m_currency = currency.isEmpty() ? Money::defaultCurrency() : currency;
    setPlaceholderText(Money(0, m_currency).format(QLocale(), Money::Cents::WhenNeeded));
}

Result<Money> MoneyLineEdit::amount() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return Money(0, m_currency);
    // Money::parse reads letters as a currency code: "abc" alone would be "no amount".
    if (std::none_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isDigit(); }))
        return userError(tr("“%1” is not an amount. Type it like %2.")
                             .arg(typed, Money(123450, m_currency).format(QLocale())));
    return Money::parse(typed, QLocale(), m_currency);
}

void MoneyLineEdit::setAmount(const Money &amount, bool zeroAsEmpty)
{
    m_currency = amount.currency();
    setText(zeroAsEmpty && amount.isZero() ? QString()
                                           : amount.format(QLocale(), Money::Cents::WhenNeeded));
}

void MoneyLineEdit::reformat()
{
    const Result<Money> parsed = amount();
    if (parsed && !text().trimmed().isEmpty()) {
        const QString shown = parsed->format(QLocale(), Money::Cents::WhenNeeded);
        if (shown != text())
            setText(shown);
    }
}

} // namespace dealboard

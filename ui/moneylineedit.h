#pragma once

#include "money.h"

#include <QLineEdit>

namespace dealboard {

// A field for an amount of money: accepts what Money::parse accepts (either convention,
// "2 500", "2,500.50", "€1,800") and shows the locale's format once the user leaves it.
// Empty means zero.
class MoneyLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyLineEdit(QWidget *parent = nullptr);

    QString currency() const { return m_currency; }
    void setCurrency(const QString &currency);
    Result<Money> amount() const;
    // Shows `amount` in the locale's format; zero is shown empty when `zeroAsEmpty`.
    void setAmount(const Money &amount, bool zeroAsEmpty = false);

private:
    void reformat();

    QString m_currency = Money::defaultCurrency();
};

} // namespace dealboard

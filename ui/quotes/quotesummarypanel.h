#pragma once

#include "rules/discountpolicy.h"
#include "rules/discountrules.h"
#include "rules/quotetotals.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;

namespace dealboard {

// Beside the quote editor: every rule of the discount policy that fired, in words with its
// source in the playbook (applied ✓, refused ✗, missing documentation !), and the totals —
// monthly HT, each discount, VAT, TTC, the referral months, one-time amounts and the first
// year's value.
class QuoteSummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuoteSummaryPanel(QWidget *parent = nullptr);

    // `totals` none: they could not be computed (the reason is in `error`).
    void display(const DiscountDecision &decision, const std::optional<QuoteTotals> &totals,
                 const QString &error, const DiscountRules &rules);

private:
    void addRow(const QString &label, const QString &value, const QString &objectName = {},
                bool strong = false);

    QListWidget *m_rules;
    QWidget *m_totalsBox;
    QFormLayout *m_totals;
};

} // namespace dealboard

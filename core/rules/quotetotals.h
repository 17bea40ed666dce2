#pragma once

#include "model/quote.h"
#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace dealboard {

struct DiscountDecision;

// The VAT of one rate: the amount it applies to (HT) and the tax.
struct VatAmount
{
    int rateBp = 0; // 2000 = 20 %
    Money base;
    Money vat;
};

// One discount as an amount line of the quote: what it takes off each month.
struct DiscountAmount
{
    QString kind;
    int bp = 0;
    int months = 0; // the first months only (referral); 0: every month
    Money monthly;  // positive: the amount taken off the monthly HT
};

// The totals of a quote, in integer cents. Discounts apply to the recurring (monthly) lines
// only; one-time amounts (setup, onboarding) are never discounted.
//
// Rounding, half away from zero (Money::scaled), happens once per amount and nowhere else:
// - each line: unit price × quantity;
// - each discount, per VAT rate: the rate's monthly base × the discount's rate;
//   the discount's amount line is the sum over the rates (one rate: a single rounding);
// - each VAT rate: its discounted base × the rate.
// Every other figure is an exact sum or product of those.
struct QuoteTotals
{
    Q_DECLARE_TR_FUNCTIONS(QuoteTotals)

public:
    QList<Money> lines;              // HT of each line, in the quote's order
    Money monthlyHt;                 // recurring lines before any discount
    QList<DiscountAmount> discounts; // one per applied discount, in the decision's order
    Money monthlyDiscountedHt;       // after the permanent discounts: the MRR in the long run
    QList<VatAmount> monthlyVat;     // by rate, on monthlyDiscountedHt
    Money monthlyVatTotal;
    Money monthlyTtc;
    int introMonths = 0;       // the first months with a time-limited discount, 0: none
    Money introMonthlyHt;      // during those months, after every discount
    QList<VatAmount> introVat; // by rate, on introMonthlyHt
    Money introVatTotal;
    Money introMonthlyTtc;
    Money oneTimeHt;             // one-time lines
    QList<VatAmount> oneTimeVat; // by rate
    Money oneTimeVatTotal;
    Money oneTimeTtc;
    // 12 months of the discounted MRR, the first `introMonths` at the intro price, plus the
    // one-time amounts; HT.
    Money firstYearHt;

    // `decision` is DiscountPolicy::evaluate() for a draft, DiscountPolicy::frozen() for a
    // saved quote. Fails only on an overflow or lines in another currency than the quote's.
    static Result<QuoteTotals> compute(const Quote &quote, const DiscountDecision &decision);
};

} // namespace dealboard

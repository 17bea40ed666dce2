#pragma once

#include "model/quote.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dealboard {

class Playbook;

// One rule of the policy that fired, in words.
struct DiscountFinding
{
    QString rule; // where in the playbook: "discounts.founder[0] volume", "contracts[3] multi-year"
    QString section; // the seed's section: "§7.1", "§7.2"
    QString kind;    // the discount concerned, empty for the quote as a whole
    QString message; // translated, a full sentence: what, why, and what to do
};

// What the policy decided for a quote: the discounts applied, every rule that fired, and
// separately what is refused and what documentation is still missing.
struct DiscountDecision
{
    Q_DECLARE_TR_FUNCTIONS(DiscountDecision)

public:
    QList<QuoteDiscount> applied;    // automatic first, then the founder ones, as the quote shows
    QList<DiscountFinding> fired;    // every rule that applied or accepted something
    QList<DiscountFinding> refused;  // forbidden: the quote cannot be saved like this
    QList<DiscountFinding> required; // missing documentation: the quote cannot be sent yet
    int totalBp = 0;     // sum of every applied rate (the first months, referral included)
    int permanentBp = 0; // sum of the rates that last the whole term (referral excluded)
    int introMonths = 0; // months the time-limited discounts last (referral: 3), 0: none

    // Nothing refused: the quote can be saved.
    bool isAllowed() const { return refused.isEmpty(); }
    // Nothing refused nor missing: the quote can be sent and signed.
    bool isComplete() const { return refused.isEmpty() && required.isEmpty(); }
    // The refusals (else the requirements) as one user error naming each rule; ok when complete.
    Status asStatus(bool requireComplete) const;
};

// The discount policy of the playbook (§7.1, §7.2) as a pure function: no database, no clock.
//
// Decisions where the playbook is silent (shown to the user through the findings):
// - "annual" applies to every contract with a commitment of 12 months or more (annual standard,
//   annual negotiated, multi-year, enterprise); never to self-service.
// - "referral" applies when Quote::referral is set, for its `months` first months; it counts in
//   the total of those months (totalBp) and not after (permanentBp).
// - "multi-product" counts distinct catalogue products on the lines (free lines do not count).
// - Founder discounts: "volume" needs the monthly amount before discount ≥ minMrrCents and
//   is capped by maxBp; "commitment-24" needs a term ≥ minTermMonths and annual + it ≤
//   maxTotalBp; "partner" is capped by bp. A request with bp 0 asks for the rule's maximum.
// - The contract's discount range (discountMinBp … discountMaxBp) bounds the contract's own
//   discount: "annual" plus the founder discounts. Referral and multi-product come on top.
//   Above the maximum is refused; below the minimum is required (add a discount).
// - The total cap (maxTotalBp) compares totalBp; it is lifted when a discount is marked
//   exceptional and carries a justification.
// - Documentation compares totalBp with the thresholds; automatic discounts are documented by
//   their rule and need no approval (§7.2 "pas d'approbation requise"), so the founder
//   discounts (and any discount marked exceptional) carry the justification and the validation.
class DiscountPolicy
{
    Q_DECLARE_TR_FUNCTIONS(DiscountPolicy)

public:
    // Evaluates the quote's contract, term, lines, referral flag and requested discounts.
    static DiscountDecision evaluate(const Playbook &playbook, const Quote &quote);
    // The decision a saved non-draft quote carries: its stored discounts as they are, without
    // the current playbook (a sent or signed quote never changes when the playbook does).
    static DiscountDecision frozen(const Quote &quote);
    // "17 %", "12,5 %" in the current locale.
    static QString formatBp(int bp);
};

} // namespace dealboard

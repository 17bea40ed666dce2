#include "discountpolicy.h"

#include "discountrules.h"
#include "playbook/playbook.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kContracts = u"§7.1"_s;
const QString kDiscounts = u"§7.2"_s;

// The name a discount is shown with: the playbook's, else its key.
QString nameOf(const DiscountRules &rules, const QString &kind)
{
    const DiscountRule *r = rules.find(kind);
    const QString name = r ? r->name.text() : QString();
    return name.isEmpty() ? kind : name;
}

QStringList founderKeys(const DiscountRules &rules)
{
    QStringList keys;
    for (const DiscountRule &r : rules.founder)
        keys << r.key;
    return keys;
}

int sumBp(const QList<QuoteDiscount> &discounts, bool permanentOnly)
{
    int sum = 0;
    for (const QuoteDiscount &d : discounts)
        if (!permanentOnly || d.months == 0)
            sum += d.bp;
    return sum;
}

void fillTotals(DiscountDecision &d)
{
    d.totalBp = sumBp(d.applied, false);
    d.permanentBp = sumBp(d.applied, true);
    d.introMonths = 0;
    for (const QuoteDiscount &a : d.applied)
        d.introMonths = std::max(d.introMonths, a.months);
}

} // namespace

Status DiscountDecision::asStatus(bool requireComplete) const
{
    const QList<DiscountFinding> &problems = !refused.isEmpty() ? refused : required;
    if (problems.isEmpty() || (refused.isEmpty() && !requireComplete))
        return {};
    QStringList lines;
    for (const DiscountFinding &f : problems)
        lines << tr("%1 (playbook rule %2, %3)").arg(f.message, f.rule, f.section);
    return userError(lines.join(u'\n'));
}

QString DiscountPolicy::formatBp(int bp)
{
    const QLocale locale;
    const QString number = bp % 100 == 0 ? locale.toString(bp / 100)
                                         : locale.toString(bp / 100.0, 'f', bp % 10 ? 2 : 1);
    return tr("%1 %").arg(number);
}

DiscountDecision DiscountPolicy::evaluate(const Playbook &playbook, const Quote &q)
{
    DiscountDecision d;
    const Result<DiscountRules> parsed = DiscountRules::fromPlaybook(playbook);
    if (!parsed) {
        d.refused << DiscountFinding{u"discounts"_s, kDiscounts, {}, parsed.errorMessage()};
        return d;
    }
    const DiscountRules &rules = parsed.value();
    const auto off = [](int bp) { return u"−"_s + formatBp(bp); };

    // The contract type sets the commitment and the range of its own discount (§7.1).
    const ContractType *contract = nullptr;
    int contractIndex = 0;
    QStringList contractKeys;
    for (const ContractType &c : playbook.contracts()) {
        if (c.key == q.contract) {
            contract = &c;
            contractIndex = static_cast<int>(contractKeys.size());
        }
        contractKeys << c.key;
    }
    if (!contract) {
        d.refused << DiscountFinding{u"contracts"_s,
                                     kContracts,
                                     {},
                                     tr("Unknown contract type \"%1\"; choose one of: %2.")
                                         .arg(q.contract, contractKeys.join(u", "_s))};
        return d;
    }
    const QString contractRule = u"contracts[%1] %2"_s.arg(contractIndex).arg(contract->key);
    const QString contractName = contract->name.text();
    const int term = q.effectiveTermMonths(contract->termMonthsMin);
    if (term < contract->termMonthsMin ||
        (contract->termMonthsMax && term > *contract->termMonthsMax)) {
        const QString range =
            contract->termMonthsMax
                ? tr("%1 to %2 months").arg(contract->termMonthsMin).arg(*contract->termMonthsMax)
                : tr("%1 months or more").arg(contract->termMonthsMin);
        d.refused << DiscountFinding{
            contractRule,
            kContracts,
            {},
            tr("A %1 contract runs %2; %3 months is outside that. Change the term or the "
               "contract type.")
                .arg(contractName, range)
                .arg(term)};
    }

    // The requests, one per kind.
    QHash<QString, const QuoteDiscount *> requests;
    for (const QuoteDiscount &r : q.discounts) {
        if (requests.contains(r.kind))
            d.refused << DiscountFinding{
                u"discounts"_s, kDiscounts, r.kind,
                tr("The discount \"%1\" is asked for twice; keep one.").arg(nameOf(rules, r.kind))};
        requests.insert(r.kind, &r);
    }
    const Result<Money> monthly = q.monthlyBeforeDiscount();
    if (!monthly) {
        d.refused << DiscountFinding{u"lines"_s, kDiscounts, {}, monthly.errorMessage()};
        return d;
    }

    // Automatic discounts (§7.2): applied by themselves, documented by their rule. A request
    // of the same kind only brings its justification, validation and exceptional mark.
    int annualBp = 0;
    const auto automatic = [&](const DiscountRule &r, int months, const QString &why) {
        QuoteDiscount a{r.key, r.bp, true, months, {}, {}, false};
        if (const QuoteDiscount *req = requests.value(r.key)) {
            a.justification = req->justification.trimmed();
            a.validation = req->validation;
            a.exceptional = req->exceptional;
        }
        d.applied << a;
        d.fired << DiscountFinding{r.source(), kDiscounts, r.key, why};
    };
    if (const DiscountRule *r = rules.automaticRule(u"annual"_s);
        r && contract->commitment && term >= 12) {
        automatic(*r, 0,
                  tr("%1: %2, automatic: the %3 contract commits for %n months.", "", term)
                      .arg(r->name.text(), off(r->bp), contractName));
        annualBp = r->bp;
    }
    if (const DiscountRule *r = rules.automaticRule(u"referral"_s); r && q.referral)
        automatic(*r, r->months,
                  tr("%1: %2 on the first %n month(s), automatic: the buyer came through a "
                     "referral.",
                     "", r->months)
                      .arg(r->name.text(), off(r->bp)));
    if (const DiscountRule *r = rules.automaticRule(u"multi-product"_s);
        r && r->minProducts > 0 && q.distinctProducts() >= r->minProducts)
        automatic(*r, 0,
                  tr("%1: %2, automatic: the quote has %3 distinct products (%4 or more).")
                      .arg(r->name.text(), off(r->bp))
                      .arg(q.distinctProducts())
                      .arg(r->minProducts));

    // Founder discounts (§7.2): asked for, within their caps, only with a commitment.
    int contractBp = annualBp;
    for (const QuoteDiscount &req : q.discounts) {
        if (rules.automaticRule(req.kind) || requests.value(req.kind) != &req)
            continue;
        const DiscountRule *r = rules.find(req.kind);
        if (!r) {
            d.refused << DiscountFinding{
                u"discounts.founder"_s, kDiscounts, req.kind,
                tr("Unknown discount \"%1\"; the playbook's founder discounts are: %2.")
                    .arg(req.kind, founderKeys(rules).join(u", "_s))};
            continue;
        }
        const QString name = nameOf(rules, r->key);
        const auto refuse = [&](const QString &rule, const QString &message) {
            d.refused << DiscountFinding{rule, kDiscounts, r->key, message};
        };
        if (!contract->commitment && rules.forbidWithoutCommitment) {
            refuse(u"discounts.forbidWithoutCommitment"_s,
                   tr("%1 refused: a %2 contract has no commitment, and the playbook forbids a "
                      "negotiated discount without one. Choose an annual or longer contract.")
                       .arg(name, contractName));
            continue;
        }
        int bp = req.bp;
        if (bp <= 0)
            bp = r->maxTotalBp > 0 ? r->maxTotalBp - annualBp : r->capBp();
        if (r->minMrrCents > 0 && monthly->cents() < r->minMrrCents) {
            refuse(r->source(),
                   tr("%1 refused: it needs a monthly amount of at least %2 before "
                      "discount; this quote comes to %3.")
                       .arg(name, Money(r->minMrrCents, q.currency).format(), monthly->format()));
            continue;
        }
        if (r->minTermMonths > 0 && term < r->minTermMonths) {
            refuse(r->source(), tr("%1 refused: it needs a commitment of at least %2 months; "
                                   "this quote commits for %3. Lengthen the term.")
                                    .arg(name)
                                    .arg(r->minTermMonths)
                                    .arg(term));
            continue;
        }
        if (r->maxTotalBp > 0 && annualBp + bp > r->maxTotalBp) {
            refuse(r->source(),
                   tr("%1 refused: with the annual discount (%2) it makes %3, above its cap of "
                      "%4 in total. Ask for %5 at most.")
                       .arg(name, off(annualBp), off(annualBp + bp), off(r->maxTotalBp),
                            off(std::max(0, r->maxTotalBp - annualBp))));
            continue;
        }
        if (r->maxTotalBp == 0 && r->capBp() > 0 && bp > r->capBp()) {
            refuse(r->source(), tr("%1 refused: %2 is above its cap of %3. Ask for %3 at most.")
                                    .arg(name, off(bp), off(r->capBp())));
            continue;
        }
        d.applied << QuoteDiscount{
            r->key, bp, false, 0, req.justification.trimmed(), req.validation, req.exceptional};
        d.fired << DiscountFinding{
            r->source(), kDiscounts, r->key,
            tr("%1: %2, a founder discount (the founder agrees to it).").arg(name, off(bp))};
        contractBp += bp;
    }
    fillTotals(d);

    // The contract's own range: the annual discount plus the founder ones (§7.1).
    if (contract->discountMaxBp && contractBp > *contract->discountMaxBp) {
        d.refused << DiscountFinding{
            contractRule,
            kContracts,
            {},
            tr("The %1 contract allows %2 at most (annual and founder discounts together); "
               "this quote comes to %3. Lower the founder discounts or choose another "
               "contract type.")
                .arg(contractName, off(*contract->discountMaxBp), off(contractBp))};
    } else if (contractBp < contract->discountMinBp) {
        d.required << DiscountFinding{
            contractRule,
            kContracts,
            {},
            tr("The %1 contract comes with %2 at least; this quote has %3. Add a founder "
               "discount or choose another contract type.")
                .arg(contractName, off(contract->discountMinBp), off(contractBp))};
    } else if (contractBp > 0) {
        d.fired << DiscountFinding{contractRule,
                                   kContracts,
                                   {},
                                   tr("The %1 contract's discount (%2) is within its range.")
                                       .arg(contractName, off(contractBp))};
    }

    // The total cap, lifted only by an exceptional case with a written reason.
    if (d.totalBp > rules.maxTotalBp) {
        const QuoteDiscount *exception = nullptr;
        for (const QuoteDiscount &a : std::as_const(d.applied))
            if (a.exceptional && !a.justification.isEmpty() && !exception)
                exception = &a;
        if (exception)
            d.fired << DiscountFinding{
                u"discounts.maxTotalBp"_s, kDiscounts, exception->kind,
                tr("The total discount (%1) is above the cap of %2, accepted as an exceptional "
                   "case: %3")
                    .arg(off(d.totalBp), off(rules.maxTotalBp), exception->justification)};
        else
            d.refused << DiscountFinding{
                u"discounts.maxTotalBp"_s,
                kDiscounts,
                {},
                tr("The total discount (%1) is refused: the playbook caps it at %2. Lower the "
                   "discounts, or mark one as exceptional with a written justification.")
                    .arg(off(d.totalBp), off(rules.maxTotalBp))};
    }

    // Documentation: a written reason above one threshold, the founder's validation above the
    // next, for what a person decided (founder discounts, exceptional cases).
    for (const QuoteDiscount &a : std::as_const(d.applied)) {
        if (a.automatic && !a.exceptional)
            continue;
        const QString name = nameOf(rules, a.kind);
        if (d.totalBp > rules.justificationAboveBp) {
            if (a.justification.isEmpty())
                d.required << DiscountFinding{
                    u"discounts.justificationAboveBp"_s, kDiscounts, a.kind,
                    tr("%1 needs a written justification: the total discount (%2) is above %3.")
                        .arg(name, off(d.totalBp), off(rules.justificationAboveBp))};
            else
                d.fired << DiscountFinding{u"discounts.justificationAboveBp"_s, kDiscounts, a.kind,
                                           tr("%1 is justified: %2").arg(name, a.justification)};
        }
        if (d.totalBp > rules.founderValidationAboveBp) {
            if (!a.validation.isRecorded())
                d.required << DiscountFinding{
                    u"discounts.founderValidationAboveBp"_s, kDiscounts, a.kind,
                    tr("%1 needs the founder's recorded validation (name, date and email "
                       "reference): the total discount (%2) is above %3.")
                        .arg(name, off(d.totalBp), off(rules.founderValidationAboveBp))};
            else
                d.fired << DiscountFinding{
                    u"discounts.founderValidationAboveBp"_s, kDiscounts, a.kind,
                    tr("%1 was validated by %2 on %3 (%4).")
                        .arg(name, a.validation.name,
                             QLocale().toString(a.validation.date, QLocale::ShortFormat),
                             a.validation.emailReference)};
        }
    }
    return d;
}

DiscountDecision DiscountPolicy::frozen(const Quote &quote)
{
    DiscountDecision d;
    d.applied = quote.discounts;
    for (const QuoteDiscount &a : quote.discounts)
        d.fired << DiscountFinding{u"quote %1"_s.arg(quote.displayNumber()), kDiscounts, a.kind,
                                   tr("%1: −%2, as recorded on quote %3.")
                                       .arg(a.kind, formatBp(a.bp), quote.displayNumber())};
    fillTotals(d);
    return d;
}

} // namespace dealboard

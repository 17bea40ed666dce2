#pragma once

#include "playbook/localizedtext.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dealboard {

class Playbook;

// One discount of the playbook's "discounts" section (§7.2). What triggers an automatic
// discount is code, keyed by `key` ("annual", "referral", "multi-product"); its numbers are
// data. A founder discount with another key is a generic one, capped by bp / maxBp.
struct DiscountRule
{
    QString key;
    LocalizedText name;
    bool automatic = false;
    int index = 0;      // position in its list, for the source ("discounts.founder[0]")
    int bp = 0;         // the rate (automatic, partner)
    int maxBp = 0;      // the cap of a founder discount ("up to −15 % more")
    int maxTotalBp = 0; // a cap on the commitment total ("up to −20 % in total")
    int months = 0;     // applies to the first months only (referral)
    int minProducts = 0;
    qint64 minMrrCents = 0;
    int minTermMonths = 0;

    // Where the rule lives in the playbook file: "discounts.founder[0] volume".
    QString source() const;
    // The largest rate a request may ask for (maxBp, else bp).
    int capBp() const { return maxBp > 0 ? maxBp : bp; }
};

// The "discounts" section of a playbook, typed.
struct DiscountRules
{
    Q_DECLARE_TR_FUNCTIONS(DiscountRules)

public:
    QList<DiscountRule> automatic;
    QList<DiscountRule> founder;
    int maxTotalBp = 3000;
    int justificationAboveBp = 1000;
    int founderValidationAboveBp = 2000;
    bool forbidWithoutCommitment = true;
    bool forbidChangeAfterSignature = true;

    // A user error naming the field when the section is missing or malformed.
    static Result<DiscountRules> fromPlaybook(const Playbook &playbook);
    const DiscountRule *find(const QString &key) const;
    const DiscountRule *automaticRule(const QString &key) const;
};

} // namespace dealboard

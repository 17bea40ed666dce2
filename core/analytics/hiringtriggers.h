#pragma once

#include "money.h"
#include "playbook/localizedtext.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace dealboard {

class Database;
class Playbook;

// What the hiring triggers are measured against (docs/analytics.md, "Objectives and hiring
// triggers"), as of the end of a day (UTC).
struct HiringInputs
{
    Q_DECLARE_TR_FUNCTIONS(HiringInputs)

public:
    Money mrrNow;             // Σ MRR of the deals in the won or customer stage
    Money pipelineAnnualised; // Σ MRR of the open deals in a stage with a probability > 0, × 12
    std::optional<int> latestChurnBp; // the churn_m1 entry of the month of as-of, else earlier
    Money largestDealMrr; // the largest open qualified deal, or deal won in the last 90 days

    // Stages as of `asOf`, MRR as stored now, deleted deals left out.
    static Result<HiringInputs> load(Database &db, const Playbook &pb, const QDate &asOf);
};

// One of the playbook's hiringTriggers, evaluated.
struct HiringTrigger
{
    Q_DECLARE_TR_FUNCTIONS(HiringTrigger)

public:
    enum class Measure
    {
        MrrNow,             // mrrAboveCents
        PipelineAnnualised, // pipelineAboveCents
        LatestChurn,        // churnAboveBp
        LargestDeal,        // dealMrrAboveCents
    };
    struct Condition
    {
        Measure what = Measure::MrrNow;
        qint64 threshold = 0;         // cents, or basis points for the churn
        std::optional<qint64> actual; // none: no churn entry yet
        bool met = false;             // actual > threshold
    };

    QString key;
    LocalizedText name;
    bool anyCondition = false; // one condition is enough (CS); else every one must hold
    bool met = false;          // false when the trigger has no condition at all
    QList<Condition> conditions;

    // A pure function of the playbook and the inputs. A trigger's conditions are the thresholds
    // its entry names; they all must hold, except for the "cs" trigger where one is enough (the
    // seed: "MRR > 40K€ / churn > 5 %"). An entry's "match": "any" | "all" overrides that.
    static QList<HiringTrigger> evaluate(const Playbook &pb, const HiringInputs &inputs);
    static QString measureName(Measure what);
};

} // namespace dealboard

#pragma once

#include "analytics/period.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dealboard {

class Database;
class Playbook;

// How many deals of the cohort had reached a stage (or any later one) by the as-of day.
struct FunnelStep
{
    QString stage;
    int reached = 0;
};

// reached(to) / reached(from) against the playbook's target for the same two stages.
struct FunnelConversion
{
    QString from;
    QString to;
    std::optional<int> actualBp; // none when no deal reached `from`
    int targetBp = 0;
    std::optional<int> gapBp; // actual − target; highlighted when negative
    int fromCount = 0;
    int toCount = 0;
};

// The funnel of the deals created in a period (docs/analytics.md, "Funnel").
struct Funnel
{
    Period period;
    QDate asOf;
    int cohort = 0;                      // deals created in the period, as of asOf
    QList<FunnelStep> steps;             // the open stages in order, then won
    QList<FunnelConversion> conversions; // one per playbook funnelTargets entry, in its order
};

class FunnelCalculator
{
    Q_DECLARE_TR_FUNCTIONS(FunnelCalculator)

public:
    // Every deal of the cohort has reached the first stage. A deal created in a later stage has
    // reached the ones before it; a lost deal counts for the stages it reached before; customer
    // counts as won. Undone moves never count; deals deleted now are left out.
    static Result<Funnel> compute(Database &db, const Playbook &pb, const Period &period,
                                  const QDate &asOf);
};

} // namespace dealboard

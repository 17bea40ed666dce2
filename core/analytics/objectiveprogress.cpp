#include "objectiveprogress.h"

#include "analytics/pipelinemetrics.h"
#include "playbook/playbook.h"

namespace dealboard {

Result<QList<ObjectiveProgress>>
ObjectiveProgressCalculator::compute(Database &db, const Playbook &pb, const QDate &asOf)
{
    if (!asOf.isValid())
        return userError(tr("The as-of date is not valid."));
    QList<ObjectiveProgress> out;
    QList<Period> periods;
    for (const Objective &o : pb.objectives()) {
        const Result<Period> period = Period::fromQuarterKey(o.quarter);
        if (!period)
            return period.error();
        ObjectiveProgress p;
        p.quarter = o.quarter;
        p.period = period.value();
        p.targetNewMrrCents = o.newMrrCents;
        p.dealsMin = o.dealsMin;
        p.dealsMax = o.dealsMax;
        p.targetAverageCents = o.averageDealCents;
        p.targetWinRateBp = o.winRateBp;
        out.append(p);
        periods.append(p.period);
    }

    // Every quarter from one pass over the log.
    const Result<QList<PipelineMetrics>> metrics =
        PipelineMetricsCalculator::closedOnly(db, pb, periods, asOf);
    if (!metrics)
        return metrics.error();
    for (qsizetype i = 0; i < out.size(); ++i) {
        ObjectiveProgress &p = out[i];
        const PipelineMetrics &m = metrics->at(i);
        p.newMrr = m.newMrr;
        p.deals = m.won;
        p.averageDealSize = m.averageDealSize;
        p.winRateBp = m.winRateBp;
        p.newMrrMet = p.newMrr.cents() >= p.targetNewMrrCents;
        p.dealsMet = p.deals >= p.dealsMin && p.deals <= p.dealsMax;
        p.averageMet = p.averageDealSize && p.averageDealSize->cents() >= p.targetAverageCents;
        p.winRateMet = p.winRateBp && *p.winRateBp >= p.targetWinRateBp;
    }
    return out;
}

} // namespace dealboard

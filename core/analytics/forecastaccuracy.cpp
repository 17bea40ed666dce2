#include "forecastaccuracy.h"

#include "analytics/forecast.h"
#include "analytics/kpis.h"
#include "analytics/pipelinesnapshot.h"
#include "playbook/playbook.h"

namespace dealboard {

Result<QList<MonthAccuracy>> ForecastAccuracy::compute(Database &db, const Playbook &pb,
                                                       const Period &period, const QDate &asOf)
{
    if (!period.isValid() || !asOf.isValid())
        return userError(tr("The period or the as-of day is not valid."));
    QList<QDate> months;
    for (QDate m(period.from.year(), period.from.month(), 1); m <= period.to && m <= asOf;
         m = m.addMonths(1))
        months << m;
    QList<MonthAccuracy> out;
    if (months.isEmpty())
        return out;

    // The pipeline at the end of each month's eve, keeping only the deals expected to close in
    // that month: six snapshots of a large base stay small.
    QList<QDate> eves;
    for (const QDate &m : std::as_const(months))
        eves << m.addDays(-1);
    const Result<QList<QList<Deal>>> snapshots =
        PipelineSnapshot::asOfDates(db, eves, [](const Deal &d, const QDate &eve) {
            return Period::month(eve.addDays(1)).contains(d.expectedClose);
        });
    if (!snapshots)
        return snapshots.error();
    const Period whole{months.first(), Period::month(months.last()).to};
    const Result<QList<MonthAmount>> won = KpiCalculator::closedWonPerMonth(db, pb, whole, asOf);
    if (!won)
        return won.error();

    for (qsizetype i = 0; i < months.size(); ++i) {
        const Forecast f =
            ForecastCalculator::compute(snapshots->at(i), pb, Period::month(months.at(i)));
        MonthAccuracy a;
        a.month = months.at(i);
        a.forecast = f.weighted;
        a.forecastDeals = f.openDeals;
        a.actual = won->at(i).newMrr;
        a.wonDeals = won->at(i).deals;
        a.accuracyBp = KpiCalculator::ratioBp(a.actual.cents(), a.forecast.cents());
        out.append(a);
    }
    return out;
}

} // namespace dealboard

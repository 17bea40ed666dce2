#pragma once

#include "analytics/period.h"
#include "model/deal.h"
#include "money.h"

#include <QDate>
#include <QList>

#include <optional>

namespace dealboard {

class Playbook;

// One month of the forecast, by expected close date.
struct MonthForecast
{
    QDate month; // the 1st of the month; invalid: the deals without an expected close date
    Money weighted;
    Money commit;
    Money bestCase;
    Money pipeline;
    int deals = 0; // open deals in the bucket
};

// The forecast of the open pipeline (PLAYBOOK.md, "Forecast and pipeline metrics").
struct Forecast
{
    Money weighted; // Σ MRR × stage probability over open deals, rounded once
    Money commit;   // Σ MRR of the deals in the last open stage with a verbal agreement
    Money bestCase; // commit + Σ MRR of the stage before it with a confirmed timeline
    Money pipeline; // Σ MRR of the open deals in a stage with a probability above 0
    Money openMrr;  // Σ MRR of every open deal
    int openDeals = 0;
    QList<MonthForecast> byMonth; // in month order, the unscheduled bucket last
};

class ForecastCalculator
{
public:
    // Which stages count for commit and best case is read from the playbook: the open stage with
    // the highest probability (below won) is "commit"; the open stage just before it is "best
    // case".
    // With a period, only the deals expected to close in it count: the unscheduled bucket is
    // left out, and every total is over those deals alone.
    static Forecast compute(const QList<Deal> &deals, const Playbook &pb,
                            const std::optional<Period> &period = {});
};

} // namespace dealboard

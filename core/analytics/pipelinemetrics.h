#pragma once

#include "analytics/period.h"
#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace dealboard {

class Database;
class Playbook;

// The pipeline metrics of a period (docs/analytics.md, "Pipeline metrics"). Ratios are basis
// points; a ratio or an average with a zero denominator is none ("—"), never 0.
struct PipelineMetrics
{
    Period period;
    QDate asOf;
    Money pipeline;           // Σ MRR of the open deals in a stage above 0 %, as of asOf
    Money pipelineAnnualised; // × 12
    std::optional<Money> quota;
    std::optional<int> coverageX100; // pipeline / quota × 100
    int won = 0;                     // deals closed won in the period
    int lost = 0;                    // deals closed lost in the period
    int closedReachedDemo = 0;       // closed deals that had reached Demo before closing
    int wonReachedDemo = 0;
    std::optional<int> winRateBp;           // won / (won + lost)
    std::optional<int> qualifiedWinRateBp;  // wonReachedDemo / closedReachedDemo
    std::optional<Money> averageDealSize;   // mean MRR of the deals closed won
    std::optional<double> averageCycleDays; // mean (won event − creation), fractional days
    int openDeals = 0;                      // deals in an open stage, as of asOf
    std::optional<Money> velocityPerDay;    // openDeals × win rate × average deal / average cycle
    Money newMrr;                           // Σ MRR won in the period
};

class PipelineMetricsCalculator
{
    Q_DECLARE_TR_FUNCTIONS(PipelineMetricsCalculator)

public:
    // Without `quota`, the new-MRR target of the playbook objective whose quarter contains
    // period.to. The pipeline is read from the deals table when asOf is today or later, else
    // rebuilt from the log (PipelineSnapshot).
    static Result<PipelineMetrics> compute(Database &db, const Playbook &pb, const Period &period,
                                           const QDate &asOf,
                                           const std::optional<Money> &quota = {});

    // Only the figures of the deals closed in each period (won, lost, win rates, average deal
    // size and cycle, new MRR), in the order of `periods`, from one pass over the log; the
    // pipeline, quota, open deals and velocity are left empty.
    static Result<QList<PipelineMetrics>>
    closedOnly(Database &db, const Playbook &pb, const QList<Period> &periods, const QDate &asOf);
};

} // namespace dealboard

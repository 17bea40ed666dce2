#pragma once

#include "analytics/period.h"
#include "model/kpientry.h"
#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace dealboard {

class Database;
class Playbook;

struct WeekCount
{
    QDate monday; // the ISO week (Monday–Sunday) it counts
    int count = 0;
};

struct MonthAmount
{
    QDate month; // the 1st of the month
    int deals = 0;
    Money newMrr; // Σ MRR (as stored now) of the deals closed won
};

// The deals closed won on one UTC day ("Closed in the period").
struct DayClosed
{
    QDate day;
    int deals = 0;
    qint64 mrrCents = 0;    // Σ MRR as stored now
    qint64 maxMrrCents = 0; // the largest of them
};

// The playbook's kpiTargets the KPI screen compares with; a key the playbook lacks: none.
struct KpiTargets
{
    std::optional<int> demoShowRateBp;
    std::optional<int> npsMin;
    std::optional<int> churnFirstMonthMaxBp;
    std::optional<int> expansionM6Bp;
    std::optional<qint64> cacMaxCents;
};

// The KPIs of §8.1 over a period (docs/analytics.md, "KPIs").
struct Kpis
{
    Period period; // the period asked, cut at the as-of day: what every figure below covers
    QDate asOf;
    // Every ISO week overlapping the period, zeros included; only the days of the period count.
    QList<WeekCount> leadsPerWeek; // deals created
    QList<WeekCount> demosPerWeek; // effective stage entries into the "demo" stage
    // Every month overlapping the period, zeros included.
    QList<MonthAmount> closedPerMonth;
    // First response: the deals created in the period, answered (a done Email or Call) by the
    // as-of day or not.
    int responded = 0;
    int unanswered = 0;
    std::optional<double> medianFirstResponseHours; // over the answered deals
    std::optional<int> withinTargetBp; // answered within the target / every deal created
    int firstResponseTargetHours = 0;  // kpiTargets.firstResponseHours; 0: none
    // Demo activities due in the period (not deleted), and those of them done.
    int demosDue = 0;
    int demosDone = 0;
    std::optional<int> demoShowRateBp;
    QList<KpiEntry> manual; // the entries of the months of the period
    KpiTargets targets;
};

class KpiCalculator
{
    Q_DECLARE_TR_FUNCTIONS(KpiCalculator)

public:
    // The figures as they stood at the end of `asOf` (UTC). A user error when the period starts
    // after `asOf`.
    static Result<Kpis> compute(Database &db, const Playbook &pb, const Period &period,
                                const QDate &asOf);
    static KpiTargets targets(const Playbook &pb);

    // Shared with the other analytics ---------------------------------------------------------
    // The deals closed won in `period` as of `asOf` (their last effective won-or-lost event up
    // to then falls in the period and is a won), deleted ones left out, by day (days without
    // any left out), in day order. The period is cut at `asOf`.
    static Result<QList<DayClosed>> closedWonByDay(Database &db, const Playbook &pb,
                                                   const Period &period, const QDate &asOf);
    // The same, by calendar month: every month overlapping the period, zeros included.
    static Result<QList<MonthAmount>> closedWonPerMonth(Database &db, const Playbook &pb,
                                                        const Period &period, const QDate &asOf);
    // numerator / denominator in basis points, rounded half away from zero; none when the
    // denominator is 0.
    static std::optional<int> ratioBp(qint64 numerator, qint64 denominator);
};

} // namespace dealboard

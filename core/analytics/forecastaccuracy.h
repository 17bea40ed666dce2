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

// How one month's forecast compared with what was won (docs/analytics.md, "Forecast accuracy").
struct MonthAccuracy
{
    QDate month; // the 1st of the month
    // Weighted forecast of the open deals expected to close in the month, as the pipeline stood
    // at the end of the day before it started (PipelineSnapshot: stage, MRR and close date then).
    Money forecast;
    Money actual;          // Σ MRR (as stored now) of the deals closed won in the month
    int forecastDeals = 0; // the open deals expected to close in the month, then
    int wonDeals = 0;
    std::optional<int> accuracyBp; // actual / forecast; none when the forecast was 0
};

class ForecastAccuracy
{
    Q_DECLARE_TR_FUNCTIONS(ForecastAccuracy)

public:
    // Every calendar month the period overlaps that has started by `asOf`, in order (months
    // entirely after it are left out). A month still running counts the wins up to `asOf`.
    // One read of the history for all the months (PipelineSnapshot::asOfDates).
    static Result<QList<MonthAccuracy>> compute(Database &db, const Playbook &pb,
                                                const Period &period, const QDate &asOf);
};

} // namespace dealboard

#pragma once

#include "analytics/period.h"
#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dealboard {

class Database;
class Playbook;

// One playbook objective (a quarter) against what was closed in it (docs/analytics.md,
// "Objectives"): new MRR, deals closed won, average deal size and win rate.
struct ObjectiveProgress
{
    QString quarter; // "2025-Q1"
    Period period;
    // The targets, as the playbook states them.
    qint64 targetNewMrrCents = 0;
    int dealsMin = 0;
    int dealsMax = 0;
    qint64 targetAverageCents = 0;
    int targetWinRateBp = 0;
    // The actuals as of the as-of day; zero for a quarter that has not started.
    Money newMrr;
    int deals = 0; // closed won
    std::optional<Money> averageDealSize;
    std::optional<int> winRateBp;
    bool newMrrMet = false;  // newMrr ≥ target
    bool dealsMet = false;   // dealsMin ≤ deals ≤ dealsMax
    bool averageMet = false; // average ≥ target (false when undefined)
    bool winRateMet = false; // win rate ≥ target (false when undefined)
};

class ObjectiveProgressCalculator
{
    Q_DECLARE_TR_FUNCTIONS(ObjectiveProgressCalculator)

public:
    // One row per playbook objective, in quarter order (Playbook::objectives()).
    static Result<QList<ObjectiveProgress>> compute(Database &db, const Playbook &pb,
                                                    const QDate &asOf);
};

} // namespace dealboard

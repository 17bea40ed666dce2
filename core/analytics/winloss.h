#pragma once

#include "analytics/period.h"
#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace dealboard {

class Database;
class Playbook;

// The deals closed in the period that share a reason (or a competitor).
struct ReasonCount
{
    // lostReasons: the lost reason key; wonReasons: the won reason key, empty when the won
    // event gave none ("not given"); competitors: the name case-folded, for sorting.
    QString key;
    QString competitor; // competitors only: the name as first written
    int count = 0;
    Money mrr;
};

// Why the deals closed in a period were won or lost (docs/analytics.md, "Win/loss").
struct WinLoss
{
    Period period;
    QDate asOf;
    int won = 0;
    int lost = 0;
    Money wonMrr;
    Money lostMrr;
    // Each sorted by count (highest first), then key.
    QList<ReasonCount> lostReasons;
    QList<ReasonCount> competitors; // named in lost deals; trimmed, grouped regardless of case
    QList<ReasonCount> wonReasons;
};

class WinLossCalculator
{
    Q_DECLARE_TR_FUNCTIONS(WinLossCalculator)

public:
    // The reason is the one recorded by the closing event (its detail), not the deal's now.
    static Result<WinLoss> compute(Database &db, const Playbook &pb, const Period &period,
                                   const QDate &asOf);
};

} // namespace dealboard

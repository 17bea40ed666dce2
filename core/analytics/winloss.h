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

// One text of the win/loss review of a deal closed in the period.
struct ReviewNote
{
    qint64 dealId = 0;
    QString dealTitle;
    bool won = false;
    QString text;
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
    // From the win/loss reviews (§8.3) of those deals.
    QList<ReasonCount> competitorsBeaten; // named in won deals' reviews, grouped like above
    // Latest close first; a review's empty texts are left out.
    QList<ReviewNote> decisiveFactors;
    QList<ReviewNote> learnings; // what to repeat or avoid, what we could have done
    QList<ReviewNote> productFeedback;
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

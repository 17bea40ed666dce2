#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dealboard {

// The win/loss form (§8.3) of a closed deal. The main reason is the closing event's (won or
// lost reason); this keeps the rest of the template.
struct WinLossReview
{
    qint64 dealId = 0;
    bool won = false;
    QString decisiveFactor;
    QString competitor;    // won: the competitor beaten; lost: who it was lost to
    QString learning;      // won: what to repeat; lost: what to avoid
    QString couldHaveDone; // lost: what we could have done
    QDate recontactOn;     // invalid: no recontact
    QString productFeedback;
    QString processImprovement;
    QDateTime updatedAt;

    // Nothing but the outcome: not worth a row.
    bool isEmpty() const
    {
        return decisiveFactor.isEmpty() && competitor.isEmpty() && learning.isEmpty() &&
               couldHaveDone.isEmpty() && !recontactOn.isValid() && productFeedback.isEmpty() &&
               processImprovement.isEmpty();
    }
};

} // namespace dealboard

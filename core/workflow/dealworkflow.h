#pragma once

#include "model/deal.h"
#include "model/winlossreview.h"
#include "result.h"
#include "rules/stagegates.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace dealboard {

class Database;

struct MoveRequest
{
    qint64 dealId = 0;
    QString toStage;
    qint64 beforeDealId = 0; // place before this deal of the target column; 0: last
    QStringList check;       // criteria the user ticks now (stored with the move)
    QString email;           // a missing contact email filled in now (valid-email criterion)
    QString lostReason;      // to Lost: a playbook reason key (required)
    QString competitor;      // to Lost with a reason that needs it
    QString note;            // to Lost or Won: a short note, kept in the event
    QString wonReason;       // to Won: a playbook won-reason key, optional
    // To Won or Lost: the win/loss form, saved with the move (its deal id and outcome are
    // the move's); a recontact date adds a "Recontact" call on that day.
    std::optional<WinLossReview> review = std::nullopt;
    // The day the review's recontact date is checked against (invalid: today). A redo the next
    // day passes the day of the first move, so that it does not fail on a date then valid.
    QDate reviewDay = {};
};

struct MoveOutcome
{
    bool moved = false;
    QList<CriterionState> unmet; // why it did not move
    QList<qint64> eventIds;      // what it logged, for undo
};

// The one place where a stage change is decided: the board, the deal editor and
// `dealboard-cli deal move` all go through it, so the rules live once.
class DealWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(DealWorkflow)

public:
    explicit DealWorkflow(Database &db)
        : m_db(db)
    {}

    Result<GateEvidence> evidence(qint64 dealId);
    // Every criterion of every gate between the deal's stage and `toStage`, met or not.
    Result<QList<CriterionState>> gates(qint64 dealId, const QString &toStage);
    // In one transaction: ticks `check`, fills `email`, evaluates the gates, and moves only if
    // every criterion holds (else moved = false with the unmet ones, and nothing is written).
    Result<MoveOutcome> move(const MoveRequest &request);
    // Within its column: before `beforeDealId` (0: last). Logs an "edited position" event.
    Result<QList<qint64>> reorder(qint64 dealId, qint64 beforeDealId);
    // Undo: puts the deal back exactly as `before` (stage, position, stage entry time, lost
    // reason, every field) and marks `eventIds` undone in the log (an "undone" event each).
    Status restore(const Deal &before, const QList<qint64> &eventIds);
    // The win/loss form of a deal already closed, filled or edited later, in its own
    // transaction (and its recontact call, when it has none open). Returns the events logged.
    Result<QList<qint64>> saveReview(const WinLossReview &review);
    // Undo of saveReview(): the previous review back, the recontact call removed.
    Status undoReview(qint64 dealId, const QList<qint64> &eventIds);

private:
    Status undoEvent(qint64 dealId, qint64 eventId);
    Database &m_db;
};

} // namespace dealboard

#pragma once

#include "model/deal.h"
#include "model/event.h"
#include "result.h"
#include "storage/boardpositions.h"
#include "storage/eventlog.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace dealboard {

class Database;

struct DealQuery
{
    QString stage;         // one stage key (wins over openOnly), or empty for all
    bool openOnly = false; // only the playbook's open stages
};

// A stage change as DealRepository::move() performs it (the gates are DealWorkflow's).
struct DealMove
{
    QString stage;
    qint64 beforeId = 0; // place before this deal of the target column; 0: last
    QString lostReason;  // to Lost: a playbook reason key
    QString competitor;  // to Lost, when the reason needs one
    QString note;        // to Lost or Won: kept in the event, after the competitor / reason
    QString wonReason;   // to Won: a playbook won-reason key, optional
};

// Board columns use sparse positions (BoardPositions): a move or a reorder writes one row, and
// a whole column only when it has run out of gaps.
class DealRepository
{
    Q_DECLARE_TR_FUNCTIONS(DealRepository)

public:
    explicit DealRepository(Database &db)
        : m_db(db)
    {}

    Status validate(const Deal &deal) const;
    // Validates, puts the deal last in its column, stores it and logs "created".
    Result<qint64> create(Deal &deal);
    // Saves every field but the stage and the position (a move or a reorder is its own change;
    // a copy of the deal read before its column was renumbered must not put it back) and logs
    // each edited field.
    Status update(const Deal &deal);
    // Moves to another stage, last in its column. Lost needs a playbook reason (and the
    // competitor's name when the reason asks for one).
    Status move(qint64 id, const QString &stage, const QString &lostReason = {},
                const QString &competitor = {});
    // The same, placing the deal before `move.beforeId` when given. Returns the event's id.
    // Lost events keep "reason\ncompetitor", or "reason\ncompetitor\nnote" with a note; Won
    // events "wonReason" or "wonReason\nnote" (the reason may be empty).
    Result<qint64> move(qint64 id, const DealMove &move);
    // Within the deal's column: before `beforeId` (0: last). Logs "edited position"; returns
    // the event's id, or 0 when the deal was already there (nothing written).
    Result<qint64> reorder(qint64 id, qint64 beforeId);
    Status remove(qint64 id);
    Status restore(qint64 id);

    Result<Deal> find(qint64 id);
    Result<QList<Deal>> list(const DealQuery &query = {});
    Result<QList<Event>> history(qint64 id, EventLog::History history = EventLog::History::Raw);

    // The gate criteria ticked for a deal (table deal_checks).
    Result<QSet<QString>> checked(qint64 dealId);
    // Ticks `keys` (those already ticked are left alone) and logs "checked" (field = the key)
    // for each new one. Returns the ids of those events.
    Result<QList<qint64>> check(qint64 dealId, const QStringList &keys);

    static constexpr int kPositionStep = BoardPositions::kStep;

    // Bulk path for imports and demo data: no validation, no event; the caller owns both.
    Result<qint64> insertRow(const Deal &deal);
    Status insertCheckRow(qint64 dealId, const QString &criterion, const QDateTime &at);
    // Undo: writes every column of `deal` back as it is (no validation, no event).
    Status restoreRow(const Deal &deal);
    Status deleteCheckRow(qint64 dealId, const QString &criterion);

private:
    Status setDeleted(qint64 id, bool deleted);
    Database &m_db;
};

} // namespace dealboard

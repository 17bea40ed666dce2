#pragma once

#include "model/event.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace dealboard {

class Database;

// The append-only history of every change. Repositories append in the same transaction as
// the change itself; the schema forbids updating or deleting a row.
class EventLog
{
    Q_DECLARE_TR_FUNCTIONS(EventLog)

public:
    explicit EventLog(Database &db)
        : m_db(db)
    {}

    // What forEntity() returns.
    enum class History
    {
        Raw,       // every row of the log, in order
        Effective, // without the events that were undone, nor the "undone" markers themselves
    };

    // Fills in `at` (the clock's now) and `actor` (the database's) when they are empty.
    Result<qint64> append(Event event);
    Result<QList<Event>> forEntity(const QString &entity, qint64 id,
                                   History history = History::Raw);
    // One event by its id; a user error when there is none.
    Result<Event> find(qint64 id);
    // Whether an "undone" event cancels event `id`.
    Result<bool> isUndone(qint64 id);
    // The id of the latest event, 0 when the log is empty: what a transaction wrote since.
    Result<qint64> lastId();
    // The ids of the events after `id`, in order.
    Result<QList<qint64>> idsAfter(qint64 id);
    Result<qint64> count();
    // Marks each event undone (an "undone" event on the same entity), latest first.
    Status markUndone(const QList<qint64> &ids);
    // The two events of a merge: "merged_into" on the one that goes, "merged_from" on the kept.
    Status appendMerge(const QString &entity, qint64 keptId, const QString &keptName,
                       qint64 mergedId, const QString &mergedName);

private:
    Database &m_db;
};

} // namespace dealboard

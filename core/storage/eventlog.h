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

    // Fills in `at` (the clock's now) and `actor` (the database's) when they are empty.
    Result<qint64> append(Event event);
    Result<QList<Event>> forEntity(const QString &entity, qint64 id);
    Result<qint64> count();

private:
    Database &m_db;
};

} // namespace dealboard

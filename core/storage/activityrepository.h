#pragma once

#include "model/activity.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

class QSqlQuery;

namespace dealboard {

class Database;

// Which activities list() returns; always those of live deals, not deleted.
struct ActivityQuery
{
    qint64 dealId = 0; // 0: every deal
    bool openOnly = false;
    QDate dueFrom; // invalid: no bound
    QDate dueTo;
};

class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit ActivityRepository(Database &db)
        : m_db(db)
    {}

    // A title, a due date, a known time category, no negative minutes.
    Status validate(const Activity &activity) const;
    // Validates (and that the deal exists), stores, logs "created" on the activity, in one
    // transaction (joins the caller's).
    Result<qint64> add(Activity &activity);
    // Saves every field but the deal, the rule and done (complete()/reopen()); logs each edit.
    Status update(const Activity &activity);
    Status complete(qint64 id);
    // Undo of complete().
    Status reopen(qint64 id);
    Result<Activity> find(qint64 id);
    Status remove(qint64 id);
    // Undo of add(): removes the row (the log keeps its event, marked undone by the caller).
    Status discard(qint64 id);
    // The deal's activities, open ones first by due date, then done ones.
    Result<QList<Activity>> forDeal(qint64 dealId);
    // Open ones first, by due date and time.
    Result<QList<Activity>> list(const ActivityQuery &query);

    // For queries that join more: the columns of an activity aliased "a", and the reading of
    // them (the first columns() of the row).
    static const QString &columns();
    static Activity read(const QSqlQuery &query);

private:
    Database &m_db;
};

} // namespace dealboard

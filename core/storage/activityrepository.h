#pragma once

#include "model/activity.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace dealboard {

class Database;

class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit ActivityRepository(Database &db)
        : m_db(db)
    {}

    // Validates (a title, a due date, an existing deal), stores, logs "created" on the
    // activity, in one transaction (joins the caller's).
    Result<qint64> add(Activity &activity);
    Status complete(qint64 id);
    Status remove(qint64 id);
    // Undo of add(): removes the row (the log keeps its event, marked undone by the caller).
    Status discard(qint64 id);
    // The deal's activities, open ones first by due date, then done ones.
    Result<QList<Activity>> forDeal(qint64 dealId);

private:
    Database &m_db;
};

} // namespace dealboard

#pragma once

#include "model/activity.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace dealboard {

class Database;

// One line of the daily ritual (§8.2): an open activity with what it is about.
struct AgendaItem
{
    Activity activity;
    QString dealTitle;
    QString companyName;
    QString contactName;
    bool overdue = false;
    qint64 minutesLeft = 0; // a new lead: before the 4-hour reply target (negative: late)
};

// What the founder does today: the new leads to answer (with the time left on the 4-hour
// target), the replies to send, the other follow-ups due today or overdue, and today's demos.
struct Agenda
{
    QList<AgendaItem> newLeads;
    QList<AgendaItem> replies;
    QList<AgendaItem> followUps;
    QList<AgendaItem> demos;
    qsizetype size() const
    {
        return newLeads.size() + replies.size() + followUps.size() + demos.size();
    }
};

class TodayAgenda
{
    Q_DECLARE_TR_FUNCTIONS(TodayAgenda)

public:
    // The open activities due by the end of `now`'s day (local time), of live deals, and every
    // new lead still to answer, whenever its 4 hours end. `pending`: follow-ups the rules would
    // make but that could not be written (the database is open elsewhere), shown as well.
    static Result<Agenda> build(Database &db, const QDateTime &now,
                                const QList<Activity> &pending = {});
};

} // namespace dealboard

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dealboard {

class Database;

// The open follow-ups as an iCalendar file for the founder's calendar (IcsWriter), from the
// command line (followups ics) and from the Today view alike.
class FollowUpsCalendar
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpsCalendar)

public:
    // Makes the playbook's missing follow-ups first (on a read-only database: shows them
    // without saving), then writes every open one. Returns how many were written.
    static Result<int> write(Database &db, const QString &path, const QDateTime &now);
};

} // namespace dealboard

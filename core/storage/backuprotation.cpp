#include "backuprotation.h"

#include <algorithm>

namespace dealboard {

namespace {

bool newerFirst(const BackupInfo &a, const BackupInfo &b)
{
    if (a.time != b.time)
        return a.time > b.time;
    if (a.sequence != b.sequence)
        return a.sequence > b.sequence;
    return a.fileName > b.fileName;
}

// A week as one comparable number: ISO year * 100 + ISO week.
int isoWeekKey(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return year * 100 + week;
}

} // namespace

BackupRotation::Plan BackupRotation::plan(QList<BackupInfo> backups, const QDateTime &now, int days,
                                          int weeks)
{
    std::sort(backups.begin(), backups.end(), newerFirst);
    const QDateTime localNow = now.toLocalTime();
    Plan plan;
    QList<QDate> dailyDays;
    QList<int> weeklyWeeks;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const BackupInfo &b = backups.at(i);
        const QDateTime local = b.time.toLocalTime();
        bool keep = i == 0 || local > localNow;
        if (!keep) {
            const QDate day = local.date();
            // Sorted newest first: the first backup of a day seen is that day's newest.
            if (dailyDays.contains(day)) {
                keep = false;
            } else if (dailyDays.size() < days) {
                dailyDays.append(day);
                keep = true;
            } else {
                const int week = isoWeekKey(day);
                if (!weeklyWeeks.contains(week) && weeklyWeeks.size() < weeks) {
                    weeklyWeeks.append(week);
                    keep = true;
                }
            }
        } else if (local <= localNow) {
            dailyDays.append(local.date()); // the newest backup opens the first day
        }
        (keep ? plan.keep : plan.remove).append(b.fileName);
    }
    return plan;
}

} // namespace dealboard

#pragma once

#include "backupinfo.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace dealboard {

// Which automatic backups to keep (pure: no file is read or removed here).
//
// Kept: the newest backup of each of the last `days` local calendar days that have one
// (daily), then the newest of each of the last `weeks` ISO weeks among the older backups
// (weekly). A backup dated after `now` (the clock went backwards) is kept and takes no slot,
// so that the backups made from now on are rotated as usual. The newest backup is never
// removed. Ties in time are broken by the sequence, then by the name: the result does not
// depend on the order of the input.
class BackupRotation
{
public:
    struct Plan
    {
        QStringList keep;   // file names, newest first
        QStringList remove; // file names, newest first
    };

    static constexpr int kDailyBackups = 7;
    static constexpr int kWeeklyBackups = 4;

    static Plan plan(QList<BackupInfo> backups, const QDateTime &now, int days = kDailyBackups,
                     int weeks = kWeeklyBackups);
};

} // namespace dealboard

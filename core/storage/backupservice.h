#pragma once

#include "backupinfo.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dealboard {

class Database;

// Automatic backups: timestamped copies of the database in a folder, rotated by BackupRotation.
// Names are `dealboard-2026-11-24T091500.db` (local time), `dealboard-2026-11-24T091500-2.db`
// for a second one in the same second. Only files with such a name are ever listed or removed:
// anything else in the folder is left alone.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // Makes a backup of `db` in `folder` (created if needed) under a new name, then removes the
    // backups the rotation no longer keeps. Returns the new backup's path. The copy is written
    // under a temporary name and renamed when complete, so a crash never leaves a partial file
    // under a backup's name. "Now" is Clock::current().
    static Result<QString> backUp(Database &db, const QString &folder);
    // The backups in `folder`, newest first; none when the folder does not exist.
    static Result<QList<BackupInfo>> list(const QString &folder);
    // Removes the backups of `folder` that BackupRotation does not keep; returns their names.
    static Result<QStringList> prune(const QString &folder, const QDateTime &now);

    // `<database's folder>/<database's name>-backups`: beside the database, so that it follows
    // it, one folder per database so that two databases never rotate each other's backups.
    static QString defaultFolder(const QString &databasePath);
    // Whether a backup is due: none yet, the interval has passed, or the clock went backwards.
    static bool isDue(const QDateTime &last, int hours, const QDateTime &now);

    static QString fileName(const QDateTime &localTime, int sequence = 1);
    // The backup a file name stands for (path, bytes left empty); nothing for other names.
    static std::optional<BackupInfo> parseFileName(const QString &fileName);
};

} // namespace dealboard

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace dealboard {

// What a restore did.
struct RestoreOutcome
{
    QString databasePath;  // absolute; now holds the backup's data
    QString backupFile;    // absolute
    QString keptAside;     // where the previous database now is; empty when there was none
    int schemaVersion = 0; // of the restored database (a backup of an older version is upgraded)
};

// Puts a backup in the place of the database, keeping the current one aside instead of
// overwriting it. The database must not be open anywhere, this process included: the caller
// closes its Database first and opens it again afterwards.
//
// Steps: the backup (with a -wal beside it, if any) is copied to a temporary file beside the
// database and that copy is opened through Database::open and fully checked (SQLite header,
// application id, schema not newer than this version, integrity and foreign keys); an older
// schema is upgraded on the copy, never on the backup. Then, holding the database's lock, the
// current database (with its -wal and -shm) is renamed to
// `<name>.before-restore-YYYYMMDD-HHMMSS.db` and the checked copy renamed into its place.
// If any step fails, the current database is where it was, unchanged, and the backup file is
// never written.
class Restore
{
    Q_DECLARE_TR_FUNCTIONS(Restore)

public:
    static Result<RestoreOutcome> restore(const QString &backupFile, const QString &databasePath);
    // The name the current database gets when it is kept aside at `localTime` (sequence > 1
    // when that name is taken).
    static QString keptAsideName(const QString &databasePath, const QDateTime &localTime,
                                 int sequence = 1);
};

} // namespace dealboard

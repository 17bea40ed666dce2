#include "restore.h"

#include "clock.h"
#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QStringList kCompanions{u"-wal"_s, u"-shm"_s};

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : kCompanions)
        QFile::remove(path + suffix);
    QFile::remove(path + u".lock"_s);
}

// How many objects the schema of an SQLite file has; -1 when SQLite cannot read it.
int schemaObjects(const QString &path)
{
    sqlite3 *db = nullptr;
    int count = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &statement, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            count = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return count;
}

// Folds the log of a database kept aside into its file, so that the one file holds all of it.
// Best effort: when it cannot, the -wal stays beside it and SQLite reads both.
void foldLog(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK)
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

// Renames `from` and its -wal and -shm to `to`; on a failure, puts back what was moved.
bool moveWithCompanions(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    QStringList moved;
    for (const QString &suffix : kCompanions) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        if (!QFile::rename(from + suffix, to + suffix)) {
            for (const QString &done : std::as_const(moved))
                QFile::rename(to + done, from + done);
            QFile::rename(to, from);
            return false;
        }
        moved.append(suffix);
    }
    return true;
}

} // namespace

QString Restore::keptAsideName(const QString &databasePath, const QDateTime &localTime,
                               int sequence)
{
    const QFileInfo info(databasePath);
    QString name = info.completeBaseName() + u".before-restore-"_s +
                   localTime.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
    if (sequence > 1)
        name += u'-' + QString::number(sequence);
    return info.absoluteDir().filePath(name + u".db"_s);
}

Result<RestoreOutcome> Restore::restore(const QString &backupFile, const QString &databasePath)
{
    const QFileInfo backupInfo(backupFile);
    const QString backup = backupInfo.absoluteFilePath();
    const QString database = QFileInfo(databasePath).absoluteFilePath();
    if (!backupInfo.exists())
        return userError(tr("There is no backup at %1.").arg(QDir::toNativeSeparators(backup)));
    if (!backupInfo.isFile())
        return userError(tr("%1 is not a file.").arg(QDir::toNativeSeparators(backup)));
    if (backup == database)
        return userError(tr("%1 is the database itself: choose a backup to restore.")
                             .arg(QDir::toNativeSeparators(backup)));
    if (backupInfo.size() == 0)
        return refusal(tr("%1 is empty: it is not a Dealboard backup. Nothing was changed.")
                           .arg(QDir::toNativeSeparators(backup)));
    const QString folder = QFileInfo(database).absolutePath();
    if (!QDir().mkpath(folder))
        return userError(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));

    // The lock Database::open takes: no Dealboard process may have the database open, nor
    // open it while it is being replaced.
    QLockFile lock(database + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return refusal(tr("%1 is open in Dealboard (pid %2 on %3). Close it there first; "
                          "nothing was changed.")
                           .arg(QDir::toNativeSeparators(database))
                           .arg(pid)
                           .arg(host));
    }

    // Everything is checked on a copy beside the database: the backup is never written (an
    // older schema is upgraded on the copy), and what was checked is what is put in place.
    const QString copy = QDir(folder).filePath(u".%1.restore-%2.tmp"_s.arg(
        QFileInfo(database).fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    const auto fail = [&copy](Error error) {
        removeWithCompanions(copy);
        return error;
    };
    if (!QFile::copy(backup, copy))
        return fail(userError(tr("Cannot copy %1 beside the database (is the disk full?).")
                                  .arg(QDir::toNativeSeparators(backup))));
    if (QFileInfo::exists(backup + u"-wal"_s) && !QFile::copy(backup + u"-wal"_s, copy + u"-wal"_s))
        return fail(
            userError(tr("Cannot copy the log of %1.").arg(QDir::toNativeSeparators(backup))));
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    // Database::open would make a new database of an empty one: that is no backup.
    QFile header(copy);
    const bool isSqlite =
        header.open(QIODevice::ReadOnly) && header.read(16) == QByteArray("SQLite format 3\0", 16);
    header.close();
    if (isSqlite && schemaObjects(copy) == 0)
        return fail(refusal(tr("%1 is an empty SQLite database, not a Dealboard backup. "
                               "Nothing was changed.")
                                .arg(QDir::toNativeSeparators(backup))));
    Result<std::unique_ptr<Database>> checked = Error{};
    checked = Database::open(copy, Database::Mode::ReadWrite);
    if (!checked) {
        QString message = checked.errorMessage();
        message.replace(copy, QDir::toNativeSeparators(backup));
        return fail(refusal(tr("The backup was refused: %1 Nothing was changed.").arg(message)));
    }
    const Result<QStringList> integrity = checked.value()->integrityCheck(true);
    if (!integrity || integrity.value() != QStringList{u"ok"_s}) {
        const QString problems =
            integrity ? integrity.value().mid(0, 3).join(u"; "_s) : integrity.errorMessage();
        return fail(refusal(tr("%1 failed its integrity check (%2): it cannot be restored. "
                               "Nothing was changed.")
                                .arg(QDir::toNativeSeparators(backup), problems)));
    }
    RestoreOutcome outcome{database, backup, QString(), checked.value()->schemaVersion()};
    checked = Error{}; // closes the copy: its log is folded in and removed

    if (QFileInfo::exists(database)) {
        const QDateTime now = Clock::current().now();
        for (int sequence = 1; sequence < 1000 && outcome.keptAside.isEmpty(); ++sequence) {
            const QString candidate = keptAsideName(database, now, sequence);
            if (QFileInfo::exists(candidate) || QFileInfo::exists(candidate + u"-wal"_s))
                continue;
            if (!moveWithCompanions(database, candidate))
                return fail(internalError(tr("Cannot move the current database aside to %1; "
                                             "nothing was changed.")
                                              .arg(QDir::toNativeSeparators(candidate))));
            outcome.keptAside = candidate;
        }
        if (outcome.keptAside.isEmpty())
            return fail(internalError(tr("Cannot name the copy of the current database.")));
    }
    if (!moveWithCompanions(copy, database)) {
        if (!outcome.keptAside.isEmpty())
            moveWithCompanions(outcome.keptAside, database);
        return fail(internalError(tr("Cannot put the backup in place of %1; the current "
                                     "database was left where it was.")
                                      .arg(QDir::toNativeSeparators(database))));
    }
    if (!outcome.keptAside.isEmpty())
        foldLog(outcome.keptAside);
    return outcome;
}

} // namespace dealboard

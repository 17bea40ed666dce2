#include "database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace dealboard {

Status Database::backupTo(const QString &target)
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == m_path)
        return userError(tr("The backup must go to another file than the database itself."));
    QVariant handle = connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return internalError(tr("The database driver does not give access to SQLite."));
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.data());

    // Write next to the target and rename at the end, so a failed backup never leaves a
    // half-written file where a good one was.
    const QString partial = absolute + u".part"_s;
    QFile::remove(partial);
    sqlite3 *dest = nullptr;
    if (sqlite3_open(QFile::encodeName(partial).constData(), &dest) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        return userError(tr("Cannot create the backup %1: %2").arg(target, message));
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    int rc = SQLITE_OK;
    if (backup) {
        do {
            rc = sqlite3_backup_step(backup, 256);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(20);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(dest));
    const int closeRc = sqlite3_close(dest);
    if (!backup || rc != SQLITE_DONE || closeRc != SQLITE_OK) {
        QFile::remove(partial);
        return userError(tr("The backup to %1 failed: %2").arg(target, message));
    }
    QFile::remove(absolute);
    if (!QFile::rename(partial, absolute)) {
        QFile::remove(partial);
        return userError(tr("Cannot write the backup to %1.").arg(target));
    }
    return {};
}

} // namespace dealboard

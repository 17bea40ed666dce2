#include "backupservice.h"

#include "backuprotation.h"
#include "clock.h"
#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

constexpr auto kTimeFormat = "yyyy-MM-dd'T'HHmmss"_L1;

const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(
        uR"(^dealboard-(\d{4}-\d{2}-\d{2}T\d{6})(?:-([1-9]\d{0,5}))?\.db$)"_s);
    return pattern;
}

} // namespace

QString BackupService::fileName(const QDateTime &localTime, int sequence)
{
    const QString stamp = localTime.toLocalTime().toString(kTimeFormat);
    return sequence <= 1 ? u"dealboard-%1.db"_s.arg(stamp)
                         : u"dealboard-%1-%2.db"_s.arg(stamp).arg(sequence);
}

std::optional<BackupInfo> BackupService::parseFileName(const QString &fileName)
{
    const QRegularExpressionMatch match = namePattern().match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(match.captured(1), kTimeFormat);
    if (!time.isValid()) // not a date, or an hour skipped by a change to summer time
        return std::nullopt;
    const int sequence = match.hasCaptured(2) ? match.captured(2).toInt() : 1;
    if (sequence == 1 && match.hasCaptured(2))
        return std::nullopt; // "-1" is never written: the first has no suffix
    return BackupInfo{QString(), fileName, time, sequence, 0};
}

QString BackupService::defaultFolder(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + u"-backups"_s);
}

bool BackupService::isDue(const QDateTime &last, int hours, const QDateTime &now)
{
    if (!last.isValid() || now < last)
        return true;
    return last.secsTo(now) >= qint64(std::max(hours, 0)) * 3600;
}

Result<QList<BackupInfo>> BackupService::list(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return QList<BackupInfo>();
    QList<BackupInfo> backups;
    const QFileInfoList entries =
        dir.entryInfoList({u"dealboard-*.db"_s}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : entries) {
        std::optional<BackupInfo> info = parseFileName(entry.fileName());
        if (!info)
            continue;
        info->path = entry.absoluteFilePath();
        info->bytes = entry.size();
        backups.append(*info);
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.time != b.time ? a.time > b.time : a.sequence > b.sequence;
    });
    return backups;
}

Result<QStringList> BackupService::prune(const QString &folder, const QDateTime &now)
{
    Result<QList<BackupInfo>> backups = list(folder);
    if (!backups)
        return backups.error();
    const BackupRotation::Plan plan = BackupRotation::plan(backups.value(), now);
    const QDir dir(folder);
    QStringList removed;
    QStringList failed;
    for (const QString &name : plan.remove) {
        // A backup opened read-only may have left its index and log beside it.
        QFile::remove(dir.filePath(name + u"-shm"_s));
        QFile::remove(dir.filePath(name + u"-wal"_s));
        if (QFile::remove(dir.filePath(name)) || !dir.exists(name))
            removed.append(name);
        else
            failed.append(name);
    }
    if (!failed.isEmpty())
        return userError(tr("Cannot remove the old backups %1 from %2.")
                             .arg(failed.join(u", "_s), QDir::toNativeSeparators(folder)));
    return removed;
}

Result<QString> BackupService::backUp(Database &db, const QString &folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (!QDir().mkpath(absolute))
        return userError(
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(absolute)));
    const QDir dir(absolute);
    const QDateTime now = Clock::current().now();

    // A name no backup has (nor the pattern): a crash leaves it, never a half "backup".
    const QString temporary =
        dir.filePath(u".dealboard-backup-%1.tmp"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
    if (Status s = db.backupTo(temporary); !s)
        return s.error();

    // After the last one of the same second, so that the new backup sorts as the newest.
    int first = 1;
    if (const Result<QList<BackupInfo>> present = list(absolute); present) {
        const QDateTime stamp = now.toLocalTime();
        for (const BackupInfo &b : present.value())
            if (b.fileName.startsWith(fileName(stamp).chopped(3)))
                first = std::max(first, b.sequence + 1);
    }
    // Rename without replacing: if another process took the name in the same second, the
    // next sequence number is tried.
    QString target;
    for (int sequence = first; sequence < first + 1000 && target.isEmpty(); ++sequence) {
        const QString candidate = dir.filePath(fileName(now, sequence));
        if (!QFileInfo::exists(candidate) && QFile::rename(temporary, candidate))
            target = candidate;
    }
    if (target.isEmpty()) {
        QFile::remove(temporary);
        return userError(
            tr("Cannot name the backup in %1.").arg(QDir::toNativeSeparators(absolute)));
    }
    // The backup is made: a rotation that cannot remove an old one does not undo it.
    if (Result<QStringList> pruned = prune(absolute, now); !pruned)
        qWarning("%s", qPrintable(pruned.errorMessage()));
    return target;
}

} // namespace dealboard

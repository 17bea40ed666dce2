#include "backuplistcommand.h"

#include "storage/backupservice.h"
#include "storage/database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

BackupListCommand::BackupListCommand()
    : Command(u"backup list"_s, tr("List the automatic backups, newest first."))
{
    addOption({u"folder"_s, tr("The backup folder (default: <database>-backups beside it)."),
               tr("folder")});
}

int BackupListCommand::run(const QCommandLineParser &parser)
{
    const QString database =
        globals().databasePath.isEmpty() ? Database::defaultPath() : globals().databasePath;
    const QString folder = parser.isSet(u"folder"_s) ? parser.value(u"folder"_s)
                                                     : BackupService::defaultFolder(database);
    const Result<QList<BackupInfo>> backups = BackupService::list(folder);
    if (!backups)
        return fail(backups.error());
    if (json()) {
        QJsonArray array;
        for (const BackupInfo &b : backups.value())
            array.append(QJsonObject{{u"path"_s, b.path},
                                     {u"time"_s, b.time.toString(Qt::ISODate)},
                                     {u"bytes"_s, b.bytes}});
        printJson(array);
        return Success;
    }
    if (backups->isEmpty())
        out() << tr("No backups in %1.").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
    for (const BackupInfo &b : backups.value())
        out() << b.time.toString(u"yyyy-MM-dd HH:mm:ss"_s) << u"  "_s
              << QString::number(b.bytes).rightJustified(12) << u"  "_s
              << QDir::toNativeSeparators(b.path) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

#include "backupautocommand.h"

#include "storage/backupservice.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

BackupAutoCommand::BackupAutoCommand()
    : DatabaseCommand(u"backup auto"_s,
                      tr("Make a timestamped backup in the backup folder and remove the old "
                         "ones (7 daily, 4 weekly kept)."),
                      Database::Mode::ReadOnly)
{
    addOption({u"folder"_s, tr("The backup folder (default: <database>-backups beside it)."),
               tr("folder")});
}

int BackupAutoCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const QString folder = parser.isSet(u"folder"_s) ? parser.value(u"folder"_s)
                                                     : BackupService::defaultFolder(db.path());
    const Result<QString> made = BackupService::backUp(db, folder);
    if (!made)
        return fail(made.error());
    const Result<QList<BackupInfo>> kept = BackupService::list(folder);
    if (json())
        printJson(QJsonObject{{u"backup"_s, made.value()},
                              {u"bytes"_s, QFileInfo(made.value()).size()},
                              {u"kept"_s, kept ? int(kept->size()) : 0}});
    else
        out() << tr("Backed up %1 to %2 (%3 backups kept).")
                     .arg(QDir::toNativeSeparators(db.path()),
                          QDir::toNativeSeparators(made.value()))
                     .arg(kept ? kept->size() : 0)
              << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

#include "backupcommand.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

BackupCommand::BackupCommand()
    : DatabaseCommand(u"backup"_s,
                      tr("Copy the database to FILE, safely, even while the app is running."),
                      Database::Mode::ReadOnly)
{
    addPositional({u"file"_s, tr("Where to write the backup."), u"FILE"_s});
    addOption({u"force"_s, tr("Replace FILE if it exists.")});
}

int BackupCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const QString target = parser.positionalArguments().at(0);
    if (QFileInfo::exists(target) && !parser.isSet(u"force"_s))
        return fail(tr("%1 exists; add --force to replace it.").arg(target));
    if (Status s = db.backupTo(target); !s)
        return fail(s.error());
    if (json())
        printJson(QJsonObject{{u"backup"_s, QFileInfo(target).absoluteFilePath()},
                              {u"bytes"_s, QFileInfo(target).size()}});
    else
        out() << tr("Backed up %1 to %2.").arg(db.path(), target) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

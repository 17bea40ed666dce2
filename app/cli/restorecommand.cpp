#include "restorecommand.h"

#include "storage/database.h"
#include "storage/restore.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

RestoreCommand::RestoreCommand()
    : Command(u"restore"_s, tr("Replace the database with a backup, after checking it; the "
                               "current database is kept aside."))
{
    addPositional({u"file"_s, tr("The backup to restore."), u"FILE"_s});
}

int RestoreCommand::run(const QCommandLineParser &parser)
{
    const QString database =
        globals().databasePath.isEmpty() ? Database::defaultPath() : globals().databasePath;
    const Result<RestoreOutcome> outcome =
        Restore::restore(parser.positionalArguments().at(0), database);
    if (!outcome)
        return fail(outcome.error());
    if (json()) {
        printJson(QJsonObject{{u"database"_s, outcome->databasePath},
                              {u"backup"_s, outcome->backupFile},
                              {u"kept_aside"_s, outcome->keptAside.isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(outcome->keptAside)},
                              {u"schema_version"_s, outcome->schemaVersion}});
    } else {
        out() << tr("Restored %1 from %2.")
                     .arg(QDir::toNativeSeparators(outcome->databasePath),
                          QDir::toNativeSeparators(outcome->backupFile))
              << Qt::endl;
        if (!outcome->keptAside.isEmpty())
            out() << tr("The previous database is kept as %1.")
                         .arg(QDir::toNativeSeparators(outcome->keptAside))
                  << Qt::endl;
    }
    return Success;
}

} // namespace dealboard::cli

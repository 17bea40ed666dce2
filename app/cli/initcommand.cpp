#include "initcommand.h"

#include "storage/migrations.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

InitCommand::InitCommand()
    : DatabaseCommand(u"init"_s, tr("Create the database, or bring its schema up to date."))
{}

int InitCommand::runOn(Database &db, const QCommandLineParser &)
{
    if (json())
        printJson(QJsonObject{{u"path"_s, db.path()},
                              {u"schema_version"_s, db.schemaVersion()},
                              {u"latest_schema_version"_s, Migrations::latestVersion()}});
    else
        out() << tr("%1 is ready (schema %2).").arg(db.path()).arg(db.schemaVersion()) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

#include "checkcommand.h"

#include "storage/migrations.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

CheckCommand::CheckCommand()
    : DatabaseCommand(u"check"_s, tr("Check the database's integrity and schema version."),
                      Database::Mode::ReadOnly)
{}

int CheckCommand::runOn(Database &db, const QCommandLineParser &)
{
    const Result<QStringList> result = db.integrityCheck(true);
    if (!result)
        return fail(
            refusal(tr("The integrity check could not run: %1").arg(result.errorMessage())));
    const bool ok = result.value() == QStringList{u"ok"_s};
    if (json()) {
        printJson(QJsonObject{
            {u"ok"_s, ok},
            {u"path"_s, db.path()},
            {u"schema_version"_s, db.schemaVersion()},
            {u"latest_schema_version"_s, Migrations::latestVersion()},
            {u"problems"_s, ok ? QJsonArray() : QJsonArray::fromStringList(result.value())}});
    } else if (ok) {
        out() << tr("%1: integrity ok, schema %2 (latest %3).")
                     .arg(db.path())
                     .arg(db.schemaVersion())
                     .arg(Migrations::latestVersion())
              << Qt::endl;
    }
    if (!ok)
        return fail(refusal(tr("%1 failed its integrity check: %2")
                                .arg(db.path(), result.value().mid(0, 5).join(u"; "_s))));
    return Success;
}

} // namespace dealboard::cli

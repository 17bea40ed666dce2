#include "activitydonecommand.h"

#include "activityformat.h"
#include "storage/activityrepository.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ActivityDoneCommand::ActivityDoneCommand()
    : DatabaseCommand(u"activity done"_s, tr("Mark an activity done."))
{
    addPositional({u"id"_s, tr("The activity's id."), u"ID"_s});
    addOption({u"outcome"_s, tr("How it went."), tr("text")});
    addOption({u"minutes"_s, tr("Time spent, in minutes."), tr("minutes")});
}

int ActivityDoneCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(0).toLongLong(&ok);
    if (!ok)
        return fail(tr("\"%1\" is not an activity id.").arg(parser.positionalArguments().at(0)));
    ActivityRepository activities(db);
    Result<Activity> a = activities.find(id);
    if (!a)
        return fail(a.error());
    Database::Transaction tx(db);
    if (parser.isSet(u"outcome"_s) || parser.isSet(u"minutes"_s)) {
        if (parser.isSet(u"outcome"_s))
            a->outcome = parser.value(u"outcome"_s);
        if (parser.isSet(u"minutes"_s)) {
            const Result<int> minutes = ActivityFormat::parseMinutes(parser.value(u"minutes"_s));
            if (!minutes)
                return fail(minutes.error());
            a->minutes = *minutes;
        }
        if (Status s = activities.update(*a); !s)
            return fail(s.error());
    }
    if (Status s = activities.complete(id); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    if (json())
        printJson(ActivityFormat::toJson(activities.find(id).value()));
    else
        out() << tr("Activity %1 done: %2.").arg(id).arg(a->title) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

#include "activityaddcommand.h"

#include "activityformat.h"
#include "storage/activityrepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ActivityAddCommand::ActivityAddCommand()
    : DatabaseCommand(u"activity add"_s, tr("Add a call, email, demo, task or note to a deal."))
{
    addPositional({u"deal"_s, tr("The deal's id."), u"DEAL"_s});
    addOption({u"type"_s, tr("call, email, demo (or meeting), task or note."), tr("type")});
    addOption({u"due"_s, tr("When: YYYY-MM-DD, or YYYY-MM-DD HH:MM (local time)."), tr("when")});
    addOption({u"title"_s, tr("What to do (default: the type)."), tr("text")});
    addOption({u"note"_s, tr("A note."), tr("text")});
    addOption({u"contact"_s, tr("The contact's id."), tr("id")});
    addOption({u"category"_s,
               tr("The founder's time it counts in: %1.").arg(Activity::categories().join(u", "_s)),
               tr("category")});
    addOption({u"minutes"_s, tr("Time spent, in minutes."), tr("minutes")});
}

int ActivityAddCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    for (const QString &required : {u"type"_s, u"due"_s})
        if (!parser.isSet(required))
            return fail(tr("Missing --%1. See: dealboard-cli activity add --help").arg(required));
    Activity a;
    bool ok = false;
    a.dealId = parser.positionalArguments().at(0).toLongLong(&ok);
    if (!ok)
        return fail(tr("\"%1\" is not a deal id.").arg(parser.positionalArguments().at(0)));
    const Result<Activity::Kind> kind = ActivityFormat::parseKind(parser.value(u"type"_s));
    if (!kind)
        return fail(kind.error());
    a.kind = *kind;
    const Result<std::pair<QDate, QTime>> due = ActivityFormat::parseDue(parser.value(u"due"_s));
    if (!due)
        return fail(due.error());
    a.due = due->first;
    a.dueTime = due->second;
    a.title = parser.isSet(u"title"_s) ? parser.value(u"title"_s) : Activity::kindKey(a.kind);
    a.note = parser.value(u"note"_s);
    a.category = parser.value(u"category"_s);
    if (parser.isSet(u"contact"_s)) {
        a.contactId = parser.value(u"contact"_s).toLongLong(&ok);
        if (!ok)
            return fail(tr("\"%1\" is not a contact id.").arg(parser.value(u"contact"_s)));
    }
    if (parser.isSet(u"minutes"_s)) {
        const Result<int> minutes = ActivityFormat::parseMinutes(parser.value(u"minutes"_s));
        if (!minutes)
            return fail(minutes.error());
        a.minutes = *minutes;
    }
    const Result<qint64> id = ActivityRepository(db).add(a);
    if (!id)
        return fail(id.error());
    if (json())
        printJson(ActivityFormat::toJson(a));
    else
        out() << tr("Activity %1 added: %2, due %3.")
                     .arg(*id)
                     .arg(a.title, ActivityFormat::dueText(a))
              << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

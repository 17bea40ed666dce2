#include "activitylistcommand.h"

#include "activityformat.h"
#include "cliformat.h"
#include "clock.h"
#include "rules/followuprules.h"
#include "storage/activityrepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ActivityListCommand::ActivityListCommand()
    : DatabaseCommand(u"activity list"_s,
                      tr("List the open activities by due date, after making the follow-ups "
                         "the playbook asks for."))
{
    addOption({u"deal"_s, tr("Only this deal's (done ones too)."), tr("id")});
    addOption({u"due"_s, tr("today (due today) or overdue (due before now)."), tr("when")});
}

int ActivityListCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const QDateTime now = Clock::current().now();
    if (Result<QList<Activity>> made = FollowUpRules::apply(db, now); !made)
        return fail(made.error());
    ActivityQuery query;
    query.openOnly = true;
    bool ok = true;
    if (parser.isSet(u"deal"_s)) {
        query.dealId = parser.value(u"deal"_s).toLongLong(&ok);
        query.openOnly = false;
        if (!ok)
            return fail(tr("\"%1\" is not a deal id.").arg(parser.value(u"deal"_s)));
    }
    const QDate today = now.toLocalTime().date();
    const QString due = parser.value(u"due"_s);
    if (due == "today"_L1) {
        query.dueFrom = query.dueTo = today;
    } else if (due == "overdue"_L1) {
        query.dueTo = today;
        query.openOnly = true;
    } else if (!due.isEmpty()) {
        return fail(tr("Unknown --due \"%1\": use today or overdue.").arg(due));
    }
    Result<QList<Activity>> list = ActivityRepository(db).list(query);
    if (!list)
        return fail(list.error());
    if (due == "overdue"_L1)
        list->removeIf([&now](const Activity &a) { return a.dueAt() >= now.toLocalTime(); });
    if (json()) {
        QJsonArray out;
        for (const Activity &a : *list)
            out << ActivityFormat::toJson(a);
        printJson(out);
        return Success;
    }
    QList<QStringList> rows;
    for (const Activity &a : *list)
        rows << QStringList{QString::number(a.id),
                            QString::number(a.dealId),
                            Activity::kindKey(a.kind),
                            ActivityFormat::dueText(a),
                            a.isDone() ? tr("done") : QString(),
                            a.title};
    out() << table({tr("ID"), tr("Deal"), tr("Type"), tr("Due"), tr("Done"), tr("Title")}, rows)
          << tr("%n activity(ies).", nullptr, int(list->size())) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

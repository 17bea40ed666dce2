#include "activitylistcommand.h"

#include "activityformat.h"
#include "cliformat.h"
#include "clock.h"
#include "rules/followuprules.h"
#include "storage/activityrepository.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ActivityListCommand::ActivityListCommand()
    : DatabaseCommand(u"activity list"_s,
                      tr("List the open activities by due date, after making the follow-ups "
                         "the playbook asks for."))
{
    setReadOnlyWhenOpenElsewhere();
    addOption({u"deal"_s, tr("Only this deal's (done ones too)."), tr("id")});
    addOption({u"due"_s, tr("today (due today) or overdue (due before now)."), tr("when")});
}

int ActivityListCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const QDateTime now = Clock::current().now();
    const Result<QList<Activity>> pending = FollowUpRules::applyOrPreview(db, now);
    if (!pending)
        return fail(pending.error());
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
    // Shown, not saved, when the app has the database open (read-only here).
    for (const Activity &a : *pending)
        if ((!query.dealId || a.dealId == query.dealId) &&
            (!query.dueFrom.isValid() || a.due >= query.dueFrom) &&
            (!query.dueTo.isValid() || a.due <= query.dueTo))
            list->append(a);
    std::stable_sort(list->begin(), list->end(),
                     [](const Activity &a, const Activity &b) { return a.dueAt() < b.dueAt(); });
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
        rows << QStringList{a.id ? QString::number(a.id) : tr("new"),
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

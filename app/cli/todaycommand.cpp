#include "todaycommand.h"

#include "activityformat.h"
#include "clock.h"
#include "rules/followuprules.h"
#include "rules/todayagenda.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

QJsonArray itemsJson(const QList<AgendaItem> &items)
{
    QJsonArray out;
    for (const AgendaItem &i : items) {
        QJsonObject o = ActivityFormat::toJson(i.activity);
        o.insert(u"deal_title"_s, i.dealTitle);
        o.insert(u"company"_s, i.companyName);
        o.insert(u"contact"_s, i.contactName.isEmpty() ? QJsonValue() : QJsonValue(i.contactName));
        o.insert(u"overdue"_s, i.overdue);
        if (i.activity.rule == "inbound-reply"_L1)
            o.insert(u"minutes_left"_s, i.minutesLeft);
        out << o;
    }
    return out;
}

} // namespace

TodayCommand::TodayCommand()
    : DatabaseCommand(u"today"_s, tr("What to do today: new leads to answer within 4 hours, "
                                     "replies to send, follow-ups due or overdue, today's demos."))
{
    setReadOnlyWhenOpenElsewhere();
}

int TodayCommand::runOn(Database &db, const QCommandLineParser &)
{
    const QDateTime now = Clock::current().now();
    const Result<QList<Activity>> pending = FollowUpRules::applyOrPreview(db, now);
    if (!pending)
        return fail(pending.error());
    const Result<Agenda> agenda = TodayAgenda::build(db, now, *pending);
    if (!agenda)
        return fail(agenda.error());
    if (json()) {
        printJson(QJsonObject{{u"date"_s, now.toLocalTime().date().toString(Qt::ISODate)},
                              {u"new_leads"_s, itemsJson(agenda->newLeads)},
                              {u"replies"_s, itemsJson(agenda->replies)},
                              {u"follow_ups"_s, itemsJson(agenda->followUps)},
                              {u"demos"_s, itemsJson(agenda->demos)}});
        return Success;
    }
    auto section = [this](const QString &title, const QList<AgendaItem> &items) {
        out() << title << u" ("_s << items.size() << u")"_s << Qt::endl;
        for (const AgendaItem &i : items) {
            QString line = u"  %1  %2  %3 — %4 (%5)"_s.arg(i.activity.id)
                               .arg(ActivityFormat::dueText(i.activity), i.activity.title,
                                    i.dealTitle, i.companyName);
            if (i.activity.rule == "inbound-reply"_L1)
                line +=
                    i.minutesLeft >= 0
                        ? tr(", %1 h %2 min left").arg(i.minutesLeft / 60).arg(i.minutesLeft % 60)
                        : tr(", %1 h %2 min late")
                              .arg(-i.minutesLeft / 60)
                              .arg(-i.minutesLeft % 60);
            else if (i.overdue)
                line += tr(", overdue");
            out() << line << Qt::endl;
        }
    };
    section(tr("New leads to answer"), agenda->newLeads);
    section(tr("Replies to send"), agenda->replies);
    section(tr("Follow-ups due"), agenda->followUps);
    section(tr("Demos today"), agenda->demos);
    return Success;
}

} // namespace dealboard::cli

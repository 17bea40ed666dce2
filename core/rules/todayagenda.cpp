#include "todayagenda.h"

#include "storage/activityrepository.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// Puts an open activity in its part of the day's agenda.
void place(Agenda &agenda, AgendaItem item, const QDateTime &local)
{
    const Activity &a = item.activity;
    item.overdue = a.dueAt() < local;
    if (a.rule == "inbound-reply"_L1) {
        const qint64 secs = local.secsTo(a.dueAt());
        item.minutesLeft = secs >= 0 ? secs / 60 : -((-secs + 59) / 60); // late: rounded up
        agenda.newLeads << item;
    } else if (a.rule.startsWith(u"demo-prep:"_s)) {
        agenda.demos << item; // the checklist beside its demo
    } else if (a.kind == Activity::Kind::Demo) {
        if (a.due == local.date())
            agenda.demos << item;
        else
            agenda.followUps << item; // a demo that did not happen: to reschedule
    } else if (a.kind == Activity::Kind::Email) {
        agenda.replies << item;
    } else {
        agenda.followUps << item;
    }
}

} // namespace

Result<Agenda> TodayAgenda::build(Database &db, const QDateTime &now,
                                  const QList<Activity> &pending)
{
    const QDateTime local = now.toLocalTime();
    const QDate today = local.date();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT %1, d.title, c.name, coalesce(ct.name, dct.name, '') "
        "FROM activities a JOIN deals d ON d.id = a.deal_id "_s.arg(ActivityRepository::columns()) +
        u"JOIN companies c ON c.id = d.company_id "
        "LEFT JOIN contacts ct ON ct.id = a.contact_id "
        "LEFT JOIN contacts dct ON dct.id = d.contact_id "
        "WHERE a.done_at IS NULL AND a.deleted_at IS NULL AND d.deleted_at IS NULL AND "
        "(a.due <= ? OR a.rule = 'inbound-reply') "
        "ORDER BY a.due, coalesce(a.due_time, '99'), a.id"_s);
    q.addBindValue(today.toString(Qt::ISODate));
    if (Status s = db.exec(q, tr("reading today's follow-ups")); !s)
        return s.error();
    Agenda agenda;
    while (q.next()) {
        AgendaItem item;
        item.activity = ActivityRepository::read(q);
        item.dealTitle = q.value(14).toString();
        item.companyName = q.value(15).toString();
        item.contactName = q.value(16).toString();
        place(agenda, item, local);
    }
    if (pending.isEmpty())
        return agenda;
    QSqlQuery deal(db.connection());
    deal.prepare(u"SELECT d.title, c.name, coalesce(ct.name, '') FROM deals d "
                 "JOIN companies c ON c.id = d.company_id "
                 "LEFT JOIN contacts ct ON ct.id = d.contact_id WHERE d.id = ?"_s);
    for (const Activity &a : pending) {
        if (a.due > today && a.rule != "inbound-reply"_L1)
            continue;
        deal.addBindValue(a.dealId);
        if (Status s = db.exec(deal, tr("reading today's follow-ups")); !s)
            return s.error();
        AgendaItem item;
        item.activity = a;
        if (deal.next()) {
            item.dealTitle = deal.value(0).toString();
            item.companyName = deal.value(1).toString();
            item.contactName = deal.value(2).toString();
        }
        place(agenda, item, local);
    }
    return agenda;
}

} // namespace dealboard

#include "todayagenda.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace dealboard {

Result<Agenda> TodayAgenda::build(Database &db, const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QDate today = local.date();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.deal_id, a.kind, a.title, a.due, a.due_time, a.note, "
              "coalesce(a.contact_id, 0), a.category, a.rule, a.created_at, d.title, c.name, "
              "coalesce(ct.name, dct.name, '') FROM activities a JOIN deals d ON d.id = a.deal_id "
              "JOIN companies c ON c.id = d.company_id "
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
        Activity &a = item.activity;
        a.id = q.value(0).toLongLong();
        a.dealId = q.value(1).toLongLong();
        a.kind = Activity::kindFromKey(q.value(2).toString());
        a.title = q.value(3).toString();
        a.due = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        if (!q.value(5).isNull())
            a.dueTime = QTime::fromString(q.value(5).toString(), u"HH:mm"_s);
        a.note = q.value(6).toString();
        a.contactId = q.value(7).toLongLong();
        a.category = q.value(8).toString();
        a.rule = q.value(9).toString();
        a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
        item.dealTitle = q.value(11).toString();
        item.companyName = q.value(12).toString();
        item.contactName = q.value(13).toString();
        item.overdue = a.dueAt() < local;
        if (a.rule == "inbound-reply"_L1) {
            item.minutesLeft = local.secsTo(a.dueAt()) / 60;
            agenda.newLeads << item;
        } else if (a.rule.startsWith(u"demo-prep:"_s)) {
            agenda.demos << item; // the checklist beside its demo
        } else if (a.kind == Activity::Kind::Demo) {
            if (a.due == today)
                agenda.demos << item;
            else
                agenda.followUps << item; // a demo that did not happen: to reschedule
        } else if (a.kind == Activity::Kind::Email) {
            agenda.replies << item;
        } else {
            agenda.followUps << item;
        }
    }
    return agenda;
}

} // namespace dealboard

#include "followuprules.h"

#include "playbook/playbook.h"
#include "storage/activityrepository.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QDateTime local(const QVariant &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toLocalTime();
}

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

Activity make(qint64 dealId, qint64 contactId, Activity::Kind kind, const QString &title,
              const QDateTime &due, bool withTime, const QString &category, const QString &rule)
{
    Activity a;
    a.dealId = dealId;
    a.contactId = contactId;
    a.kind = kind;
    a.title = title;
    a.due = due.date();
    if (withTime)
        a.dueTime = QTime(due.time().hour(), due.time().minute());
    a.category = category;
    a.rule = rule;
    return a;
}

// Runs `sql` (positional values) and calls `row` for each result.
template<typename Row>
Status each(Database &db, const QString &sql, const QVariantList &values, Row row)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = db.exec(q, FollowUpRules::tr("reading the follow-ups")); !s)
        return s;
    while (q.next())
        row(q);
    return {};
}

const QString kNoRule = u"NOT EXISTS (SELECT 1 FROM activities r WHERE r.deal_id = %1 AND "
                        "r.rule = %2)"_s;

// The follow-ups whose trigger is gone (an undo, a deal moved back, a quote answered): the open
// ones a rule made are removed, so that the rule makes them again if the trigger comes back.
Status prune(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(u"DELETE FROM activities WHERE done_at IS NULL AND deleted_at IS NULL AND ("
              "((rule LIKE 'demo-prep:%' OR rule LIKE 'demo-recap:%') AND NOT EXISTS (SELECT 1 "
              "FROM activities s WHERE s.id = CAST(substr(activities.rule, "
              "instr(activities.rule, ':') + 1) AS INTEGER) AND s.deleted_at IS NULL)) OR "
              "(rule LIKE 'post-demo:%' AND NOT EXISTS (SELECT 1 FROM activities s WHERE "
              "s.id = CAST(substr(activities.rule, 11) AS INTEGER) AND s.deleted_at IS NULL AND "
              "s.done_at IS NOT NULL)) OR "
              "(rule LIKE 'silent:%' AND NOT EXISTS (SELECT 1 FROM quotes qu WHERE "
              "qu.id = CAST(substr(activities.rule, 8) AS INTEGER) AND qu.status = 'sent')) OR "
              "(rule = 'recontact' AND NOT EXISTS (SELECT 1 FROM deals d WHERE "
              "d.id = activities.deal_id AND d.stage = ? AND d.lost_reason = 'timing')))"_s);
    q.addBindValue(db.playbook().lostStage());
    return db.exec(q, FollowUpRules::tr("removing the follow-ups no longer needed"));
}

} // namespace

Result<QList<Activity>> FollowUpRules::missing(Database &db, const QDateTime &now)
{
    const Playbook &pb = db.playbook();
    QList<Activity> out;
    const QString first = pb.stages().isEmpty() ? QString() : pb.stages().first().key;

    // A new inbound lead: reply within 4 hours.
    Status s = each(
        db,
        u"SELECT d.id, coalesce(d.contact_id, 0), d.created_at, d.title FROM deals d "
        "WHERE d.deleted_at IS NULL AND d.stage = ? AND d.created_at >= ? AND "
        "lower(coalesce(d.source, '')) <> 'outbound' AND NOT EXISTS (SELECT 1 FROM activities "
        "a WHERE a.deal_id = d.id AND (a.rule = 'inbound-reply' OR (a.kind IN ('email', "
        "'call') AND a.deleted_at IS NULL))) AND NOT EXISTS (SELECT 1 FROM events e "
        "JOIN import_batches b ON e.id BETWEEN b.first_event AND b.last_event "
        "WHERE e.entity = 'deal' AND e.entity_id = d.id AND e.kind = 'created')"_s,
        {first, ms(now.addDays(-1))}, [&out](const QSqlQuery &q) {
            out << make(q.value(0).toLongLong(), q.value(1).toLongLong(), Activity::Kind::Email,
                        tr("Reply to the new lead: %1").arg(q.value(3).toString()),
                        local(q.value(2)).addSecs(kReplyHours * 3600), true, u"inbound"_s,
                        u"inbound-reply"_s);
        });
    if (!s)
        return s.error();

    // A demo planned: the prep the day before, the recap 2 hours after.
    s = each(
        db,
        u"SELECT a.id, a.deal_id, coalesce(a.contact_id, 0), a.due, a.due_time, d.title, "
        "%1, %2 FROM activities a JOIN deals d ON d.id = a.deal_id "
        "WHERE a.kind = 'demo' AND a.done_at IS NULL AND a.deleted_at IS NULL AND "
        "d.deleted_at IS NULL AND a.due >= ?"_s.arg(
            kNoRule.arg(u"a.deal_id"_s, u"'demo-prep:' || a.id"_s),
            kNoRule.arg(u"a.deal_id"_s, u"'demo-recap:' || a.id"_s)),
        {now.toLocalTime().date().toString(Qt::ISODate)}, [&out, &now](const QSqlQuery &q) {
            const QString id = q.value(0).toString();
            const QDate day = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            const QTime time = QTime::fromString(q.value(4).toString(), u"HH:mm"_s);
            const qint64 deal = q.value(1).toLongLong();
            const qint64 contact = q.value(2).toLongLong();
            const QString title = q.value(5).toString();
            // A demo already under way needs no preparation any more.
            const bool started = time.isValid() && QDateTime(day, time) <= now.toLocalTime();
            if (q.value(6).toBool() && !started) {
                Activity prep = make(
                    deal, contact, Activity::Kind::Task, tr("Prepare the demo: %1").arg(title),
                    QDateTime(std::max(day.addDays(-1), now.toLocalTime().date()), QTime(0, 0)),
                    false, u"demos"_s, u"demo-prep:"_s + id);
                prep.note = tr("Review the discovery notes\nPrepare a tailored "
                               "environment\nFind the client's own use cases\nPrepare "
                               "answers to the likely objections");
                out << prep;
            }
            if (q.value(7).toBool())
                out << make(deal, contact, Activity::Kind::Email,
                            tr("Send the demo recap: %1").arg(title),
                            QDateTime(day, time.isValid() ? time : QTime(18, 0))
                                .addSecs(time.isValid() ? kRecapHours * 3600 : 0),
                            true, u"demos"_s, u"demo-recap:"_s + id);
        });
    if (!s)
        return s.error();

    // A demo done: the post-demo follow-up the next day.
    s = each(db,
             u"SELECT a.id, a.deal_id, coalesce(a.contact_id, 0), a.done_at, d.title "
             "FROM activities a JOIN deals d ON d.id = a.deal_id WHERE a.kind = 'demo' AND "
             "a.done_at >= ? AND a.deleted_at IS NULL AND d.deleted_at IS NULL AND %1"_s.arg(
                 kNoRule.arg(u"a.deal_id"_s, u"'post-demo:' || a.id"_s)),
             {ms(now.addDays(-7))}, [&out](const QSqlQuery &q) {
                 out << make(q.value(1).toLongLong(), q.value(2).toLongLong(),
                             Activity::Kind::Email,
                             tr("Post-demo follow-up: %1").arg(q.value(4).toString()),
                             QDateTime(local(q.value(3)).date().addDays(1), QTime(0, 0)), false,
                             u"pipeline"_s, u"post-demo:"_s + q.value(0).toString());
             });
    if (!s)
        return s.error();

    // A quote sent and not answered: the silent follow-up at D+7.
    s = each(db,
             u"SELECT qu.id, qu.deal_id, coalesce(d.contact_id, 0), qu.sent_at, qu.number "
             "FROM quotes qu JOIN deals d ON d.id = qu.deal_id WHERE qu.status = 'sent' AND "
             "qu.sent_at >= ? AND qu.sent_at <= ? AND d.deleted_at IS NULL AND %1"_s.arg(
                 kNoRule.arg(u"qu.deal_id"_s, u"'silent:' || qu.id"_s)),
             {ms(now.addDays(-30)), ms(now.addDays(-kSilentDays))}, [&out](const QSqlQuery &q) {
                 out << make(q.value(1).toLongLong(), q.value(2).toLongLong(),
                             Activity::Kind::Email,
                             tr("Follow up on quote %1 (no answer)").arg(q.value(4).toString()),
                             QDateTime(local(q.value(3)).date().addDays(kSilentDays), QTime(0, 0)),
                             false, u"pipeline"_s, u"silent:"_s + q.value(0).toString());
             });
    if (!s)
        return s.error();

    // Lost "not now": recontact in 3 months.
    s = each(db,
             u"SELECT d.id, coalesce(d.contact_id, 0), d.stage_entered_at, d.title FROM deals d "
             "WHERE d.deleted_at IS NULL AND d.stage = ? AND d.lost_reason = 'timing' AND "
             "d.stage_entered_at >= ? AND %1 AND %2"_s.arg(
                 kNoRule.arg(u"d.id"_s, u"'recontact'"_s),
                 // the win/loss form's own recontact date stands for it
                 kNoRule.arg(u"d.id"_s, u"'winloss-recontact'"_s)),
             {pb.lostStage(), ms(now.addDays(-30))}, [&out](const QSqlQuery &q) {
                 out << make(
                     q.value(0).toLongLong(), q.value(1).toLongLong(), Activity::Kind::Call,
                     tr("Recontact (not now): %1").arg(q.value(3).toString()),
                     QDateTime(local(q.value(2)).date().addMonths(kRecontactMonths), QTime(0, 0)),
                     false, u"pipeline"_s, u"recontact"_s);
             });
    if (!s)
        return s.error();
    return out;
}

Result<QList<Activity>> FollowUpRules::apply(Database &db, const QDateTime &now)
{
    // Read and written in one transaction: another connection cannot add the same between.
    Database::Transaction tx(db);
    if (Status s = prune(db); !s)
        return s.error();
    Result<QList<Activity>> todo = missing(db, now);
    if (!todo)
        return todo;
    ActivityRepository activities(db);
    for (Activity &a : todo.value())
        if (Result<qint64> id = activities.add(a); !id)
            return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return todo;
}

Result<QList<Activity>> FollowUpRules::applyOrPreview(Database &db, const QDateTime &now)
{
    if (db.mode() == Database::Mode::ReadOnly)
        return missing(db, now);
    if (Result<QList<Activity>> made = apply(db, now); !made)
        return made.error();
    return QList<Activity>();
}

} // namespace dealboard

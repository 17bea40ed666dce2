#include "activityrepository.h"

#include "clock.h"
#include "database.h"
#include "eventlog.h"
#include "fieldchanges.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kColumns = u"a.id, a.deal_id, a.kind, a.title, a.due, a.done_at, a.created_at, "
                         "a.note, a.contact_id, a.due_time, a.outcome, a.category, a.minutes, "
                         "a.rule"_s;

} // namespace

const QString &ActivityRepository::columns()
{
    return kColumns;
}

Activity ActivityRepository::read(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.dealId = q.value(1).toLongLong();
    a.kind = Activity::kindFromKey(q.value(2).toString());
    a.title = q.value(3).toString();
    a.due = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    if (!q.value(5).isNull())
        a.doneAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    a.note = q.value(7).toString();
    a.contactId = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        a.dueTime = QTime::fromString(q.value(9).toString(), u"HH:mm"_s);
    a.outcome = q.value(10).toString();
    a.category = q.value(11).toString();
    a.minutes = q.value(12).toInt();
    a.rule = q.value(13).toString();
    return a;
}

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant timeOrNull(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(u"HH:mm"_s)) : QVariant();
}

} // namespace

Status ActivityRepository::validate(const Activity &a) const
{
    if (a.title.trimmed().isEmpty())
        return userError(tr("A follow-up needs a title."));
    if (!a.due.isValid())
        return userError(tr("A follow-up needs a due date."));
    if (a.minutes < 0)
        return userError(tr("The time logged cannot be negative."));
    if (!a.category.isEmpty() && !Activity::categories().contains(a.category))
        return userError(tr("Unknown time category \"%1\"; use one of: %2.")
                             .arg(a.category, Activity::categories().join(u", "_s)));
    return {};
}

Result<qint64> ActivityRepository::add(Activity &a)
{
    if (Status s = validate(a); !s)
        return s.error();
    Database::Transaction tx(m_db);
    QSqlQuery &exists = m_db.prepared(u"SELECT 1 FROM deals WHERE id = ? AND deleted_at IS NULL"_s);
    exists.addBindValue(a.dealId);
    if (Status s = m_db.exec(exists, tr("finding the deal")); !s)
        return s.error();
    const bool found = exists.next();
    exists.finish();
    if (!found)
        return userError(tr("There is no deal with id %1.").arg(a.dealId));
    a.createdAt = Clock::current().now();
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO activities (deal_id, kind, title, due, created_at, note, contact_id, "
        "due_time, outcome, category, minutes, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.dealId);
    q.addBindValue(Activity::kindKey(a.kind));
    q.addBindValue(a.title.trimmed());
    q.addBindValue(a.due.toString(Qt::ISODate));
    q.addBindValue(a.createdAt.toMSecsSinceEpoch());
    q.addBindValue(textOrNull(a.note));
    q.addBindValue(a.contactId > 0 ? QVariant(a.contactId) : QVariant());
    q.addBindValue(timeOrNull(a.dueTime));
    q.addBindValue(textOrNull(a.outcome));
    q.addBindValue(textOrNull(a.category));
    q.addBindValue(a.minutes > 0 ? QVariant(a.minutes) : QVariant());
    q.addBindValue(textOrNull(a.rule));
    if (Status s = m_db.exec(q, tr("saving the follow-up")); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    Event e{0,
            {},
            {},
            u"activity"_s,
            id,
            Event::Kind::Created,
            {},
            {},
            a.title.trimmed(),
            QString::number(a.dealId)};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    a.id = id;
    return id;
}

Status ActivityRepository::complete(qint64 id)
{
    Database::Transaction tx(m_db);
    QSqlQuery &q = m_db.prepared(u"UPDATE activities SET done_at = ? WHERE id = ? AND done_at IS "
                                 "NULL AND deleted_at IS NULL"_s);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("completing the follow-up")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(tr("There is no open follow-up with id %1.").arg(id));
    Event e{0, {}, {}, u"activity"_s, id, Event::Kind::Edited, u"done"_s, u"0"_s, u"1"_s, {}};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    return tx.commit();
}

Status ActivityRepository::remove(qint64 id)
{
    Database::Transaction tx(m_db);
    QSqlQuery &q = m_db.prepared(
        u"UPDATE activities SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"_s);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("deleting the follow-up")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(tr("There is no follow-up with id %1.").arg(id));
    Event e{0, {}, {}, u"activity"_s, id, Event::Kind::Deleted, {}, {}, {}, {}};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    return tx.commit();
}

Status ActivityRepository::discard(qint64 id)
{
    QSqlQuery &q = m_db.prepared(u"DELETE FROM activities WHERE id = ?"_s);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("removing the follow-up")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(tr("There is no follow-up with id %1.").arg(id));
    return {};
}

Result<QList<Activity>> ActivityRepository::forDeal(qint64 dealId)
{
    ActivityQuery query;
    query.dealId = dealId;
    return list(query);
}

Result<QList<Activity>> ActivityRepository::list(const ActivityQuery &query)
{
    QString sql = u"SELECT %1 FROM activities a JOIN deals d ON d.id = a.deal_id "
                  "WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL"_s.arg(kColumns);
    QVariantList values;
    if (query.dealId > 0) {
        sql += u" AND a.deal_id = ?"_s;
        values << query.dealId;
    }
    if (query.openOnly)
        sql += u" AND a.done_at IS NULL"_s;
    if (query.dueFrom.isValid()) {
        sql += u" AND a.due >= ?"_s;
        values << query.dueFrom.toString(Qt::ISODate);
    }
    if (query.dueTo.isValid()) {
        sql += u" AND a.due <= ?"_s;
        values << query.dueTo.toString(Qt::ISODate);
    }
    sql += u" ORDER BY a.done_at IS NOT NULL, a.due, coalesce(a.due_time, '99'), a.id"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (Status s = m_db.exec(q, tr("reading the follow-ups")); !s)
        return s.error();
    QList<Activity> out;
    while (q.next())
        out.append(read(q));
    return out;
}

Result<Activity> ActivityRepository::find(qint64 id)
{
    QSqlQuery &q = m_db.prepared(
        u"SELECT %1 FROM activities a WHERE a.id = ? AND a.deleted_at IS NULL"_s.arg(kColumns));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the follow-up")); !s)
        return s.error();
    if (!q.next())
        return userError(tr("There is no follow-up with id %1.").arg(id));
    const Activity a = read(q);
    q.finish();
    return a;
}

Status ActivityRepository::update(const Activity &a)
{
    if (Status s = validate(a); !s)
        return s;
    Database::Transaction tx(m_db);
    const Result<Activity> old = find(a.id);
    if (!old)
        return old.error();
    FieldChanges c;
    c.compare(u"kind"_s, Activity::kindKey(old->kind), Activity::kindKey(a.kind));
    c.compare(u"title"_s, old->title, a.title.trimmed());
    c.compare(u"due"_s, old->due, a.due);
    c.compare(u"due_time"_s, timeOrNull(old->dueTime).toString(), timeOrNull(a.dueTime).toString());
    c.compare(u"contact_id"_s, old->contactId, a.contactId);
    c.compare(u"note"_s, old->note, a.note);
    c.compare(u"outcome"_s, old->outcome, a.outcome);
    c.compare(u"category"_s, old->category, a.category);
    c.compare(u"minutes"_s, qint64(old->minutes), qint64(a.minutes));
    if (c.isEmpty())
        return tx.commit();
    QSqlQuery &q = m_db.prepared(
        u"UPDATE activities SET kind = ?, title = ?, due = ?, due_time = ?, contact_id = ?, "
        "note = ?, outcome = ?, category = ?, minutes = ? WHERE id = ?"_s);
    q.addBindValue(Activity::kindKey(a.kind));
    q.addBindValue(a.title.trimmed());
    q.addBindValue(a.due.toString(Qt::ISODate));
    q.addBindValue(timeOrNull(a.dueTime));
    q.addBindValue(a.contactId > 0 ? QVariant(a.contactId) : QVariant());
    q.addBindValue(textOrNull(a.note));
    q.addBindValue(textOrNull(a.outcome));
    q.addBindValue(textOrNull(a.category));
    q.addBindValue(a.minutes > 0 ? QVariant(a.minutes) : QVariant());
    q.addBindValue(a.id);
    if (Status s = m_db.exec(q, tr("saving the follow-up")); !s)
        return s;
    EventLog log(m_db);
    if (Status s = c.record(log, u"activity"_s, a.id); !s)
        return s;
    return tx.commit();
}

Status ActivityRepository::reopen(qint64 id)
{
    Database::Transaction tx(m_db);
    QSqlQuery &q = m_db.prepared(u"UPDATE activities SET done_at = NULL WHERE id = ? AND done_at "
                                 "IS NOT NULL AND deleted_at IS NULL"_s);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reopening the follow-up")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(tr("There is no done follow-up with id %1.").arg(id));
    Event e{0, {}, {}, u"activity"_s, id, Event::Kind::Edited, u"done"_s, u"1"_s, u"0"_s, {}};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    return tx.commit();
}

} // namespace dealboard

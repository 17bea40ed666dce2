#include "activityrepository.h"

#include "clock.h"
#include "database.h"
#include "eventlog.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
Activity read(const QSqlQuery &q)
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
    return a;
}
} // namespace

Result<qint64> ActivityRepository::add(Activity &a)
{
    if (a.title.trimmed().isEmpty())
        return userError(tr("A follow-up needs a title."));
    if (!a.due.isValid())
        return userError(tr("A follow-up needs a due date."));
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
    QSqlQuery &q = m_db.prepared(u"INSERT INTO activities (deal_id, kind, title, due, created_at, "
                                 "note) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.dealId);
    q.addBindValue(Activity::kindKey(a.kind));
    q.addBindValue(a.title.trimmed());
    q.addBindValue(a.due.toString(Qt::ISODate));
    q.addBindValue(a.createdAt.toMSecsSinceEpoch());
    q.addBindValue(a.note.isEmpty() ? QVariant() : QVariant(a.note));
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
    QSqlQuery &q = m_db.prepared(
        u"SELECT id, deal_id, kind, title, due, done_at, created_at, note FROM activities "
        "WHERE deal_id = ? AND deleted_at IS NULL ORDER BY done_at IS NOT NULL, due, id"_s);
    q.addBindValue(dealId);
    if (Status s = m_db.exec(q, tr("reading the follow-ups")); !s)
        return s.error();
    QList<Activity> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

} // namespace dealboard

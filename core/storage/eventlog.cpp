#include "eventlog.h"

#include "clock.h"
#include "database.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

Result<qint64> EventLog::append(Event event)
{
    if (!event.at.isValid())
        event.at = Clock::current().now();
    if (event.actor.isEmpty())
        event.actor = m_db.actor();
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO events (at, actor, entity, entity_id, kind, field, old_value, new_value, "
        "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(event.at.toMSecsSinceEpoch());
    q.addBindValue(event.actor);
    q.addBindValue(event.entity);
    q.addBindValue(event.entityId);
    q.addBindValue(Event::kindKey(event.kind));
    q.addBindValue(event.field.isEmpty() ? QVariant() : QVariant(event.field));
    q.addBindValue(event.oldValue.isNull() ? QVariant() : QVariant(event.oldValue));
    q.addBindValue(event.newValue.isNull() ? QVariant() : QVariant(event.newValue));
    q.addBindValue(event.detail.isEmpty() ? QVariant() : QVariant(event.detail));
    if (Status s = m_db.exec(q, tr("recording the change")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

namespace {

const QString kColumns =
    u"id, at, actor, entity, entity_id, kind, field, old_value, new_value, detail"_s;

Event read(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.actor = q.value(2).toString();
    e.entity = q.value(3).toString();
    e.entityId = q.value(4).toLongLong();
    e.kind = Event::kindFromKey(q.value(5).toString());
    e.field = q.value(6).toString();
    e.oldValue = q.value(7).toString();
    e.newValue = q.value(8).toString();
    e.detail = q.value(9).toString();
    return e;
}

} // namespace

Result<QList<Event>> EventLog::forEntity(const QString &entity, qint64 id, History history)
{
    QSqlQuery &q = m_db.prepared(
        u"SELECT %1 FROM events WHERE entity = ? AND entity_id = ? ORDER BY id"_s.arg(kColumns));
    q.addBindValue(entity);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the history")); !s)
        return s.error();
    QList<Event> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    if (history == History::Effective) {
        // An "undone" marker names the event it cancels; it is logged on the same entity.
        QSet<qint64> undone;
        for (const Event &e : std::as_const(out))
            if (e.kind == Event::Kind::Undone)
                undone.insert(e.detail.toLongLong());
        out.removeIf([&undone](const Event &e) {
            return e.kind == Event::Kind::Undone || undone.contains(e.id);
        });
    }
    return out;
}

Result<Event> EventLog::find(qint64 id)
{
    QSqlQuery &q = m_db.prepared(u"SELECT %1 FROM events WHERE id = ?"_s.arg(kColumns));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the history")); !s)
        return s.error();
    if (!q.next())
        return userError(tr("There is no event with id %1.").arg(id));
    const Event e = read(q);
    q.finish();
    return e;
}

Result<bool> EventLog::isUndone(qint64 id)
{
    const Result<Event> event = find(id);
    if (!event)
        return event.error();
    QSqlQuery &q = m_db.prepared(u"SELECT 1 FROM events WHERE entity = ? AND entity_id = ? "
                                 "AND kind = ? AND detail = ? LIMIT 1"_s);
    q.addBindValue(event->entity);
    q.addBindValue(event->entityId);
    q.addBindValue(Event::kindKey(Event::Kind::Undone));
    q.addBindValue(QString::number(id));
    if (Status s = m_db.exec(q, tr("reading the history")); !s)
        return s.error();
    const bool undone = q.next();
    q.finish();
    return undone;
}

Result<qint64> EventLog::lastId()
{
    QSqlQuery &q = m_db.prepared(u"SELECT coalesce(max(id), 0) FROM events"_s);
    if (Status s = m_db.exec(q, tr("reading the history")); !s)
        return s.error();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<QList<qint64>> EventLog::idsAfter(qint64 id)
{
    QSqlQuery &q = m_db.prepared(u"SELECT id FROM events WHERE id > ? ORDER BY id"_s);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the history")); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    q.finish();
    return out;
}

Result<qint64> EventLog::count()
{
    QSqlQuery &q = m_db.prepared(u"SELECT count(*) FROM events"_s);
    if (Status s = m_db.exec(q, tr("counting events")); !s)
        return s.error();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Status EventLog::markUndone(const QList<qint64> &ids)
{
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const Result<Event> e = find(*it);
        if (!e)
            return e.error();
        const Event marker{0,  {}, {}, e->entity,           e->entityId, Event::Kind::Undone,
                           {}, {}, {}, QString::number(*it)};
        if (Result<qint64> r = append(marker); !r)
            return r.error();
    }
    return {};
}

Status EventLog::appendMerge(const QString &entity, qint64 keptId, const QString &keptName,
                             qint64 mergedId, const QString &mergedName)
{
    const Event into{0,
                     {},
                     {},
                     entity,
                     mergedId,
                     Event::Kind::Edited,
                     u"merged_into"_s,
                     {},
                     QString::number(keptId),
                     keptName};
    const Event from{0,
                     {},
                     {},
                     entity,
                     keptId,
                     Event::Kind::Edited,
                     u"merged_from"_s,
                     {},
                     QString::number(mergedId),
                     mergedName};
    for (const Event &e : {into, from})
        if (Result<qint64> r = append(e); !r)
            return r.error();
    return {};
}

} // namespace dealboard

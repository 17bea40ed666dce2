#include "eventlog.h"

#include "clock.h"
#include "database.h"

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

Result<QList<Event>> EventLog::forEntity(const QString &entity, qint64 id)
{
    QSqlQuery &q = m_db.prepared(
        u"SELECT id, at, actor, kind, field, old_value, new_value, detail FROM events "
        "WHERE entity = ? AND entity_id = ? ORDER BY id"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the history")); !s)
        return s.error();
    QList<Event> out;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.actor = q.value(2).toString();
        e.entity = entity;
        e.entityId = id;
        e.kind = Event::kindFromKey(q.value(3).toString());
        e.field = q.value(4).toString();
        e.oldValue = q.value(5).toString();
        e.newValue = q.value(6).toString();
        e.detail = q.value(7).toString();
        out.append(e);
    }
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

} // namespace dealboard

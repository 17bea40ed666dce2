#include "fieldchanges.h"

#include "eventlog.h"

using namespace Qt::StringLiterals;

namespace dealboard {

void FieldChanges::compare(const QString &field, const QString &before, const QString &after)
{
    if (before != after)
        m_changes.append({field, before, after});
}

void FieldChanges::compare(const QString &field, qint64 before, qint64 after)
{
    if (before != after)
        m_changes.append({field, QString::number(before), QString::number(after)});
}

void FieldChanges::compare(const QString &field, bool before, bool after)
{
    if (before != after)
        m_changes.append({field, before ? u"1"_s : u"0"_s, after ? u"1"_s : u"0"_s});
}

void FieldChanges::compare(const QString &field, const QDate &before, const QDate &after)
{
    if (before != after)
        m_changes.append({field, before.toString(Qt::ISODate), after.toString(Qt::ISODate)});
}

Status FieldChanges::record(EventLog &log, const QString &entity, qint64 id) const
{
    for (const Change &c : m_changes) {
        Event e;
        e.entity = entity;
        e.entityId = id;
        e.kind = Event::Kind::Edited;
        e.field = c.field;
        e.oldValue = c.before;
        e.newValue = c.after;
        if (Result<qint64> r = log.append(e); !r)
            return r.error();
    }
    return {};
}

} // namespace dealboard

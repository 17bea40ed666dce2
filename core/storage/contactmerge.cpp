#include "contactmerge.h"

#include "clock.h"
#include "contactrepository.h"
#include "database.h"
#include "eventlog.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// The fields a merge may fill on the kept contact, with how to read them.
struct FillableField
{
    QString column;
    QString Contact::*member;
};

const FillableField kFillable[] = {
    {u"email"_s, &Contact::email},
    {u"phone"_s, &Contact::phone},
    {u"role"_s, &Contact::role},
    {u"linkedin"_s, &Contact::linkedin},
    {u"decision_role"_s, &Contact::decisionRole},
};

} // namespace

Result<QList<qint64>> ContactMerge::dealsOf(qint64 contactId)
{
    QSqlQuery &q = m_db.prepared(
        u"SELECT id FROM deals WHERE contact_id = ? AND deleted_at IS NULL ORDER BY id"_s);
    q.addBindValue(contactId);
    if (Status s = m_db.exec(q, tr("reading the deals of the contact")); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    return ids;
}

Status ContactMerge::moveDeal(qint64 dealId, qint64 contactId)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE deals SET contact_id = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(dealId);
    if (Status s = m_db.exec(q, tr("moving the deal to the other contact")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(tr("Deal %1 is missing.").arg(dealId));
    return {};
}

Result<ContactMergeRecord> ContactMerge::merge(qint64 keptId, qint64 mergedId)
{
    if (keptId == mergedId)
        return userError(tr("A contact cannot be merged into itself."));
    ContactRepository contacts(m_db);
    EventLog log(m_db);
    Database::Transaction tx(m_db);
    const Result<Contact> kept = contacts.find(keptId);
    if (!kept)
        return kept.error();
    const Result<Contact> merged = contacts.find(mergedId);
    if (!merged)
        return merged.error();
    const Result<qint64> last = log.lastId();
    if (!last)
        return last.error();

    ContactMergeRecord record;
    record.keptId = keptId;
    record.mergedId = mergedId;
    const Result<QList<qint64>> deals = dealsOf(mergedId);
    if (!deals)
        return deals.error();
    for (const qint64 id : deals.value()) {
        if (Status s = moveDeal(id, keptId); !s)
            return s.error();
        const Event e{0,
                      {},
                      {},
                      u"deal"_s,
                      id,
                      Event::Kind::Edited,
                      u"contact_id"_s,
                      QString::number(mergedId),
                      QString::number(keptId),
                      tr("merged")};
        if (Result<qint64> r = log.append(e); !r)
            return r.error();
    }
    record.dealIds = deals.value();

    for (const FillableField &f : kFillable) {
        const QString &mine = (*kept).*(f.member);
        const QString &theirs = (*merged).*(f.member);
        if (!mine.isEmpty() || theirs.isEmpty())
            continue;
        if (Status s = contacts.restoreField(keptId, f.column, theirs); !s)
            return s.error();
        const Event e{0,        {},   {},     u"contact"_s, keptId, Event::Kind::Edited,
                      f.column, mine, theirs, tr("merged")};
        if (Result<qint64> r = log.append(e); !r)
            return r.error();
        record.filledFields << f.column;
    }

    if (Status s = log.appendMerge(u"contact"_s, keptId, kept->name, mergedId, merged->name); !s)
        return s.error();
    if (Status s = contacts.remove(mergedId); !s)
        return s.error();
    const Result<QList<qint64>> events = log.idsAfter(*last);
    if (!events)
        return events.error();
    record.eventIds = events.value();
    if (Status s = tx.commit(); !s)
        return s.error();
    return record;
}

Status ContactMerge::undo(const ContactMergeRecord &record)
{
    ContactRepository contacts(m_db);
    EventLog log(m_db);
    Database::Transaction tx(m_db);
    QSqlQuery &q = m_db.prepared(u"UPDATE contacts SET deleted_at = NULL, updated_at = ? "
                                 "WHERE id = ? AND deleted_at IS NOT NULL"_s);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(record.mergedId);
    if (Status s = m_db.exec(q, tr("restoring the merged contact")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(
            tr("Contact %1 is not deleted: the merge cannot be undone.").arg(record.mergedId));
    for (const qint64 id : record.dealIds)
        if (Status s = moveDeal(id, record.mergedId); !s)
            return s;
    // The filled fields were empty before the merge.
    for (const QString &field : record.filledFields)
        if (Status s = contacts.restoreField(record.keptId, field, QString()); !s)
            return s;
    if (Status s = log.markUndone(record.eventIds); !s)
        return s;
    return tx.commit();
}

} // namespace dealboard

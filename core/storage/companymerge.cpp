#include "companymerge.h"

#include "clock.h"
#include "companyrepository.h"
#include "database.h"
#include "eventlog.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

Result<QList<qint64>> CompanyMerge::idsOf(const QString &table, qint64 companyId)
{
    // `table` is one of ours ("deals", "contacts"), never user input.
    QSqlQuery &q = m_db.prepared(
        u"SELECT id FROM %1 WHERE company_id = ? AND deleted_at IS NULL ORDER BY id"_s.arg(table));
    q.addBindValue(companyId);
    if (Status s = m_db.exec(q, tr("reading what the company holds")); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    return ids;
}

Status CompanyMerge::moveRow(const QString &table, qint64 id, qint64 companyId)
{
    QSqlQuery &q =
        m_db.prepared(u"UPDATE %1 SET company_id = ?, updated_at = ? WHERE id = ?"_s.arg(table));
    q.addBindValue(companyId);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("moving to the other company")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(tr("Row %1 of %2 is missing.").arg(id).arg(table));
    return {};
}

Result<CompanyMergeRecord> CompanyMerge::merge(qint64 keptId, qint64 mergedId)
{
    if (keptId == mergedId)
        return userError(tr("A company cannot be merged into itself."));
    CompanyRepository companies(m_db);
    EventLog log(m_db);
    Database::Transaction tx(m_db);
    const Result<Company> kept = companies.find(keptId);
    if (!kept)
        return kept.error();
    const Result<Company> merged = companies.find(mergedId);
    if (!merged)
        return merged.error();
    const Result<qint64> last = log.lastId();
    if (!last)
        return last.error();

    CompanyMergeRecord record;
    record.keptId = keptId;
    record.mergedId = mergedId;
    const std::pair<QString, QString> kinds[] = {{u"deals"_s, u"deal"_s},
                                                 {u"contacts"_s, u"contact"_s}};
    for (const auto &[table, entity] : kinds) {
        const Result<QList<qint64>> ids = idsOf(table, mergedId);
        if (!ids)
            return ids.error();
        for (const qint64 id : ids.value()) {
            if (Status s = moveRow(table, id, keptId); !s)
                return s.error();
            const Event e{0,
                          {},
                          {},
                          entity,
                          id,
                          Event::Kind::Edited,
                          u"company_id"_s,
                          QString::number(mergedId),
                          QString::number(keptId),
                          tr("merged")};
            if (Result<qint64> r = log.append(e); !r)
                return r.error();
        }
        (entity == "deal"_L1 ? record.dealIds : record.contactIds) = ids.value();
    }
    if (Status s = log.appendMerge(u"company"_s, keptId, kept->name, mergedId, merged->name); !s)
        return s.error();
    if (Status s = companies.remove(mergedId); !s)
        return s.error();
    const Result<QList<qint64>> events = log.idsAfter(*last);
    if (!events)
        return events.error();
    record.eventIds = events.value();
    if (Status s = tx.commit(); !s)
        return s.error();
    return record;
}

Status CompanyMerge::undo(const CompanyMergeRecord &record)
{
    EventLog log(m_db);
    Database::Transaction tx(m_db);
    QSqlQuery &q = m_db.prepared(u"UPDATE companies SET deleted_at = NULL, updated_at = ? "
                                 "WHERE id = ? AND deleted_at IS NOT NULL"_s);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(record.mergedId);
    if (Status s = m_db.exec(q, tr("restoring the merged company")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(
            tr("Company %1 is not deleted: the merge cannot be undone.").arg(record.mergedId));
    for (const qint64 id : record.dealIds)
        if (Status s = moveRow(u"deals"_s, id, record.mergedId); !s)
            return s;
    for (const qint64 id : record.contactIds)
        if (Status s = moveRow(u"contacts"_s, id, record.mergedId); !s)
            return s;
    if (Status s = log.markUndone(record.eventIds); !s)
        return s;
    return tx.commit();
}

} // namespace dealboard

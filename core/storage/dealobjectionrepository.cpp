#include "dealobjectionrepository.h"

#include "clock.h"
#include "database.h"
#include "objectionrepository.h"
#include "playbook/objection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kColumns = u"id, deal_id, objection_key, category, note, met_at"_s;

DealObjection read(const QSqlQuery &q)
{
    DealObjection o;
    o.id = q.value(0).toLongLong();
    o.dealId = q.value(1).toLongLong();
    o.objectionKey = q.value(2).toString();
    o.category = q.value(3).toString();
    o.note = q.value(4).toString();
    o.metAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    return o;
}

} // namespace

Result<qint64> DealObjectionRepository::log(qint64 dealId, const QString &objectionKey,
                                            const QString &note)
{
    Database::Transaction tx(m_db);
    QSqlQuery &exists = m_db.prepared(u"SELECT 1 FROM deals WHERE id = ? AND deleted_at IS NULL"_s);
    exists.addBindValue(dealId);
    if (Status s = m_db.exec(exists, tr("finding the deal")); !s)
        return s.error();
    const bool found = exists.next();
    exists.finish();
    if (!found)
        return userError(tr("There is no deal with id %1.").arg(dealId));
    const Result<QString> category = ObjectionRepository(m_db).categoryOf(objectionKey);
    if (!category)
        return category.error();
    if (category->isEmpty())
        return userError(tr("There is no objection \"%1\".").arg(objectionKey));
    QSqlQuery &q = m_db.prepared(u"INSERT INTO deal_objections (deal_id, objection_key, category, "
                                 "note, met_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(dealId);
    q.addBindValue(objectionKey);
    q.addBindValue(*category);
    q.addBindValue(note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed()));
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    if (Status s = m_db.exec(q, tr("logging the objection")); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<DealObjection>> DealObjectionRepository::list(qint64 dealId)
{
    QSqlQuery &q =
        m_db.prepared(u"SELECT %1 FROM deal_objections WHERE deal_id = ? AND "
                      "deleted_at IS NULL ORDER BY met_at DESC, id DESC"_s.arg(kColumns));
    q.addBindValue(dealId);
    if (Status s = m_db.exec(q, tr("reading the deal's objections")); !s)
        return s.error();
    QList<DealObjection> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

Result<DealObjection> DealObjectionRepository::find(qint64 id)
{
    QSqlQuery &q = m_db.prepared(
        u"SELECT %1 FROM deal_objections WHERE id = ? AND deleted_at IS NULL"_s.arg(kColumns));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the deal's objection")); !s)
        return s.error();
    if (!q.next())
        return userError(tr("There is no objection met with id %1.").arg(id));
    const DealObjection o = read(q);
    q.finish();
    return o;
}

Status DealObjectionRepository::setDeleted(qint64 id, bool deleted)
{
    QSqlQuery &q = m_db.prepared(
        deleted ? u"UPDATE deal_objections SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"_s
                : u"UPDATE deal_objections SET deleted_at = NULL WHERE id = ? AND deleted_at "
                  "IS NOT NULL"_s);
    if (deleted)
        q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("saving the deal's objection")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(deleted ? tr("There is no objection met with id %1.").arg(id)
                                 : tr("There is no removed objection met with id %1.").arg(id));
    return {};
}

Status DealObjectionRepository::remove(qint64 id)
{
    return setDeleted(id, true);
}

Status DealObjectionRepository::restore(qint64 id)
{
    return setDeleted(id, false);
}

Result<QMap<QString, int>> DealObjectionRepository::countsByCategory(const QDateTime &from,
                                                                     const QDateTime &to)
{
    QSqlQuery &q = m_db.prepared(
        u"SELECT o.category, count(*) FROM deal_objections o JOIN deals d ON d.id = o.deal_id "
        "WHERE o.deleted_at IS NULL AND d.deleted_at IS NULL AND o.met_at >= ? AND o.met_at < ? "
        "GROUP BY o.category"_s);
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (Status s = m_db.exec(q, tr("counting the objections met")); !s)
        return s.error();
    QMap<QString, int> out;
    for (const QString &category : Objection::categories())
        out.insert(category, 0);
    while (q.next())
        out[q.value(0).toString()] = q.value(1).toInt();
    q.finish();
    return out;
}

} // namespace dealboard

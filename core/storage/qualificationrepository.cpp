#include "qualificationrepository.h"

#include "clock.h"
#include "database.h"
#include "eventlog.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kColumns =
    u"id, deal_id, at, budget, authority, need, timeline, fit, answers, unanswered"_s;

Qualification read(const QSqlQuery &q)
{
    Qualification out;
    out.id = q.value(0).toLongLong();
    out.dealId = q.value(1).toLongLong();
    out.at = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    out.budget = q.value(3).toInt();
    out.authority = q.value(4).toInt();
    out.need = q.value(5).toInt();
    out.timeline = q.value(6).toInt();
    out.fit = q.value(7).toInt();
    out.answers = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    out.unanswered = q.value(9).toString().split(u',', Qt::SkipEmptyParts);
    return out;
}

// The score of `q` for a playbook BANT+ criterion key; nullopt when the key is not one of ours.
std::optional<int> scoreOf(const Qualification &q, const QString &key)
{
    if (key == "budget"_L1)
        return q.budget;
    if (key == "authority"_L1)
        return q.authority;
    if (key == "need"_L1)
        return q.need;
    if (key == "timeline"_L1)
        return q.timeline;
    if (key == "fit"_L1)
        return q.fit;
    return std::nullopt;
}

} // namespace

Result<qint64> QualificationRepository::insertRow(const Qualification &q)
{
    QSqlQuery &query = m_db.prepared(
        u"INSERT INTO qualifications (deal_id, at, budget, authority, need, timeline, fit, total, "
        "answers, unanswered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(q.dealId);
    query.addBindValue(q.at.toMSecsSinceEpoch());
    query.addBindValue(q.budget);
    query.addBindValue(q.authority);
    query.addBindValue(q.need);
    query.addBindValue(q.timeline);
    query.addBindValue(q.fit);
    query.addBindValue(q.total());
    query.addBindValue(
        q.answers.isEmpty()
            ? QVariant()
            : QVariant(QString::fromUtf8(QJsonDocument(q.answers).toJson(QJsonDocument::Compact))));
    query.addBindValue(q.unanswered.isEmpty() ? QVariant() : QVariant(q.unanswered.join(u',')));
    if (Status s = m_db.exec(query, tr("saving the qualification")); !s)
        return s.error();
    return query.lastInsertId().toLongLong();
}

Result<qint64> QualificationRepository::add(Qualification &q)
{
    QStringList keys;
    for (const BantCriterion &c : m_db.playbook().bantCriteria())
        keys << c.key;
    for (const QString &key : std::as_const(q.unanswered))
        if (!keys.contains(key))
            return userError(
                tr("Unknown BANT+ criterion \"%1\"; use one of: %2.").arg(key, keys.join(u", "_s)));
    for (const BantCriterion &c : m_db.playbook().bantCriteria()) {
        const std::optional<int> score = scoreOf(q, c.key);
        if (!score)
            continue;
        // An unanswered criterion of a draft scores 0 and counts for nothing.
        if (q.unanswered.contains(c.key)) {
            if (*score != 0)
                return userError(tr("%1 is not answered: its score must be 0.").arg(c.name.text()));
            continue;
        }
        if (*score < c.min || *score > c.max)
            return userError(tr("%1 must be between %2 and %3, not %4.")
                                 .arg(c.name.text())
                                 .arg(c.min)
                                 .arg(c.max)
                                 .arg(*score));
    }
    Database::Transaction tx(m_db);
    QSqlQuery &exists = m_db.prepared(u"SELECT 1 FROM deals WHERE id = ? AND deleted_at IS NULL"_s);
    exists.addBindValue(q.dealId);
    if (Status s = m_db.exec(exists, tr("reading the deal")); !s)
        return s.error();
    const bool found = exists.next();
    exists.finish();
    if (!found)
        return userError(tr("There is no deal with id %1.").arg(q.dealId));
    q.at = Clock::current().now();
    const Result<qint64> id = insertRow(q);
    if (!id)
        return id.error();
    Event e{0,
            {},
            {},
            u"deal"_s,
            q.dealId,
            Event::Kind::Qualified,
            {},
            {},
            QString::number(q.total()),
            q.unanswered.isEmpty() ? QString() : u"draft: "_s + q.unanswered.join(u',')};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    q.id = *id;
    return *id;
}

Status QualificationRepository::discard(qint64 id)
{
    QSqlQuery &q = m_db.prepared(u"DELETE FROM qualifications WHERE id = ?"_s);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("removing the qualification")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(tr("There is no qualification with id %1.").arg(id));
    return {};
}

Result<std::optional<Qualification>> QualificationRepository::latest(qint64 dealId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT %1 FROM qualifications WHERE deal_id = ? "
                                 "ORDER BY id DESC LIMIT 1"_s.arg(kColumns));
    q.addBindValue(dealId);
    if (Status s = m_db.exec(q, tr("reading the qualification")); !s)
        return s.error();
    std::optional<Qualification> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

Result<QList<Qualification>> QualificationRepository::history(qint64 dealId)
{
    QSqlQuery &q = m_db.prepared(
        u"SELECT %1 FROM qualifications WHERE deal_id = ? ORDER BY id"_s.arg(kColumns));
    q.addBindValue(dealId);
    if (Status s = m_db.exec(q, tr("reading the qualifications")); !s)
        return s.error();
    QList<Qualification> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

} // namespace dealboard

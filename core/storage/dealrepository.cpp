#include "dealrepository.h"

#include "clock.h"
#include "database.h"
#include "eventlog.h"
#include "fieldchanges.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kSelect =
    u"SELECT d.id, d.title, d.company_id, d.contact_id, d.mrr_cents, d.one_time_cents, "
    "d.currency, d.stage, d.position, d.expected_close, d.source, d.owner, d.next_step, "
    "d.next_step_due, d.verbal_agreement, d.timeline_confirmed, d.lost_reason, "
    "d.lost_competitor, d.stage_entered_at, d.created_at, d.updated_at, d.hubspot_id, "
    "d.pipedrive_id, c.name, ct.name FROM deals d JOIN companies c ON c.id = d.company_id "
    "LEFT JOIN contacts ct ON ct.id = d.contact_id "_s;

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Deal read(const QSqlQuery &q)
{
    Deal d;
    d.id = q.value(0).toLongLong();
    d.title = q.value(1).toString();
    d.companyId = q.value(2).toLongLong();
    d.contactId = q.value(3).toLongLong();
    const QString currency = q.value(6).toString();
    d.mrr = Money(q.value(4).toLongLong(), currency);
    d.oneTime = Money(q.value(5).toLongLong(), currency);
    d.stage = q.value(7).toString();
    d.position = q.value(8).toInt();
    d.expectedClose = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    d.source = q.value(10).toString();
    d.owner = q.value(11).toString();
    d.nextStep = q.value(12).toString();
    d.nextStepDue = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    d.verbalAgreement = q.value(14).toBool();
    d.timelineConfirmed = q.value(15).toBool();
    d.lostReason = q.value(16).toString();
    d.lostCompetitor = q.value(17).toString();
    d.stageEnteredAt = fromMs(q.value(18));
    d.createdAt = fromMs(q.value(19));
    d.updatedAt = fromMs(q.value(20));
    d.hubspotId = q.value(21).toString();
    d.pipedriveId = q.value(22).toString();
    d.companyName = q.value(23).toString();
    d.contactName = q.value(24).toString();
    return d;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Status DealRepository::validate(const Deal &d) const
{
    const Playbook &pb = m_db.playbook();
    if (d.title.trimmed().isEmpty())
        return userError(tr("A deal needs a title."));
    if (d.mrr.cents() < 0)
        return userError(tr("The MRR cannot be negative."));
    if (d.oneTime.cents() < 0)
        return userError(tr("The one-time amount cannot be negative."));
    if (d.oneTime.currency() != d.mrr.currency())
        return userError(tr("The MRR and the one-time amount must be in the same currency."));
    if (!pb.stage(d.stage))
        return userError(
            tr("Unknown stage \"%1\"; use one of: %2.").arg(d.stage, pb.stageKeys().join(u", "_s)));
    if (d.companyId <= 0)
        return userError(tr("A deal needs a company."));
    if (d.stage == pb.lostStage()) {
        const LostReason *reason = pb.lostReason(d.lostReason);
        if (!reason)
            return userError(tr("A lost deal needs a reason."));
        if (reason->needsCompetitor && d.lostCompetitor.trimmed().isEmpty())
            return userError(tr("Name the competitor the deal was lost to."));
    }
    return {};
}

Result<int> DealRepository::nextPosition(const QString &stage)
{
    QSqlQuery &q = m_db.prepared(u"SELECT coalesce(max(position), -1) + 1 FROM deals "
                                 "WHERE stage = ? AND deleted_at IS NULL"_s);
    q.addBindValue(stage);
    if (Status s = m_db.exec(q, tr("placing the deal")); !s)
        return s.error();
    const int position = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return position;
}

Result<qint64> DealRepository::insertRow(const Deal &d)
{
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO deals (title, company_id, contact_id, mrr_cents, one_time_cents, currency, "
        "stage, position, expected_close, source, owner, next_step, next_step_due, "
        "verbal_agreement, timeline_confirmed, lost_reason, lost_competitor, stage_entered_at, "
        "created_at, updated_at, hubspot_id, pipedrive_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(d.title.trimmed());
    q.addBindValue(d.companyId);
    q.addBindValue(d.contactId > 0 ? QVariant(d.contactId) : QVariant());
    q.addBindValue(d.mrr.cents());
    q.addBindValue(d.oneTime.cents());
    q.addBindValue(d.mrr.currency());
    q.addBindValue(d.stage);
    q.addBindValue(d.position);
    q.addBindValue(dateOrNull(d.expectedClose));
    q.addBindValue(textOrNull(d.source));
    q.addBindValue(textOrNull(d.owner));
    q.addBindValue(textOrNull(d.nextStep));
    q.addBindValue(dateOrNull(d.nextStepDue));
    q.addBindValue(d.verbalAgreement);
    q.addBindValue(d.timelineConfirmed);
    q.addBindValue(textOrNull(d.lostReason));
    q.addBindValue(textOrNull(d.lostCompetitor));
    q.addBindValue(d.stageEnteredAt.toMSecsSinceEpoch());
    q.addBindValue(d.createdAt.toMSecsSinceEpoch());
    q.addBindValue(d.updatedAt.toMSecsSinceEpoch());
    q.addBindValue(textOrNull(d.hubspotId));
    q.addBindValue(textOrNull(d.pipedriveId));
    if (Status s = m_db.exec(q, tr("saving the deal")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<qint64> DealRepository::create(Deal &d)
{
    if (Status s = validate(d); !s)
        return s.error();
    Database::Transaction tx(m_db);
    const Result<int> position = nextPosition(d.stage);
    if (!position)
        return position.error();
    d.position = *position;
    d.createdAt = d.updatedAt = d.stageEnteredAt = Clock::current().now();
    const Result<qint64> id = insertRow(d);
    if (!id)
        return userError(tr("Cannot save the deal: %1").arg(id.errorMessage()));
    Event e{0, {}, {}, u"deal"_s, *id, Event::Kind::Created, {}, {}, d.stage, {}};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    d.id = *id;
    return *id;
}

Status DealRepository::update(const Deal &d)
{
    Database::Transaction tx(m_db);
    const Result<Deal> old = find(d.id);
    if (!old)
        return old.error();
    Deal merged = d;
    merged.stage = old->stage; // the stage changes only through move()
    merged.lostReason = old->lostReason;
    merged.lostCompetitor = old->lostCompetitor;
    if (Status s = validate(merged); !s)
        return s;
    FieldChanges c;
    c.compare(u"title"_s, old->title, d.title.trimmed());
    c.compare(u"company_id"_s, old->companyId, d.companyId);
    c.compare(u"contact_id"_s, old->contactId, d.contactId);
    c.compare(u"mrr_cents"_s, old->mrr.cents(), d.mrr.cents());
    c.compare(u"one_time_cents"_s, old->oneTime.cents(), d.oneTime.cents());
    c.compare(u"currency"_s, old->mrr.currency(), d.mrr.currency());
    c.compare(u"expected_close"_s, old->expectedClose, d.expectedClose);
    c.compare(u"source"_s, old->source, d.source);
    c.compare(u"owner"_s, old->owner, d.owner);
    c.compare(u"next_step"_s, old->nextStep, d.nextStep);
    c.compare(u"next_step_due"_s, old->nextStepDue, d.nextStepDue);
    c.compare(u"verbal_agreement"_s, old->verbalAgreement, d.verbalAgreement);
    c.compare(u"timeline_confirmed"_s, old->timelineConfirmed, d.timelineConfirmed);
    c.compare(u"position"_s, qint64(old->position), qint64(d.position));
    c.compare(u"hubspot_id"_s, old->hubspotId, d.hubspotId);
    c.compare(u"pipedrive_id"_s, old->pipedriveId, d.pipedriveId);
    if (c.isEmpty())
        return tx.commit();
    QSqlQuery &q = m_db.prepared(
        u"UPDATE deals SET title = ?, company_id = ?, contact_id = ?, mrr_cents = ?, "
        "one_time_cents = ?, currency = ?, expected_close = ?, source = ?, owner = ?, "
        "next_step = ?, next_step_due = ?, verbal_agreement = ?, timeline_confirmed = ?, "
        "position = ?, hubspot_id = ?, pipedrive_id = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(d.title.trimmed());
    q.addBindValue(d.companyId);
    q.addBindValue(d.contactId > 0 ? QVariant(d.contactId) : QVariant());
    q.addBindValue(d.mrr.cents());
    q.addBindValue(d.oneTime.cents());
    q.addBindValue(d.mrr.currency());
    q.addBindValue(dateOrNull(d.expectedClose));
    q.addBindValue(textOrNull(d.source));
    q.addBindValue(textOrNull(d.owner));
    q.addBindValue(textOrNull(d.nextStep));
    q.addBindValue(dateOrNull(d.nextStepDue));
    q.addBindValue(d.verbalAgreement);
    q.addBindValue(d.timelineConfirmed);
    q.addBindValue(d.position);
    q.addBindValue(textOrNull(d.hubspotId));
    q.addBindValue(textOrNull(d.pipedriveId));
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(d.id);
    if (Status s = m_db.exec(q, tr("saving the deal")); !s)
        return userError(tr("Cannot save the deal: %1").arg(s.errorMessage()));
    EventLog log(m_db);
    if (Status s = c.record(log, u"deal"_s, d.id); !s)
        return s;
    return tx.commit();
}

Status DealRepository::move(qint64 id, const QString &stage, const QString &lostReason,
                            const QString &competitor)
{
    const Playbook &pb = m_db.playbook();
    const Stage *target = pb.stage(stage);
    if (!target)
        return userError(
            tr("Unknown stage \"%1\"; use one of: %2.").arg(stage, pb.stageKeys().join(u", "_s)));
    Database::Transaction tx(m_db);
    Result<Deal> deal = find(id);
    if (!deal)
        return deal.error();
    if (deal->stage == stage)
        return userError(tr("Deal %1 is already in %2.").arg(id).arg(target->name.text()));
    const QString from = deal->stage;
    deal->stage = stage;
    const bool lost = target->kind == Stage::Kind::Lost;
    deal->lostReason = lost ? lostReason : QString();
    deal->lostCompetitor = lost ? competitor.trimmed() : QString();
    if (Status s = validate(deal.value()); !s)
        return s;
    const Result<int> position = nextPosition(stage);
    if (!position)
        return position.error();
    const qint64 now = Clock::current().now().toMSecsSinceEpoch();
    QSqlQuery &q = m_db.prepared(
        u"UPDATE deals SET stage = ?, position = ?, lost_reason = ?, lost_competitor = ?, "
        "stage_entered_at = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(stage);
    q.addBindValue(*position);
    q.addBindValue(textOrNull(deal->lostReason));
    q.addBindValue(textOrNull(deal->lostCompetitor));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("moving the deal")); !s)
        return s;
    Event e{0, {}, {}, u"deal"_s, id, Event::Kind::Moved, {}, from, stage, {}};
    if (lost) {
        e.kind = Event::Kind::Lost;
        e.detail =
            deal->lostCompetitor.isEmpty() ? lostReason : lostReason + u'\n' + deal->lostCompetitor;
    } else if (target->kind == Stage::Kind::Won) {
        e.kind = Event::Kind::Won;
    }
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    return tx.commit();
}

Status DealRepository::setDeleted(qint64 id, bool deleted)
{
    Database::Transaction tx(m_db);
    QSqlQuery &q = m_db.prepared(u"UPDATE deals SET deleted_at = ?, updated_at = ? WHERE id = ? "
                                 "AND (deleted_at IS NULL) = ?"_s);
    const qint64 now = Clock::current().now().toMSecsSinceEpoch();
    q.addBindValue(deleted ? QVariant(now) : QVariant());
    q.addBindValue(now);
    q.addBindValue(id);
    q.addBindValue(deleted);
    if (Status s = m_db.exec(q, tr("deleting the deal")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(deleted ? tr("There is no deal with id %1.").arg(id)
                                 : tr("Deal %1 is not deleted.").arg(id));
    Event e{0,  {}, {}, u"deal"_s, id, deleted ? Event::Kind::Deleted : Event::Kind::Restored,
            {}, {}, {}, {}};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    return tx.commit();
}

Status DealRepository::remove(qint64 id)
{
    return setDeleted(id, true);
}

Status DealRepository::restore(qint64 id)
{
    return setDeleted(id, false);
}

Result<Deal> DealRepository::find(qint64 id)
{
    QSqlQuery &q = m_db.prepared(kSelect + u"WHERE d.id = ? AND d.deleted_at IS NULL"_s);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the deal")); !s)
        return s.error();
    if (!q.next())
        return userError(tr("There is no deal with id %1.").arg(id));
    const Deal d = read(q);
    q.finish();
    return d;
}

Result<QList<Deal>> DealRepository::list(const DealQuery &query)
{
    QString sql = kSelect + u"WHERE d.deleted_at IS NULL"_s;
    QStringList stages;
    if (!query.stage.isEmpty())
        stages << query.stage;
    else if (query.openOnly)
        for (const Stage &s : m_db.playbook().openStages())
            stages << s.key;
    if (!stages.isEmpty())
        sql += u" AND d.stage IN (%1)"_s.arg(QStringList(stages.size(), u"?"_s).join(u','));
    sql += u" ORDER BY d.stage, d.position"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString &s : std::as_const(stages))
        q.addBindValue(s);
    if (!q.exec())
        return m_db.sqlError(q, tr("listing deals"));
    QList<Deal> out;
    while (q.next())
        out.append(read(q));
    return out;
}

Result<QList<Event>> DealRepository::history(qint64 id)
{
    return EventLog(m_db).forEntity(u"deal"_s, id);
}

} // namespace dealboard

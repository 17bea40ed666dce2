#include "dealrepository.h"

#include "boardpositions.h"
#include "clock.h"
#include "database.h"
#include "dealrow.h"
#include "eventlog.h"
#include "fieldchanges.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// The Lost event's detail: "reason", "reason\ncompetitor", or "reason\ncompetitor\nnote".
QString lostDetail(const QString &reason, const QString &competitor, const QString &note)
{
    const QString oneLine = note.simplified();
    if (oneLine.isEmpty())
        return competitor.isEmpty() ? reason : reason + u'\n' + competitor;
    return reason + u'\n' + competitor + u'\n' + oneLine;
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

Result<qint64> DealRepository::insertRow(const Deal &d)
{
    static const QString sql = u"INSERT INTO deals (%1) VALUES (%2)"_s.arg(
        DealRow::columns().join(u", "_s),
        QStringList(DealRow::columns().size(), u"?"_s).join(u", "_s));
    QSqlQuery &q = m_db.prepared(sql);
    DealRow::bind(q, d);
    if (Status s = m_db.exec(q, tr("saving the deal")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<qint64> DealRepository::create(Deal &d)
{
    if (Status s = validate(d); !s)
        return s.error();
    Database::Transaction tx(m_db);
    const Result<int> position = BoardPositions(m_db).last(d.stage);
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
    c.compare(u"hubspot_id"_s, old->hubspotId, d.hubspotId);
    c.compare(u"pipedrive_id"_s, old->pipedriveId, d.pipedriveId);
    if (c.isEmpty())
        return tx.commit();
    QSqlQuery &q = m_db.prepared(
        u"UPDATE deals SET title = ?, company_id = ?, contact_id = ?, mrr_cents = ?, "
        "one_time_cents = ?, currency = ?, expected_close = ?, source = ?, owner = ?, "
        "next_step = ?, next_step_due = ?, verbal_agreement = ?, timeline_confirmed = ?, "
        "hubspot_id = ?, pipedrive_id = ?, updated_at = ? WHERE id = ?"_s);
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
    const Result<qint64> event = move(id, DealMove{stage, 0, lostReason, competitor, {}, {}});
    if (!event)
        return event.error();
    return {};
}

Result<qint64> DealRepository::move(qint64 id, const DealMove &m)
{
    const Playbook &pb = m_db.playbook();
    const Stage *target = pb.stage(m.stage);
    if (!target)
        return userError(
            tr("Unknown stage \"%1\"; use one of: %2.").arg(m.stage, pb.stageKeys().join(u", "_s)));
    Database::Transaction tx(m_db);
    Result<Deal> deal = find(id);
    if (!deal)
        return deal.error();
    if (deal->stage == m.stage)
        return userError(tr("Deal %1 is already in %2.").arg(id).arg(target->name.text()));
    const QString from = deal->stage;
    deal->stage = m.stage;
    const bool lost = target->kind == Stage::Kind::Lost;
    deal->lostReason = lost ? m.lostReason : QString();
    deal->lostCompetitor = lost ? m.competitor.trimmed() : QString();
    if (Status s = validate(deal.value()); !s)
        return s.error();
    const bool won = target->kind == Stage::Kind::Won;
    if (won && !m.wonReason.isEmpty() && !pb.wonReason(m.wonReason)) {
        QStringList keys;
        for (const LostReason &r : pb.wonReasons())
            keys << r.key;
        return userError(tr("Unknown reason for winning \"%1\"; use one of: %2.")
                             .arg(m.wonReason, keys.join(u", "_s)));
    }
    BoardPositions positions(m_db);
    const Result<int> position =
        m.beforeId > 0 ? positions.before(m.stage, m.beforeId, id) : positions.last(m.stage);
    if (!position)
        return position.error();
    const qint64 now = Clock::current().now().toMSecsSinceEpoch();
    QSqlQuery &q = m_db.prepared(
        u"UPDATE deals SET stage = ?, position = ?, lost_reason = ?, lost_competitor = ?, "
        "stage_entered_at = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(m.stage);
    q.addBindValue(*position);
    q.addBindValue(textOrNull(deal->lostReason));
    q.addBindValue(textOrNull(deal->lostCompetitor));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("moving the deal")); !s)
        return s.error();
    Event e{0, {}, {}, u"deal"_s, id, Event::Kind::Moved, {}, from, m.stage, {}};
    if (lost) {
        e.kind = Event::Kind::Lost;
        e.detail = lostDetail(m.lostReason, deal->lostCompetitor, m.note);
    } else if (won) {
        e.kind = Event::Kind::Won;
        const QString note = m.note.simplified();
        e.detail = note.isEmpty() ? m.wonReason : m.wonReason + u'\n' + note;
    }
    const Result<qint64> event = EventLog(m_db).append(e);
    if (!event)
        return event.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *event;
}

Result<qint64> DealRepository::reorder(qint64 id, qint64 beforeId)
{
    Database::Transaction tx(m_db);
    const Result<Deal> deal = find(id);
    if (!deal)
        return deal.error();
    if (beforeId == id)
        return userError(tr("A deal cannot be placed before itself."));
    if (beforeId > 0) {
        const Result<Deal> before = find(beforeId);
        if (!before)
            return before.error();
        if (before->stage != deal->stage)
            return userError(
                tr("Deal %1 is not in the same column as deal %2.").arg(beforeId).arg(id));
    }
    // Already there: the deal that follows it is `beforeId` (or none, for last).
    BoardPositions positions(m_db);
    const Result<qint64> next = positions.following(deal->stage, deal->position, id);
    if (!next)
        return next.error();
    if (*next == beforeId) {
        if (Status s = tx.commit(); !s)
            return s.error();
        return qint64(0);
    }
    const Result<int> position =
        beforeId > 0 ? positions.before(deal->stage, beforeId, id) : positions.last(deal->stage);
    if (!position)
        return position.error();
    QSqlQuery &q = m_db.prepared(u"UPDATE deals SET position = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(*position);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("placing the deal")); !s)
        return s.error();
    Event e{0,
            {},
            {},
            u"deal"_s,
            id,
            Event::Kind::Edited,
            u"position"_s,
            QString::number(deal->position),
            QString::number(*position),
            {}};
    const Result<qint64> event = EventLog(m_db).append(e);
    if (!event)
        return event.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *event;
}

Status DealRepository::restoreRow(const Deal &d)
{
    static const QString sql = u"UPDATE deals SET %1 = ? WHERE id = ? AND deleted_at IS NULL"_s.arg(
        DealRow::columns().join(u" = ?, "_s));
    QSqlQuery &q = m_db.prepared(sql);
    DealRow::bind(q, d);
    q.addBindValue(d.id);
    if (Status s = m_db.exec(q, tr("restoring the deal")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(tr("There is no deal with id %1.").arg(d.id));
    return {};
}

Result<QSet<QString>> DealRepository::checked(qint64 dealId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT criterion FROM deal_checks WHERE deal_id = ?"_s);
    q.addBindValue(dealId);
    if (Status s = m_db.exec(q, tr("reading the checklist")); !s)
        return s.error();
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    q.finish();
    return out;
}

Result<QList<qint64>> DealRepository::check(qint64 dealId, const QStringList &keys)
{
    Database::Transaction tx(m_db);
    const QDateTime now = Clock::current().now();
    QList<qint64> events;
    QSet<QString> seen;
    for (const QString &key : keys) {
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        QSqlQuery &q = m_db.prepared(
            u"INSERT INTO deal_checks (deal_id, criterion, checked_at) VALUES (?, ?, ?) "
            "ON CONFLICT (deal_id, criterion) DO NOTHING"_s);
        q.addBindValue(dealId);
        q.addBindValue(key);
        q.addBindValue(now.toMSecsSinceEpoch());
        if (Status s = m_db.exec(q, tr("ticking the checklist")); !s)
            return s.error();
        if (q.numRowsAffected() != 1)
            continue; // already ticked
        Event e{0, now, {}, u"deal"_s, dealId, Event::Kind::Checked, key, {}, {}, {}};
        const Result<qint64> id = EventLog(m_db).append(e);
        if (!id)
            return id.error();
        events << *id;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return events;
}

Status DealRepository::insertCheckRow(qint64 dealId, const QString &criterion, const QDateTime &at)
{
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO deal_checks (deal_id, criterion, checked_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(dealId);
    q.addBindValue(criterion);
    q.addBindValue(at.toMSecsSinceEpoch());
    return m_db.exec(q, tr("ticking the checklist"));
}

Status DealRepository::deleteCheckRow(qint64 dealId, const QString &criterion)
{
    QSqlQuery &q = m_db.prepared(u"DELETE FROM deal_checks WHERE deal_id = ? AND criterion = ?"_s);
    q.addBindValue(dealId);
    q.addBindValue(criterion);
    return m_db.exec(q, tr("unticking the checklist"));
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
    static const QString sql = DealRow::select() + u"WHERE d.id = ? AND d.deleted_at IS NULL"_s;
    QSqlQuery &q = m_db.prepared(sql);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the deal")); !s)
        return s.error();
    if (!q.next())
        return userError(tr("There is no deal with id %1.").arg(id));
    const Deal d = DealRow::read(q);
    q.finish();
    return d;
}

Result<QList<Deal>> DealRepository::list(const DealQuery &query)
{
    QString sql = DealRow::select() + u"WHERE d.deleted_at IS NULL"_s;
    QStringList stages;
    if (!query.stage.isEmpty())
        stages << query.stage;
    else if (query.openOnly)
        for (const Stage &s : m_db.playbook().openStages())
            stages << s.key;
    if (!stages.isEmpty())
        sql += u" AND d.stage IN (%1)"_s.arg(QStringList(stages.size(), u"?"_s).join(u','));
    sql += u" ORDER BY d.stage, d.position, d.id"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString &s : std::as_const(stages))
        q.addBindValue(s);
    if (!q.exec())
        return m_db.sqlError(q, tr("listing deals"));
    QList<Deal> out;
    while (q.next())
        out.append(DealRow::read(q));
    return out;
}

Result<QList<Event>> DealRepository::history(qint64 id, EventLog::History history)
{
    return EventLog(m_db).forEntity(u"deal"_s, id, history);
}

} // namespace dealboard

#include "dealworkflow.h"

#include "clock.h"
#include "storage/activityrepository.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/eventlog.h"
#include "storage/qualificationrepository.h"
#include "storage/winlossreviewrepository.h"
#include "validation.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QString stageName(const Playbook &playbook, const QString &key)
{
    const Stage *s = playbook.stage(key);
    return s ? s->name.text() : key;
}

Error unknownStage(const Playbook &playbook, const QString &key)
{
    return userError(DealWorkflow::tr("Unknown stage \"%1\"; use one of: %2.")
                         .arg(key, playbook.stageKeys().join(u", "_s)));
}

Result<GateEvidence> evidenceOf(Database &db, DealRepository &deals, const Deal &deal)
{
    const Result<QSet<QString>> checked = deals.checked(deal.id);
    if (!checked)
        return checked.error();
    GateEvidence e;
    e.bantTotal = deal.bantTotal;
    if (deal.bantTotal) {
        const Result<std::optional<Qualification>> latest =
            QualificationRepository(db).latest(deal.id);
        if (!latest)
            return latest.error();
        if (latest.value())
            e.bantUnanswered = static_cast<int>(latest.value()->unanswered.size());
    }
    e.contactEmail = deal.contactEmail;
    e.mrrCents = deal.mrr.cents();
    // Computed from the quotes: a signed quote of this deal, any revision.
    QSqlQuery &q = db.prepared(
        u"SELECT EXISTS (SELECT 1 FROM quotes WHERE deal_id = ? AND status = 'signed')"_s);
    q.addBindValue(deal.id);
    if (Status s = db.exec(q, DealWorkflow::tr("reading the deal's quotes")); !s)
        return s.error();
    e.signedQuote = q.next() && q.value(0).toBool();
    q.finish();
    e.checked = checked.value();
    return e;
}

// The keys `check` may tick for this move: the tickable criteria of the gates on the way.
Status validateTicks(const QList<CriterionState> &onTheWay, const QStringList &check,
                     const QString &from, const QString &to, const Playbook &playbook)
{
    QStringList tickable;
    QStringList computed;
    for (const CriterionState &s : onTheWay)
        (s.tickable ? tickable : computed) << s.criterion.key;
    for (const QString &key : check) {
        if (computed.contains(key))
            return userError(
                DealWorkflow::tr("“%1” comes from the deal's data and cannot be ticked.").arg(key));
        if (tickable.contains(key))
            continue;
        if (tickable.isEmpty())
            return userError(DealWorkflow::tr("There is nothing to tick to move from %1 to %2.")
                                 .arg(stageName(playbook, from), stageName(playbook, to)));
        return userError(DealWorkflow::tr("Unknown criterion “%1” for a move from %2 to %3; "
                                          "use one of: %4.")
                             .arg(key, stageName(playbook, from), stageName(playbook, to),
                                  tickable.join(u", "_s)));
    }
    return {};
}

// Puts `email` on the deal's primary contact, or attaches a contact with it.
Status fillEmail(Database &db, const Deal &deal, const QString &email)
{
    if (!isValidEmail(email))
        return userError(DealWorkflow::tr("“%1” is not a valid email address.").arg(email));
    ContactRepository contacts(db);
    if (deal.contactId > 0) {
        Result<Contact> contact = contacts.find(deal.contactId);
        if (!contact)
            return contact.error();
        if (contact->email == email)
            return {};
        contact->email = email;
        return contacts.update(contact.value());
    }
    const Result<std::optional<Contact>> found = contacts.findByEmail(email);
    if (!found)
        return found.error();
    qint64 contactId = 0;
    if (found.value()) {
        contactId = found.value()->id;
    } else {
        Contact c;
        c.name = nameFromEmail(email);
        c.email = email;
        c.companyId = deal.companyId;
        const Result<qint64> id = contacts.create(c);
        if (!id)
            return id.error();
        contactId = *id;
    }
    Deal attached = deal;
    attached.contactId = contactId;
    return DealRepository(db).update(attached);
}

// The day a deal closed, as the user sees it: a recontact date may not be before it.
QDate today()
{
    return Clock::current().now().toLocalTime().date();
}

// The recontact call a win/loss review asks for, made once per deal (one rule, one row: a
// done or deleted one stays as it is, and the user plans the next one by hand).
Status addRecontact(Database &db, const Deal &deal, const QDate &on)
{
    QSqlQuery &made =
        db.prepared(u"SELECT count(*) FROM activities WHERE deal_id = ? AND rule = ?"_s);
    made.addBindValue(deal.id);
    made.addBindValue(WinLossReviewRepository::recontactRule());
    if (Status s = db.exec(made, DealWorkflow::tr("reading the recontact call")); !s)
        return s;
    const bool exists = made.next() && made.value(0).toInt() > 0;
    made.finish();
    if (exists)
        return {};
    ActivityRepository activities(db);
    Activity a;
    a.dealId = deal.id;
    a.contactId = deal.contactId;
    a.kind = Activity::Kind::Call;
    a.title = DealWorkflow::tr("Recontact %1")
                  .arg(deal.companyName.isEmpty() ? deal.title : deal.companyName);
    a.note = DealWorkflow::tr("Asked by the win/loss review of “%1”.").arg(deal.title);
    a.due = on;
    a.rule = WinLossReviewRepository::recontactRule();
    if (Result<qint64> r = activities.add(a); !r)
        return r.error();
    return {};
}

// Saves the review of `deal` (closed on `closedOn`) and its recontact call.
Status saveWithRecontact(Database &db, const Deal &deal, WinLossReview review,
                         const QDate &closedOn)
{
    review.dealId = deal.id;
    if (Result<qint64> r = WinLossReviewRepository(db).save(review, closedOn); !r)
        return r.error();
    if (review.recontactOn.isValid())
        return addRecontact(db, deal, review.recontactOn);
    return {};
}

} // namespace

Result<GateEvidence> DealWorkflow::evidence(qint64 dealId)
{
    DealRepository deals(m_db);
    const Result<Deal> deal = deals.find(dealId);
    if (!deal)
        return deal.error();
    return evidenceOf(m_db, deals, deal.value());
}

Result<QList<CriterionState>> DealWorkflow::gates(qint64 dealId, const QString &toStage)
{
    const Playbook &pb = m_db.playbook();
    if (!pb.stage(toStage))
        return unknownStage(pb, toStage);
    DealRepository deals(m_db);
    const Result<Deal> deal = deals.find(dealId);
    if (!deal)
        return deal.error();
    const Result<GateEvidence> e = evidenceOf(m_db, deals, deal.value());
    if (!e)
        return e.error();
    return StageGates::evaluate(pb, deal->stage, toStage, e.value());
}

Result<MoveOutcome> DealWorkflow::move(const MoveRequest &request)
{
    const Playbook &pb = m_db.playbook();
    const Stage *target = pb.stage(request.toStage);
    if (!target)
        return unknownStage(pb, request.toStage);
    DealRepository deals(m_db);
    EventLog log(m_db);
    Database::Transaction tx(m_db);
    const Result<Deal> deal = deals.find(request.dealId);
    if (!deal)
        return deal.error();
    const QString from = deal->stage;
    if (from == request.toStage)
        return userError(
            tr("Deal %1 is already in %2.").arg(request.dealId).arg(target->name.text()));
    if (request.beforeDealId > 0) {
        const Result<Deal> before = deals.find(request.beforeDealId);
        if (!before)
            return before.error();
        if (before->stage != request.toStage)
            return userError(
                tr("Deal %1 is not in %2.").arg(request.beforeDealId).arg(target->name.text()));
    }
    std::optional<WinLossReview> review = request.review;
    if (review) {
        if (target->kind != Stage::Kind::Won && target->kind != Stage::Kind::Lost)
            return userError(tr("A win/loss review goes with a move to Won or Lost."));
        review->won = target->kind == Stage::Kind::Won;
        if (Status s = WinLossReviewRepository::normalize(
                *review, request.reviewDay.isValid() ? request.reviewDay : today());
            !s)
            return s.error();
    }
    const Result<qint64> mark = log.lastId();
    if (!mark)
        return mark.error();

    QStringList ticks;
    for (const QString &key : request.check)
        if (!key.trimmed().isEmpty() && !ticks.contains(key.trimmed()))
            ticks << key.trimmed();
    const QString email = request.email.trimmed();
    if (!ticks.isEmpty()) {
        const QList<CriterionState> onTheWay = StageGates::evaluate(pb, from, request.toStage, {});
        if (Status s = validateTicks(onTheWay, ticks, from, request.toStage, pb); !s)
            return s.error();
        if (Result<QList<qint64>> r = deals.check(request.dealId, ticks); !r)
            return r.error();
    }
    if (!email.isEmpty())
        if (Status s = fillEmail(m_db, deal.value(), email); !s)
            return s.error();

    // The gates read what was just ticked and filled, inside the transaction.
    const Result<Deal> now = deals.find(request.dealId);
    if (!now)
        return now.error();
    const Result<GateEvidence> e = evidenceOf(m_db, deals, now.value());
    if (!e)
        return e.error();
    MoveOutcome outcome;
    for (const CriterionState &s : StageGates::evaluate(pb, from, request.toStage, e.value()))
        if (!s.met)
            outcome.unmet << s;
    if (!outcome.unmet.isEmpty()) {
        // Refused: nothing stays, not even the ticks (the user retries with more).
        if (ticks.isEmpty() && email.isEmpty())
            if (Status s = tx.commit(); !s) // nothing was written; keep an outer one usable
                return s.error();
        return outcome;
    }

    const DealMove m{request.toStage,    request.beforeDealId, request.lostReason,
                     request.competitor, request.note,         request.wonReason};
    if (Result<qint64> r = deals.move(request.dealId, m); !r)
        return r.error();
    if (review)
        if (Status s = saveWithRecontact(m_db, now.value(), *review,
                                         request.reviewDay.isValid() ? request.reviewDay : today());
            !s)
            return s.error();
    const Result<QList<qint64>> ids = log.idsAfter(*mark);
    if (!ids)
        return ids.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    outcome.moved = true;
    outcome.eventIds = ids.value();
    return outcome;
}

Result<QList<qint64>> DealWorkflow::reorder(qint64 dealId, qint64 beforeDealId)
{
    Database::Transaction tx(m_db);
    const Result<qint64> event = DealRepository(m_db).reorder(dealId, beforeDealId);
    if (!event)
        return event.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *event > 0 ? QList<qint64>{*event} : QList<qint64>{};
}

Status DealWorkflow::undoEvent(qint64 dealId, qint64 id)
{
    EventLog log(m_db);
    const Result<Event> e = log.find(id);
    if (!e)
        return e.error();
    const Result<bool> undone = log.isUndone(id);
    if (!undone)
        return undone.error();
    if (undone.value())
        return userError(tr("Event %1 was already undone.").arg(id));
    const QString kind = Event::kindKey(e->kind);
    Status s;
    if (e->entity == "deal"_L1 && e->entityId == dealId) {
        switch (e->kind) {
        case Event::Kind::Checked:
            s = DealRepository(m_db).deleteCheckRow(dealId, e->field);
            break;
        case Event::Kind::Edited:
            if (e->field == "win_loss_review"_L1)
                s = WinLossReviewRepository(m_db).restore(dealId, e->oldValue);
            break; // else the deal's row is written back by restore()
        case Event::Kind::Moved:
        case Event::Kind::Lost:
        case Event::Kind::Won:
            break; // the deal's row is written back by restore()
        case Event::Kind::Qualified: {
            // Undone latest first, so the deal's latest qualification is this one.
            const Result<std::optional<Qualification>> latest =
                QualificationRepository(m_db).latest(dealId);
            if (!latest)
                return latest.error();
            if (latest.value())
                s = QualificationRepository(m_db).discard(latest.value()->id);
            break;
        }
        default:
            s = userError(tr("Event %1 (%2) cannot be undone.").arg(id).arg(kind));
        }
    } else if (e->entity == "contact"_L1 && e->kind == Event::Kind::Edited) {
        s = ContactRepository(m_db).restoreField(e->entityId, e->field, e->oldValue);
    } else if (e->entity == "contact"_L1 && e->kind == Event::Kind::Created) {
        s = ContactRepository(m_db).discard(e->entityId);
    } else if (e->entity == "company"_L1 && e->kind == Event::Kind::Created) {
        s = CompanyRepository(m_db).remove(e->entityId);
    } else if (e->entity == "activity"_L1 && e->kind == Event::Kind::Created &&
               e->detail == QString::number(dealId)) {
        s = ActivityRepository(m_db).discard(e->entityId);
    } else {
        s = userError(tr("Event %1 (%2 of %3 %4) is not part of a change to deal %5.")
                          .arg(id)
                          .arg(kind, e->entity)
                          .arg(e->entityId)
                          .arg(dealId));
    }
    if (!s)
        return s;
    Event marker{0,  {}, {}, e->entity,          e->entityId, Event::Kind::Undone,
                 {}, {}, {}, QString::number(id)};
    if (Result<qint64> r = log.append(marker); !r)
        return r.error();
    return {};
}

Status DealWorkflow::restore(const Deal &before, const QList<qint64> &eventIds)
{
    DealRepository deals(m_db);
    Database::Transaction tx(m_db);
    if (Result<Deal> current = deals.find(before.id); !current)
        return current.error();
    for (const qint64 id : eventIds)
        if (Status s = undoEvent(before.id, id); !s)
            return s;
    if (Status s = deals.restoreRow(before); !s)
        return s;
    return tx.commit();
}

Result<QList<qint64>> DealWorkflow::saveReview(const WinLossReview &review)
{
    EventLog log(m_db);
    Database::Transaction tx(m_db);
    const Result<Deal> deal = DealRepository(m_db).find(review.dealId);
    if (!deal)
        return deal.error();
    const Stage *stage = m_db.playbook().stage(deal->stage);
    if (!stage || stage->isOpen())
        return userError(tr("Deal %1 is not closed: its win/loss review comes with the move to "
                            "Won or Lost.")
                             .arg(review.dealId));
    const Result<qint64> mark = log.lastId();
    if (!mark)
        return mark.error();
    WinLossReview r = review;
    r.won = stage->kind != Stage::Kind::Lost;
    const QDate closedOn =
        deal->stageEnteredAt.isValid() ? deal->stageEnteredAt.toLocalTime().date() : today();
    if (Status s = saveWithRecontact(m_db, deal.value(), r, closedOn); !s)
        return s.error();
    const Result<QList<qint64>> ids = log.idsAfter(*mark);
    if (!ids)
        return ids.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids.value();
}

Status DealWorkflow::undoReview(qint64 dealId, const QList<qint64> &eventIds)
{
    Database::Transaction tx(m_db);
    for (auto it = eventIds.crbegin(); it != eventIds.crend(); ++it)
        if (Status s = undoEvent(dealId, *it); !s)
            return s;
    return tx.commit();
}

} // namespace dealboard

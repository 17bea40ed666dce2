#include "quoteworkflow.h"

#include "clock.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/quoterepository.h"
#include "workflow/dealworkflow.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// Whether a tickable gate criterion of the playbook has this key.
bool hasTickableCriterion(const Playbook &playbook, const QString &key)
{
    for (const Gate &gate : playbook.gates())
        for (const GateCriterion &c : gate.criteria)
            if (c.key == key && !c.computed)
                return true;
    return false;
}

// The open stage sending a quote moves a deal to: "proposal" when the playbook has it.
QString proposalStage(const Playbook &playbook)
{
    const Stage *s = playbook.stage(u"proposal"_s);
    return s && s->isOpen() ? s->key : QString();
}

} // namespace

Result<SendOutcome> QuoteWorkflow::send(qint64 quoteId, const QStringList &check,
                                        const QString &email)
{
    const Playbook &pb = m_db.playbook();
    QuoteRepository quotes(m_db);
    DealRepository deals(m_db);
    Database::Transaction tx(m_db);
    const Result<Quote> quote = quotes.find(quoteId);
    if (!quote)
        return quote.error();
    const Result<Deal> deal = deals.find(quote->dealId);
    if (!deal)
        return deal.error();
    const Stage *stage = pb.stage(deal->stage);
    if (!stage || !stage->isOpen())
        return userError(tr("Deal %1 is closed (%2): its quotes cannot be sent.")
                             .arg(deal->id)
                             .arg(stage ? stage->name.text() : deal->stage));
    if (Status s = quotes.markSent(quoteId); !s)
        return s.error();

    SendOutcome outcome;
    const QString proposal = proposalStage(pb);
    if (!proposal.isEmpty() && pb.stageIndex(deal->stage) < pb.stageIndex(proposal)) {
        MoveRequest request;
        request.dealId = deal->id;
        request.toStage = proposal;
        request.check = check;
        request.email = email;
        const Result<MoveOutcome> moved = DealWorkflow(m_db).move(request);
        if (!moved)
            return moved.error();
        if (!moved->moved) {
            outcome.unmet = moved->unmet;
            return outcome; // tx rolls back: the quote stays a draft
        }
        outcome.moved = true;
        outcome.dealBefore = deal.value();
        outcome.move = request;
        outcome.moveEventIds = moved->eventIds;
    } else if (!check.isEmpty() || !email.isEmpty()) {
        return userError(tr("Deal %1 is already in %2: there is nothing to tick to send a quote.")
                             .arg(deal->id)
                             .arg(stage->name.text()));
    }
    const QString sent = QString::fromLatin1(kProposalSent);
    if (hasTickableCriterion(pb, sent))
        if (Result<QList<qint64>> r = deals.check(deal->id, {sent}); !r)
            return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    outcome.sent = true;
    return outcome;
}

Status QuoteWorkflow::sign(qint64 quoteId, const SignatureRecord &signature)
{
    // A signature is a fact of the past: not before the quote was sent, not in the future
    // (a typo in a date would otherwise satisfy the Won gate for good). Times are typed to the
    // minute: the minute the quote was sent counts as after it.
    SignatureRecord record = signature;
    if (record.at.isValid()) {
        const Result<Quote> quote = QuoteRepository(m_db).find(quoteId);
        if (!quote)
            return quote.error();
        const QDateTime now = Clock::current().now();
        const QDateTime sent = quote->sentAt;
        if (record.at > now.addSecs(59))
            return userError(tr("A signature cannot be dated in the future (%1).")
                                 .arg(record.at.toUTC().toString(Qt::ISODate)));
        record.at = std::min(record.at, now);
        if (sent.isValid() && record.at < sent) {
            if (record.at.secsTo(sent) >= 60 || record.at.time().minute() != sent.time().minute())
                return userError(
                    tr("%1 was sent on %2; it cannot be signed before.")
                        .arg(quote->displayNumber(), sent.toUTC().toString(Qt::ISODate)));
            record.at = sent;
        }
    }
    return QuoteRepository(m_db).markSigned(quoteId, record);
}

} // namespace dealboard

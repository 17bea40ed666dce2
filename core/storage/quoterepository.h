#pragma once

#include "model/event.h"
#include "model/quote.h"
#include "result.h"
#include "rules/discountpolicy.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dealboard {

class Database;

struct QuoteQuery
{
    std::optional<QuoteStatus> status; // none: every status
    qint64 dealId = 0;                 // 0: every deal
};

// Quotes (tables quotes, quote_lines, quote_discounts) and their numbering without gaps.
//
// Life: create() → a draft with its number; update() while a draft; markSent(); then
// markSigned(), decline() or, past its validity, expireOverdue(). Only a draft changes; a sent
// or signed quote changes through revise(), a new draft "DEV-2026-0007-R2" under the same
// number, the original left as it is (a signed quote is frozen, also by the schema).
//
// Discounts: create(), update() and revise() run DiscountPolicy::evaluate() on the quote's
// requested discounts and refuse what it refuses (the message names the playbook rule);
// missing documentation (justification, founder validation) is allowed in a draft and refused
// by markSent(). What is stored, and read back in Quote::discounts, is what the policy applied.
//
// Every change logs, in its own transaction, an event on the quote (entity "quote": kind
// "created"; "edited" field "content" or "status" old → new, detail the signature or the
// reason) and one on its deal (entity "deal", kind "edited", field "quote", old → new status,
// detail the quote's number), so the deal's history shows its quotes.
class QuoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(QuoteRepository)

public:
    static constexpr qsizetype kMaxSignatureImageBytes = 1024 * 1024;

    explicit QuoteRepository(Database &db)
        : m_db(db)
    {}

    // The shape of a quote, before the policy: deal, language, validity, lines.
    static Status validate(const Quote &quote);
    // The policy's decision: evaluated for a draft, as stored for any other quote.
    DiscountDecision decision(const Quote &quote) const;

    // Stores a new draft: allocates the next number of the year (DEV-YYYY-NNNN) inside the
    // write transaction, so concurrent creations get consecutive numbers and a failure gives
    // its number back. Sets id, number, revision 1, dates and the applied discounts on `quote`.
    // Call it outside a transaction that already read the database (the numbering must be the
    // transaction's first statement to wait for another writer rather than fail).
    Result<qint64> create(Quote &quote);
    // Saves a draft's content (contract, term, language, referral, validity, lines, discounts);
    // refuses any other status. Updates `quote` like create().
    Status update(Quote &quote);
    // A new draft revision of a sent, signed, declined or expired quote: same number, next
    // revision, the same content; the original stays as it is. Returns the new quote's id.
    Result<qint64> revise(qint64 id);
    // Draft → sent: needs lines and complete discount documentation; the validity runs from
    // today (validUntil = today + validityDays).
    Status markSent(qint64 id);
    // Sent → signed, with who signed, when (now when empty), how, and the reference (required
    // for an email or an e-signature). Refused once the validity has passed. The handwritten
    // image, when given, must be PNG bytes of at most kMaxSignatureImageBytes; it is written
    // by the same UPDATE that makes the quote signed, and frozen with it.
    Status markSigned(qint64 id, const SignatureRecord &signature);
    // Sent → declined; the reason goes in the event.
    Status decline(qint64 id, const QString &reason = {});
    // Removes a draft (its lines, discounts and row) in one transaction; refuses any other
    // status, and a draft whose PDF was issued (the register keeps it). When it was the year's
    // last number (revision 1), the number is given back so numbering stays without gaps: the
    // undo of "New quote". Logs "deleted" on the quote and "quote" draft → deleted on its deal.
    Status remove(qint64 id);
    // Sent quotes whose validity ended before today (the clock's) → expired. Returns their ids.
    Result<QList<qint64>> expireOverdue();

    // find(), findByNumber() and forDeal() read the signature's image; list() leaves
    // SignatureRecord::image empty, to stay lean over many quotes.
    Result<Quote> find(qint64 id);
    // "DEV-2026-0007" (revision 1) or "DEV-2026-0007-R2"; a user error when there is none.
    Result<Quote> findByNumber(const QString &displayNumber);
    // A deal's quotes, oldest first.
    Result<QList<Quote>> forDeal(qint64 dealId);
    Result<QList<Quote>> list(const QuoteQuery &query = {});
    Result<QList<Event>> history(qint64 id);

private:
    Status log(const Quote &quote, Event::Kind kind, const QString &field, const QString &oldValue,
               const QString &newValue, const QString &detail, const QString &oldStatus);

    Database &m_db;
};

} // namespace dealboard

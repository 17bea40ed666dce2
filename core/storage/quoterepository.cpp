#include "quoterepository.h"

#include "clock.h"
#include "database.h"
#include "eventlog.h"
#include "quotenumbering.h"
#include "quoterow.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QDate today()
{
    return Clock::current().now().toLocalTime().date();
}

const QByteArray kPngMagic("\x89PNG\r\n\x1a\n", 8);

// The detail of a "signed" event: signer, method and reference, one a line.
QString signatureDetail(const SignatureRecord &s)
{
    return s.signer + u'\n' + Quote::methodKey(s.method) + u'\n' + s.reference;
}

} // namespace

Status QuoteRepository::validate(const Quote &q)
{
    if (q.dealId <= 0)
        return userError(tr("A quote is made for a deal; choose one."));
    if (q.language != "fr"_L1 && q.language != "en"_L1)
        return userError(
            tr("A quote is written in French (fr) or English (en), not \"%1\".").arg(q.language));
    if (q.validityDays <= 0)
        return userError(tr("A quote's validity is at least one day."));
    if (q.termMonths < 0)
        return userError(tr("The term of a quote cannot be negative."));
    for (qsizetype i = 0; i < q.lines.size(); ++i) {
        const QuoteLine &l = q.lines.at(i);
        const qsizetype n = i + 1;
        if (l.description.trimmed().isEmpty())
            return userError(tr("Line %1 needs a description.").arg(n));
        if (l.quantityMilli <= 0)
            return userError(tr("Line %1 needs a quantity above zero.").arg(n));
        if (l.unitPrice.cents() < 0)
            return userError(tr("Line %1 has a negative price; discounts come from the discount "
                                "policy, not from negative lines.")
                                 .arg(n));
        if (l.unitPrice.currency() != q.currency)
            return userError(tr("Line %1 is in %2 but the quote is in %3; use one currency.")
                                 .arg(n)
                                 .arg(l.unitPrice.currency(), q.currency));
        if (l.vatBp < 0 || l.vatBp > 10000)
            return userError(tr("Line %1 has a VAT rate outside 0–100 %.").arg(n));
    }
    return {};
}

DiscountDecision QuoteRepository::decision(const Quote &q) const
{
    return q.isEditable() ? DiscountPolicy::evaluate(m_db.playbook(), q)
                          : DiscountPolicy::frozen(q);
}

Status QuoteRepository::log(const Quote &q, Event::Kind kind, const QString &field,
                            const QString &oldValue, const QString &newValue, const QString &detail,
                            const QString &oldStatus)
{
    EventLog events(m_db);
    const Event onQuote{0, {}, {}, u"quote"_s, q.id, kind, field, oldValue, newValue, detail};
    if (Result<qint64> r = events.append(onQuote); !r)
        return r.error();
    const Event onDeal{0,
                       {},
                       {},
                       u"deal"_s,
                       q.dealId,
                       Event::Kind::Edited,
                       u"quote"_s,
                       oldStatus,
                       Quote::statusKey(q.status),
                       q.displayNumber()};
    if (Result<qint64> r = events.append(onDeal); !r)
        return r.error();
    return {};
}

Result<qint64> QuoteRepository::create(Quote &quote)
{
    Quote q = quote;
    q.id = 0;
    q.status = QuoteStatus::Draft;
    q.revision = 1;
    q.previousId = 0;
    q.signature.reset();
    q.sentAt = {};
    if (Status s = validate(q); !s)
        return s.error();
    const DiscountDecision d = DiscountPolicy::evaluate(m_db.playbook(), q);
    if (Status s = d.asStatus(false); !s)
        return s.error();
    Database::Transaction tx(m_db);
    // First statement of the transaction: it takes the write lock, waiting for another writer.
    const QDateTime now = Clock::current().now();
    const Result<QString> number = QuoteNumbering::allocate(m_db, now.toLocalTime().date().year());
    if (!number)
        return number.error();
    {
        QSqlQuery deal(m_db.connection());
        deal.prepare(u"SELECT 1 FROM deals WHERE id = ? AND deleted_at IS NULL"_s);
        deal.addBindValue(q.dealId);
        if (Status s = m_db.exec(deal, tr("reading the deal")); !s)
            return s.error();
        if (!deal.next())
            return userError(tr("There is no deal %1 to make a quote for.").arg(q.dealId));
    }
    q.number = *number;
    q.createdAt = q.updatedAt = now;
    q.validUntil = today().addDays(q.validityDays);
    q.discounts = d.applied;
    const Result<qint64> id = QuoteRow::insert(m_db, q);
    if (!id)
        return id.error();
    q.id = *id;
    if (Status s = QuoteRow::writeContent(m_db, q); !s)
        return s.error();
    if (Status s =
            log(q, Event::Kind::Created, {}, {}, q.displayNumber(), QString::number(q.dealId), {});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    quote = q;
    return q.id;
}

Status QuoteRepository::update(Quote &quote)
{
    if (Status s = validate(quote); !s)
        return s;
    Database::Transaction tx(m_db);
    const Result<Quote> old = find(quote.id);
    if (!old)
        return old.error();
    if (old->status == QuoteStatus::Signed)
        return userError(tr("Quote %1 is signed and frozen (playbook rule "
                            "discounts.forbidChangeAfterSignature, §7.2). Revise it to make a "
                            "new revision; the signed one stays as it is.")
                             .arg(old->displayNumber()));
    if (!old->isEditable())
        return userError(tr("Quote %1 is %2: only a draft can change. Revise it to make a new "
                            "revision.")
                             .arg(old->displayNumber(), Quote::statusName(old->status).toLower()));
    Quote q = quote;
    q.number = old->number;
    q.revision = old->revision;
    q.previousId = old->previousId;
    q.dealId = old->dealId;
    q.status = QuoteStatus::Draft;
    q.createdAt = old->createdAt;
    q.updatedAt = Clock::current().now();
    q.validUntil = old->createdAt.toLocalTime().date().addDays(q.validityDays);
    const DiscountDecision d = DiscountPolicy::evaluate(m_db.playbook(), q);
    if (Status s = d.asStatus(false); !s)
        return s;
    q.discounts = d.applied;
    QSqlQuery &up = m_db.prepared(
        u"UPDATE quotes SET contract = ?, term_months = ?, language = ?, currency = ?, "
        "referral = ?, validity_days = ?, valid_until = ?, updated_at = ? WHERE id = ?"_s);
    for (const QVariant &v :
         QVariantList{q.contract, q.termMonths, q.language, q.currency, q.referral, q.validityDays,
                      q.validUntil.toString(Qt::ISODate), q.updatedAt.toMSecsSinceEpoch(), q.id})
        up.addBindValue(v);
    if (Status s = m_db.exec(up, tr("saving the quote")); !s)
        return s;
    if (Status s = QuoteRow::writeContent(m_db, q); !s)
        return s;
    const QString summary = tr("%n line(s), discount %1", "", int(q.lines.size()))
                                .arg(DiscountPolicy::formatBp(d.totalBp));
    if (Status s = log(q, Event::Kind::Edited, u"content"_s, {}, summary, {}, u"draft"_s); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    quote = q;
    return {};
}

Result<qint64> QuoteRepository::revise(qint64 id)
{
    Database::Transaction tx(m_db);
    const Result<Quote> old = find(id);
    if (!old)
        return old.error();
    if (old->isEditable())
        return userError(
            tr("Quote %1 is a draft: edit it rather than revising it.").arg(old->displayNumber()));
    QSqlQuery last(m_db.connection());
    last.prepare(u"SELECT max(revision) FROM quotes WHERE number = ?"_s);
    last.addBindValue(old->number);
    if (Status s = m_db.exec(last, tr("numbering the revision")); !s)
        return s.error();
    const int revision = last.next() ? last.value(0).toInt() + 1 : old->revision + 1;
    last.finish();
    Quote q = old.value();
    q.id = 0;
    q.revision = revision;
    q.previousId = old->id;
    q.status = QuoteStatus::Draft;
    q.signature.reset();
    q.sentAt = {};
    q.createdAt = q.updatedAt = Clock::current().now();
    q.validUntil = today().addDays(q.validityDays);
    // The old discounts are the new requests: the policy re-applies them as it stands today.
    const DiscountDecision d = DiscountPolicy::evaluate(m_db.playbook(), q);
    if (Status s = d.asStatus(false); !s)
        return s.error();
    q.discounts = d.applied;
    const Result<qint64> newId = QuoteRow::insert(m_db, q);
    if (!newId)
        return newId.error();
    q.id = *newId;
    if (Status s = QuoteRow::writeContent(m_db, q); !s)
        return s.error();
    if (Status s = log(q, Event::Kind::Created, {}, {}, q.displayNumber(),
                       tr("revision of %1").arg(old->displayNumber()), {});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return q.id;
}

Status QuoteRepository::markSent(qint64 id)
{
    Database::Transaction tx(m_db);
    Result<Quote> q = find(id);
    if (!q)
        return q.error();
    if (!q->isEditable())
        return userError(tr("Quote %1 is already %2.")
                             .arg(q->displayNumber(), Quote::statusName(q->status).toLower()));
    if (q->lines.isEmpty())
        return userError(tr("Quote %1 has no lines; add at least one before sending it.")
                             .arg(q->displayNumber()));
    // Evaluated again: the quote goes out with the policy as it stands today, and complete.
    const DiscountDecision d = DiscountPolicy::evaluate(m_db.playbook(), q.value());
    if (Status s = d.asStatus(true); !s)
        return userError(
            tr("Quote %1 cannot be sent yet:\n%2").arg(q->displayNumber(), s.errorMessage()));
    q->discounts = d.applied;
    // The term goes out as a number: a later playbook never changes what was sent.
    if (q->termMonths == 0) {
        for (const ContractType &c : m_db.playbook().contracts())
            if (c.key == q->contract)
                q->termMonths = c.termMonthsMin;
        QSqlQuery &term = m_db.prepared(u"UPDATE quotes SET term_months = ? WHERE id = ?"_s);
        term.addBindValue(q->termMonths);
        term.addBindValue(q->id);
        if (Status s = m_db.exec(term, tr("sending the quote")); !s)
            return s;
    }
    if (Status s = QuoteRow::writeContent(m_db, q.value()); !s)
        return s;
    q->status = QuoteStatus::Sent;
    q->sentAt = q->updatedAt = Clock::current().now();
    q->validUntil = today().addDays(q->validityDays);
    if (Status s = QuoteRow::saveStatus(m_db, q.value()); !s)
        return s;
    if (Status s = log(q.value(), Event::Kind::Edited, u"status"_s, u"draft"_s, u"sent"_s,
                       q->validUntil.toString(Qt::ISODate), u"draft"_s);
        !s)
        return s;
    return tx.commit();
}

Status QuoteRepository::markSigned(qint64 id, const SignatureRecord &signature)
{
    SignatureRecord sig = signature;
    sig.signer = sig.signer.trimmed();
    sig.reference = sig.reference.trimmed();
    if (sig.signer.isEmpty())
        return userError(tr("Record who signed the quote."));
    if (sig.method != SignatureMethod::InPerson && sig.reference.isEmpty())
        return userError(tr("A signature by %1 needs its reference (the email's subject or id, "
                            "or the e-signature envelope).")
                             .arg(Quote::methodName(sig.method).toLower()));
    if (sig.image.size() > kMaxSignatureImageBytes)
        return userError(tr("The signature image is %1 KB; the most a quote keeps is %2 KB.")
                             .arg((sig.image.size() + 1023) / 1024)
                             .arg(kMaxSignatureImageBytes / 1024));
    if (!sig.image.isEmpty() && !sig.image.startsWith(kPngMagic))
        return userError(tr("The signature image must be a PNG image."));
    Database::Transaction tx(m_db);
    Result<Quote> q = find(id);
    if (!q)
        return q.error();
    const QString number = q->displayNumber();
    if (q->status == QuoteStatus::Draft)
        return userError(
            tr("Quote %1 is a draft; send it before recording a signature.").arg(number));
    if (q->status != QuoteStatus::Sent)
        return userError(tr("Quote %1 is %2 and cannot be signed; revise it to issue a new one.")
                             .arg(number, Quote::statusName(q->status).toLower()));
    if (!sig.at.isValid())
        sig.at = Clock::current().now();
    // The day the buyer agreed counts, not the day it is recorded.
    if (sig.at.toLocalTime().date() > q->validUntil)
        return userError(tr("Quote %1 was valid until %2; revise it to issue a new one.")
                             .arg(number, QLocale().toString(q->validUntil, QLocale::ShortFormat)));
    q->status = QuoteStatus::Signed;
    q->signature = sig;
    q->updatedAt = Clock::current().now();
    if (Status s = QuoteRow::saveStatus(m_db, q.value()); !s)
        return s;
    if (Status s = log(q.value(), Event::Kind::Edited, u"status"_s, u"sent"_s, u"signed"_s,
                       signatureDetail(sig), u"sent"_s);
        !s)
        return s;
    return tx.commit();
}

Status QuoteRepository::remove(qint64 id)
{
    Database::Transaction tx(m_db);
    const Result<Quote> q = find(id);
    if (!q)
        return q.error();
    const QString number = q->displayNumber();
    if (!q->isEditable())
        return userError(tr("Quote %1 is %2: only a draft can be removed (the buyer may have it). "
                            "Revise it, or let it be declined or expire.")
                             .arg(number, Quote::statusName(q->status).toLower()));
    {
        QSqlQuery issued(m_db.connection());
        issued.prepare(u"SELECT count(*) FROM issued_documents WHERE quote_id = ?"_s);
        issued.addBindValue(id);
        if (Status s = m_db.exec(issued, tr("reading the issued documents")); !s)
            return s;
        if (issued.next() && issued.value(0).toInt() > 0)
            return userError(tr("Quote %1 cannot be removed: its PDF was issued (%n time(s)) and "
                                "the register of issued documents keeps it.",
                                "", issued.value(0).toInt())
                                 .arg(number));
    }
    if (Status s = QuoteRow::remove(m_db, id); !s)
        return s;
    // The year's last number given back: the next quote gets it again, without a gap.
    QString detail = number;
    if (q->revision == 1) {
        const Result<bool> given = QuoteNumbering::giveBack(m_db, q->number);
        if (!given)
            return given.error();
        if (*given)
            detail += u'\n' + tr("number given back");
    }
    EventLog events(m_db);
    const Event onQuote{0,  {},         {}, u"quote"_s, id, Event::Kind::Deleted,
                        {}, u"draft"_s, {}, detail};
    if (Result<qint64> r = events.append(onQuote); !r)
        return r.error();
    const Event onDeal{
        0,          {},         {},           u"deal"_s, q->dealId, Event::Kind::Edited,
        u"quote"_s, u"draft"_s, u"deleted"_s, number};
    if (Result<qint64> r = events.append(onDeal); !r)
        return r.error();
    return tx.commit();
}

Status QuoteRepository::decline(qint64 id, const QString &reason)
{
    Database::Transaction tx(m_db);
    Result<Quote> q = find(id);
    if (!q)
        return q.error();
    if (q->status != QuoteStatus::Sent)
        return userError(tr("Only a sent quote can be declined; %1 is %2.")
                             .arg(q->displayNumber(), Quote::statusName(q->status).toLower()));
    q->status = QuoteStatus::Declined;
    q->updatedAt = Clock::current().now();
    if (Status s = QuoteRow::saveStatus(m_db, q.value()); !s)
        return s;
    if (Status s = log(q.value(), Event::Kind::Edited, u"status"_s, u"sent"_s, u"declined"_s,
                       reason.simplified(), u"sent"_s);
        !s)
        return s;
    return tx.commit();
}

Result<QList<qint64>> QuoteRepository::expireOverdue()
{
    Database::Transaction tx(m_db);
    const Result<QList<Quote>> overdue =
        QuoteRow::select(m_db, u"status = 'sent' AND valid_until < ?"_s,
                         QVariantList{QVariant(today().toString(Qt::ISODate))});
    if (!overdue)
        return overdue.error();
    QList<qint64> ids;
    for (Quote q : overdue.value()) {
        q.status = QuoteStatus::Expired;
        q.updatedAt = Clock::current().now();
        if (Status s = QuoteRow::saveStatus(m_db, q); !s)
            return s.error();
        if (Status s = log(q, Event::Kind::Edited, u"status"_s, u"sent"_s, u"expired"_s,
                           q.validUntil.toString(Qt::ISODate), u"sent"_s);
            !s)
            return s.error();
        ids << q.id;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<Quote> QuoteRepository::find(qint64 id)
{
    Result<QList<Quote>> found = QuoteRow::select(m_db, u"id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return userError(tr("There is no quote %1.").arg(id));
    return found->first();
}

Result<Quote> QuoteRepository::findByNumber(const QString &displayNumber)
{
    QString number = displayNumber.trimmed().toUpper();
    int revision = 1;
    const qsizetype r = number.lastIndexOf(u"-R"_s);
    if (r > 0) {
        bool ok = false;
        revision = number.mid(r + 2).toInt(&ok);
        if (!ok)
            return userError(tr("\"%1\" is not a quote number (DEV-2026-0007 or "
                                "DEV-2026-0007-R2).")
                                 .arg(displayNumber));
        number.truncate(r);
    }
    Result<QList<Quote>> found =
        QuoteRow::select(m_db, u"number = ? AND revision = ?"_s, {number, revision});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return userError(tr("There is no quote %1.").arg(displayNumber));
    return found->first();
}

Result<QList<Quote>> QuoteRepository::forDeal(qint64 dealId)
{
    return QuoteRow::select(m_db, u"deal_id = ?"_s, {dealId});
}

Result<QList<Quote>> QuoteRepository::list(const QuoteQuery &query)
{
    QStringList where{u"1 = 1"_s};
    QVariantList binds;
    if (query.status) {
        where << u"status = ?"_s;
        binds << Quote::statusKey(*query.status);
    }
    if (query.dealId > 0) {
        where << u"deal_id = ?"_s;
        binds << query.dealId;
    }
    return QuoteRow::select(m_db, where.join(u" AND "_s), binds, QuoteRow::Image::Skip);
}

Result<QList<Event>> QuoteRepository::history(qint64 id)
{
    return EventLog(m_db).forEntity(u"quote"_s, id);
}
} // namespace dealboard

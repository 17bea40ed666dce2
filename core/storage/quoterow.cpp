#include "quoterow.h"

#include "database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kColumns =
    u"id, number, revision, previous_id, deal_id, contract, term_months, status, language, "
    "currency, referral, validity_days, valid_until, created_at, updated_at, sent_at, "
    "signed_at, signer, signature_method, signature_reference"_s;
// Column 20, after kColumns.
const QString kImageColumn = u"signature_image"_s;
const QString kNoImage = u"NULL"_s;

QVariant msOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

Quote read(const QSqlQuery &q)
{
    Quote r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toString();
    r.revision = q.value(2).toInt();
    r.previousId = q.value(3).toLongLong();
    r.dealId = q.value(4).toLongLong();
    r.contract = q.value(5).toString();
    r.termMonths = q.value(6).toInt();
    r.status = Quote::statusFromKey(q.value(7).toString()).value_or(QuoteStatus::Draft);
    r.language = q.value(8).toString();
    r.currency = q.value(9).toString();
    r.referral = q.value(10).toBool();
    r.validityDays = q.value(11).toInt();
    r.validUntil = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    r.createdAt = fromMs(q.value(13));
    r.updatedAt = fromMs(q.value(14));
    r.sentAt = fromMs(q.value(15));
    if (r.status == QuoteStatus::Signed)
        r.signature = SignatureRecord{
            q.value(17).toString(), fromMs(q.value(16)),
            Quote::methodFromKey(q.value(18).toString()).value_or(SignatureMethod::Email),
            q.value(19).toString(), q.value(20).toByteArray()};
    return r;
}

// The detail of a "signed" event: signer, method and reference, one a line.

} // namespace

Result<qint64> QuoteRow::insert(Database &db, const Quote &q)
{
    QSqlQuery &ins = db.prepared(
        u"INSERT INTO quotes (number, revision, previous_id, deal_id, contract, term_months, "
        "status, language, currency, referral, validity_days, valid_until, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         QVariantList{q.number, q.revision, q.previousId > 0 ? QVariant(q.previousId) : QVariant(),
                      q.dealId, q.contract, q.termMonths, Quote::statusKey(q.status), q.language,
                      q.currency, q.referral, q.validityDays, q.validUntil.toString(Qt::ISODate),
                      q.createdAt.toMSecsSinceEpoch(), q.updatedAt.toMSecsSinceEpoch()})
        ins.addBindValue(v);
    if (Status s = db.exec(ins, tr("saving the quote")); !s)
        return s.error();
    return ins.lastInsertId().toLongLong();
}

// Replaces a draft's lines and discounts (the schema refuses it for any other status).
Status QuoteRow::writeContent(Database &db, const Quote &q)
{
    for (const QString &table : {u"quote_lines"_s, u"quote_discounts"_s}) {
        QSqlQuery &del = db.prepared(u"DELETE FROM %1 WHERE quote_id = ?"_s.arg(table));
        del.addBindValue(q.id);
        if (Status s = db.exec(del, tr("saving the quote")); !s)
            return s;
    }
    QSqlQuery &line = db.prepared(
        u"INSERT INTO quote_lines (quote_id, position, product_id, description, quantity_milli, "
        "unit_price_cents, billing, vat_bp) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < q.lines.size(); ++i) {
        const QuoteLine &l = q.lines.at(i);
        for (const QVariant &v :
             QVariantList{q.id, i, l.productId > 0 ? QVariant(l.productId) : QVariant(),
                          l.description.trimmed(), l.quantityMilli, l.unitPrice.cents(),
                          billingKey(l.billing), l.vatBp})
            line.addBindValue(v);
        if (Status s = db.exec(line, tr("saving line %1 of the quote").arg(i + 1)); !s)
            return userError(tr("Cannot save line %1 (is its product in the catalogue?): %2")
                                 .arg(i + 1)
                                 .arg(s.errorMessage()));
    }
    QSqlQuery &disc = db.prepared(
        u"INSERT INTO quote_discounts (quote_id, position, kind, bp, automatic, months, "
        "justification, validated_by, validated_on, validation_reference, exceptional) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < q.discounts.size(); ++i) {
        const QuoteDiscount &d = q.discounts.at(i);
        const FounderValidation &v = d.validation;
        for (const QVariant &value :
             QVariantList{q.id, i, d.kind, d.bp, d.automatic, d.months, textOrNull(d.justification),
                          textOrNull(v.name),
                          v.date.isValid() ? QVariant(v.date.toString(Qt::ISODate)) : QVariant(),
                          textOrNull(v.emailReference), d.exceptional})
            disc.addBindValue(value);
        if (Status s = db.exec(disc, tr("saving the quote's discounts")); !s)
            return s;
    }
    return {};
}

Status QuoteRow::saveStatus(Database &db, const Quote &q)
{
    QSqlQuery &up =
        db.prepared(u"UPDATE quotes SET status = ?, sent_at = ?, valid_until = ?, signed_at = ?, "
                    "signer = ?, signature_method = ?, signature_reference = ?, "
                    "signature_image = ?, updated_at = ? WHERE id = ?"_s);
    const SignatureRecord s = q.signature.value_or(SignatureRecord{});
    for (const QVariant &v : QVariantList{
             Quote::statusKey(q.status), msOrNull(q.sentAt), q.validUntil.toString(Qt::ISODate),
             q.signature ? msOrNull(s.at) : QVariant(), q.signature ? s.signer : QVariant(),
             q.signature ? Quote::methodKey(s.method) : QVariant(),
             q.signature ? textOrNull(s.reference) : QVariant(),
             q.signature && !s.image.isEmpty() ? QVariant(s.image) : QVariant(),
             q.updatedAt.toMSecsSinceEpoch(), q.id})
        up.addBindValue(v);
    return db.exec(up, tr("saving the quote"));
}

Result<QList<Quote>> QuoteRow::select(Database &db, const QString &where, const QVariantList &binds,
                                      Image image)
{
    QList<Quote> out;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT %1, %2 FROM quotes WHERE %3 ORDER BY id"_s.arg(
            kColumns, image == Image::Read ? kImageColumn : kNoImage, where));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (Status s = db.exec(q, tr("reading the quotes")); !s)
            return s.error();
        while (q.next())
            out << read(q);
    }
    for (Quote &quote : out)
        if (Status s = loadContent(db, quote); !s)
            return s.error();
    return out;
}

Status QuoteRow::remove(Database &db, qint64 id)
{
    for (const QString &table : {u"quote_lines"_s, u"quote_discounts"_s}) {
        QSqlQuery &del = db.prepared(u"DELETE FROM %1 WHERE quote_id = ?"_s.arg(table));
        del.addBindValue(id);
        if (Status s = db.exec(del, tr("removing the quote")); !s)
            return s;
    }
    QSqlQuery &del = db.prepared(u"DELETE FROM quotes WHERE id = ?"_s);
    del.addBindValue(id);
    return db.exec(del, tr("removing the quote"));
}

Status QuoteRow::loadContent(Database &db, Quote &quote)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT product_id, description, quantity_milli, unit_price_cents, billing, "
              "vat_bp FROM quote_lines WHERE quote_id = ? ORDER BY position"_s);
    q.addBindValue(quote.id);
    if (Status s = db.exec(q, tr("reading the quote's lines")); !s)
        return s;
    while (q.next())
        quote.lines << QuoteLine{q.value(0).toLongLong(),
                                 q.value(1).toString(),
                                 q.value(2).toLongLong(),
                                 Money(q.value(3).toLongLong(), quote.currency),
                                 billingFromKey(q.value(4).toString()).value_or(Billing::Monthly),
                                 q.value(5).toInt()};
    q.finish();
    q.prepare(u"SELECT kind, bp, automatic, months, justification, validated_by, validated_on, "
              "validation_reference, exceptional FROM quote_discounts WHERE quote_id = ? "
              "ORDER BY position"_s);
    q.addBindValue(quote.id);
    if (Status s = db.exec(q, tr("reading the quote's discounts")); !s)
        return s;
    while (q.next())
        quote.discounts << QuoteDiscount{
            q.value(0).toString(),
            q.value(1).toInt(),
            q.value(2).toBool(),
            q.value(3).toInt(),
            q.value(4).toString(),
            FounderValidation{q.value(5).toString(),
                              QDate::fromString(q.value(6).toString(), Qt::ISODate),
                              q.value(7).toString()},
            q.value(8).toBool()};
    return {};
}

} // namespace dealboard

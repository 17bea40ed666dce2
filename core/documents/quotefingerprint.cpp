#include "quotefingerprint.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// Cents as a string: a JSON number is a double, exact only up to 2^53.
QJsonValue money(const Money &m)
{
    return QJsonObject{{u"cents"_s, QString::number(m.cents())}, {u"currency"_s, m.currency()}};
}

QJsonArray vatList(const QList<VatAmount> &list)
{
    QJsonArray out;
    for (const VatAmount &v : list)
        out.append(QJsonObject{
            {u"rateBp"_s, v.rateBp}, {u"base"_s, money(v.base)}, {u"vat"_s, money(v.vat)}});
    return out;
}

QString utc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject linesAndDiscounts(const Quote &quote)
{
    QJsonArray lines;
    for (const QuoteLine &l : quote.lines)
        lines.append(QJsonObject{{u"productId"_s, QString::number(l.productId)},
                                 {u"description"_s, l.description},
                                 {u"quantityMilli"_s, QString::number(l.quantityMilli)},
                                 {u"unitPrice"_s, money(l.unitPrice)},
                                 {u"billing"_s, billingKey(l.billing)},
                                 {u"vatBp"_s, l.vatBp}});
    QJsonArray discounts;
    for (const QuoteDiscount &d : quote.discounts)
        discounts.append(QJsonObject{{u"kind"_s, d.kind},
                                     {u"bp"_s, d.bp},
                                     {u"automatic"_s, d.automatic},
                                     {u"months"_s, d.months},
                                     {u"justification"_s, d.justification},
                                     {u"exceptional"_s, d.exceptional}});
    return {{u"lines"_s, lines}, {u"discounts"_s, discounts}};
}

QJsonObject totalsObject(const QuoteTotals &t)
{
    QJsonArray lines;
    for (const Money &m : t.lines)
        lines.append(money(m));
    QJsonArray discounts;
    for (const DiscountAmount &d : t.discounts)
        discounts.append(QJsonObject{{u"kind"_s, d.kind},
                                     {u"bp"_s, d.bp},
                                     {u"months"_s, d.months},
                                     {u"monthly"_s, money(d.monthly)}});
    return {{u"lines"_s, lines},
            {u"monthlyHt"_s, money(t.monthlyHt)},
            {u"discounts"_s, discounts},
            {u"monthlyDiscountedHt"_s, money(t.monthlyDiscountedHt)},
            {u"monthlyVat"_s, vatList(t.monthlyVat)},
            {u"monthlyTtc"_s, money(t.monthlyTtc)},
            {u"introMonths"_s, t.introMonths},
            {u"introMonthlyHt"_s, money(t.introMonthlyHt)},
            {u"introVat"_s, vatList(t.introVat)},
            {u"introMonthlyTtc"_s, money(t.introMonthlyTtc)},
            {u"oneTimeHt"_s, money(t.oneTimeHt)},
            {u"oneTimeVat"_s, vatList(t.oneTimeVat)},
            {u"oneTimeTtc"_s, money(t.oneTimeTtc)},
            {u"firstYearHt"_s, money(t.firstYearHt)}};
}

} // namespace

QByteArray QuoteFingerprint::canonicalJson(const Quote &quote, const QuoteTotals &totals)
{
    QJsonObject root = linesAndDiscounts(quote);
    root.insert(u"format"_s, 1); // bump when the canonical form changes
    root.insert(u"number"_s, quote.number);
    root.insert(u"revision"_s, quote.revision);
    root.insert(u"dealId"_s, QString::number(quote.dealId));
    root.insert(u"contract"_s, quote.contract);
    root.insert(u"termMonths"_s, quote.termMonths);
    root.insert(u"language"_s, quote.language);
    root.insert(u"currency"_s, quote.currency);
    root.insert(u"referral"_s, quote.referral);
    root.insert(u"createdAt"_s, utc(quote.createdAt));
    root.insert(u"validityDays"_s, quote.validityDays);
    root.insert(u"validUntil"_s, quote.validUntil.toString(Qt::ISODate));
    root.insert(u"totals"_s, totalsObject(totals));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString QuoteFingerprint::compute(const Quote &quote, const QuoteTotals &totals)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalJson(quote, totals), QCryptographicHash::Sha256).toHex());
}

} // namespace dealboard

#include "quoteformat.h"

#include "cliformat.h"
#include "rules/discountpolicy.h"
#include "rules/discountrules.h"
#include "rules/quotetotals.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/quoterepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

QJsonValue isoTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue isoDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray findingsJson(const QList<DiscountFinding> &findings)
{
    QJsonArray a;
    for (const DiscountFinding &f : findings)
        a.append(QJsonObject{{u"rule"_s, f.rule},
                             {u"section"_s, f.section},
                             {u"kind"_s, f.kind},
                             {u"message"_s, f.message}});
    return a;
}

QJsonArray vatJson(const QList<VatAmount> &vat)
{
    QJsonArray a;
    for (const VatAmount &v : vat)
        a.append(QJsonObject{{u"rate_bp"_s, v.rateBp},
                             {u"base_cents"_s, v.base.cents()},
                             {u"vat_cents"_s, v.vat.cents()}});
    return a;
}

QString quantityText(qint64 milli)
{
    return milli % QuoteLine::kQuantityScale == 0
               ? QString::number(milli / QuoteLine::kQuantityScale)
               : QLocale().toString(double(milli) / QuoteLine::kQuantityScale, 'g', 12);
}

// A quote's event in words: its own kinds, not a deal's (no stages).
QString eventText(const Event &e)
{
    QString text;
    if (e.kind == Event::Kind::Created)
        text = QuoteView::tr("created");
    else if (e.field == "status"_L1)
        text = QuoteView::tr("status %1 → %2").arg(e.oldValue, e.newValue);
    else
        text = QuoteView::tr("%1 edited").arg(e.field.isEmpty() ? Event::kindKey(e.kind) : e.field);
    if (!e.detail.isEmpty())
        text += u" ("_s + e.detail + u')';
    return text;
}

QString money(const Money &m)
{
    return m.format(QLocale(), Money::Cents::Always);
}

} // namespace

Result<Quote> QuoteView::find(Database &db, const QString &idOrNumber)
{
    bool ok = false;
    const qint64 id = idOrNumber.toLongLong(&ok);
    QuoteRepository quotes(db);
    if (ok)
        return quotes.find(id);
    return quotes.findByNumber(idOrNumber.trimmed().toUpper());
}

Result<QJsonObject> QuoteView::json(Database &db, const Quote &q, bool withHistory)
{
    QuoteRepository quotes(db);
    const DiscountDecision decision = quotes.decision(q);
    const Result<QuoteTotals> totals = QuoteTotals::compute(q, decision);
    if (!totals)
        return totals.error();
    ProductRepository products(db);
    QJsonArray lines;
    for (qsizetype i = 0; i < q.lines.size(); ++i) {
        const QuoteLine &l = q.lines.at(i);
        QJsonObject o{{u"product_id"_s, l.productId},
                      {u"description"_s, l.description},
                      {u"quantity_milli"_s, l.quantityMilli},
                      {u"unit_price_cents"_s, l.unitPrice.cents()},
                      {u"amount_cents"_s, totals->lines.value(i).cents()},
                      {u"billing"_s, billingKey(l.billing)},
                      {u"vat_bp"_s, l.vatBp}};
        if (l.productId > 0)
            if (const Result<Product> p = products.find(l.productId))
                o.insert(u"product"_s, p->key);
        lines.append(o);
    }
    QJsonArray discounts;
    for (const QuoteDiscount &d : q.discounts) {
        QJsonObject o{{u"kind"_s, d.kind},
                      {u"bp"_s, d.bp},
                      {u"automatic"_s, d.automatic},
                      {u"months"_s, d.months},
                      {u"exceptional"_s, d.exceptional}};
        if (!d.justification.isEmpty())
            o.insert(u"justification"_s, d.justification);
        if (d.validation.isRecorded())
            o.insert(u"validation"_s, QJsonObject{{u"name"_s, d.validation.name},
                                                  {u"date"_s, isoDate(d.validation.date)},
                                                  {u"reference"_s, d.validation.emailReference}});
        discounts.append(o);
    }
    QJsonArray amounts;
    for (const DiscountAmount &a : totals->discounts)
        amounts.append(QJsonObject{{u"kind"_s, a.kind},
                                   {u"bp"_s, a.bp},
                                   {u"months"_s, a.months},
                                   {u"monthly_cents"_s, a.monthly.cents()}});
    const QJsonObject totalsJson{
        {u"monthly_ht_cents"_s, totals->monthlyHt.cents()},
        {u"discounts"_s, amounts},
        {u"monthly_discounted_ht_cents"_s, totals->monthlyDiscountedHt.cents()},
        {u"monthly_vat"_s, vatJson(totals->monthlyVat)},
        {u"monthly_vat_cents"_s, totals->monthlyVatTotal.cents()},
        {u"monthly_ttc_cents"_s, totals->monthlyTtc.cents()},
        {u"intro_months"_s, totals->introMonths},
        {u"intro_monthly_ht_cents"_s, totals->introMonthlyHt.cents()},
        {u"intro_monthly_ttc_cents"_s, totals->introMonthlyTtc.cents()},
        {u"one_time_ht_cents"_s, totals->oneTimeHt.cents()},
        {u"one_time_vat_cents"_s, totals->oneTimeVatTotal.cents()},
        {u"one_time_ttc_cents"_s, totals->oneTimeTtc.cents()},
        {u"first_year_ht_cents"_s, totals->firstYearHt.cents()}};
    const QJsonObject decisionJson{{u"allowed"_s, decision.isAllowed()},
                                   {u"complete"_s, decision.isComplete()},
                                   {u"total_bp"_s, decision.totalBp},
                                   {u"permanent_bp"_s, decision.permanentBp},
                                   {u"intro_months"_s, decision.introMonths},
                                   {u"fired"_s, findingsJson(decision.fired)},
                                   {u"refused"_s, findingsJson(decision.refused)},
                                   {u"required"_s, findingsJson(decision.required)}};
    QJsonObject o{{u"id"_s, q.id},
                  {u"number"_s, q.displayNumber()},
                  {u"revision"_s, q.revision},
                  {u"previous_id"_s, q.previousId > 0 ? QJsonValue(q.previousId) : QJsonValue()},
                  {u"deal_id"_s, q.dealId},
                  {u"contract"_s, q.contract},
                  {u"term_months"_s, q.termMonths},
                  {u"status"_s, Quote::statusKey(q.status)},
                  {u"language"_s, q.language},
                  {u"currency"_s, q.currency},
                  {u"referral"_s, q.referral},
                  {u"created_at"_s, isoTime(q.createdAt)},
                  {u"sent_at"_s, isoTime(q.sentAt)},
                  {u"validity_days"_s, q.validityDays},
                  {u"valid_until"_s, isoDate(q.validUntil)},
                  {u"lines"_s, lines},
                  {u"discounts"_s, discounts},
                  {u"decision"_s, decisionJson},
                  {u"totals"_s, totalsJson}};
    if (q.signature)
        o.insert(u"signature"_s, QJsonObject{{u"signer"_s, q.signature->signer},
                                             {u"at"_s, isoTime(q.signature->at)},
                                             {u"method"_s, Quote::methodKey(q.signature->method)},
                                             {u"reference"_s, q.signature->reference}});
    else
        o.insert(u"signature"_s, QJsonValue());
    if (withHistory) {
        const Result<QList<Event>> history = quotes.history(q.id);
        if (!history)
            return history.error();
        QJsonArray events;
        for (const Event &e : history.value())
            events.append(toJson(e));
        o.insert(u"history"_s, events);
    }
    return o;
}

Result<QString> QuoteView::text(Database &db, const Quote &q, bool withHistory)
{
    QuoteRepository quotes(db);
    const DiscountDecision decision = quotes.decision(q);
    const Result<QuoteTotals> totals = QuoteTotals::compute(q, decision);
    if (!totals)
        return totals.error();
    QString contract = q.contract;
    int minimum = 0;
    for (const ContractType &c : db.playbook().contracts())
        if (c.key == q.contract) {
            contract = c.name.text();
            minimum = c.termMonthsMin;
        }
    QString t = tr("%1 · %2 · deal %3 · %4, %n month(s)", nullptr, q.effectiveTermMonths(minimum))
                    .arg(q.displayNumber(), Quote::statusName(q.status))
                    .arg(q.dealId)
                    .arg(contract) +
                u'\n';
    if (q.status == QuoteStatus::Draft || q.status == QuoteStatus::Sent)
        t += tr("Valid until %1").arg(q.validUntil.toString(Qt::ISODate)) + u'\n';
    QList<QStringList> rows;
    for (qsizetype i = 0; i < q.lines.size(); ++i) {
        const QuoteLine &l = q.lines.at(i);
        rows << QStringList{l.description, quantityText(l.quantityMilli), money(l.unitPrice),
                            money(totals->lines.value(i)),
                            l.isRecurring() ? tr("monthly") : tr("once")};
    }
    t += table({tr("Line"), tr("Qty"), tr("Unit price"), tr("Amount"), tr("Billing")}, rows);
    if (!t.endsWith(u'\n'))
        t += u'\n';
    if (!totals->discounts.isEmpty()) {
        // The playbook's name of each discount, its key when the playbook has no such rule.
        const Result<DiscountRules> rules = DiscountRules::fromPlaybook(db.playbook());
        t += tr("Discounts:") + u'\n';
        for (const DiscountAmount &a : totals->discounts) {
            const DiscountRule *rule = rules ? rules->find(a.kind) : nullptr;
            t += u"  "_s + (rule && !rule->name.text().isEmpty() ? rule->name.text() : a.kind) +
                 u' ' + u'−' + DiscountPolicy::formatBp(a.bp) + u"  −"_s + money(a.monthly) +
                 tr("/month");
            if (a.months > 0)
                t += u' ' + tr("(the first %n month(s))", nullptr, a.months);
            t += u'\n';
        }
    }
    if (!decision.fired.isEmpty()) {
        t += tr("Rules:") + u'\n';
        for (const DiscountFinding &f : decision.fired)
            t += u"  - "_s + tr("%1 (playbook rule %2, %3)").arg(f.message, f.rule, f.section) +
                 u'\n';
    }
    if (!decision.required.isEmpty()) {
        t += tr("Missing before it can be sent:") + u'\n';
        for (const DiscountFinding &f : decision.required)
            t += u"  - "_s + tr("%1 (playbook rule %2, %3)").arg(f.message, f.rule, f.section) +
                 u'\n';
    }
    t += tr("Monthly HT %1 · after discounts %2 · VAT %3 · TTC %4")
             .arg(money(totals->monthlyHt), money(totals->monthlyDiscountedHt),
                  money(totals->monthlyVatTotal), money(totals->monthlyTtc)) +
         u'\n';
    if (totals->introMonths > 0)
        t += tr("The first %n month(s): HT %1 · TTC %2", nullptr, totals->introMonths)
                 .arg(money(totals->introMonthlyHt), money(totals->introMonthlyTtc)) +
             u'\n';
    if (!totals->oneTimeHt.isZero())
        t += tr("Once: HT %1 · TTC %2").arg(money(totals->oneTimeHt), money(totals->oneTimeTtc)) +
             u'\n';
    t += tr("First-year value HT %1").arg(money(totals->firstYearHt)) + u'\n';
    if (q.signature)
        t += tr("Signed by %1 on %2 (%3)")
                 .arg(q.signature->signer, q.signature->at.toUTC().toString(Qt::ISODate),
                      Quote::methodName(q.signature->method)) +
             u'\n';
    if (withHistory) {
        const Result<QList<Event>> history = quotes.history(q.id);
        if (!history)
            return history.error();
        t += tr("History:") + u'\n';
        for (const Event &e : history.value())
            t += u"  "_s + e.at.toUTC().toString(Qt::ISODate) + u"  "_s + eventText(e) + u'\n';
    }
    return t;
}

} // namespace dealboard::cli

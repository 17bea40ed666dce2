#include "quotecreatecommand.h"

#include "quoteformat.h"
#include "rules/discountpolicy.h"
#include "storage/productrepository.h"
#include "storage/quoterepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

// "2", "0.5", "2,5": a positive quantity in thousandths; 0 when it is not one.
qint64 parseQuantity(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{1,9})(?:[.,](\\d{1,3}))?$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const qint64 whole = m.captured(1).toLongLong();
    const qint64 fraction = m.captured(2).leftJustified(3, u'0').toLongLong();
    return whole * QuoteLine::kQuantityScale + fraction;
}

// "12", "12.5", "12,5": basis points; -1 when it is not a percentage.
int parsePercent(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toInt() * 100 + m.captured(2).leftJustified(2, u'0').toInt();
}

} // namespace

QuoteCreateCommand::QuoteCreateCommand()
    : DatabaseCommand(u"quote create"_s, tr("Create a draft quote for a deal."))
{
    addPositional({u"deal"_s, tr("The deal's id."), u"DEAL"_s});
    addOption({u"line"_s,
               tr("A catalogue line: the product's key and the quantity, for example vps-m:2 "
                  "(repeat for several; see product list)."),
               u"product:qty"_s});
    addOption({u"free"_s,
               tr("A free line: \"description:price\", monthly, or \"description:price:once\" "
                  "for a one-time amount (repeat for several)."),
               u"line"_s});
    addOption({u"contract"_s,
               tr("The contract type: self-service, annual-standard, annual-negotiated, "
                  "multi-year or enterprise."),
               u"type"_s});
    addOption({u"term"_s, tr("The commitment in months (default: the contract's minimum)."),
               u"months"_s});
    addOption({u"discount"_s,
               tr("A founder discount and its percentage, for example volume:10 or partner "
                  "(the rule's maximum); repeat for several."),
               u"kind:pct"_s});
    addOption({u"justification"_s, tr("Why the discount (required above 10 %)."), u"text"_s});
    addOption(
        {u"validated-by"_s, tr("The founder who validated a discount above 20 %."), u"name"_s});
    addOption({u"validated-on"_s, tr("The day of that validation (YYYY-MM-DD)."), u"date"_s});
    addOption({u"validation-ref"_s, tr("The email that records that validation."), u"ref"_s});
    addOption({u"referral"_s, tr("The buyer came through a referral (automatic discount).")});
    addOption({u"exceptional"_s,
               tr("Allow a total discount above the playbook's cap (needs --justification).")});
}

int QuoteCreateCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    bool ok = false;
    Quote q;
    q.dealId = parser.positionalArguments().at(0).toLongLong(&ok);
    if (!ok || q.dealId <= 0)
        return fail(tr("\"%1\" is not a deal id.").arg(parser.positionalArguments().at(0)));
    q.contract = parser.value(u"contract"_s);
    if (q.contract.isEmpty())
        return fail(tr("A quote needs --contract TYPE."));
    if (parser.isSet(u"term"_s)) {
        q.termMonths = parser.value(u"term"_s).toInt(&ok);
        if (!ok || q.termMonths <= 0)
            return fail(
                tr("--term needs a number of months, not \"%1\".").arg(parser.value(u"term"_s)));
    }
    if (parser.isSet(u"lang"_s))
        q.language = parser.value(u"lang"_s);
    q.referral = parser.isSet(u"referral"_s);

    ProductRepository products(db);
    for (const QString &spec : parser.values(u"line"_s)) {
        const qsizetype colon = spec.lastIndexOf(u':');
        const QString key = colon < 0 ? spec : spec.left(colon);
        const qint64 quantity =
            colon < 0 ? QuoteLine::kQuantityScale : parseQuantity(spec.mid(colon + 1));
        if (quantity <= 0)
            return fail(tr("\"%1\" is not a positive quantity (in --line %2).")
                            .arg(spec.mid(colon + 1), spec));
        const Result<Product> p = products.findByKey(key.trimmed());
        if (!p)
            return fail(p.error());
        if (!p->active)
            return fail(tr("The product \"%1\" is no longer offered.").arg(p->key));
        QuoteLine l;
        l.productId = p->id;
        l.description =
            p->name.text(QLocale(q.language == "en"_L1 ? QLocale::English : QLocale::French));
        l.quantityMilli = quantity;
        l.unitPrice = p->price;
        l.billing = p->billing;
        l.vatBp = p->vatBp;
        q.lines << l;
    }
    for (const QString &spec : parser.values(u"free"_s)) {
        QStringList parts = spec.split(u':');
        Billing billing = Billing::Monthly;
        if (parts.size() >= 3 && parts.last().trimmed() == "once"_L1) {
            billing = Billing::OneTime;
            parts.removeLast();
        }
        if (parts.size() < 2)
            return fail(tr("--free needs \"description:price[:once]\", not \"%1\".").arg(spec));
        const QString priceText = parts.takeLast();
        const Result<Money> price = Money::parse(priceText);
        if (!price)
            return fail(tr("\"%1\" is not a price (in --free %2).").arg(priceText, spec));
        QuoteLine l;
        l.description = parts.join(u':').trimmed();
        l.unitPrice = price.value();
        l.billing = billing;
        q.lines << l;
    }
    if (q.lines.isEmpty())
        return fail(tr("A quote needs at least one --line or --free line."));

    FounderValidation validation;
    validation.name = parser.value(u"validated-by"_s);
    validation.emailReference = parser.value(u"validation-ref"_s);
    if (parser.isSet(u"validated-on"_s)) {
        validation.date = QDate::fromString(parser.value(u"validated-on"_s), Qt::ISODate);
        if (!validation.date.isValid())
            return fail(tr("--validated-on needs a date YYYY-MM-DD, not \"%1\".")
                            .arg(parser.value(u"validated-on"_s)));
    }
    const QString justification = parser.value(u"justification"_s);
    const bool exceptional = parser.isSet(u"exceptional"_s);
    for (const QString &spec : parser.values(u"discount"_s)) {
        const qsizetype colon = spec.indexOf(u':');
        const QString kind = (colon < 0 ? spec : spec.left(colon)).trimmed();
        const int bp = colon < 0 ? 0 : parsePercent(spec.mid(colon + 1));
        if (kind.isEmpty() || bp < 0)
            return fail(
                tr("--discount needs KIND:PERCENT, for example volume:10, not \"%1\".").arg(spec));
        q.discounts << QuoteDiscount{kind, bp, false, 0, justification, validation, exceptional};
    }
    // Documentation with no founder discount goes on the automatic ones (their rate is
    // recomputed by the policy), so the seller can still justify or mark the total.
    if (q.discounts.isEmpty() &&
        (!justification.isEmpty() || exceptional || validation.isRecorded()))
        q.discounts << QuoteDiscount{u"annual"_s,   0,          false,      0,
                                     justification, validation, exceptional};

    if (Status s = QuoteRepository::validate(q); !s)
        return fail(s.error());
    const Result<qint64> id = QuoteRepository(db).create(q);
    if (!id)
        return fail(id.error());
    const Result<Quote> saved = QuoteRepository(db).find(*id);
    if (!saved)
        return fail(saved.error());
    if (json()) {
        const Result<QJsonObject> o = QuoteView::json(db, saved.value(), false);
        if (!o)
            return fail(o.error());
        printJson(o.value());
    } else {
        const Result<QString> t = QuoteView::text(db, saved.value(), false);
        if (!t)
            return fail(t.error());
        out() << t.value();
        out().flush();
    }
    return Success;
}

} // namespace dealboard::cli

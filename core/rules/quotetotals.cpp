#include "quotetotals.h"

#include "discountpolicy.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// Sums as it goes, keeping the first error.
class Sum
{
public:
    explicit Sum(const QString &currency)
        : m_total(0, currency)
    {}
    void add(const Money &m)
    {
        if (!m_error.message.isEmpty())
            return;
        if (m.currency() != m_total.currency()) {
            m_error = userError(QuoteTotals::tr("An amount in %1 cannot be added to a quote in "
                                                "%2; use one currency for every line.")
                                    .arg(m.currency(), m_total.currency()));
            return;
        }
        const Result<Money> next = m_total.plus(m);
        if (next)
            m_total = *next;
        else
            m_error = next.error();
    }
    void subtract(const Money &m) { add(Money(-m.cents(), m.currency())); }
    bool ok() const { return m_error.message.isEmpty(); }
    const Error &error() const { return m_error; }
    Money total() const { return m_total; }

private:
    Money m_total;
    Error m_error;
};

// The VAT of each rate's base, and their sum.
Result<QList<VatAmount>> vatOf(const QMap<int, Money> &bases, const QString &currency, Money &total)
{
    QList<VatAmount> out;
    Sum sum(currency);
    for (auto it = bases.begin(); it != bases.end(); ++it) {
        const Result<Money> vat = it.value().percent(it.key());
        if (!vat)
            return vat.error();
        out << VatAmount{it.key(), it.value(), *vat};
        sum.add(*vat);
    }
    if (!sum.ok())
        return sum.error();
    total = sum.total();
    return out;
}

} // namespace

Result<QuoteTotals> QuoteTotals::compute(const Quote &quote, const DiscountDecision &decision)
{
    const QString currency = quote.currency;
    QuoteTotals t;
    QMap<int, Money> monthlyByRate;
    QMap<int, Money> oneTimeByRate;
    Sum monthly(currency);
    Sum oneTime(currency);
    for (const QuoteLine &line : quote.lines) {
        const Result<Money> amount = line.amount();
        if (!amount)
            return amount.error();
        t.lines << *amount;
        QMap<int, Money> &byRate = line.isRecurring() ? monthlyByRate : oneTimeByRate;
        Sum rate(currency);
        rate.add(byRate.value(line.vatBp, Money(0, currency)));
        rate.add(*amount);
        (line.isRecurring() ? monthly : oneTime).add(*amount);
        if (!rate.ok())
            return rate.error();
        byRate.insert(line.vatBp, rate.total());
    }
    if (!monthly.ok())
        return monthly.error();
    if (!oneTime.ok())
        return oneTime.error();
    t.monthlyHt = monthly.total();
    t.oneTimeHt = oneTime.total();

    // Each discount, per VAT rate of the monthly base, so that the VAT applies to what is
    // actually charged.
    QMap<int, Money> permanentByRate = monthlyByRate;
    QMap<int, Money> introByRate = monthlyByRate;
    for (const QuoteDiscount &d : decision.applied) {
        Sum amount(currency);
        for (auto it = monthlyByRate.begin(); it != monthlyByRate.end(); ++it) {
            const Result<Money> off = it.value().percent(d.bp);
            if (!off)
                return off.error();
            amount.add(*off);
            for (QMap<int, Money> *target : {&permanentByRate, &introByRate}) {
                if (target == &permanentByRate && d.months > 0)
                    continue;
                Sum left(currency);
                left.add((*target)[it.key()]);
                left.subtract(*off);
                if (!left.ok())
                    return left.error();
                (*target)[it.key()] = left.total();
            }
        }
        if (!amount.ok())
            return amount.error();
        t.discounts << DiscountAmount{d.kind, d.bp, d.months, amount.total()};
        t.introMonths = std::max(t.introMonths, d.months);
    }
    Sum permanent(currency);
    for (const Money &m : std::as_const(permanentByRate))
        permanent.add(m);
    Sum intro(currency);
    for (const Money &m : std::as_const(introByRate))
        intro.add(m);
    if (!permanent.ok())
        return permanent.error();
    if (!intro.ok())
        return intro.error();
    t.monthlyDiscountedHt = permanent.total();
    t.introMonthlyHt = intro.total();

    const auto taxed = [&currency](const QMap<int, Money> &bases, QList<VatAmount> &vat,
                                   Money &vatTotal, const Money &ht, Money &ttc) -> Status {
        vatTotal = Money(0, currency);
        Result<QList<VatAmount>> amounts = vatOf(bases, currency, vatTotal);
        if (!amounts)
            return amounts.error();
        vat = std::move(amounts).value();
        const Result<Money> withVat = ht.plus(vatTotal);
        if (!withVat)
            return withVat.error();
        ttc = *withVat;
        return {};
    };
    if (Status s = taxed(permanentByRate, t.monthlyVat, t.monthlyVatTotal, t.monthlyDiscountedHt,
                         t.monthlyTtc);
        !s)
        return s.error();
    if (Status s =
            taxed(introByRate, t.introVat, t.introVatTotal, t.introMonthlyHt, t.introMonthlyTtc);
        !s)
        return s.error();
    if (Status s = taxed(oneTimeByRate, t.oneTimeVat, t.oneTimeVatTotal, t.oneTimeHt, t.oneTimeTtc);
        !s)
        return s.error();

    // The first year: the intro months at the intro price, the rest at the discounted MRR.
    const int introInYear = std::min(t.introMonths, 12);
    const Result<Money> introPart = t.introMonthlyHt.times(introInYear);
    const Result<Money> restPart = t.monthlyDiscountedHt.times(12 - introInYear);
    if (!introPart)
        return introPart.error();
    if (!restPart)
        return restPart.error();
    Sum year(currency);
    year.add(*introPart);
    year.add(*restPart);
    year.add(t.oneTimeHt);
    if (!year.ok())
        return year.error();
    t.firstYearHt = year.total();
    return t;
}

} // namespace dealboard

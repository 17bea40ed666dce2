#include "playbook/playbook.h"
#include "rules/discountpolicy.h"
#include "rules/quotetotals.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

QuoteLine line(qint64 productId, qint64 unitCents, qint64 quantityMilli = 1000,
               Billing billing = Billing::Monthly, int vatBp = 2000)
{
    QuoteLine l;
    l.productId = productId;
    l.description = u"Line %1"_s.arg(productId);
    l.unitPrice = Money(unitCents);
    l.quantityMilli = quantityMilli;
    l.billing = billing;
    l.vatBp = vatBp;
    return l;
}

Quote quote(const QString &contract, const QList<QuoteLine> &lines)
{
    Quote q;
    q.contract = contract;
    q.lines = lines;
    return q;
}

qint64 cents(const Money &m)
{
    return m.cents();
}

} // namespace

// Quote totals in integer cents, rounded once per line, discount and VAT rate.
class TestQuoteTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void annualDiscountOnOneLine();
    void roundingToTheCent_data();
    void roundingToTheCent();
    void vatPerRate();
    void discountSplitAcrossRates();
    void referralOnTheFirstMonths();
    void oneTimeIsNotDiscounted();
    void frozenDiscounts();
    void emptyQuote();
    void otherCurrencyIsAnError();

private:
    Result<QuoteTotals> totals(const Quote &q)
    {
        return QuoteTotals::compute(q, DiscountPolicy::evaluate(m_pb, q));
    }
    Playbook m_pb;
};

void TestQuoteTotals::initTestCase()
{
    auto pb = Playbook::loadDefault();
    QVERIFY2(pb.ok(), qPrintable(pb.errorMessage()));
    m_pb = pb.value();
}

void TestQuoteTotals::annualDiscountOnOneLine()
{
    // 3 VPS at 19,90 € on an annual contract: 59,70 − 17 % (10,149 → 10,15) = 49,55.
    const auto t = totals(quote(u"annual-standard"_s, {line(1, 1990, 3000)}));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->lines.size(), 1);
    QCOMPARE(cents(t->lines.first()), 5970);
    QCOMPARE(cents(t->monthlyHt), 5970);
    QCOMPARE(t->discounts.size(), 1);
    QCOMPARE(t->discounts.first().kind, u"annual"_s);
    QCOMPARE(t->discounts.first().bp, 1700);
    QCOMPARE(cents(t->discounts.first().monthly), 1015);
    QCOMPARE(cents(t->monthlyDiscountedHt), 4955);
    QCOMPARE(t->monthlyVat.size(), 1);
    QCOMPARE(t->monthlyVat.first().rateBp, 2000);
    QCOMPARE(cents(t->monthlyVat.first().base), 4955);
    QCOMPARE(cents(t->monthlyVatTotal), 991); // 9,91
    QCOMPARE(cents(t->monthlyTtc), 5946);
    QCOMPARE(t->introMonths, 0);
    QCOMPARE(cents(t->introMonthlyHt), 4955);
    QCOMPARE(cents(t->oneTimeHt), 0);
    QCOMPARE(cents(t->firstYearHt), 12 * 4955);
}

void TestQuoteTotals::roundingToTheCent_data()
{
    QTest::addColumn<qint64>("unitCents");
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<int>("vatBp");
    QTest::addColumn<qint64>("lineCents");
    QTest::addColumn<qint64>("discountCents");
    QTest::addColumn<qint64>("vatCents");
    // Line: 33,33 € × 1,5 = 49,995 → 50,00; 17 % = 8,50; VAT 20 % of 41,50 = 8,30.
    QTest::addRow("line half up") << qint64(3333) << qint64(1500) << 2000 << qint64(5000)
                                  << qint64(850) << qint64(830);
    // 0,05 € × 0,5 = 0,025 → 0,03; 17 % = 0,0051 → 0,01; VAT of 0,02 = 0,004 → 0.
    QTest::addRow("small line") << qint64(5) << qint64(500) << 2000 << qint64(3) << qint64(1)
                                << qint64(0);
    // 0,50 €: 17 % = 8,5 cents → 9; VAT 20 % of 41 cents = 8,2 → 8.
    QTest::addRow("discount half up")
        << qint64(50) << qint64(1000) << 2000 << qint64(50) << qint64(9) << qint64(8);
    // 10,01 €: 17 % = 1,7017 → 1,70; VAT 20 % of 8,31 = 1,662 → 1,66.
    QTest::addRow("discount down")
        << qint64(1001) << qint64(1000) << 2000 << qint64(1001) << qint64(170) << qint64(166);
    // 1,21 €: 17 % = 20,57 cents → 21; base 1,00 at 5,5 % = 5,5 cents → 6.
    QTest::addRow("vat half up") << qint64(121) << qint64(1000) << 550 << qint64(121) << qint64(21)
                                 << qint64(6);
    // A credit line rounds away from zero too: −0,50 € × 17 % = −8,5 → −9 cents.
    QTest::addRow("negative") << qint64(-50) << qint64(1000) << 2000 << qint64(-50) << qint64(-9)
                              << qint64(-8);
}

void TestQuoteTotals::roundingToTheCent()
{
    QFETCH(qint64, unitCents);
    QFETCH(qint64, quantityMilli);
    QFETCH(int, vatBp);
    QFETCH(qint64, lineCents);
    QFETCH(qint64, discountCents);
    QFETCH(qint64, vatCents);
    const auto t = totals(
        quote(u"annual-standard"_s, {line(1, unitCents, quantityMilli, Billing::Monthly, vatBp)}));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(cents(t->lines.first()), lineCents);
    QCOMPARE(cents(t->discounts.first().monthly), discountCents);
    QCOMPARE(cents(t->monthlyDiscountedHt), lineCents - discountCents);
    QCOMPARE(cents(t->monthlyVatTotal), vatCents);
    QCOMPARE(cents(t->monthlyTtc), lineCents - discountCents + vatCents);
}

void TestQuoteTotals::vatPerRate()
{
    // Self-service, two products: no discount. 100 € at 20 %, 40 € at 10 %, 9,99 € at 20 %.
    const auto t =
        totals(quote(u"self-service"_s,
                     {line(1, 10000), line(2, 4000, 1000, Billing::Monthly, 1000), line(1, 999)}));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QVERIFY(t->discounts.isEmpty());
    QCOMPARE(cents(t->monthlyHt), 14999);
    QCOMPARE(t->monthlyVat.size(), 2);
    QCOMPARE(t->monthlyVat.at(0).rateBp, 1000);
    QCOMPARE(cents(t->monthlyVat.at(0).base), 4000);
    QCOMPARE(cents(t->monthlyVat.at(0).vat), 400);
    QCOMPARE(t->monthlyVat.at(1).rateBp, 2000);
    QCOMPARE(cents(t->monthlyVat.at(1).base), 10999);
    QCOMPARE(cents(t->monthlyVat.at(1).vat), 2200); // 21,998 → 22,00
    QCOMPARE(cents(t->monthlyVatTotal), 2600);
    QCOMPARE(cents(t->monthlyTtc), 17599);
}

void TestQuoteTotals::discountSplitAcrossRates()
{
    // 3 products (multi-product 5 %) on an annual contract (17 %), two VAT rates.
    // At 20 %: 20,10 € → 17 % = 3,417 → 3,42, 5 % = 1,005 → 1,01; left 15,67, VAT 3,134 → 3,13.
    // At 10 %: 10,10 € → 17 % = 1,717 → 1,72, 5 % = 0,505 → 0,51; left 7,87, VAT 0,787 → 0,79.
    const auto t =
        totals(quote(u"annual-standard"_s,
                     {line(1, 1005), line(2, 1005), line(3, 1010, 1000, Billing::Monthly, 1000)}));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->discounts.size(), 2);
    QCOMPARE(t->discounts.at(0).kind, u"annual"_s);
    QCOMPARE(cents(t->discounts.at(0).monthly), 342 + 172);
    QCOMPARE(t->discounts.at(1).kind, u"multi-product"_s);
    QCOMPARE(cents(t->discounts.at(1).monthly), 101 + 51);
    QCOMPARE(cents(t->monthlyHt), 3020);
    QCOMPARE(cents(t->monthlyDiscountedHt), 1567 + 787);
    QCOMPARE(cents(t->monthlyVat.at(0).vat), 79);
    QCOMPARE(cents(t->monthlyVat.at(1).vat), 313);
    QCOMPARE(cents(t->monthlyTtc), 1567 + 787 + 79 + 313);
    // The amount lines add up to the difference, to the cent.
    QCOMPARE(cents(t->monthlyHt) - cents(t->discounts.at(0).monthly) -
                 cents(t->discounts.at(1).monthly),
             cents(t->monthlyDiscountedHt));
}

void TestQuoteTotals::referralOnTheFirstMonths()
{
    // 100 € a month, annual (17 %) and referral (10 %, 3 months), plus 490 € of onboarding.
    Quote q = quote(u"annual-standard"_s, {line(1, 10000), line(2, 49000, 1000, Billing::OneTime)});
    q.referral = true;
    const auto t = totals(q);
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->discounts.size(), 2);
    QCOMPARE(t->discounts.at(1).kind, u"referral"_s);
    QCOMPARE(t->discounts.at(1).months, 3);
    QCOMPARE(cents(t->discounts.at(1).monthly), 1000);
    QCOMPARE(t->introMonths, 3);
    QCOMPARE(cents(t->introMonthlyHt), 7300);
    QCOMPARE(cents(t->introVatTotal), 1460);
    QCOMPARE(cents(t->introMonthlyTtc), 8760);
    QCOMPARE(cents(t->monthlyDiscountedHt), 8300);
    QCOMPARE(cents(t->monthlyTtc), 9960);
    QCOMPARE(cents(t->firstYearHt), 3 * 7300 + 9 * 8300 + 49000);
}

void TestQuoteTotals::oneTimeIsNotDiscounted()
{
    const auto t =
        totals(quote(u"enterprise"_s, {line(1, 100000), line(2, 49000, 2000, Billing::OneTime),
                                       line(0, 1250, 1000, Billing::OneTime, 550)}));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(cents(t->oneTimeHt), 98000 + 1250);
    QCOMPARE(t->oneTimeVat.size(), 2);
    QCOMPARE(cents(t->oneTimeVat.at(0).vat), 69); // 5,5 % of 12,50 = 0,6875 → 0,69
    QCOMPARE(cents(t->oneTimeVat.at(1).vat), 19600);
    QCOMPARE(cents(t->oneTimeVatTotal), 19669);
    QCOMPARE(cents(t->oneTimeTtc), 99250 + 19669);
    QCOMPARE(cents(t->discounts.first().monthly), 17000); // 17 % of the monthly 1 000 € only
    QCOMPARE(cents(t->monthlyDiscountedHt), 83000);
    QCOMPARE(cents(t->firstYearHt), 12 * 83000 + 99250);
}

void TestQuoteTotals::frozenDiscounts()
{
    // A saved quote keeps its rates even if the playbook changed since.
    Quote q = quote(u"annual-standard"_s, {line(1, 20000)});
    q.discounts = {QuoteDiscount{u"annual"_s, 1500, true, 0, {}, {}, false}};
    const auto t = QuoteTotals::compute(q, DiscountPolicy::frozen(q));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(cents(t->monthlyDiscountedHt), 17000);
}

void TestQuoteTotals::emptyQuote()
{
    const auto t = totals(quote(u"self-service"_s, {}));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QVERIFY(t->lines.isEmpty());
    QCOMPARE(cents(t->monthlyTtc), 0);
    QCOMPARE(cents(t->firstYearHt), 0);
    QVERIFY(t->monthlyVat.isEmpty());
    QCOMPARE(t->monthlyTtc.currency(), u"EUR"_s);
}

void TestQuoteTotals::otherCurrencyIsAnError()
{
    Quote q = quote(u"self-service"_s, {line(1, 1000)});
    q.lines.first().unitPrice = Money(1000, u"USD"_s);
    const auto t = totals(q);
    QVERIFY(!t.ok());
    QVERIFY2(t.errorMessage().contains("USD"_L1), qPrintable(t.errorMessage()));
}

QTEST_GUILESS_MAIN(TestQuoteTotals)
#include "tst_quotetotals.moc"

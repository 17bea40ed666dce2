#include "analytics/pipelinesummary.h"
#include "money.h"
#include "playbook/playbook.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using dealboard::Money;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

const QLocale &fr()
{
    static const QLocale l(QLocale::French, QLocale::France);
    return l;
}
const QLocale &en()
{
    static const QLocale l(QLocale::English, QLocale::UnitedStates);
    return l;
}
QLocale localeNamed(const QString &name)
{
    return name == "fr"_L1 ? fr() : en();
}

// Qt writes U+202F or U+00A0 where a French reader sees a space.
QString normalized(QString s)
{
    s.replace(QChar(0x202F), u' ');
    s.replace(QChar(0x00A0), u' ');
    return s;
}

dealboard::Deal dealIn(const QString &stage, qint64 mrrCents)
{
    dealboard::Deal d;
    d.title = u"Deal"_s;
    d.stage = stage;
    d.mrr = Money(mrrCents);
    return d;
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void construction();
    void checkedArithmetic();
    void currencyMismatch();
    void scaled_data();
    void scaled();
    void percent_data();
    void percent();
    void scaledByZero();
    void format_data();
    void format();
    void parse_data();
    void parse();
    void parseKeepsCurrency();
    void roundTrip_data();
    void roundTrip();
    void weightedForecastExample();
};

void TestMoney::construction()
{
    const Money zero;
    QCOMPARE(zero.cents(), qint64(0));
    QCOMPARE(zero.currency(), u"EUR"_s);
    QVERIFY(zero.isZero());
    QCOMPARE(Money::defaultCurrency(), u"EUR"_s);

    const Money usd(12345, u"USD"_s);
    QCOMPARE(usd.cents(), qint64(12345));
    QCOMPARE(usd.currency(), u"USD"_s);
    QVERIFY(!usd.isZero());

    QCOMPARE(Money::fromUnits(12).cents(), qint64(1200));
    QCOMPARE(Money::fromUnits(-3, u"GBP"_s), Money(-300, u"GBP"_s));
    QVERIFY(Money(1, u"EUR"_s) != Money(1, u"USD"_s));
    QVERIFY(Money(1) != Money(2));
    QCOMPARE(Money(7), Money(7, u"EUR"_s));
}

void TestMoney::checkedArithmetic()
{
    // Plus
    QCOMPARE(Money(150).plus(Money(250)).value(), Money(400));
    QCOMPARE(Money(kMax - 1).plus(Money(1)).value(), Money(kMax));
    auto tooBig = Money(kMax).plus(Money(1));
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.errorKind(), dealboard::ErrorKind::User);
    QVERIFY(!tooBig.errorMessage().isEmpty());
    QVERIFY(!Money(kMin).plus(Money(-1)).ok());
    QCOMPARE(Money(kMin).plus(Money(kMax)).value(), Money(-1));

    // Minus
    QCOMPARE(Money(100).minus(Money(250)).value(), Money(-150));
    QCOMPARE(Money(kMin + 1).minus(Money(1)).value(), Money(kMin));
    QVERIFY(!Money(kMin).minus(Money(1)).ok());
    QVERIFY(!Money(kMax).minus(Money(-1)).ok());
    QVERIFY(!Money(0).minus(Money(kMin)).ok());

    // Times
    QCOMPARE(Money(-5).times(-3).value(), Money(15));
    QCOMPARE(Money(1234, u"USD"_s).times(12).value(), Money(14808, u"USD"_s));
    QCOMPARE(Money(kMax).times(1).value(), Money(kMax));
    QCOMPARE(Money(kMax / 2).times(2).value(), Money(kMax - 1));
    QVERIFY(!Money(kMax / 2 + 1).times(2).ok());
    QVERIFY(!Money(kMax).times(-2).ok());
    QVERIFY(!Money(kMin).times(-1).ok());
    QVERIFY(!Money(kMax).times(kMax).ok());
    QCOMPARE(Money(kMax).times(0).value(), Money(0));
}

void TestMoney::currencyMismatch()
{
    const auto sum = Money(100, u"EUR"_s).plus(Money(100, u"USD"_s));
    QVERIFY(!sum.ok());
    QCOMPARE(sum.errorKind(), dealboard::ErrorKind::User);
    QVERIFY2(sum.errorMessage().contains("USD"_L1) && sum.errorMessage().contains("EUR"_L1),
             qPrintable(sum.errorMessage()));
    const auto difference = Money(100, u"GBP"_s).minus(Money(1, u"EUR"_s));
    QVERIFY(!difference.ok());
    QVERIFY(difference.errorMessage().contains("GBP"_L1));
    // Same currency, explicit or default, is fine.
    QCOMPARE(Money(100, u"EUR"_s).plus(Money(1)).value(), Money(101));
}

void TestMoney::scaled_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("0.5 up") << qint64(1) << qint64(1) << qint64(2) << true << qint64(1);
    QTest::newRow("-0.5 down") << qint64(-1) << qint64(1) << qint64(2) << true << qint64(-1);
    QTest::newRow("1.5 up") << qint64(3) << qint64(1) << qint64(2) << true << qint64(2);
    QTest::newRow("-1.5 down") << qint64(-3) << qint64(1) << qint64(2) << true << qint64(-2);
    QTest::newRow("2.5 up, not to even")
        << qint64(5) << qint64(1) << qint64(2) << true << qint64(3);
    QTest::newRow("-2.5 down") << qint64(-5) << qint64(1) << qint64(2) << true << qint64(-3);
    QTest::newRow("0.4 to 0") << qint64(4) << qint64(1) << qint64(10) << true << qint64(0);
    QTest::newRow("-0.4 to 0") << qint64(-4) << qint64(1) << qint64(10) << true << qint64(0);
    QTest::newRow("1.49") << qint64(149) << qint64(1) << qint64(100) << true << qint64(1);
    QTest::newRow("1.50") << qint64(150) << qint64(1) << qint64(100) << true << qint64(2);
    QTest::newRow("-1.49") << qint64(-149) << qint64(1) << qint64(100) << true << qint64(-1);
    QTest::newRow("-1.50") << qint64(-150) << qint64(1) << qint64(100) << true << qint64(-2);
    QTest::newRow("10/3") << qint64(10) << qint64(1) << qint64(3) << true << qint64(3);
    QTest::newRow("20/3") << qint64(20) << qint64(1) << qint64(3) << true << qint64(7);
    QTest::newRow("negative denominator")
        << qint64(1) << qint64(1) << qint64(-2) << true << qint64(-1);
    QTest::newRow("both negative") << qint64(-1) << qint64(1) << qint64(-2) << true << qint64(1);
    QTest::newRow("annual: x12") << qint64(50000) << qint64(12) << qint64(1) << true
                                 << qint64(600000);
    QTest::newRow("max x2/2 is exact") << kMax << qint64(2) << qint64(2) << true << kMax;
    QTest::newRow("max x3/2 overflows") << kMax << qint64(3) << qint64(2) << false << qint64(0);
    QTest::newRow("min x-1 overflows") << kMin << qint64(-1) << qint64(1) << false << qint64(0);
    QTest::newRow("min x1/1") << kMin << qint64(1) << qint64(1) << true << kMin;
}

void TestMoney::scaled()
{
    QFETCH(qint64, cents);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const auto r = Money(cents, u"USD"_s).scaled(numerator, denominator);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r.value(), Money(expected, u"USD"_s));
    else
        QCOMPARE(r.errorKind(), dealboard::ErrorKind::User);
}

void TestMoney::percent_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("40 % of 500 €") << qint64(50000) << qint64(4000) << qint64(20000);
    QTest::newRow("40 % of 123.45 €") << qint64(12345) << qint64(4000) << qint64(4938);
    QTest::newRow("50 % of 1 cent") << qint64(1) << qint64(5000) << qint64(1);
    QTest::newRow("50 % of -1 cent") << qint64(-1) << qint64(5000) << qint64(-1);
    QTest::newRow("50 % of 3 cents") << qint64(3) << qint64(5000) << qint64(2);
    QTest::newRow("50 % of -3 cents") << qint64(-3) << qint64(5000) << qint64(-2);
    QTest::newRow("49.99 % of 1 cent") << qint64(1) << qint64(4999) << qint64(0);
    QTest::newRow("10 % of 5 cents") << qint64(5) << qint64(1000) << qint64(1);
    QTest::newRow("10 % of -5 cents") << qint64(-5) << qint64(1000) << qint64(-1);
    QTest::newRow("2 % of 25 cents") << qint64(25) << qint64(200) << qint64(1);
    QTest::newRow("17 % of 9.99 €") << qint64(999) << qint64(1700) << qint64(170);
    QTest::newRow("10 % of 12.34 €") << qint64(1234) << qint64(1000) << qint64(123);
    QTest::newRow("-17 % of 100 €") << qint64(10000) << qint64(-1700) << qint64(-1700);
    QTest::newRow("100 %") << qint64(987654) << qint64(10000) << qint64(987654);
    QTest::newRow("0 %") << qint64(987654) << qint64(0) << qint64(0);
}

void TestMoney::percent()
{
    QFETCH(qint64, cents);
    QFETCH(qint64, basisPoints);
    QFETCH(qint64, expected);
    const auto r = Money(cents).percent(basisPoints);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->cents(), expected);
    QCOMPARE(r->currency(), u"EUR"_s);
}

void TestMoney::scaledByZero()
{
    const auto r = Money(100).scaled(1, 0);
    QVERIFY(!r.ok());
    QCOMPARE(r.errorKind(), dealboard::ErrorKind::Internal);
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("whenNeeded");
    QTest::addColumn<QString>("expected");

    const QString eur = u"EUR"_s;
    QTest::newRow("fr 1234.50") << u"fr"_s << qint64(123450) << eur << false << u"1 234,50 €"_s;
    QTest::newRow("fr 0") << u"fr"_s << qint64(0) << eur << false << u"0,00 €"_s;
    QTest::newRow("fr 5 cents") << u"fr"_s << qint64(5) << eur << false << u"0,05 €"_s;
    QTest::newRow("fr 999") << u"fr"_s << qint64(99900) << eur << false << u"999,00 €"_s;
    QTest::newRow("fr millions") << u"fr"_s << qint64(123456789) << eur << false
                                 << u"1 234 567,89 €"_s;
    QTest::newRow("fr negative") << u"fr"_s << qint64(-123450) << eur << false << u"-1 234,50 €"_s;
    QTest::newRow("fr negative cents") << u"fr"_s << qint64(-7) << eur << false << u"-0,07 €"_s;
    QTest::newRow("fr when needed, round")
        << u"fr"_s << qint64(123400) << eur << true << u"1 234 €"_s;
    QTest::newRow("fr when needed, cents")
        << u"fr"_s << qint64(123450) << eur << true << u"1 234,50 €"_s;
    QTest::newRow("fr when needed, zero") << u"fr"_s << qint64(0) << eur << true << u"0 €"_s;
    QTest::newRow("fr max") << u"fr"_s << kMax << eur << false << u"92 233 720 368 547 758,07 €"_s;
    QTest::newRow("fr min") << u"fr"_s << kMin << eur << false << u"-92 233 720 368 547 758,08 €"_s;
    QTest::newRow("en 1234.50") << u"en"_s << qint64(123450) << eur << false << u"€1,234.50"_s;
    QTest::newRow("en 0") << u"en"_s << qint64(0) << eur << false << u"€0.00"_s;
    QTest::newRow("en millions") << u"en"_s << qint64(123456789) << eur << false
                                 << u"€1,234,567.89"_s;
    QTest::newRow("en negative") << u"en"_s << qint64(-123450) << eur << false << u"-€1,234.50"_s;
    QTest::newRow("en when needed, round")
        << u"en"_s << qint64(123400) << eur << true << u"€1,234"_s;
    QTest::newRow("en when needed, cents")
        << u"en"_s << qint64(123401) << eur << true << u"€1,234.01"_s;
    QTest::newRow("en dollars") << u"en"_s << qint64(123450) << u"USD"_s << false << u"$1,234.50"_s;
    QTest::newRow("fr pounds") << u"fr"_s << qint64(100) << u"GBP"_s << false << u"1,00 £"_s;
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, currency);
    QFETCH(bool, whenNeeded);
    QFETCH(QString, expected);
    const QString text = Money(cents, currency)
                             .format(localeNamed(locale),
                                     whenNeeded ? Money::Cents::WhenNeeded : Money::Cents::Always);
    QCOMPARE(normalized(text), expected);
    if (locale == "fr"_L1) // never a breakable space inside an amount
        QVERIFY2(!text.contains(u' '), qPrintable(text));
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");

    for (const QString &l : {u"fr"_s, u"en"_s}) {
        auto row = [&l](const char *name) -> QTestData & {
            return QTest::addRow("%s %s", qPrintable(l), name);
        };
        row("1 234,50 €") << u"1 234,50 €"_s << l << true << qint64(123450);
        row("Qt's spaces") << u"1\u202F234,50\u00A0€"_s << l << true << qint64(123450);
        row("nbsp group") << u"1\u00A0234,50"_s << l << true << qint64(123450);
        row("€1,234.50") << u"€1,234.50"_s << l << true << qint64(123450);
        row("1234.5") << u"1234.5"_s << l << true << qint64(123450);
        row("1234,50") << u"1234,50"_s << l << true << qint64(123450);
        row("12,345,678.9") << u"12,345,678.9"_s << l << true << qint64(1234567890);
        row("12.345.678,9") << u"12.345.678,9"_s << l << true << qint64(1234567890);
        row("-12") << u"-12"_s << l << true << qint64(-1200);
        row("minus sign") << u"\u221212,5"_s << l << true << qint64(-1250);
        row("0,05") << u"0,05"_s << l << true << qint64(5);
        row("1234 EUR") << u"1234 EUR"_s << l << true << qint64(123400);
        row("max") << u"92233720368547758.07"_s << l << true << kMax;
        row("abc") << u"abc"_s << l << false << qint64(0);
        row("1.2.3") << u"1.2.3"_s << l << false << qint64(0);
        row("empty") << QString() << l << false << qint64(0);
        row("blank") << u"   "_s << l << false << qint64(0);
        row("12,3456") << u"12,3456"_s << l << false << qint64(0);
        row("12.345,678") << u"12.345,678"_s << l << false << qint64(0);
        row("1,23,456") << u"1,23,456"_s << l << false << qint64(0);
        row("1..2") << u"1..2"_s << l << false << qint64(0);
        row("1,2.3,4") << u"1,2.3,4"_s << l << false << qint64(0);
        row("12;5") << u"12;5"_s << l << false << qint64(0);
        row("1+1") << u"1+1"_s << l << false << qint64(0);
        // Letters and symbols only around the number, a sign only before it.
        row("EUR 1234") << u"EUR 1234"_s << l << true << qint64(123400);
        row("-€12") << u"-€12"_s << l << true << qint64(-1200);
        row("€ -12") << u"€ -12"_s << l << true << qint64(-1200);
        row("1a2") << u"1a2"_s << l << false << qint64(0);
        row("1o00 typo") << u"1o00"_s << l << false << qint64(0);
        row("12 EUR 34") << u"12 EUR 34"_s << l << false << qint64(0);
        row("1€2") << u"1€2"_s << l << false << qint64(0);
        row("1-2") << u"1-2"_s << l << false << qint64(0);
        row("12-") << u"12-"_s << l << false << qint64(0);
        row("--5") << u"--5"_s << l << false << qint64(0);
        row("overflow") << u"99999999999999999999"_s << l << false << qint64(0);
        row("max + 1 cent") << u"92233720368547758.08"_s << l << false << qint64(0);
    }
    // Three digits after a single separator: a thousands group in English, refused in French
    // (1,234 € would have three decimals).
    QTest::newRow("en 1,234") << u"1,234"_s << u"en"_s << true << qint64(123400);
    QTest::newRow("fr 1,234") << u"1,234"_s << u"fr"_s << false << qint64(0);
    QTest::newRow("fr 1.234") << u"1.234"_s << u"fr"_s << true << qint64(123400);
    QTest::newRow("en 1.234") << u"1.234"_s << u"en"_s << false << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    const auto r = Money::parse(text, localeNamed(locale));
    QVERIFY2(r.ok() == ok,
             qPrintable(r.ok() ? u"parsed as %1"_s.arg(r->cents()) : r.errorMessage()));
    if (ok) {
        QCOMPARE(r->cents(), cents);
        QCOMPARE(r->currency(), u"EUR"_s);
    } else {
        QCOMPARE(r.errorKind(), dealboard::ErrorKind::User);
        QVERIFY(!r.errorMessage().isEmpty());
        QVERIFY(!r.errorMessage().contains(u'\n'));
    }
}

void TestMoney::parseKeepsCurrency()
{
    const auto r = Money::parse(u"$12.50"_s, en(), u"USD"_s);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r.value(), Money(1250, u"USD"_s));
    const auto big = Money::parse(u"99999999999999999999"_s, en());
    QVERIFY(big.errorMessage().contains("too large"_L1));
    const auto decimals = Money::parse(u"1,234"_s, fr());
    QVERIFY2(decimals.errorMessage().contains("decimals"_L1), qPrintable(decimals.errorMessage()));
    // Only the field's own currency may be typed with the number.
    QCOMPARE(Money::parse(u"12 eur"_s, fr()).value(), Money(1200));
    QCOMPARE(Money::parse(u"EUR 12"_s, en()).value(), Money(1200));
    for (const QString &other : {u"12 USD"_s, u"$12"_s, u"12abc"_s, u"£12"_s, u"12 € EUR"_s}) {
        const auto refused = Money::parse(other, en());
        QVERIFY2(!refused.ok(), qPrintable(other));
        QVERIFY2(refused.errorMessage().contains(u"EUR"_s), qPrintable(refused.errorMessage()));
    }
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<bool>("whenNeeded");
    const qint64 values[] = {0,      1,      5,        99,        100,  123450,
                             123400, 100000, 99999999, 100000000, -1,   -123450,
                             -100,   kMax,   kMin + 1, kMin,      1000, 1234567890123};
    for (const QString &l : {u"fr"_s, u"en"_s})
        for (const qint64 v : values)
            for (const bool whenNeeded : {false, true})
                QTest::addRow("%s %lld %s", qPrintable(l), static_cast<long long>(v),
                              whenNeeded ? "when needed" : "always")
                    << l << v << whenNeeded;
}

void TestMoney::roundTrip()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(bool, whenNeeded);
    const QLocale l = localeNamed(locale);
    const QString text =
        Money(cents).format(l, whenNeeded ? Money::Cents::WhenNeeded : Money::Cents::Always);
    const auto back = Money::parse(text, l);
    QVERIFY2(back.ok(), qPrintable(text + u": "_s + back.errorMessage()));
    QCOMPARE(back->cents(), cents);
}

void TestMoney::weightedForecastExample()
{
    const auto playbook = dealboard::Playbook::loadDefault();
    QVERIFY2(playbook.ok(), qPrintable(playbook.errorMessage()));

    // PLAYBOOK.md: 5 deals in Demo at 500 €, 3 in Proposal at 800 €, 2 in Nego at 1,200 €.
    QList<dealboard::Deal> deals;
    for (int i = 0; i < 5; ++i)
        deals << dealIn(u"demo"_s, 50000);
    for (int i = 0; i < 3; ++i)
        deals << dealIn(u"proposal"_s, 80000);
    for (int i = 0; i < 2; ++i)
        deals << dealIn(u"nego"_s, 120000);
    const auto sum = dealboard::PipelineSummary::of(deals, playbook.value());
    QCOMPARE(sum.openDeals, 10);
    QCOMPARE(sum.weightedMrr, Money(436000)); // 1,000 + 1,440 + 1,920 = 4,360 €
    QCOMPARE(sum.openMrr, Money(730000));
    QCOMPARE(normalized(sum.weightedMrr.format(fr())), u"4 360,00 €"_s);

    // Closed deals count for nothing; a lead counts in the pipeline at 0 %.
    deals << dealIn(u"won"_s, 1000000) << dealIn(u"lost"_s, 500000) << dealIn(u"customer"_s, 300000)
          << dealIn(u"no-such-stage"_s, 70000);
    const auto withClosed = dealboard::PipelineSummary::of(deals, playbook.value());
    QCOMPARE(withClosed.openDeals, 10);
    QCOMPARE(withClosed.weightedMrr, Money(436000));
    QCOMPARE(withClosed.openMrr, Money(730000));

    deals << dealIn(u"lead"_s, 10000) << dealIn(u"qualified"_s, 10000);
    const auto withLead = dealboard::PipelineSummary::of(deals, playbook.value());
    QCOMPARE(withLead.openDeals, 12);
    QCOMPARE(withLead.openMrr, Money(750000));
    QCOMPARE(withLead.weightedMrr, Money(438000)); // + 0 % of 100 € + 20 % of 100 €
    QCOMPARE(withLead.pipelineMrr, Money(740000)); // the lead (0 %) is not in the pipeline

    const auto empty = dealboard::PipelineSummary::of({}, playbook.value());
    QCOMPARE(empty.openDeals, 0);
    QVERIFY(empty.openMrr.isZero());
    QVERIFY(empty.pipelineMrr.isZero());
    QVERIFY(empty.weightedMrr.isZero());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"

#include "io/valueparsers.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace dealboard;
using Order = ValueParsers::DateOrder;
using Decimal = ValueParsers::Decimal;

class TestValueParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data();
    void dates();
    void dateTimes();
    void detectDateOrder_data();
    void detectDateOrder();
    void amounts_data();
    void amounts();
    void detectDecimal_data();
    void detectDecimal();
    void emails();
    void booleans();
};

void TestValueParsers::dates_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<Order>("order");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ISO") << u"2026-11-24"_s << Order::Iso << QDate(2026, 11, 24);
    QTest::newRow("ISO, day first asked")
        << u"2026-11-24"_s << Order::DayMonthYear << QDate(2026, 11, 24);
    QTest::newRow("ISO with time") << u"2026-11-24 10:30"_s << Order::Iso << QDate(2026, 11, 24);
    QTest::newRow("ISO T and zone")
        << u"2026-11-24T10:30:00.000Z"_s << Order::Iso << QDate(2026, 11, 24);
    QTest::newRow("dd/MM/yyyy") << u"24/11/2026"_s << Order::DayMonthYear << QDate(2026, 11, 24);
    QTest::newRow("dd.MM.yyyy") << u"24.11.2026"_s << Order::DayMonthYear << QDate(2026, 11, 24);
    QTest::newRow("d/M/yy") << u"3/4/26"_s << Order::DayMonthYear << QDate(2026, 4, 3);
    QTest::newRow("MM/dd/yyyy") << u"11/24/2026"_s << Order::MonthDayYear << QDate(2026, 11, 24);
    QTest::newRow("MM/dd/yyyy AM/PM")
        << u"11/24/2026 10:30 PM"_s << Order::MonthDayYear << QDate(2026, 11, 24);
    QTest::newRow("wrong order") << u"11/24/2026"_s << Order::DayMonthYear << QDate();
    QTest::newRow("31 February") << u"31/02/2026"_s << Order::DayMonthYear << QDate();
    QTest::newRow("mixed separators") << u"24/11.2026"_s << Order::DayMonthYear << QDate();
    QTest::newRow("text") << u"next week"_s << Order::DayMonthYear << QDate();
    QTest::newRow("bad time") << u"2026-11-24 25:00"_s << Order::Iso << QDate();
}

void TestValueParsers::dates()
{
    QFETCH(QString, value);
    QFETCH(Order, order);
    QFETCH(QDate, expected);
    const auto date = ValueParsers::parseDate(value, order);
    QCOMPARE(date.ok(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(*date, expected);
    else
        QVERIFY(date.errorMessage().contains(value));
}

void TestValueParsers::dateTimes()
{
    auto dt = ValueParsers::parseDateTime(u"2026-11-24T10:30:15Z"_s, Order::Iso);
    QVERIFY(dt.ok());
    QCOMPARE(dt->toUTC(), QDateTime(QDate(2026, 11, 24), QTime(10, 30, 15), QTimeZone::utc()));
    dt = ValueParsers::parseDateTime(u"2026-11-24 10:30:00+01:00"_s, Order::Iso);
    QCOMPARE(dt->toUTC(), QDateTime(QDate(2026, 11, 24), QTime(9, 30), QTimeZone::utc()));
    dt = ValueParsers::parseDateTime(u"24/11/2026 18:05"_s, Order::DayMonthYear);
    QCOMPARE(*dt, QDateTime(QDate(2026, 11, 24), QTime(18, 5)));
    dt = ValueParsers::parseDateTime(u"11/24/2026 12:15 AM"_s, Order::MonthDayYear);
    QCOMPARE(dt->time(), QTime(0, 15));
    dt = ValueParsers::parseDateTime(u"2026-11-24"_s, Order::Iso);
    QCOMPARE(*dt, QDateTime(QDate(2026, 11, 24), QTime(0, 0)));
}

void TestValueParsers::detectDateOrder_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<Order>("order");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<int>("invalid");
    QTest::newRow("ISO") << QStringList{u"2026-11-24"_s, QString(), u"2026-01-02 10:00"_s}
                         << Order::Iso << false << 0;
    QTest::newRow("day first") << QStringList{u"03/04/2026"_s, u"24/11/2026"_s}
                               << Order::DayMonthYear << false << 0;
    QTest::newRow("month first") << QStringList{u"03/04/2026"_s, u"11/24/2026"_s}
                                 << Order::MonthDayYear << false << 0;
    QTest::newRow("dots") << QStringList{u"01.02.2026"_s, u"13.02.2026"_s} << Order::DayMonthYear
                          << false << 0;
    QTest::newRow("all under 12/12")
        << QStringList{u"03/04/2026"_s, u"12/11/2026"_s} << Order::DayMonthYear << true << 0;
    QTest::newRow("same both ways")
        << QStringList{u"01/01/2026"_s, u"05/05/2026"_s} << Order::DayMonthYear << false << 0;
    QTest::newRow("one bad value")
        << QStringList{u"24/11/2026"_s, u"soon"_s} << Order::DayMonthYear << false << 1;
    QTest::newRow("nothing") << QStringList{QString(), u"  "_s} << Order::Unknown << false << 0;
}

void TestValueParsers::detectDateOrder()
{
    QFETCH(QStringList, values);
    QFETCH(Order, order);
    QFETCH(bool, ambiguous);
    QFETCH(int, invalid);
    const auto column = ValueParsers::detectDateOrder(values);
    QCOMPARE(column.order, order);
    QCOMPARE(column.ambiguous, ambiguous);
    QCOMPARE(column.invalid, invalid);
}

void TestValueParsers::amounts_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<Decimal>("decimal");
    QTest::addColumn<qint64>("cents"); // -1: refused
    QTest::newRow("French") << u"1 234,50 €"_s << Decimal::Comma << qint64(123450);
    QTest::newRow("French, no-break space")
        << u"1\u202F234,50\u00A0€"_s << Decimal::Comma << qint64(123450);
    QTest::newRow("English") << u"1,234.50"_s << Decimal::Point << qint64(123450);
    QTest::newRow("German") << u"1.234,50"_s << Decimal::Comma << qint64(123450);
    QTest::newRow("euro first") << u"€1,234.50"_s << Decimal::Point << qint64(123450);
    QTest::newRow("plain") << u"1234"_s << Decimal::Point << qint64(123400);
    QTest::newRow("negative") << u"-12"_s << Decimal::Comma << qint64(-1200);
    QTest::newRow("HubSpot float") << u"1500.5"_s << Decimal::Point << qint64(150050);
    QTest::newRow("1,234 with a decimal point") << u"1,234"_s << Decimal::Point << qint64(123400);
    QTest::newRow("1.234 with a decimal comma") << u"1.234"_s << Decimal::Comma << qint64(123400);
    QTest::newRow("1,234 with a decimal comma") << u"1,234"_s << Decimal::Comma << qint64(-1);
    QTest::newRow("EUR code") << u"EUR 99"_s << Decimal::Point << qint64(9900);
    QTest::newRow("other currency") << u"$12"_s << Decimal::Point << qint64(-1);
    QTest::newRow("text") << u"twelve"_s << Decimal::Point << qint64(-1);
}

void TestValueParsers::amounts()
{
    QFETCH(QString, value);
    QFETCH(Decimal, decimal);
    QFETCH(qint64, cents);
    const auto money = ValueParsers::parseAmount(value, decimal);
    QCOMPARE(money.ok(), cents != -1);
    if (money.ok())
        QCOMPARE(money->cents(), cents);
    QCOMPARE(ValueParsers::parseAmount(u"$12"_s, Decimal::Point, u"USD"_s)->cents(), 1200);
}

void TestValueParsers::detectDecimal_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<Decimal>("decimal");
    QTest::addColumn<bool>("ambiguous");
    QTest::newRow("French") << QStringList{u"1 234,50 €"_s, u"12"_s, u"1 000"_s} << Decimal::Comma
                            << false;
    QTest::newRow("English") << QStringList{u"1,234.50"_s, u"12.5"_s} << Decimal::Point << false;
    QTest::newRow("German groups") << QStringList{u"1.234.567"_s} << Decimal::Comma << false;
    QTest::newRow("English groups") << QStringList{u"1,234,567"_s} << Decimal::Point << false;
    QTest::newRow("1,234 then 12,5")
        << QStringList{u"1,234"_s, u"12,5"_s} << Decimal::Comma << false;
    QTest::newRow("only 1,234") << QStringList{u"1,234"_s, u"2,500"_s, u"300"_s} << Decimal::Point
                                << true;
    QTest::newRow("whole numbers")
        << QStringList{u"1234"_s, u"-12"_s, QString()} << Decimal::Point << false;
}

void TestValueParsers::detectDecimal()
{
    QFETCH(QStringList, values);
    QFETCH(Decimal, decimal);
    QFETCH(bool, ambiguous);
    const auto column = ValueParsers::detectDecimal(values);
    QCOMPARE(column.decimal, decimal);
    QCOMPARE(column.ambiguous, ambiguous);
}

void TestValueParsers::emails()
{
    QCOMPARE(*ValueParsers::parseEmail(u"  jean.dupont@acme.fr "_s), u"jean.dupont@acme.fr"_s);
    QVERIFY(!ValueParsers::parseEmail(u"jean.dupont@acme"_s).ok());
    QVERIFY(ValueParsers::parseEmail(u"not an email"_s).errorMessage().contains(u"not an email"_s));
}

void TestValueParsers::booleans()
{
    QCOMPARE(ValueParsers::parseBool(u"TRUE"_s), std::optional<bool>(true));
    QCOMPARE(ValueParsers::parseBool(u"oui"_s), std::optional<bool>(true));
    QCOMPARE(ValueParsers::parseBool(u"0"_s), std::optional<bool>(false));
    QCOMPARE(ValueParsers::parseBool(QString()), std::optional<bool>(false));
    QCOMPARE(ValueParsers::parseBool(u"maybe"_s), std::optional<bool>());
}

QTEST_GUILESS_MAIN(TestValueParsers)
#include "tst_valueparsers.moc"

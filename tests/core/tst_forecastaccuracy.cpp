// ForecastAccuracy: each month's weighted forecast as it stood on the eve of the month, against
// the MRR won in it.

#include "analytics/forecastaccuracy.h"
#include "testsupport.h"
#include "workflow/dealworkflow.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestForecastAccuracy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void monthsStartedByAsOf();
    void lateAsOf();
    void zeroForecastIsUndefined();
    void nothingStartedYet();
    void refusesInvalidInput();

private:
    void at(int month, int day, int hour = 10)
    {
        m_fx->clock.set(QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC));
    }
    qint64 add(const QString &stage, qint64 euros, const QDate &close)
    {
        Deal d = sampleDeal(m_company, u"Deal"_s, stage, euros * 100);
        d.expectedClose = close;
        const Result<qint64> id = DealRepository(*m_fx->db).create(d);
        return id.ok() ? id.value() : 0;
    }
    template<typename F>
    bool edit(qint64 id, F change)
    {
        DealRepository repo(*m_fx->db);
        Deal d = repo.find(id).value();
        change(d);
        return repo.update(d).ok();
    }
    bool move(qint64 id, const QString &stage)
    {
        return DealRepository(*m_fx->db)
            .move(id, stage, stage == u"lost"_s ? u"budget"_s : QString())
            .ok();
    }
    QList<MonthAccuracy> accuracy(const Period &period, const QDate &asOf)
    {
        const Result<QList<MonthAccuracy>> r =
            ForecastAccuracy::compute(*m_fx->db, m_fx->db->playbook(), period, asOf);
        if (!r.ok())
            qWarning("%s", qPrintable(r.errorMessage()));
        return r.ok() ? r.value() : QList<MonthAccuracy>{};
    }

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_company = 0;
};

void TestForecastAccuracy::initTestCase()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"accuracy.db"_s), QString());
    Database &db = *m_fx->db;
    at(1, 2);
    Company c = sampleCompany();
    m_company = CompanyRepository(db).create(c).value();

    // Expected in February, as of 31 January: 600 + 1,600 + 0 + 800 = 3,000 €.
    at(1, 10);
    const qint64 p1 = add(u"proposal"_s, 1000, QDate(2026, 2, 20));
    const qint64 p2 = add(u"nego"_s, 2000, QDate(2026, 2, 5));
    at(1, 15);
    const qint64 p3 = add(u"demo"_s, 500, QDate(2026, 3, 10)); // moved to April on 2 March
    at(1, 20);
    QVERIFY(add(u"lead"_s, 3000, QDate(2026, 2, 1))); // open, at 0 %
    at(1, 31, 12);
    const qint64 p5 = add(u"nego"_s, 1000, QDate(2026, 2, 28)); // won after the as-of day
    at(2, 1);
    const qint64 p6 = add(u"nego"_s, 700, QDate(2026, 2, 10)); // too late for the forecast
    QVERIFY(p1 && p2 && p3 && p5 && p6);
    at(2, 3);
    QVERIFY(move(p1, u"won"_s));
    at(2, 5);
    QVERIFY(move(p2, u"lost"_s));
    at(2, 10);
    QVERIFY(move(p6, u"won"_s));

    // Expected in March, as of 28 February: 200 (P3) + 1,500 (P7 at 2,500 €) + 400 (P8 in
    // Demo: its move to Nego was undone) = 2,100 €.
    at(2, 20);
    const qint64 p7 = add(u"proposal"_s, 2000, QDate(2026, 3, 20));
    const qint64 p8 = add(u"demo"_s, 1000, QDate(2026, 3, 25));
    QVERIFY(p7 && p8);
    at(2, 25);
    QVERIFY(edit(p7, [](Deal &d) { d.mrr = Money(250000); }));
    at(2, 26);
    const Deal before = DealRepository(db).find(p8).value();
    DealMove toNego;
    toNego.stage = u"nego"_s;
    const Result<qint64> moved = DealRepository(db).move(p8, toNego);
    QVERIFY(moved.ok());
    QVERIFY(DealWorkflow(db).restore(before, {moved.value()}).ok());
    at(3, 2);
    QVERIFY(edit(p3, [](Deal &d) { d.expectedClose = QDate(2026, 4, 5); }));
    at(3, 5);
    QVERIFY(edit(p7, [](Deal &d) { d.mrr = Money(300000); }));
    at(3, 6);
    QVERIFY(move(p7, u"won"_s));
    at(3, 20);
    QVERIFY(move(p5, u"won"_s));
    at(5, 20);
}

void TestForecastAccuracy::cleanupTestCase()
{
    m_fx.reset();
}

void TestForecastAccuracy::monthsStartedByAsOf()
{
    // April starts after 15 March: left out.
    const QList<MonthAccuracy> a =
        accuracy(Period{QDate(2026, 2, 1), QDate(2026, 4, 30)}, QDate(2026, 3, 15));
    QCOMPARE(a.size(), 2);

    QCOMPARE(a.at(0).month, QDate(2026, 2, 1));
    QCOMPARE(a.at(0).forecast, Money::fromUnits(3000));
    QCOMPARE(a.at(0).forecastDeals, 4);
    QCOMPARE(a.at(0).actual, Money::fromUnits(1700)); // P1 and P6
    QCOMPARE(a.at(0).wonDeals, 2);
    QCOMPARE(a.at(0).accuracyBp, std::optional<int>(5667));

    QCOMPARE(a.at(1).month, QDate(2026, 3, 1));
    QCOMPARE(a.at(1).forecast, Money::fromUnits(2100));
    QCOMPARE(a.at(1).forecastDeals, 3);
    QCOMPARE(a.at(1).actual, Money::fromUnits(3000)); // P7, at its MRR now
    QCOMPARE(a.at(1).wonDeals, 1);
    QCOMPARE(a.at(1).accuracyBp, std::optional<int>(14286));
}

void TestForecastAccuracy::lateAsOf()
{
    // A period from the middle of a month takes the whole month.
    const QList<MonthAccuracy> a =
        accuracy(Period{QDate(2026, 3, 15), QDate(2026, 4, 10)}, QDate(2026, 5, 1));
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.at(0).month, QDate(2026, 3, 1));
    QCOMPARE(a.at(0).forecast, Money::fromUnits(2100));
    QCOMPARE(a.at(0).actual, Money::fromUnits(4000)); // P7 and P5 (won on 20 March)
    QCOMPARE(a.at(1).month, QDate(2026, 4, 1));
    QCOMPARE(a.at(1).forecast, Money::fromUnits(200)); // P3, moved to April
    QCOMPARE(a.at(1).forecastDeals, 1);
    QCOMPARE(a.at(1).actual, Money(0));
    QCOMPARE(a.at(1).accuracyBp, std::optional<int>(0));
}

void TestForecastAccuracy::zeroForecastIsUndefined()
{
    const QList<MonthAccuracy> a = accuracy(Period::month(QDate(2026, 5, 1)), QDate(2026, 5, 20));
    QCOMPARE(a.size(), 1);
    QCOMPARE(a.first().forecast, Money(0));
    QCOMPARE(a.first().forecastDeals, 0);
    QVERIFY(!a.first().accuracyBp);
}

void TestForecastAccuracy::nothingStartedYet()
{
    QVERIFY(accuracy(Period::month(QDate(2026, 6, 1)), QDate(2026, 5, 20)).isEmpty());
}

void TestForecastAccuracy::refusesInvalidInput()
{
    const Playbook &pb = m_fx->db->playbook();
    QVERIFY(!ForecastAccuracy::compute(*m_fx->db, pb, Period{}, QDate(2026, 5, 1)).ok());
    QVERIFY(
        !ForecastAccuracy::compute(*m_fx->db, pb, Period::month(QDate(2026, 5, 1)), QDate()).ok());
}

QTEST_GUILESS_MAIN(TestForecastAccuracy)
#include "tst_forecastaccuracy.moc"

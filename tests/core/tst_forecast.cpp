// ForecastCalculator: the weighted forecast, commit, best case, pipeline and the months.

#include "analytics/forecast.h"
#include "playbook/playbook.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedExample();
    void empty();
    void commitAndBestCase();
    void pipelineFromQualified();
    void closedStagesExcluded();
    void byMonth();
    void roundsOnceHalfAwayFromZero();
    void periodKeepsDealsClosingInIt();
    void periodSeedExample();

private:
    static Deal deal(const QString &stage, qint64 mrrCents, bool verbal = false,
                     bool timeline = false, QDate close = {})
    {
        Deal d;
        d.stage = stage;
        d.mrr = Money(mrrCents);
        d.verbalAgreement = verbal;
        d.timelineConfirmed = timeline;
        d.expectedClose = close;
        return d;
    }
    Playbook m_pb;
};

void TestForecast::initTestCase()
{
    Result<Playbook> pb = Playbook::loadDefault();
    QVERIFY2(pb.ok(), qPrintable(pb.errorMessage()));
    m_pb = pb.value();
}

void TestForecast::seedExample()
{
    QList<Deal> deals;
    for (int i = 0; i < 5; ++i)
        deals << deal(u"demo"_s, 50000);
    for (int i = 0; i < 3; ++i)
        deals << deal(u"proposal"_s, 80000);
    for (int i = 0; i < 2; ++i)
        deals << deal(u"nego"_s, 120000);
    const Forecast f = ForecastCalculator::compute(deals, m_pb);
    QCOMPARE(f.weighted.cents(), 436000); // 1,000 + 1,440 + 1,920 €
    QCOMPARE(f.openMrr.cents(), 730000);  // 5 × 500 + 3 × 800 + 2 × 1,200 €
    QCOMPARE(f.pipeline.cents(), 730000);
    QCOMPARE(f.commit.cents(), 0);
    QCOMPARE(f.bestCase.cents(), 0);
    QCOMPARE(f.openDeals, 10);
    QCOMPARE(f.weighted.currency(), m_pb.currency());
}

void TestForecast::empty()
{
    const Forecast f = ForecastCalculator::compute({}, m_pb);
    QCOMPARE(f.weighted.cents(), 0);
    QCOMPARE(f.commit.cents(), 0);
    QCOMPARE(f.bestCase.cents(), 0);
    QCOMPARE(f.pipeline.cents(), 0);
    QCOMPARE(f.openMrr.cents(), 0);
    QCOMPARE(f.openDeals, 0);
    QVERIFY(f.byMonth.isEmpty());
}

void TestForecast::commitAndBestCase()
{
    const QList<Deal> deals{
        deal(u"nego"_s, 100000, true),           // commit
        deal(u"nego"_s, 20000, false, true),     // nego without a verbal agreement: neither
        deal(u"proposal"_s, 30000, false, true), // best case
        deal(u"proposal"_s, 4000, true, false),  // proposal without a timeline: neither
        deal(u"demo"_s, 500, true, true),        // demo: never
    };
    const Forecast f = ForecastCalculator::compute(deals, m_pb);
    QCOMPARE(f.commit.cents(), 100000);
    QCOMPARE(f.bestCase.cents(), 130000);
    QCOMPARE(f.pipeline.cents(), 154500);
}

void TestForecast::pipelineFromQualified()
{
    const QList<Deal> deals{deal(u"lead"_s, 10000), deal(u"qualified"_s, 20000),
                            deal(u"demo"_s, 40000)};
    const Forecast f = ForecastCalculator::compute(deals, m_pb);
    QCOMPARE(f.pipeline.cents(), 60000); // the lead is open but not qualified
    QCOMPARE(f.openMrr.cents(), 70000);
    QCOMPARE(f.openDeals, 3);
    QCOMPARE(f.weighted.cents(), 4000 + 16000);
}

void TestForecast::closedStagesExcluded()
{
    const QList<Deal> deals{deal(u"won"_s, 100000, true, true), deal(u"lost"_s, 100000, true, true),
                            deal(u"customer"_s, 100000, true, true), deal(u"unknown"_s, 100000),
                            deal(u"nego"_s, 1000, true)};
    const Forecast f = ForecastCalculator::compute(deals, m_pb);
    QCOMPARE(f.openDeals, 1);
    QCOMPARE(f.openMrr.cents(), 1000);
    QCOMPARE(f.commit.cents(), 1000);
    QCOMPARE(f.bestCase.cents(), 1000);
    QCOMPARE(f.pipeline.cents(), 1000);
    QCOMPARE(f.weighted.cents(), 800);
}

void TestForecast::byMonth()
{
    const QList<Deal> deals{deal(u"nego"_s, 10000, true, false, QDate(2026, 5, 31)),
                            deal(u"proposal"_s, 20000, false, true, QDate(2026, 4, 1)),
                            deal(u"demo"_s, 30000, false, false, QDate(2026, 5, 2)),
                            deal(u"lead"_s, 40000),
                            deal(u"won"_s, 50000, false, false, QDate(2026, 4, 3))};
    const Forecast f = ForecastCalculator::compute(deals, m_pb);
    QCOMPARE(f.byMonth.size(), 3);
    const MonthForecast &april = f.byMonth.at(0);
    QCOMPARE(april.month, QDate(2026, 4, 1));
    QCOMPARE(april.deals, 1);
    QCOMPARE(april.weighted.cents(), 12000);
    QCOMPARE(april.commit.cents(), 0);
    QCOMPARE(april.bestCase.cents(), 20000);
    QCOMPARE(april.pipeline.cents(), 20000);
    const MonthForecast &may = f.byMonth.at(1);
    QCOMPARE(may.month, QDate(2026, 5, 1));
    QCOMPARE(may.deals, 2);
    QCOMPARE(may.weighted.cents(), 8000 + 12000);
    QCOMPARE(may.commit.cents(), 10000);
    QCOMPARE(may.bestCase.cents(), 10000);
    QCOMPARE(may.pipeline.cents(), 40000);
    const MonthForecast &unscheduled = f.byMonth.at(2);
    QVERIFY(!unscheduled.month.isValid());
    QCOMPARE(unscheduled.deals, 1);
    QCOMPARE(unscheduled.weighted.cents(), 0);
    QCOMPARE(unscheduled.pipeline.cents(), 0);
    QCOMPARE(f.openDeals, 4);
}

void TestForecast::roundsOnceHalfAwayFromZero()
{
    // 40 % of 1 cent is 0.4 cent; three of them are 1.2 → 1 cent (not 0 + 0 + 0).
    QList<Deal> deals{deal(u"demo"_s, 1), deal(u"demo"_s, 1), deal(u"demo"_s, 1)};
    QCOMPARE(ForecastCalculator::compute(deals, m_pb).weighted.cents(), 1);
    // 60 % of 5 cents is 3; 80 % of 3 cents is 2.4; 20 % of 3 cents is 0.6: 6.0 → 6.
    deals = {deal(u"proposal"_s, 5), deal(u"nego"_s, 3), deal(u"qualified"_s, 3)};
    QCOMPARE(ForecastCalculator::compute(deals, m_pb).weighted.cents(), 6);
    deals = {deal(u"qualified"_s, 1), deal(u"nego"_s, 2), deal(u"nego"_s, 1)};
    QCOMPARE(ForecastCalculator::compute(deals, m_pb).weighted.cents(), 3); // 2.6 → 3
    deals = {deal(u"demo"_s, 1),      deal(u"qualified"_s, 1), deal(u"qualified"_s, 1),
             deal(u"qualified"_s, 1), deal(u"qualified"_s, 1), deal(u"qualified"_s, 1)};
    QCOMPARE(ForecastCalculator::compute(deals, m_pb).weighted.cents(), 1); // 1.4 → 1
    // The shipped probabilities are multiples of 20 %: a playbook with Demo at 50 % gives
    // exact half cents, which round away from zero.
    QByteArray json = m_pb.toJson();
    QVERIFY(json.contains("\"probability\": 40"));
    json.replace("\"probability\": 40", "\"probability\": 50");
    const Result<Playbook> half = Playbook::fromJson(json, u"test"_s);
    QVERIFY2(half.ok(), qPrintable(half.errorMessage()));
    deals = {deal(u"demo"_s, 1)}; // 0.5 → 1
    QCOMPARE(ForecastCalculator::compute(deals, half.value()).weighted.cents(), 1);
    deals = {deal(u"demo"_s, 3), deal(u"demo"_s, 2)}; // 1.5 + 1.0 = 2.5 → 3, not 2 + 1
    QCOMPARE(ForecastCalculator::compute(deals, half.value()).weighted.cents(), 3);
    deals = {deal(u"demo"_s, -3)}; // −1.5 → −2
    QCOMPARE(ForecastCalculator::compute(deals, half.value()).weighted.cents(), -2);
}

void TestForecast::periodKeepsDealsClosingInIt()
{
    const QList<Deal> deals{deal(u"nego"_s, 10000, true, false, QDate(2026, 5, 31)),
                            deal(u"proposal"_s, 20000, false, true, QDate(2026, 4, 1)),
                            deal(u"demo"_s, 30000, false, false, QDate(2026, 6, 1)),
                            deal(u"demo"_s, 1000, false, false, QDate(2026, 3, 31)),
                            deal(u"lead"_s, 40000),
                            deal(u"won"_s, 50000, false, false, QDate(2026, 4, 3))};
    // April and May: the nego and proposal deals; not June's, March's nor the unscheduled one.
    const Forecast f =
        ForecastCalculator::compute(deals, m_pb, Period{QDate(2026, 4, 1), QDate(2026, 5, 31)});
    QCOMPARE(f.openDeals, 2);
    QCOMPARE(f.openMrr.cents(), 30000);
    QCOMPARE(f.weighted.cents(), 8000 + 12000);
    QCOMPARE(f.commit.cents(), 10000);
    QCOMPARE(f.bestCase.cents(), 30000);
    QCOMPARE(f.pipeline.cents(), 30000);
    QCOMPARE(f.byMonth.size(), 2);
    QCOMPARE(f.byMonth.at(0).month, QDate(2026, 4, 1));
    QCOMPARE(f.byMonth.at(1).month, QDate(2026, 5, 1));
    for (const MonthForecast &m : f.byMonth)
        QVERIFY(m.month.isValid()); // no unscheduled bucket
    // The bounds are days: 1 June is out of a period ending on 31 May, in one starting on it.
    QCOMPARE(ForecastCalculator::compute(deals, m_pb, Period::month(QDate(2026, 6, 1))).openDeals,
             1);
    QCOMPARE(ForecastCalculator::compute(deals, m_pb, Period::quarter(QDate(2026, 1, 1)))
                 .weighted.cents(),
             400);
    // No period: every open deal, as before.
    QCOMPARE(ForecastCalculator::compute(deals, m_pb, std::nullopt).openDeals, 5);
    QCOMPARE(ForecastCalculator::compute(deals, m_pb).byMonth.size(), 5);
}

void TestForecast::periodSeedExample()
{
    // The seed's example, every deal expected to close this quarter, still gives 4,360 €.
    QList<Deal> deals;
    for (int i = 0; i < 5; ++i)
        deals << deal(u"demo"_s, 50000, false, false, QDate(2026, 4, 10 + i));
    for (int i = 0; i < 3; ++i)
        deals << deal(u"proposal"_s, 80000, false, false, QDate(2026, 5, 10 + i));
    for (int i = 0; i < 2; ++i)
        deals << deal(u"nego"_s, 120000, false, false, QDate(2026, 6, 30));
    deals << deal(u"nego"_s, 999900, false, false, QDate(2026, 7, 1)); // next quarter
    deals << deal(u"nego"_s, 999900);                                  // unscheduled
    const Forecast f = ForecastCalculator::compute(deals, m_pb, Period::quarter(QDate(2026, 4, 1)));
    QCOMPARE(f.weighted.cents(), 436000);
    QCOMPARE(f.openDeals, 10);
    QCOMPARE(f.byMonth.size(), 3);
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"

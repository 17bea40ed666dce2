// PipelineMetricsCalculator: pipeline, coverage, win rates, average deal, cycle and velocity of
// a period, from hand-made histories with a fixed clock (docs/analytics.md, "Pipeline metrics").

#include "analytics/pipelinemetrics.h"
#include "testsupport.h"
#include "workflow/dealworkflow.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestPipelineMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyDatabase();
    void formulas();
    void quotaFromObjective();
    void zeroDenominators();
    void qualifiedWinRateNeedsDemoBeforeClosing();
    void reopenedDeals();
    void customerCountsAsWon();
    void undoneMovesDoNotCount();
    void deletedDealsLeftOut();
    void asOfCutsLaterEvents();
    void closedOnlyPerPeriod();

private:
    void at(int year, int month, int day, int hour = 10)
    {
        m_fx->clock.set(QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC));
    }
    qint64 add(const QString &stage, qint64 mrrCents)
    {
        Deal d = sampleDeal(m_company, u"Deal"_s, stage, mrrCents);
        const Result<qint64> id = DealRepository(*m_fx->db).create(d);
        if (!id.ok())
            qWarning("%s", qPrintable(id.errorMessage()));
        return id.ok() ? id.value() : 0;
    }
    qint64 move(qint64 id, const QString &stage, const QString &lostReason = {})
    {
        DealMove m;
        m.stage = stage;
        m.lostReason = lostReason;
        m.competitor = lostReason == u"competitor"_s ? u"AWS"_s : QString();
        const Result<qint64> e = DealRepository(*m_fx->db).move(id, m);
        if (!e.ok())
            qWarning("%s", qPrintable(e.errorMessage()));
        return e.ok() ? e.value() : 0;
    }
    // Moves, then undoes the move at once (as the app's undo does).
    bool moveUndone(qint64 id, const QString &stage, const QString &lostReason = {})
    {
        const Result<Deal> before = DealRepository(*m_fx->db).find(id);
        const qint64 e = before.ok() ? move(id, stage, lostReason) : 0;
        return e && DealWorkflow(*m_fx->db).restore(before.value(), {e}).ok();
    }
    PipelineMetrics compute(const Period &p, const QDate &asOf, std::optional<Money> quota = {})
    {
        const Result<PipelineMetrics> m =
            PipelineMetricsCalculator::compute(*m_fx->db, m_fx->db->playbook(), p, asOf, quota);
        if (!m.ok())
            qWarning("%s", qPrintable(m.errorMessage()));
        return m.ok() ? m.value() : PipelineMetrics{};
    }
    static Period q1() { return Period::quarter(QDate(2026, 1, 1)); }
    static QDate today() { return fixedNow().date(); } // 2 March 2026

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_company = 0;
};

void TestPipelineMetrics::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"metrics.db"_s), QString());
    at(2025, 12, 1);
    Company c = sampleCompany();
    const Result<qint64> id = CompanyRepository(*m_fx->db).create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    m_company = id.value();
}

void TestPipelineMetrics::cleanup()
{
    m_fx.reset();
}

void TestPipelineMetrics::emptyDatabase()
{
    at(2026, 3, 2);
    const PipelineMetrics m = compute(q1(), today());
    QCOMPARE(m.period, q1());
    QCOMPARE(m.asOf, today());
    QCOMPARE(m.pipeline.cents(), 0);
    QCOMPARE(m.pipelineAnnualised.cents(), 0);
    QCOMPARE(m.won, 0);
    QCOMPARE(m.lost, 0);
    QCOMPARE(m.openDeals, 0);
    QCOMPARE(m.newMrr.cents(), 0);
    QVERIFY(!m.winRateBp);
    QVERIFY(!m.qualifiedWinRateBp);
    QVERIFY(!m.averageDealSize);
    QVERIFY(!m.averageCycleDays);
    QVERIFY(!m.velocityPerDay);
    QVERIFY(!m.quota); // the seed's objectives are for 2025
    QVERIFY(!m.coverageX100);
    // A zero quota gives no coverage either; bad dates are refused.
    QVERIFY(!compute(q1(), today(), Money(0)).coverageX100);
    QVERIFY(!PipelineMetricsCalculator::compute(*m_fx->db, m_fx->db->playbook(), Period{}, today())
                 .ok());
    QVERIFY(
        !PipelineMetricsCalculator::compute(*m_fx->db, m_fx->db->playbook(), q1(), QDate()).ok());
}

void TestPipelineMetrics::formulas()
{
    // Closed before the period: not counted.
    const qint64 h = add(u"nego"_s, 99900);
    at(2025, 12, 20);
    QVERIFY(move(h, u"won"_s));
    // Q1 2026: A won in 10 days from Demo, C in 30 days from Proposal; B lost from Qualified,
    // D lost from Nego.
    at(2026, 1, 5);
    const qint64 a = add(u"demo"_s, 50000);
    at(2026, 1, 10);
    const qint64 b = add(u"qualified"_s, 30000);
    const qint64 c = add(u"proposal"_s, 80000);
    at(2026, 1, 15);
    QVERIFY(move(a, u"won"_s));
    at(2026, 1, 20);
    QVERIFY(move(b, u"lost"_s, u"budget"_s));
    at(2026, 2, 1);
    const qint64 d = add(u"nego"_s, 40000);
    at(2026, 2, 9);
    QVERIFY(move(c, u"won"_s));
    at(2026, 2, 10);
    QVERIFY(move(d, u"lost"_s, u"timing"_s));
    // Still open: E in Lead (0 %), F in Demo, G in Proposal.
    QVERIFY(add(u"lead"_s, 10000));
    QVERIFY(add(u"demo"_s, 20000));
    QVERIFY(add(u"proposal"_s, 60000));
    at(2026, 3, 2);

    const PipelineMetrics m = compute(q1(), today(), Money(20000));
    QCOMPARE(m.won, 2);
    QCOMPARE(m.lost, 2);
    QCOMPARE(m.winRateBp, 5000);
    QCOMPARE(m.closedReachedDemo, 3); // A, C, D
    QCOMPARE(m.wonReachedDemo, 2);
    QCOMPARE(m.qualifiedWinRateBp, 6667); // 2/3, half away from zero
    QCOMPARE(m.newMrr.cents(), 130000);
    QCOMPARE(m.averageDealSize->cents(), 65000);
    QCOMPARE(*m.averageCycleDays, 20.0);
    QCOMPARE(m.openDeals, 3);
    QCOMPARE(m.pipeline.cents(), 80000); // F + G: Lead is at 0 %
    QCOMPARE(m.pipelineAnnualised.cents(), 960000);
    QCOMPARE(m.quota->cents(), 20000);
    QCOMPARE(m.coverageX100, 400);
    // 3 open × 50 % × 650 € / 20 days = 48.75 € a day.
    QCOMPARE(m.velocityPerDay->cents(), 4875);
    QCOMPARE(m.velocityPerDay->currency(), m_fx->db->playbook().currency());

    // A period ending after the as-of day is cut at it: as of 9 February C is not won yet.
    const PipelineMetrics early = compute(q1(), QDate(2026, 2, 8));
    QCOMPARE(early.won, 1);
    QCOMPARE(early.lost, 1);
    QCOMPARE(*early.averageCycleDays, 10.0);
}

void TestPipelineMetrics::quotaFromObjective()
{
    Objective o;
    o.quarter = u"2026-Q1"_s;
    o.newMrrCents = 30000;
    o.dealsMin = 1;
    o.dealsMax = 5;
    const Result<Playbook> pb = m_fx->db->playbook().withObjectives({o});
    QVERIFY2(pb.ok(), qPrintable(pb.errorMessage()));
    DB_CHECK(m_fx->db->setPlaybook(pb.value()));
    at(2026, 2, 1);
    QVERIFY(add(u"demo"_s, 20000));
    QVERIFY(add(u"qualified"_s, 25000));
    at(2026, 3, 2);
    // The objective of the quarter holding the period's end, even for a shorter period.
    PipelineMetrics m = compute(Period::month(QDate(2026, 3, 1)), today());
    QCOMPARE(m.quota->cents(), 30000);
    QCOMPARE(m.coverageX100, 150); // 450 € / 300 €
    // --quota overrides it; 450 / 700 = 0.642857 → 64.
    m = compute(q1(), today(), Money(70000));
    QCOMPARE(m.coverageX100, 64);
    // No objective for Q2: no quota, no coverage.
    m = compute(Period::quarter(QDate(2026, 4, 1)), today());
    QVERIFY(!m.quota);
    QVERIFY(!m.coverageX100);
}

void TestPipelineMetrics::zeroDenominators()
{
    at(2026, 1, 5);
    const qint64 a = add(u"lead"_s, 50000);
    QVERIFY(add(u"demo"_s, 10000));
    at(2026, 1, 6);
    QVERIFY(move(a, u"lost"_s, u"no-fit"_s));
    at(2026, 3, 2);
    const PipelineMetrics m = compute(q1(), today());
    QCOMPARE(m.lost, 1);
    QCOMPARE(m.winRateBp, 0);       // 0 of 1: defined, and 0
    QVERIFY(!m.qualifiedWinRateBp); // none reached Demo
    QVERIFY(!m.averageDealSize);
    QVERIFY(!m.averageCycleDays);
    QVERIFY(!m.velocityPerDay);
    QCOMPARE(m.newMrr.cents(), 0);
    QCOMPARE(m.openDeals, 1);
}

void TestPipelineMetrics::qualifiedWinRateNeedsDemoBeforeClosing()
{
    at(2026, 1, 5);
    const qint64 jump = add(u"qualified"_s, 10000); // won straight from Qualified
    const qint64 back = add(u"demo"_s, 10000);      // back to Qualified, then lost
    const qint64 lostEarly = add(u"lead"_s, 10000);
    at(2026, 1, 6);
    QVERIFY(move(jump, u"won"_s));
    QVERIFY(move(back, u"qualified"_s));
    QVERIFY(move(lostEarly, u"lost"_s, u"budget"_s));
    at(2026, 1, 7);
    QVERIFY(move(back, u"lost"_s, u"budget"_s));
    at(2026, 3, 2);
    const PipelineMetrics m = compute(q1(), today());
    QCOMPARE(m.won, 1);
    QCOMPARE(m.lost, 2);
    QCOMPARE(m.closedReachedDemo, 1); // `back` was in Demo before it was lost
    QCOMPARE(m.wonReachedDemo, 0);
    QCOMPARE(m.qualifiedWinRateBp, 0);
    QCOMPARE(m.winRateBp, 3333);
}

void TestPipelineMetrics::reopenedDeals()
{
    at(2026, 1, 5);
    const qint64 relost = add(u"nego"_s, 10000);
    const qint64 reopened = add(u"nego"_s, 20000);
    at(2026, 1, 10);
    QVERIFY(move(relost, u"won"_s));
    QVERIFY(move(reopened, u"won"_s));
    at(2026, 1, 12);
    QVERIFY(move(relost, u"nego"_s));
    QVERIFY(move(reopened, u"nego"_s));
    at(2026, 2, 15);
    QVERIFY(move(relost, u"lost"_s, u"timing"_s));
    at(2026, 3, 2);
    // Won, reopened, lost: lost. Won then reopened and still open: not closed.
    PipelineMetrics m = compute(q1(), today());
    QCOMPARE(m.won, 0);
    QCOMPARE(m.lost, 1);
    QCOMPARE(m.newMrr.cents(), 0);
    QCOMPARE(m.openDeals, 1);
    // As of 11 January both were won (read from the log: a past day).
    m = compute(q1(), QDate(2026, 1, 11));
    QCOMPARE(m.won, 2);
    QCOMPARE(m.lost, 0);
    QCOMPARE(m.newMrr.cents(), 30000);
    QCOMPARE(m.openDeals, 0);
    // As of 1 February: one reopened, the other not closed yet again.
    m = compute(q1(), QDate(2026, 2, 1));
    QCOMPARE(m.won + m.lost, 0);
    QCOMPARE(m.openDeals, 2);
    QCOMPARE(m.pipeline.cents(), 30000);
}

void TestPipelineMetrics::customerCountsAsWon()
{
    at(2026, 1, 5);
    const qint64 a = add(u"nego"_s, 40000);
    at(2026, 1, 15);
    QVERIFY(move(a, u"won"_s));
    at(2026, 2, 20);
    QVERIFY(move(a, u"customer"_s));
    at(2026, 3, 2);
    for (const QDate &asOf : {today(), QDate(2026, 2, 25)}) {
        const PipelineMetrics m = compute(q1(), asOf);
        QCOMPARE(m.won, 1);
        QCOMPARE(m.newMrr.cents(), 40000);
        QCOMPARE(*m.averageCycleDays, 10.0); // to the won event, not to Customer
    }
    // Closed in January, not in February.
    QCOMPARE(compute(Period::month(QDate(2026, 2, 1)), today()).won, 0);
}

void TestPipelineMetrics::undoneMovesDoNotCount()
{
    at(2026, 1, 5);
    const qint64 a = add(u"nego"_s, 40000);
    const qint64 b = add(u"demo"_s, 10000);
    const qint64 c = add(u"qualified"_s, 30000);
    at(2026, 1, 10);
    QVERIFY(moveUndone(a, u"won"_s));
    QVERIFY(moveUndone(b, u"lost"_s, u"budget"_s));
    QVERIFY(move(c, u"won"_s));
    at(2026, 1, 11);
    // A move into Demo undone before the deal was lost: it had not reached Demo.
    const qint64 d = add(u"qualified"_s, 5000);
    QVERIFY(moveUndone(d, u"demo"_s));
    QVERIFY(move(d, u"lost"_s, u"budget"_s));
    at(2026, 3, 2);
    for (const QDate &asOf : {today(), QDate(2026, 2, 1)}) {
        const PipelineMetrics m = compute(q1(), asOf);
        QCOMPARE(m.won, 1);
        QCOMPARE(m.lost, 1);
        QCOMPARE(m.newMrr.cents(), 30000);
        QCOMPARE(m.closedReachedDemo, 0);
        QCOMPARE(m.openDeals, 2);
        QCOMPARE(m.pipeline.cents(), 50000);
    }
}

void TestPipelineMetrics::deletedDealsLeftOut()
{
    at(2026, 1, 5);
    const qint64 a = add(u"nego"_s, 40000);
    const qint64 b = add(u"nego"_s, 10000);
    const qint64 open = add(u"demo"_s, 70000);
    at(2026, 1, 10);
    QVERIFY(move(a, u"won"_s));
    QVERIFY(move(b, u"won"_s));
    at(2026, 2, 1);
    DB_CHECK(DealRepository(*m_fx->db).remove(b));
    DB_CHECK(DealRepository(*m_fx->db).remove(open));
    at(2026, 3, 2);
    const PipelineMetrics m = compute(q1(), today());
    QCOMPARE(m.won, 1);
    QCOMPARE(m.newMrr.cents(), 40000);
    QCOMPARE(m.openDeals, 0);
    QCOMPARE(m.pipeline.cents(), 0);
}

void TestPipelineMetrics::asOfCutsLaterEvents()
{
    at(2026, 1, 5);
    const qint64 a = add(u"demo"_s, 40000);
    const qint64 b = add(u"proposal"_s, 60000);
    at(2026, 1, 20);
    QVERIFY(move(a, u"won"_s));
    at(2026, 2, 10);
    QVERIFY(move(b, u"lost"_s, u"budget"_s));
    at(2026, 2, 11);
    QVERIFY(add(u"nego"_s, 5000)); // created after the as-of day below
    at(2026, 3, 2);
    // As of 31 January: A won; B still open in Proposal; the later deal does not exist.
    const PipelineMetrics m = compute(q1(), QDate(2026, 1, 31));
    QCOMPARE(m.won, 1);
    QCOMPARE(m.lost, 0);
    QCOMPARE(m.openDeals, 1);
    QCOMPARE(m.pipeline.cents(), 60000);
    // As of the day before the period: nothing closed in it.
    const PipelineMetrics before = compute(q1(), QDate(2025, 12, 31));
    QCOMPARE(before.won + before.lost, 0);
    QVERIFY(!before.winRateBp);
}

void TestPipelineMetrics::closedOnlyPerPeriod()
{
    at(2026, 1, 5);
    const qint64 a = add(u"nego"_s, 40000);
    const qint64 b = add(u"nego"_s, 10000);
    at(2026, 1, 20);
    QVERIFY(move(a, u"won"_s));
    at(2026, 2, 20);
    QVERIFY(move(b, u"lost"_s, u"budget"_s));
    at(2026, 3, 2);
    const QList<Period> months{Period::month(QDate(2026, 1, 1)), Period::month(QDate(2026, 2, 1)),
                               Period::month(QDate(2026, 4, 1)), q1()};
    const Result<QList<PipelineMetrics>> r =
        PipelineMetricsCalculator::closedOnly(*m_fx->db, m_fx->db->playbook(), months, today());
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->size(), 4);
    QCOMPARE(r->at(0).won, 1);
    QCOMPARE(r->at(0).lost, 0);
    QCOMPARE(r->at(1).won, 0);
    QCOMPARE(r->at(1).lost, 1);
    QCOMPARE(r->at(2).won + r->at(2).lost, 0); // not started
    QCOMPARE(r->at(3).won, 1);                 // periods may overlap
    QCOMPARE(r->at(3).lost, 1);
    QCOMPARE(r->at(3).winRateBp, 5000);
    QCOMPARE(r->at(3).period, q1());
}

QTEST_GUILESS_MAIN(TestPipelineMetrics)
#include "tst_pipelinemetrics.moc"

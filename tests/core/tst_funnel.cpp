// FunnelCalculator: how far the deals created in a period got, against the playbook's
// conversion targets (docs/analytics.md, "Funnel").

#include "analytics/funnel.h"
#include "testsupport.h"
#include "workflow/dealworkflow.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestFunnel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyDatabaseAndSeedTargets();
    void reachedStages();
    void cohortIsCreatedInPeriod();
    void undoneMovesDoNotCount();
    void deletedDealsLeftOut();
    void asOfCutsLaterEvents();
    void customerCountsAsWon();
    void refusesBadDates();

private:
    void at(int year, int month, int day, int hour = 10)
    {
        m_fx->clock.set(QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC));
    }
    qint64 add(const QString &stage)
    {
        Deal d = sampleDeal(m_company, u"Deal"_s, stage, 10000);
        const Result<qint64> id = DealRepository(*m_fx->db).create(d);
        if (!id.ok())
            qWarning("%s", qPrintable(id.errorMessage()));
        return id.ok() ? id.value() : 0;
    }
    qint64 move(qint64 id, const QString &stage)
    {
        DealMove m;
        m.stage = stage;
        m.lostReason = stage == u"lost"_s ? u"budget"_s : QString();
        const Result<qint64> e = DealRepository(*m_fx->db).move(id, m);
        if (!e.ok())
            qWarning("%s", qPrintable(e.errorMessage()));
        return e.ok() ? e.value() : 0;
    }
    // Reached counts of the steps, in order.
    Funnel compute(const Period &p, const QDate &asOf)
    {
        const Result<Funnel> f =
            FunnelCalculator::compute(*m_fx->db, m_fx->db->playbook(), p, asOf);
        if (!f.ok())
            qWarning("%s", qPrintable(f.errorMessage()));
        return f.ok() ? f.value() : Funnel{};
    }
    static QList<int> reached(const Funnel &f)
    {
        QList<int> out;
        for (const FunnelStep &s : f.steps)
            out << s.reached;
        return out;
    }
    static Period q1() { return Period::quarter(QDate(2026, 1, 1)); }
    static QDate today() { return fixedNow().date(); } // 2 March 2026

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_company = 0;
};

void TestFunnel::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"funnel.db"_s), QString());
    at(2025, 12, 1);
    Company c = sampleCompany();
    const Result<qint64> id = CompanyRepository(*m_fx->db).create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    m_company = id.value();
}

void TestFunnel::cleanup()
{
    m_fx.reset();
}

void TestFunnel::emptyDatabaseAndSeedTargets()
{
    at(2026, 3, 2);
    const Funnel f = compute(q1(), today());
    QCOMPARE(f.period, q1());
    QCOMPARE(f.asOf, today());
    QCOMPARE(f.cohort, 0);
    QStringList stages;
    for (const FunnelStep &s : f.steps)
        stages << s.stage;
    QCOMPARE(stages, (QStringList{u"lead"_s, u"qualified"_s, u"demo"_s, u"proposal"_s, u"nego"_s,
                                  u"won"_s}));
    QCOMPARE(reached(f), (QList<int>{0, 0, 0, 0, 0, 0}));
    // The seed's targets, read from the playbook, in its order: 40/60/50/50/30 %.
    QCOMPARE(f.conversions.size(), 5);
    const QList<std::tuple<QString, QString, int>> targets{
        {u"lead"_s, u"qualified"_s, 4000}, {u"qualified"_s, u"demo"_s, 6000},
        {u"demo"_s, u"proposal"_s, 5000},  {u"proposal"_s, u"won"_s, 5000},
        {u"lead"_s, u"won"_s, 3000},
    };
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const FunnelConversion &c = f.conversions.at(i);
        QCOMPARE(c.from, std::get<0>(targets.at(i)));
        QCOMPARE(c.to, std::get<1>(targets.at(i)));
        QCOMPARE(c.targetBp, std::get<2>(targets.at(i)));
        QCOMPARE(c.fromCount, 0);
        QVERIFY(!c.actualBp); // no deal: undefined, not 0
        QVERIFY(!c.gapBp);
    }
}

void TestFunnel::reachedStages()
{
    at(2026, 1, 5);
    QVERIFY(add(u"demo"_s)); // created in Demo: has reached Lead and Qualified
    const qint64 lost = add(u"lead"_s);
    const qint64 won = add(u"lead"_s);
    QVERIFY(add(u"lead"_s)); // never moved
    at(2026, 1, 6);
    QVERIFY(move(lost, u"qualified"_s));
    QVERIFY(move(won, u"qualified"_s));
    at(2026, 1, 7);
    QVERIFY(move(lost, u"lost"_s)); // counts for Lead and Qualified
    QVERIFY(move(won, u"demo"_s));
    at(2026, 1, 8);
    QVERIFY(move(won, u"proposal"_s));
    at(2026, 1, 9);
    QVERIFY(move(won, u"won"_s)); // straight from Proposal: has reached Nego
    at(2026, 3, 2);

    const Funnel f = compute(q1(), today());
    QCOMPARE(f.cohort, 4);
    QCOMPARE(reached(f), (QList<int>{4, 3, 2, 1, 1, 1}));
    const QList<std::tuple<int, int, int, int>> expected{
        // fromCount, toCount, actual, gap
        {4, 3, 7500, 3500},  // Lead → Qualified
        {3, 2, 6667, 667},   // Qualified → Demo, 2/3 rounded half away from zero
        {2, 1, 5000, 0},     // Demo → Proposal
        {1, 1, 10000, 5000}, // Proposal → Won
        {4, 1, 2500, -500},  // Lead → Won: below target
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const FunnelConversion &c = f.conversions.at(i);
        QCOMPARE(c.fromCount, std::get<0>(expected.at(i)));
        QCOMPARE(c.toCount, std::get<1>(expected.at(i)));
        QCOMPARE(c.actualBp, std::get<2>(expected.at(i)));
        QCOMPARE(c.gapBp, std::get<3>(expected.at(i)));
    }
}

void TestFunnel::cohortIsCreatedInPeriod()
{
    const qint64 old = add(u"lead"_s); // created in December
    at(2026, 1, 10);
    QVERIFY(move(old, u"won"_s));
    QVERIFY(add(u"qualified"_s));
    at(2026, 4, 1);
    QVERIFY(add(u"qualified"_s)); // the next quarter
    at(2026, 4, 2);
    const Funnel f = compute(q1(), QDate(2026, 4, 2));
    QCOMPARE(f.cohort, 1);
    QCOMPARE(reached(f), (QList<int>{1, 1, 0, 0, 0, 0}));
    // The first and last instants of a period count; the ones around them do not.
    at(2026, 2, 1, 0);
    QVERIFY(add(u"demo"_s));
    m_fx->clock.set(QDateTime(QDate(2026, 2, 28), QTime(23, 59, 59, 999), Qt::UTC));
    QVERIFY(add(u"demo"_s));
    m_fx->clock.set(QDateTime(QDate(2026, 1, 31), QTime(23, 59, 59, 999), Qt::UTC));
    QVERIFY(add(u"demo"_s));
    at(2026, 3, 1, 0);
    QVERIFY(add(u"demo"_s));
    at(2026, 4, 2);
    QCOMPARE(compute(Period::month(QDate(2026, 2, 1)), QDate(2026, 4, 2)).cohort, 2);
}

void TestFunnel::undoneMovesDoNotCount()
{
    at(2026, 1, 5);
    const qint64 a = add(u"qualified"_s);
    at(2026, 1, 6);
    const Deal before = DealRepository(*m_fx->db).find(a).value();
    const qint64 toDemo = move(a, u"demo"_s);
    QVERIFY(toDemo);
    at(2026, 1, 7);
    DB_CHECK(DealWorkflow(*m_fx->db).restore(before, {toDemo}));
    QVERIFY(add(u"lead"_s)); // a deal without any undo, walked the fast way
    at(2026, 3, 2);
    for (const QDate &asOf : {today(), QDate(2026, 1, 6)}) {
        const Funnel f = compute(q1(), asOf);
        QCOMPARE(f.cohort, asOf == today() ? 2 : 1);
        QCOMPARE(reached(f).mid(0, 3), (QList<int>{f.cohort, 1, 0}));
    }
}

void TestFunnel::deletedDealsLeftOut()
{
    at(2026, 1, 5);
    const qint64 a = add(u"nego"_s);
    QVERIFY(add(u"lead"_s));
    at(2026, 1, 6);
    DB_CHECK(DealRepository(*m_fx->db).remove(a));
    at(2026, 3, 2);
    const Funnel f = compute(q1(), today());
    QCOMPARE(f.cohort, 1);
    QCOMPARE(reached(f), (QList<int>{1, 0, 0, 0, 0, 0}));
}

void TestFunnel::asOfCutsLaterEvents()
{
    at(2026, 1, 5);
    const qint64 a = add(u"lead"_s);
    at(2026, 1, 20);
    QVERIFY(move(a, u"demo"_s));
    at(2026, 2, 1);
    QVERIFY(move(a, u"won"_s));
    QVERIFY(add(u"lead"_s)); // created after the as-of day below
    at(2026, 3, 2);
    QCOMPARE(reached(compute(q1(), QDate(2026, 1, 19))), (QList<int>{1, 0, 0, 0, 0, 0}));
    QCOMPARE(reached(compute(q1(), QDate(2026, 1, 31))), (QList<int>{1, 1, 1, 0, 0, 0}));
    QCOMPARE(reached(compute(q1(), today())), (QList<int>{2, 1, 1, 1, 1, 1}));
    QCOMPARE(compute(q1(), QDate(2025, 12, 31)).cohort, 0); // before the period
}

void TestFunnel::customerCountsAsWon()
{
    at(2026, 1, 5);
    const qint64 a = add(u"nego"_s);
    QVERIFY(add(u"customer"_s));
    at(2026, 1, 6);
    QVERIFY(move(a, u"won"_s));
    at(2026, 1, 7);
    QVERIFY(move(a, u"customer"_s));
    at(2026, 3, 2);
    const Funnel f = compute(q1(), today());
    QCOMPARE(reached(f), (QList<int>{2, 2, 2, 2, 2, 2}));
    QCOMPARE(f.conversions.at(4).actualBp, 10000);
}

void TestFunnel::refusesBadDates()
{
    const Playbook &pb = m_fx->db->playbook();
    QVERIFY(!FunnelCalculator::compute(*m_fx->db, pb, Period{}, today()).ok());
    QVERIFY(!FunnelCalculator::compute(*m_fx->db, pb, q1(), QDate()).ok());
}

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"

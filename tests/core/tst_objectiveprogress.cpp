// ObjectiveProgressCalculator: each playbook objective (a quarter) against the new MRR, deals,
// average deal size and win rate closed in it (docs/analytics.md, "Objectives").

#include "analytics/objectiveprogress.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestObjectiveProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void seedObjectives();
    void actualsPerQuarter();
    void refusesBadDate();

private:
    void at(int year, int month, int day)
    {
        m_fx->clock.set(QDateTime(QDate(year, month, day), QTime(10, 0), Qt::UTC));
    }
    qint64 add(qint64 mrrCents)
    {
        Deal d = sampleDeal(m_company, u"Deal"_s, u"nego"_s, mrrCents);
        const Result<qint64> id = DealRepository(*m_fx->db).create(d);
        return id.ok() ? id.value() : 0;
    }
    bool close(qint64 id, bool won)
    {
        return DealRepository(*m_fx->db)
            .move(id, won ? u"won"_s : u"lost"_s, won ? QString() : u"budget"_s)
            .ok();
    }
    static Objective objective(const QString &quarter, qint64 newMrr, int dealsMin, int dealsMax,
                               qint64 average, int winRateBp)
    {
        Objective o;
        o.quarter = quarter;
        o.newMrrCents = newMrr;
        o.dealsMin = dealsMin;
        o.dealsMax = dealsMax;
        o.averageDealCents = average;
        o.winRateBp = winRateBp;
        return o;
    }
    QList<ObjectiveProgress> compute(const QDate &asOf)
    {
        const Result<QList<ObjectiveProgress>> r =
            ObjectiveProgressCalculator::compute(*m_fx->db, m_fx->db->playbook(), asOf);
        if (!r.ok())
            qWarning("%s", qPrintable(r.errorMessage()));
        return r.ok() ? r.value() : QList<ObjectiveProgress>{};
    }

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_company = 0;
};

void TestObjectiveProgress::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"objectives.db"_s), QString());
    at(2025, 10, 1);
    Company c = sampleCompany();
    const Result<qint64> id = CompanyRepository(*m_fx->db).create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    m_company = id.value();
}

void TestObjectiveProgress::cleanup()
{
    m_fx.reset();
}

void TestObjectiveProgress::seedObjectives()
{
    // The seed's four 2025 quarters, targets as the playbook states them; nothing closed.
    const QList<ObjectiveProgress> rows = compute(fixedNow().date());
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).quarter, u"2025-Q1"_s);
    QCOMPARE(rows.at(0).period, Period::quarter(QDate(2025, 1, 1)));
    QCOMPARE(rows.at(0).targetNewMrrCents, 1000000);
    QCOMPARE(rows.at(0).dealsMin, 30);
    QCOMPARE(rows.at(0).dealsMax, 50);
    QCOMPARE(rows.at(0).targetAverageCents, 25000);
    QCOMPARE(rows.at(0).targetWinRateBp, 2500);
    QCOMPARE(rows.at(3).quarter, u"2025-Q4"_s);
    QCOMPARE(rows.at(3).targetNewMrrCents, 1800000);
    for (const ObjectiveProgress &p : rows) {
        QCOMPARE(p.newMrr.cents(), 0);
        QCOMPARE(p.deals, 0);
        QVERIFY(!p.averageDealSize);
        QVERIFY(!p.winRateBp);
        QVERIFY(!p.newMrrMet);
        QVERIFY(!p.dealsMet);
        QVERIFY(!p.averageMet);
        QVERIFY(!p.winRateMet);
    }
}

void TestObjectiveProgress::actualsPerQuarter()
{
    const Result<Playbook> pb = m_fx->db->playbook().withObjectives({
        objective(u"2025-Q4"_s, 50000, 2, 3, 25000, 5000),
        objective(u"2026-Q1"_s, 100000, 2, 2, 60000, 7000),
        objective(u"2026-Q2"_s, 10000, 0, 5, 0, 0),
    });
    QVERIFY2(pb.ok(), qPrintable(pb.errorMessage()));
    DB_CHECK(m_fx->db->setPlaybook(pb.value()));
    // Q4 2025: 200 € and 300 € won, one lost. Q1 2026: 700 € won, two lost.
    const qint64 a = add(20000);
    const qint64 b = add(30000);
    const qint64 c = add(10000);
    const qint64 d = add(70000);
    const qint64 e = add(10000);
    const qint64 f = add(10000);
    at(2025, 11, 15);
    QVERIFY(close(a, true));
    QVERIFY(close(b, true));
    QVERIFY(close(c, false));
    at(2026, 1, 20);
    QVERIFY(close(d, true));
    QVERIFY(close(e, false));
    QVERIFY(close(f, false));
    at(2026, 3, 2);

    const QList<ObjectiveProgress> rows = compute(fixedNow().date());
    QCOMPARE(rows.size(), 3);
    const ObjectiveProgress &q4 = rows.at(0);
    QCOMPARE(q4.quarter, u"2025-Q4"_s);
    QCOMPARE(q4.newMrr.cents(), 50000);
    QCOMPARE(q4.deals, 2);
    QCOMPARE(q4.averageDealSize->cents(), 25000);
    QCOMPARE(q4.winRateBp, 6667);
    QVERIFY(q4.newMrrMet);  // 500 € ≥ 500 €
    QVERIFY(q4.dealsMet);   // 2 within 2…3
    QVERIFY(q4.averageMet); // 250 € ≥ 250 €
    QVERIFY(q4.winRateMet); // 66.7 % ≥ 50 %

    const ObjectiveProgress &q1 = rows.at(1);
    QCOMPARE(q1.newMrr.cents(), 70000);
    QCOMPARE(q1.deals, 1);
    QCOMPARE(q1.averageDealSize->cents(), 70000);
    QCOMPARE(q1.winRateBp, 3333);
    QVERIFY(!q1.newMrrMet);
    QVERIFY(!q1.dealsMet);
    QVERIFY(q1.averageMet);
    QVERIFY(!q1.winRateMet);

    // Not started by the as-of day: a row, zero actuals.
    const ObjectiveProgress &q2 = rows.at(2);
    QCOMPARE(q2.quarter, u"2026-Q2"_s);
    QCOMPARE(q2.newMrr.cents(), 0);
    QCOMPARE(q2.deals, 0);
    QVERIFY(!q2.winRateBp);
    QVERIFY(!q2.newMrrMet);
    QVERIFY(q2.dealsMet);    // 0 within 0…5
    QVERIFY(!q2.averageMet); // undefined is not met

    // As of the end of 2025, Q1 has not started either.
    const QList<ObjectiveProgress> early = compute(QDate(2025, 12, 31));
    QCOMPARE(early.at(0).deals, 2);
    QCOMPARE(early.at(1).deals, 0);
    QVERIFY(!early.at(1).winRateBp);
}

void TestObjectiveProgress::refusesBadDate()
{
    QVERIFY(!ObjectiveProgressCalculator::compute(*m_fx->db, m_fx->db->playbook(), QDate()).ok());
}

QTEST_GUILESS_MAIN(TestObjectiveProgress)
#include "tst_objectiveprogress.moc"

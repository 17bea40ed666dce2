// PipelineSnapshot: the deals as they stood at the end of a past day, from the event log.

#include "analytics/forecast.h"
#include "analytics/pipelinesnapshot.h"
#include "testsupport.h"
#include "workflow/dealworkflow.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestPipelineSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void beforeAnyDeal();
    void history();
    void deletedDeals();

private:
    void at(int month, int day)
    {
        m_fx->clock.set(QDateTime(QDate(2026, month, day), QTime(10, 0), Qt::UTC));
    }
    static QHash<QString, Deal> byTitle(const QList<Deal> &deals)
    {
        QHash<QString, Deal> out;
        for (const Deal &d : deals)
            out.insert(d.title, d);
        return out;
    }
    QList<Deal> asOf(int month, int day)
    {
        const Result<QList<Deal>> r = PipelineSnapshot::asOf(*m_fx->db, QDate(2026, month, day));
        if (!r.ok())
            qWarning("%s", qPrintable(r.errorMessage()));
        return r.ok() ? r.value() : QList<Deal>{};
    }
    qint64 add(const QString &title, const QString &stage, qint64 mrrCents)
    {
        Deal d = sampleDeal(m_companyId, title, stage, mrrCents);
        const Result<qint64> id = DealRepository(*m_fx->db).create(d);
        if (!id.ok())
            qWarning("%s", qPrintable(id.errorMessage()));
        return id.ok() ? id.value() : 0;
    }
    template<typename F>
    bool edit(qint64 id, F change)
    {
        DealRepository repo(*m_fx->db);
        Result<Deal> d = repo.find(id);
        if (!d.ok())
            return false;
        Deal copy = d.value();
        change(copy);
        return repo.update(copy).ok();
    }

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_companyId = 0;
};

void TestPipelineSnapshot::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"snapshot.db"_s), QString());
    at(1, 5);
    Company c = sampleCompany();
    const Result<qint64> id = CompanyRepository(*m_fx->db).create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    m_companyId = id.value();
}

void TestPipelineSnapshot::cleanup()
{
    m_fx.reset();
}

void TestPipelineSnapshot::beforeAnyDeal()
{
    QVERIFY(add(u"A"_s, u"demo"_s, 50000));
    QVERIFY(asOf(1, 4).isEmpty());
    QCOMPARE(asOf(1, 5).size(), 1);
    QVERIFY(!PipelineSnapshot::asOf(*m_fx->db, QDate()).ok());
}

void TestPipelineSnapshot::history()
{
    Database &db = *m_fx->db;
    DealRepository repo(db);
    const Playbook &pb = db.playbook();
    // 5 January: A in Demo at 500 €, B in Proposal at 800 €.
    const qint64 a = add(u"A"_s, u"demo"_s, 50000);
    const qint64 b = add(u"B"_s, u"proposal"_s, 80000);
    QVERIFY(a && b);
    // 10 January: A to Proposal; B up to 1,000 € with a confirmed timeline and a close date.
    at(1, 10);
    QVERIFY(repo.move(a, u"proposal"_s).ok());
    QVERIFY(edit(b, [](Deal &d) {
        d.mrr = Money(100000);
        d.timelineConfirmed = true;
        d.expectedClose = QDate(2026, 2, 20);
    }));
    // 15 January: C in Nego at 1,200 €; 16 January: its verbal agreement.
    at(1, 15);
    const qint64 c = add(u"C"_s, u"nego"_s, 120000);
    QVERIFY(c);
    at(1, 16);
    QVERIFY(edit(c, [](Deal &d) { d.verbalAgreement = true; }));
    // 20 January: B lost.
    at(1, 20);
    QVERIFY(repo.move(b, u"lost"_s, u"budget"_s).ok());
    // 25 January: A to Nego, then that move undone on the 26th; C's MRR edited later on.
    at(1, 25);
    const Deal beforeMove = repo.find(a).value();
    DealMove move;
    move.stage = u"nego"_s;
    const Result<qint64> moved = repo.move(a, move);
    QVERIFY(moved.ok());
    at(1, 26);
    QVERIFY(DealWorkflow(db).restore(beforeMove, {moved.value()}).ok());
    at(2, 1);
    QVERIFY(edit(c, [](Deal &d) { d.mrr = Money(150000); }));

    // End of 5 January.
    QHash<QString, Deal> s = byTitle(asOf(1, 5));
    QCOMPARE(s.size(), 2);
    QCOMPARE(s[u"A"_s].stage, u"demo"_s);
    QCOMPARE(s[u"B"_s].stage, u"proposal"_s);
    QCOMPARE(s[u"B"_s].mrr.cents(), 80000);
    QVERIFY(!s[u"B"_s].timelineConfirmed);
    QVERIFY(!s[u"B"_s].expectedClose.isValid());
    Forecast f = ForecastCalculator::compute(s.values(), pb);
    QCOMPARE(f.weighted.cents(), 20000 + 48000);
    QCOMPARE(f.bestCase.cents(), 0);

    // End of 10 January.
    s = byTitle(asOf(1, 10));
    QCOMPARE(s.size(), 2);
    QCOMPARE(s[u"A"_s].stage, u"proposal"_s);
    QCOMPARE(s[u"B"_s].mrr.cents(), 100000);
    QVERIFY(s[u"B"_s].timelineConfirmed);
    QCOMPARE(s[u"B"_s].expectedClose, QDate(2026, 2, 20));
    f = ForecastCalculator::compute(s.values(), pb);
    QCOMPARE(f.weighted.cents(), 30000 + 60000);
    QCOMPARE(f.bestCase.cents(), 100000);
    QCOMPARE(f.byMonth.size(), 2);

    // End of 15 January: C without its verbal agreement yet, at its MRR of then.
    s = byTitle(asOf(1, 15));
    QCOMPARE(s.size(), 3);
    QCOMPARE(s[u"C"_s].stage, u"nego"_s);
    QCOMPARE(s[u"C"_s].mrr.cents(), 120000);
    QVERIFY(!s[u"C"_s].verbalAgreement);
    QCOMPARE(ForecastCalculator::compute(s.values(), pb).commit.cents(), 0);

    // End of 16 January: C is commit.
    s = byTitle(asOf(1, 16));
    f = ForecastCalculator::compute(s.values(), pb);
    QCOMPARE(f.commit.cents(), 120000);
    QCOMPARE(f.bestCase.cents(), 220000);
    QCOMPARE(f.weighted.cents(), 30000 + 60000 + 96000);

    // End of 20 January: B lost, out of the forecast.
    s = byTitle(asOf(1, 20));
    QCOMPARE(s[u"B"_s].stage, u"lost"_s);
    f = ForecastCalculator::compute(s.values(), pb);
    QCOMPARE(f.openDeals, 2);
    QCOMPARE(f.bestCase.cents(), 120000);
    QCOMPARE(f.weighted.cents(), 30000 + 96000);

    // 25 January: the move to Nego was undone, so the effective history never had it.
    s = byTitle(asOf(1, 25));
    QCOMPARE(s[u"A"_s].stage, u"proposal"_s);
    s = byTitle(asOf(1, 31));
    QCOMPARE(s[u"A"_s].stage, u"proposal"_s);
    QCOMPARE(s[u"C"_s].mrr.cents(), 120000);

    // Today: the same as the deals table.
    s = byTitle(asOf(3, 2));
    QCOMPARE(s[u"C"_s].mrr.cents(), 150000);
    const QList<Deal> now = repo.list().value();
    QCOMPARE(s.size(), now.size());
    for (const Deal &d : now) {
        QCOMPARE(s[d.title].stage, d.stage);
        QCOMPARE(s[d.title].mrr, d.mrr);
        QCOMPARE(s[d.title].verbalAgreement, d.verbalAgreement);
        QCOMPARE(s[d.title].timelineConfirmed, d.timelineConfirmed);
        QCOMPARE(s[d.title].expectedClose, d.expectedClose);
    }
}

void TestPipelineSnapshot::deletedDeals()
{
    DealRepository repo(*m_fx->db);
    const qint64 a = add(u"A"_s, u"demo"_s, 50000);
    QVERIFY(a);
    at(1, 10);
    QVERIFY(repo.remove(a).ok());
    QCOMPARE(asOf(1, 9).size(), 1); // deleted since: it was there then
    QVERIFY(asOf(1, 10).isEmpty());
    at(1, 12);
    QVERIFY(repo.restore(a).ok());
    QVERIFY(asOf(1, 11).isEmpty());
    QCOMPARE(asOf(1, 12).size(), 1);
}

QTEST_GUILESS_MAIN(TestPipelineSnapshot)
#include "tst_pipelinesnapshot.moc"

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
    void manyDatesMatchOneByOne();
    void filterWhileReplaying();
    void leanDeals();
    void dealsWithoutHistory();
    void datesChecked();

private:
    void at(int month, int day)
    {
        m_fx->clock.set(QDateTime(QDate(2026, month, day), QTime(10, 0), Qt::UTC));
    }
    // The snapshot leaves titles empty: the names given to add() stand in for them.
    QHash<QString, Deal> byTitle(const QList<Deal> &deals) const
    {
        QHash<QString, Deal> out;
        for (const Deal &d : deals)
            out.insert(m_titles.value(d.id), d);
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
        if (id.ok())
            m_titles.insert(id.value(), title);
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
    QHash<qint64, QString> m_titles;
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
    m_titles.clear();
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
        QCOMPARE(s[d.title].id, d.id);
        QCOMPARE(s[d.title].createdAt, d.createdAt);
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

void TestPipelineSnapshot::manyDatesMatchOneByOne()
{
    DealRepository repo(*m_fx->db);
    const qint64 a = add(u"A"_s, u"lead"_s, 10000);
    at(1, 8);
    const qint64 b = add(u"B"_s, u"demo"_s, 20000);
    QVERIFY(a && b);
    at(1, 12);
    QVERIFY(repo.move(a, u"qualified"_s).ok());
    QVERIFY(edit(b, [](Deal &d) {
        d.expectedClose = QDate(2026, 3, 1);
        d.verbalAgreement = true;
    }));
    at(1, 20);
    QVERIFY(repo.move(b, u"won"_s).ok());
    QVERIFY(edit(a, [](Deal &d) { d.mrr = Money(15000); }));
    at(1, 25);
    QVERIFY(repo.remove(a).ok());
    at(2, 3);
    QVERIFY(add(u"C"_s, u"nego"_s, 30000));

    // Out of order and repeated: each answer is where its date was asked.
    const QList<QDate> dates{QDate(2026, 1, 20), QDate(2026, 1, 4),  QDate(2026, 1, 8),
                             QDate(2026, 1, 12), QDate(2026, 2, 10), QDate(2026, 1, 20),
                             QDate(2026, 1, 24)};
    const Result<QList<QList<Deal>>> all = PipelineSnapshot::asOfDates(*m_fx->db, dates);
    DB_CHECK(all);
    QCOMPARE(all->size(), dates.size());
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QList<Deal> one = PipelineSnapshot::asOf(*m_fx->db, dates.at(i)).value();
        const QList<Deal> &many = all->at(i);
        QCOMPARE(many.size(), one.size());
        for (qsizetype k = 0; k < one.size(); ++k) {
            QCOMPARE(many.at(k).id, one.at(k).id);
            QCOMPARE(many.at(k).stage, one.at(k).stage);
            QCOMPARE(many.at(k).mrr, one.at(k).mrr);
            QCOMPARE(many.at(k).expectedClose, one.at(k).expectedClose);
            QCOMPARE(many.at(k).verbalAgreement, one.at(k).verbalAgreement);
        }
    }
    QCOMPARE(all->at(1).size(), 0);
    QCOMPARE(all->at(2).size(), 2);
    QHash<QString, Deal> s = byTitle(all->at(3)); // 12 January
    QCOMPARE(s[u"A"_s].stage, u"qualified"_s);
    QCOMPARE(s[u"A"_s].mrr.cents(), 10000);
    QCOMPARE(s[u"B"_s].expectedClose, QDate(2026, 3, 1));
    QVERIFY(s[u"B"_s].verbalAgreement);
    s = byTitle(all->at(0)); // 20 January
    QCOMPARE(s[u"A"_s].mrr.cents(), 15000);
    QCOMPARE(s[u"B"_s].stage, u"won"_s);
    QCOMPARE(all->at(6).size(), 2); // 24 January: A not deleted yet
    QCOMPARE(all->at(4).size(), 2); // 10 February: B and C, A deleted
    QVERIFY(!byTitle(all->at(4)).contains(u"A"_s));
}

void TestPipelineSnapshot::filterWhileReplaying()
{
    DealRepository repo(*m_fx->db);
    const qint64 a = add(u"A"_s, u"demo"_s, 10000);
    const qint64 b = add(u"B"_s, u"nego"_s, 20000);
    QVERIFY(a && b);
    at(1, 10);
    QVERIFY(repo.move(a, u"nego"_s).ok());
    QVERIFY(repo.move(b, u"won"_s).ok());
    // Only what is in Nego on each day: B on the 5th, A on the 10th.
    QList<QDate> seen;
    const Result<QList<QList<Deal>>> r =
        PipelineSnapshot::asOfDates(*m_fx->db, {QDate(2026, 1, 5), QDate(2026, 1, 10)},
                                    [&seen](const Deal &d, const QDate &date) {
                                        seen << date;
                                        return d.stage == u"nego"_s;
                                    });
    DB_CHECK(r);
    QCOMPARE(r->at(0).size(), 1);
    QCOMPARE(r->at(0).first().id, b);
    QCOMPARE(r->at(1).size(), 1);
    QCOMPARE(r->at(1).first().id, a);
    QCOMPARE(seen.count(QDate(2026, 1, 5)), 2); // asked once per deal there that day
    QCOMPARE(seen.count(QDate(2026, 1, 10)), 2);
}

void TestPipelineSnapshot::leanDeals()
{
    Deal d = sampleDeal(m_companyId, u"Lean"_s, u"proposal"_s, 42000);
    d.expectedClose = QDate(2026, 2, 2);
    d.timelineConfirmed = true;
    d.nextStep = u"Call back"_s;
    d.mrr = Money(42000, u"USD"_s);
    d.oneTime = Money(0, u"USD"_s);
    DB_CHECK(DealRepository(*m_fx->db).create(d));
    const QList<Deal> s = asOf(1, 5);
    QCOMPARE(s.size(), 1);
    const Deal &got = s.first();
    // What the forecast reads is there …
    QCOMPARE(got.id, d.id);
    QCOMPARE(got.stage, u"proposal"_s);
    QCOMPARE(got.mrr, Money(42000, u"USD"_s));
    QCOMPARE(got.expectedClose, QDate(2026, 2, 2));
    QVERIFY(got.timelineConfirmed);
    QVERIFY(!got.verbalAgreement);
    QCOMPARE(got.createdAt, QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC));
    // … nothing else is read.
    QVERIFY(got.title.isEmpty());
    QVERIFY(got.nextStep.isEmpty());
    QCOMPARE(got.companyId, qint64(0));
    QVERIFY(got.companyName.isEmpty());
}

void TestPipelineSnapshot::dealsWithoutHistory()
{
    // Rows written without events (an import, an old version): the table and created_at say.
    const qint64 jan3 = QDateTime(QDate(2026, 1, 3), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    const QString sql = u"INSERT INTO deals (title, company_id, mrr_cents, stage, expected_close, "
                        "stage_entered_at, created_at, updated_at) VALUES ('Imported', %1, 7700, "
                        "'nego', '2026-01-31', %2, %2, %2)"_s.arg(m_companyId)
                            .arg(jan3);
    QCOMPARE(execOn(*m_fx->db, sql), QString());
    QVERIFY(asOf(1, 2).isEmpty());
    const QList<Deal> s = asOf(1, 3);
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().stage, u"nego"_s);
    QCOMPARE(s.first().mrr.cents(), 7700);
    QCOMPARE(s.first().expectedClose, QDate(2026, 1, 31));
    // An edit logged since: the value it replaced is the one of before.
    at(1, 6);
    Deal d = DealRepository(*m_fx->db).find(s.first().id).value();
    d.mrr = Money(9900);
    DB_CHECK(DealRepository(*m_fx->db).update(d));
    QCOMPARE(asOf(1, 5).first().mrr.cents(), 7700);
    QCOMPARE(asOf(1, 6).first().mrr.cents(), 9900);
}

void TestPipelineSnapshot::datesChecked()
{
    const Result<QList<QList<Deal>>> none = PipelineSnapshot::asOfDates(*m_fx->db, {});
    DB_CHECK(none);
    QVERIFY(none->isEmpty());
    const Result<QList<QList<Deal>>> bad =
        PipelineSnapshot::asOfDates(*m_fx->db, {QDate(2026, 1, 5), QDate()});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.errorKind(), ErrorKind::User);
}

QTEST_GUILESS_MAIN(TestPipelineSnapshot)
#include "tst_pipelinesnapshot.moc"

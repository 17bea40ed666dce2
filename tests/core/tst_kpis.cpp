// KpiCalculator: leads and demos per week, wins per month, first response, demo show rate and
// the manual entries, read as of a day from a history written with a controlled clock.

#include "analytics/kpis.h"
#include "storage/activityrepository.h"
#include "storage/kpientryrepository.h"
#include "testsupport.h"
#include "workflow/dealworkflow.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestKpis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cutAtAsOf();
    void leadsPerWeek();
    void demosPerWeek();
    void closedPerMonth();
    void firstResponse();
    void demoShowRate();
    void manualEntriesAndTargets();
    void wholePeriodLater();
    void noData();
    void refusesPeriodAfterAsOf();
    void ratioRounding();

private:
    void at(int month, int day, int hour = 10, int minute = 0, int year = 2026)
    {
        m_fx->clock.set(QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC));
    }
    qint64 add(const QString &stage, qint64 mrr)
    {
        Deal d = sampleDeal(m_company, u"Deal"_s, stage, mrr);
        const Result<qint64> id = DealRepository(*m_fx->db).create(d);
        return id.ok() ? id.value() : 0;
    }
    bool move(qint64 id, const QString &stage)
    {
        return DealRepository(*m_fx->db)
            .move(id, stage, stage == u"lost"_s ? u"budget"_s : QString())
            .ok();
    }
    qint64 activity(qint64 deal, Activity::Kind kind, const QDate &due)
    {
        Activity a;
        a.dealId = deal;
        a.kind = kind;
        a.title = u"Follow-up"_s;
        a.due = due;
        const Result<qint64> id = ActivityRepository(*m_fx->db).add(a);
        return id.ok() ? id.value() : 0;
    }
    bool done(qint64 activity) { return ActivityRepository(*m_fx->db).complete(activity).ok(); }
    Kpis kpis(const Period &period, const QDate &asOf)
    {
        const Result<Kpis> k =
            KpiCalculator::compute(*m_fx->db, m_fx->db->playbook(), period, asOf);
        if (!k.ok())
            qWarning("%s", qPrintable(k.errorMessage()));
        return k.ok() ? k.value() : Kpis{};
    }
    static QList<int> counts(const QList<WeekCount> &weeks)
    {
        QList<int> out;
        for (const WeekCount &w : weeks)
            out << w.count;
        return out;
    }

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_company = 0;
    Kpis m_k; // Q1 2026 as of 15 February
};

// One history for every test, written in time order (see the comments for what each counts).
void TestKpis::initTestCase()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"kpis.db"_s), QString());
    Database &db = *m_fx->db;
    at(11, 1, 10, 0, 2025);
    Company c = sampleCompany();
    m_company = CompanyRepository(db).create(c).value();
    ActivityRepository activities(db);
    KpiEntryRepository entries(db);

    at(12, 1, 10, 0, 2025);
    const qint64 h = add(u"nego"_s, 90000); // won after the as-of day
    at(12, 20, 10, 0, 2025);
    const qint64 g = add(u"nego"_s, 70000); // won in January, then Customer
    at(12, 31, 10, 0, 2025);
    const qint64 e = add(u"lead"_s, 30000); // a Demo entry undone; won in February
    QVERIFY(h && g && e);

    // A: created Thursday 1 January, answered by a call 2 h later, Demo on 2 January, won.
    at(1, 1, 10);
    const qint64 a = add(u"lead"_s, 50000);
    QVERIFY(a);
    const qint64 aCall = activity(a, Activity::Kind::Call, QDate(2026, 1, 1));
    at(1, 1, 12);
    QVERIFY(done(aCall));
    at(1, 2);
    QVERIFY(move(a, u"demo"_s));
    const qint64 aDemo = activity(a, Activity::Kind::Demo, QDate(2026, 1, 3));
    const qint64 aDeletedDemo = activity(a, Activity::Kind::Demo, QDate(2026, 1, 9));
    QVERIFY(activities.remove(aDeletedDemo).ok());
    at(1, 3, 11);
    QVERIFY(done(aDemo));

    // B: created in Demo on Monday 5 January; a task (1 h) and a deleted call (30 min) do not
    // answer it, an email does, after 6 h. One demo missed, one done after the as-of day.
    at(1, 5, 9);
    const qint64 b = add(u"demo"_s, 20000);
    QVERIFY(b);
    const qint64 bCall = activity(b, Activity::Kind::Call, QDate(2026, 1, 5));
    const qint64 bTask = activity(b, Activity::Kind::Task, QDate(2026, 1, 5));
    const qint64 bEmail = activity(b, Activity::Kind::Email, QDate(2026, 1, 5));
    const qint64 bMissed = activity(b, Activity::Kind::Demo, QDate(2026, 1, 6));
    const qint64 bLate = activity(b, Activity::Kind::Demo, QDate(2026, 2, 1));
    QVERIFY(bMissed);
    at(1, 5, 9, 30);
    QVERIFY(done(bCall));
    QVERIFY(activities.remove(bCall).ok());
    at(1, 5, 10);
    QVERIFY(done(bTask));
    at(1, 5, 15);
    QVERIFY(done(bEmail));
    at(1, 10);
    QVERIFY(move(a, u"won"_s));

    // C: created Sunday 11 January at 23:59; its email is sent after the as-of day.
    at(1, 11, 23, 59);
    const qint64 cDeal = add(u"lead"_s, 40000);
    QVERIFY(cDeal);
    QVERIFY(activity(cDeal, Activity::Kind::Call, QDate(2026, 1, 12))); // never done
    const qint64 cEmail = activity(cDeal, Activity::Kind::Email, QDate(2026, 1, 12));
    const qint64 cDemo = activity(cDeal, Activity::Kind::Demo, QDate(2026, 2, 15));
    QVERIFY(activity(cDeal, Activity::Kind::Demo, QDate(2026, 2, 20))); // after the period cut
    at(1, 12);
    QVERIFY(move(b, u"lost"_s));
    // Two entries into Demo in the week of 12 January; E's is undone.
    at(1, 13);
    QVERIFY(move(cDeal, u"demo"_s));
    at(1, 13, 11);
    const Deal eBefore = DealRepository(db).find(e).value();
    DealMove toDemo;
    toDemo.stage = u"demo"_s;
    const Result<qint64> eMove = DealRepository(db).move(e, toDemo);
    QVERIFY(eMove.ok());
    at(1, 13, 11, 5);
    QVERIFY(DealWorkflow(db).restore(eBefore, {eMove.value()}).ok());
    at(1, 14);
    QVERIFY(move(cDeal, u"proposal"_s));
    at(1, 15);
    QVERIFY(move(cDeal, u"demo"_s));

    // D: created, in Demo, won, then deleted: it counts nowhere.
    at(1, 20);
    const qint64 d = add(u"lead"_s, 10000);
    QVERIFY(d);
    QVERIFY(activity(d, Activity::Kind::Demo, QDate(2026, 1, 22)));
    // C won on 20 January, reopened on the 25th: not closed.
    QVERIFY(move(cDeal, u"won"_s));
    at(1, 21);
    QVERIFY(move(d, u"demo"_s));
    at(1, 25);
    QVERIFY(move(cDeal, u"nego"_s));
    at(1, 28);
    QVERIFY(move(g, u"won"_s));
    at(1, 30);
    QVERIFY(move(d, u"won"_s));
    at(2, 1);
    QVERIFY(move(g, u"customer"_s));
    at(2, 2);
    QVERIFY(DealRepository(db).remove(d).ok());
    at(2, 3);
    QVERIFY(move(e, u"demo"_s) && move(e, u"won"_s));
    at(2, 15);
    QVERIFY(done(cDemo));

    // After the as-of day (15 February).
    at(2, 16);
    QVERIFY(move(h, u"won"_s));
    QVERIFY(done(bLate));
    QVERIFY(done(cEmail));
    at(2, 20);
    QVERIFY(add(u"lead"_s, 5000)); // F
    at(3, 20);

    DB_CHECK(entries.set(QDate(2025, 12, 1), KpiEntry::nps(), 10));
    DB_CHECK(entries.set(QDate(2026, 1, 1), KpiEntry::nps(), 40));
    DB_CHECK(entries.set(QDate(2026, 2, 1), KpiEntry::churnFirstMonth(), 600));
    DB_CHECK(entries.set(QDate(2026, 3, 1), KpiEntry::cac(), 12000));

    m_k = kpis(Period::quarter(QDate(2026, 1, 1)), QDate(2026, 2, 15));
}

void TestKpis::cleanupTestCase()
{
    m_fx.reset();
}

void TestKpis::cutAtAsOf()
{
    QCOMPARE(m_k.period, (Period{QDate(2026, 1, 1), QDate(2026, 2, 15)}));
    QCOMPARE(m_k.asOf, QDate(2026, 2, 15));
}

void TestKpis::leadsPerWeek()
{
    // Every ISO week from the one of 1 January (Monday 29 December) to the one of 15 February.
    QCOMPARE(m_k.leadsPerWeek.size(), 7);
    QCOMPARE(m_k.leadsPerWeek.first().monday, QDate(2025, 12, 29));
    QCOMPARE(m_k.leadsPerWeek.last().monday, QDate(2026, 2, 9));
    for (const WeekCount &w : std::as_const(m_k.leadsPerWeek))
        QCOMPARE(w.monday.dayOfWeek(), 1);
    // E (31 December) is in the first week but not in the period; D is deleted; F is later.
    QCOMPARE(counts(m_k.leadsPerWeek), (QList<int>{1, 2, 0, 0, 0, 0, 0}));
}

void TestKpis::demosPerWeek()
{
    // A moved in; B created in Demo; C twice; E's move was undone; D is deleted.
    QCOMPARE(m_k.demosPerWeek.first().monday, QDate(2025, 12, 29));
    QCOMPARE(counts(m_k.demosPerWeek), (QList<int>{1, 1, 2, 0, 0, 1, 0}));
}

void TestKpis::closedPerMonth()
{
    // January: A and G (moving on to Customer keeps it won); C was reopened, D deleted.
    // February: E; H was won after the as-of day.
    QCOMPARE(m_k.closedPerMonth.size(), 2);
    QCOMPARE(m_k.closedPerMonth.at(0).month, QDate(2026, 1, 1));
    QCOMPARE(m_k.closedPerMonth.at(0).deals, 2);
    QCOMPARE(m_k.closedPerMonth.at(0).newMrr, Money(120000));
    QCOMPARE(m_k.closedPerMonth.at(1).month, QDate(2026, 2, 1));
    QCOMPARE(m_k.closedPerMonth.at(1).deals, 1);
    QCOMPARE(m_k.closedPerMonth.at(1).newMrr, Money(30000));
}

void TestKpis::firstResponse()
{
    // A in 2 h, B in 6 h; C not yet; D is deleted.
    QCOMPARE(m_k.responded, 2);
    QCOMPARE(m_k.unanswered, 1);
    QVERIFY(m_k.medianFirstResponseHours.has_value());
    QCOMPARE(*m_k.medianFirstResponseHours, 4.0);
    QCOMPARE(m_k.firstResponseTargetHours, 4);
    QCOMPARE(m_k.withinTargetBp, std::optional<int>(3333)); // 1 of 3 within 4 h
}

void TestKpis::demoShowRate()
{
    // Due by 15 February: A's (done), B's of 6 January (missed) and of 1 February (done after
    // the as-of day), C's of 15 February (done that day). A's deleted one and D's do not count.
    QCOMPARE(m_k.demosDue, 4);
    QCOMPARE(m_k.demosDone, 2);
    QCOMPARE(m_k.demoShowRateBp, std::optional<int>(5000));
}

void TestKpis::manualEntriesAndTargets()
{
    QCOMPARE(m_k.manual.size(), 2);
    QCOMPARE(m_k.manual.at(0).kpi, KpiEntry::nps());
    QCOMPARE(m_k.manual.at(0).month, QDate(2026, 1, 1));
    QCOMPARE(m_k.manual.at(1).kpi, KpiEntry::churnFirstMonth());
    QCOMPARE(m_k.manual.at(1).value, qint64(600));
    QCOMPARE(m_k.targets.demoShowRateBp, std::optional<int>(8000));
    QCOMPARE(m_k.targets.npsMin, std::optional<int>(50));
    QCOMPARE(m_k.targets.churnFirstMonthMaxBp, std::optional<int>(1000));
    QCOMPARE(m_k.targets.expansionM6Bp, std::optional<int>(2500));
    QCOMPARE(m_k.targets.cacMaxCents, std::optional<qint64>(15000));
}

void TestKpis::wholePeriodLater()
{
    const Kpis k = kpis(Period::quarter(QDate(2026, 1, 1)), QDate(2026, 4, 30));
    QCOMPARE(k.period, Period::quarter(QDate(2026, 1, 1)));
    QCOMPARE(k.leadsPerWeek.size(), 14); // 29 December … 30 March
    QCOMPARE(k.leadsPerWeek.at(7).monday, QDate(2026, 2, 16));
    QCOMPARE(k.leadsPerWeek.at(7).count, 1); // F
    QCOMPARE(k.closedPerMonth.size(), 3);
    QCOMPARE(k.closedPerMonth.at(1).deals, 2); // E and H
    QCOMPARE(k.closedPerMonth.at(1).newMrr, Money(120000));
    QCOMPARE(k.closedPerMonth.at(2).deals, 0);
    // C answered after 36 days; F never.
    QCOMPARE(k.responded, 3);
    QCOMPARE(k.unanswered, 1);
    QCOMPARE(*k.medianFirstResponseHours, 6.0);
    QCOMPARE(k.demosDue, 5);
    QCOMPARE(k.demosDone, 3);
    QCOMPARE(k.manual.size(), 3);
}

void TestKpis::noData()
{
    const Kpis k = kpis(Period::month(QDate(2025, 10, 1)), QDate(2026, 3, 1));
    QCOMPARE(k.leadsPerWeek.size(), 5); // 29 September … 27 October
    QCOMPARE(counts(k.leadsPerWeek), (QList<int>{0, 0, 0, 0, 0}));
    QCOMPARE(k.responded + k.unanswered, 0);
    QVERIFY(!k.medianFirstResponseHours);
    QVERIFY(!k.withinTargetBp);
    QVERIFY(!k.demoShowRateBp);
    QCOMPARE(k.closedPerMonth.size(), 1);
    QCOMPARE(k.closedPerMonth.first().newMrr, Money(0));
}

void TestKpis::refusesPeriodAfterAsOf()
{
    const Result<Kpis> k = KpiCalculator::compute(
        *m_fx->db, m_fx->db->playbook(), Period::month(QDate(2026, 3, 1)), QDate(2026, 2, 28));
    QVERIFY(!k.ok());
    QCOMPARE(k.errorKind(), ErrorKind::User);
    QVERIFY(!KpiCalculator::compute(*m_fx->db, m_fx->db->playbook(), Period{}, QDate(2026, 2, 28))
                 .ok());
}

void TestKpis::ratioRounding()
{
    QCOMPARE(KpiCalculator::ratioBp(1, 3), std::optional<int>(3333));
    QCOMPARE(KpiCalculator::ratioBp(2, 3), std::optional<int>(6667));
    QCOMPARE(KpiCalculator::ratioBp(1, 20000), std::optional<int>(1));   // 0.5 bp → 1
    QCOMPARE(KpiCalculator::ratioBp(-1, 20000), std::optional<int>(-1)); // away from zero
    QCOMPARE(KpiCalculator::ratioBp(3, 2), std::optional<int>(15000));
    QVERIFY(!KpiCalculator::ratioBp(5, 0));
}

QTEST_GUILESS_MAIN(TestKpis)
#include "tst_kpis.moc"

#include "playbook/playbook.h"
#include "rules/weeklyreview.h"
#include "storage/activityrepository.h"
#include "storage/eventlog.h"
#include "storage/weeklynoterepository.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

// The weekly review (§8.2) on a known data set, in Paris time: fixedNow() is Monday 2 March
// 2026, 10:00 local; that week starts on 1 March at 23:00 UTC.
class TestWeeklyReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void timeSplitInThePlaybook();
    void weekBounds();
    void dealsAtRisk();
    void winsAndLosses();
    void newPipelineAndObjections();
    void timeSplit();
    void priorities();

private:
    // Local time in Paris on `day` at `hh:mm`.
    static QDateTime local(const QDate &day, int hh, int mm)
    {
        return QDateTime(day, QTime(hh, mm));
    }
    qint64 deal(const QString &title, const QString &stage, qint64 mrrCents,
                const QDateTime &createdAt, const QString &nextStep = u"Call back"_s);
    qint64 activity(qint64 dealId, Activity::Kind kind, const QString &category, int minutes,
                    const QDateTime &doneAt);
    WeekReview review(const QDate &week);

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_company = 0;
    const QDate m_monday{2026, 3, 2};
};

void TestWeeklyReview::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"week.db"_s), QString());
    Company c = sampleCompany();
    DB_CHECK(CompanyRepository(*m_fx->db).create(c));
    m_company = c.id;
}

void TestWeeklyReview::cleanup()
{
    m_fx.reset();
}

qint64 TestWeeklyReview::deal(const QString &title, const QString &stage, qint64 mrrCents,
                              const QDateTime &createdAt, const QString &nextStep)
{
    m_fx->clock.set(createdAt);
    Deal d = sampleDeal(m_company, title, stage, mrrCents);
    d.nextStep = nextStep;
    const Result<qint64> id = DealRepository(*m_fx->db).create(d);
    m_fx->clock.set(fixedNow());
    return id ? *id : 0;
}

qint64 TestWeeklyReview::activity(qint64 dealId, Activity::Kind kind, const QString &category,
                                  int minutes, const QDateTime &doneAt)
{
    const QDateTime at = doneAt.isValid() ? doneAt : fixedNow();
    m_fx->clock.set(at.addSecs(-3600));
    Activity a;
    a.dealId = dealId;
    a.kind = kind;
    a.title = u"Touchpoint"_s;
    a.due = at.toLocalTime().date();
    a.category = category;
    a.minutes = minutes;
    ActivityRepository repo(*m_fx->db);
    const Result<qint64> id = repo.add(a);
    if (id && doneAt.isValid()) {
        m_fx->clock.set(doneAt);
        if (!repo.complete(*id))
            return 0;
    }
    m_fx->clock.set(fixedNow());
    return id ? *id : 0;
}

WeekReview TestWeeklyReview::review(const QDate &week)
{
    Result<WeekReview> r = WeeklyReview::build(*m_fx->db, m_fx->db->playbook(), week, fixedNow());
    if (!r)
        qWarning("%s", qPrintable(r.errorMessage()));
    return r ? *r : WeekReview{};
}

void TestWeeklyReview::timeSplitInThePlaybook()
{
    const Result<Playbook> shipped = Playbook::loadDefault();
    DB_CHECK(shipped);
    QCOMPARE(shipped->timeSplit().percent(u"inbound"_s), 30);
    QCOMPARE(shipped->timeSplit().percent(u"demos"_s), 25);
    QCOMPARE(shipped->timeSplit().percent(u"pipeline"_s), 20);
    QCOMPARE(shipped->timeSplit().percent(u"customer-success"_s), 15);
    QCOMPARE(shipped->timeSplit().percent(u"partnerships"_s), 10);

    QJsonObject root = QJsonDocument::fromJson(shipped->toJson()).object();
    root.remove(u"timeSplit"_s);
    const Result<Playbook> without = Playbook::fromJson(QJsonDocument(root).toJson(), u"test"_s);
    DB_CHECK(without);
    QCOMPARE(without->timeSplit().percent(u"inbound"_s), 30);
    QCOMPARE(without->timeSplit().targets.size(), Activity::categories().size());

    root.insert(u"timeSplit"_s, QJsonObject{{u"inbound"_s, 50}, {u"demos"_s, 50}});
    const Result<Playbook> own = Playbook::fromJson(QJsonDocument(root).toJson(), u"test"_s);
    DB_CHECK(own);
    QCOMPARE(own->timeSplit().percent(u"demos"_s), 50);
    QCOMPARE(own->timeSplit().percent(u"partnerships"_s), 0);

    root.insert(u"timeSplit"_s, QJsonObject{{u"inbound"_s, 50}, {u"demos"_s, 40}});
    const Result<Playbook> short90 = Playbook::fromJson(QJsonDocument(root).toJson(), u"test"_s);
    QVERIFY(!short90);
    QVERIFY2(short90.errorMessage().contains(u"timeSplit"_s), qPrintable(short90.errorMessage()));
    QVERIFY(short90.errorMessage().contains(u"90"_s));

    root.insert(u"timeSplit"_s, QJsonObject{{u"inbound"_s, 90}, {u"golf"_s, 10}});
    const Result<Playbook> unknown = Playbook::fromJson(QJsonDocument(root).toJson(), u"test"_s);
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorMessage().contains(u"timeSplit.golf"_s),
             qPrintable(unknown.errorMessage()));
}

void TestWeeklyReview::weekBounds()
{
    QCOMPARE(WeeklyReview::weekOf(QDate(2026, 3, 8)), m_monday); // Sunday
    QCOMPARE(WeeklyReview::weekOf(m_monday), m_monday);
    QCOMPARE(WeeklyReview::weekOf(QDate(2026, 3, 4)), m_monday);
    // Local midnight in Paris (UTC+1 in winter).
    QCOMPARE(WeeklyReview::startMs(m_monday),
             QDateTime(QDate(2026, 3, 1), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch());
    // The week that the clocks change (29 March) is 167 hours long.
    const QDate monday23{2026, 3, 23};
    QCOMPARE(WeeklyReview::endMs(monday23) - WeeklyReview::startMs(monday23),
             qint64(167) * 3600 * 1000);
    QVERIFY(!WeeklyReview::build(*m_fx->db, m_fx->db->playbook(), QDate(), fixedNow()));
    QCOMPARE(review(QDate(2026, 3, 5)).weekStart, m_monday);
}

void TestWeeklyReview::dealsAtRisk()
{
    const QDateTime now = fixedNow();
    // A lead fresh today with a next step: fine.
    deal(u"Fresh"_s, u"lead"_s, 10000, now.addSecs(-3600));
    // A lead five days in a 2-day stage, no next step, no activity: two reasons.
    const qint64 stale = deal(u"Stale"_s, u"lead"_s, 20000, now.addDays(-5), {});
    // Without a next step but with an open activity: fine.
    const qint64 planned = deal(u"Planned"_s, u"qualified"_s, 30000, now.addDays(-1), {});
    activity(planned, Activity::Kind::Call, {}, 0, {});
    // The expected close passed (yesterday).
    const qint64 late = deal(u"Late"_s, u"proposal"_s, 40000, now.addDays(-3));
    Result<Deal> lateDeal = DealRepository(*m_fx->db).find(late);
    DB_CHECK(lateDeal);
    lateDeal->expectedClose = now.toLocalTime().date().addDays(-1);
    DB_CHECK(DealRepository(*m_fx->db).update(*lateDeal));
    // A demo done two days ago and nothing since.
    const qint64 quiet = deal(u"Quiet after demo"_s, u"demo"_s, 50000, now.addDays(-3));
    activity(quiet, Activity::Kind::Demo, u"demos"_s, 60, now.addDays(-2));
    // A demo followed by a call: fine.
    const qint64 followed = deal(u"Followed"_s, u"demo"_s, 60000, now.addDays(-3));
    activity(followed, Activity::Kind::Demo, u"demos"_s, 60, now.addDays(-2));
    activity(followed, Activity::Kind::Call, u"pipeline"_s, 15, now.addDays(-1));
    // Ten days in Demo (7-day limit): stalled after the demo, not "rotting" as well.
    const qint64 stuck = deal(u"Stuck in demo"_s, u"demo"_s, 70000, now.addDays(-10));
    // Closed deals are never at risk.
    const qint64 lost = deal(u"Lost long ago"_s, u"lead"_s, 80000, now.addDays(-30), {});
    DB_CHECK(DealRepository(*m_fx->db).move(lost, u"lost"_s, u"budget"_s));

    const WeekReview r = review(m_monday);
    QCOMPARE(r.atRisk.size(), 4);
    using R = AtRiskDeal::Reason;
    // The most reasons first, then the highest MRR.
    QCOMPARE(r.atRisk.at(0).dealId, stale);
    QCOMPARE(r.atRisk.at(0).reasons, (QList<R>{R::Rotting, R::NoNextStep}));
    QCOMPARE(r.atRisk.at(0).daysInStage, 5);
    QCOMPARE(r.atRisk.at(0).company, u"Boulangerie Martin"_s);
    QCOMPARE(r.atRisk.at(1).dealId, stuck);
    QCOMPARE(r.atRisk.at(1).reasons, QList<R>{R::StalledAfterDemo});
    QCOMPARE(r.atRisk.at(2).dealId, quiet);
    QCOMPARE(r.atRisk.at(2).reasons, QList<R>{R::StalledAfterDemo});
    QCOMPARE(r.atRisk.at(3).dealId, late);
    QCOMPARE(r.atRisk.at(3).reasons, QList<R>{R::PastClose});
    QCOMPARE(r.atRisk.at(3).mrr, Money(40000));
    QCOMPARE(AtRiskDeal::reasonKey(R::StalledAfterDemo), u"stalled-after-demo"_s);
}

void TestWeeklyReview::winsAndLosses()
{
    DealRepository repo(*m_fx->db);
    const qint64 before = deal(u"Won on Sunday night"_s, u"nego"_s, 10000, fixedNow().addDays(-20));
    const qint64 first =
        deal(u"Won just after midnight"_s, u"nego"_s, 20000, fixedNow().addDays(-20));
    const qint64 lost = deal(u"Lost to a rival"_s, u"proposal"_s, 30000, fixedNow().addDays(-20));
    const qint64 undone = deal(u"Won then undone"_s, u"nego"_s, 40000, fixedNow().addDays(-20));
    const qint64 sunday = deal(u"Won next Sunday"_s, u"nego"_s, 50000, fixedNow().addDays(-20));

    m_fx->clock.set(local(QDate(2026, 3, 1), 23, 30)); // Sunday, previous week
    DB_CHECK(repo.move(before, DealMove{u"won"_s, 0, {}, {}, {}, u"price"_s}));
    m_fx->clock.set(local(m_monday, 0, 30));
    DB_CHECK(repo.move(first, DealMove{u"won"_s, 0, {}, {}, u"Signed at last"_s, u"support"_s}));
    m_fx->clock.set(local(m_monday, 8, 0));
    DB_CHECK(repo.move(lost, DealMove{u"lost"_s, 0, u"competitor"_s, u"OVH"_s, {}, {}}));
    m_fx->clock.set(local(m_monday, 9, 0));
    const Result<qint64> wonEvent = repo.move(undone, DealMove{u"won"_s, 0, {}, {}, {}, {}});
    DB_CHECK(wonEvent);
    DB_CHECK(EventLog(*m_fx->db).markUndone({*wonEvent}));
    const qint64 reopened = deal(u"Won then reopened"_s, u"nego"_s, 60000, fixedNow().addDays(-20));
    DB_CHECK(repo.move(reopened, DealMove{u"won"_s, 0, {}, {}, {}, {}}));
    m_fx->clock.set(local(m_monday, 10, 0));
    DB_CHECK(repo.move(reopened, DealMove{u"nego"_s, 0, {}, {}, {}, {}})); // not won after all
    m_fx->clock.set(local(QDate(2026, 3, 8), 23, 30)); // Sunday, still this week
    DB_CHECK(repo.move(sunday, DealMove{u"won"_s, 0, {}, {}, {}, {}}));
    m_fx->clock.set(fixedNow());

    const WeekReview r = review(m_monday);
    QCOMPARE(r.wins.size(), 2);
    QCOMPARE(r.wins.at(0).dealId, first);
    QCOMPARE(r.wins.at(0).reason, u"support"_s);
    QCOMPARE(r.wins.at(0).reasonName, u"Support"_s);
    QCOMPARE(r.wins.at(0).mrr, Money(20000));
    QCOMPARE(r.wins.at(0).title, u"Won just after midnight"_s);
    QCOMPARE(r.wins.at(1).dealId, sunday);
    QCOMPARE(r.losses.size(), 1);
    QCOMPARE(r.losses.at(0).dealId, lost);
    QCOMPARE(r.losses.at(0).reason, u"competitor"_s);
    QCOMPARE(r.losses.at(0).competitor, u"OVH"_s);
    QCOMPARE(r.wonMrr(), Money(70000));
    QCOMPARE(r.lostMrr(), Money(30000));

    const WeekReview previous = review(m_monday.addDays(-7));
    QCOMPARE(previous.wins.size(), 1);
    QCOMPARE(previous.wins.at(0).dealId, before);
    QCOMPARE(previous.wins.at(0).reasonName, u"Price"_s);
    QVERIFY(previous.losses.isEmpty());
}

void TestWeeklyReview::newPipelineAndObjections()
{
    const qint64 a =
        deal(u"Sunday night lead"_s, u"lead"_s, 10000, local(QDate(2026, 3, 1), 23, 59));
    deal(u"Monday lead"_s, u"lead"_s, 20000, local(m_monday, 0, 0));
    deal(u"Sunday lead"_s, u"qualified"_s, 35000, local(QDate(2026, 3, 8), 23, 59));
    deal(u"Next Monday lead"_s, u"lead"_s, 40000, local(QDate(2026, 3, 9), 0, 0));

    auto met = [this, a](const QString &category, const QDateTime &at, bool deleted = false) {
        return execOn(*m_fx->db,
                      u"INSERT INTO deal_objections (deal_id, objection_key, category, met_at, "
                      "deleted_at) VALUES (%1, 'k', '%2', %3, %4)"_s.arg(a)
                          .arg(category)
                          .arg(at.toMSecsSinceEpoch())
                          .arg(deleted ? u"1"_s : u"NULL"_s));
    };
    QCOMPARE(met(u"price"_s, local(m_monday, 10, 0)), QString());
    QCOMPARE(met(u"price"_s, local(QDate(2026, 3, 4), 10, 0)), QString());
    QCOMPARE(met(u"price"_s, local(QDate(2026, 3, 4), 11, 0), true), QString()); // removed
    QCOMPARE(met(u"risk"_s, local(QDate(2026, 3, 8), 23, 0)), QString());
    QCOMPARE(met(u"timing"_s, local(QDate(2026, 3, 1), 23, 0)), QString()); // previous week

    const WeekReview r = review(m_monday);
    QCOMPARE(r.newDeals, 2);
    QCOMPARE(r.newMrr, Money(55000));
    QCOMPARE(r.objections.size(), 5);
    QCOMPARE(r.objections.at(0).category, u"price"_s);
    QCOMPARE(r.objections.at(0).count, 2);
    QCOMPARE(r.objections.at(1).count, 0);
    QCOMPARE(r.objections.at(3).category, u"risk"_s);
    QCOMPARE(r.objections.at(3).count, 1);
    QCOMPARE(r.objections.at(4).count, 0);
    const WeekReview previous = review(m_monday.addDays(-1));
    QCOMPARE(previous.newDeals, 1);
    QCOMPARE(previous.objections.at(4).count, 1);
}

void TestWeeklyReview::timeSplit()
{
    const qint64 d = deal(u"Busy"_s, u"qualified"_s, 10000, fixedNow().addDays(-30));
    activity(d, Activity::Kind::Call, u"inbound"_s, 90, local(m_monday, 0, 15));
    activity(d, Activity::Kind::Call, u"inbound"_s, 30, local(QDate(2026, 3, 6), 15, 0));
    activity(d, Activity::Kind::Demo, u"demos"_s, 60, local(QDate(2026, 3, 8), 23, 45));
    activity(d, Activity::Kind::Task, {}, 20, local(QDate(2026, 3, 3), 9, 0));
    activity(d, Activity::Kind::Call, u"partnerships"_s, 45, local(QDate(2026, 3, 1), 23, 45));
    activity(d, Activity::Kind::Call, u"pipeline"_s, 25, {}); // not done: no time yet

    const WeekReview r = review(m_monday);
    QCOMPARE(r.timeSplit.size(), 5);
    QCOMPARE(r.timeSplit.at(0).category, u"inbound"_s);
    QCOMPARE(r.timeSplit.at(0).minutes, 120);
    QCOMPARE(r.timeSplit.at(0).targetPercent, 30);
    QCOMPARE(r.timeSplit.at(1).minutes, 60);
    QCOMPARE(r.timeSplit.at(2).minutes, 0);
    QCOMPARE(r.timeSplit.at(4).minutes, 0);
    QCOMPARE(r.timeSplit.at(4).targetPercent, 10);
    QCOMPARE(r.categorisedMinutes, 180);
    QCOMPARE(r.uncategorisedMinutes, 20);
    QCOMPARE(review(m_monday.addDays(-7)).timeSplit.at(4).minutes, 45);
}

void TestWeeklyReview::priorities()
{
    WeeklyNoteRepository notes(*m_fx->db);
    const qint64 events = countRows(*m_fx->db, u"SELECT count(*) FROM events"_s);
    DB_CHECK(notes.setPriorities(QDate(2026, 3, 4), u"Close Acme\nTwo demos"_s));
    QCOMPARE(countRows(*m_fx->db, u"SELECT count(*) FROM weekly_notes "
                                  "WHERE week_start = '2026-03-02'"_s),
             1);
    QCOMPARE(*notes.priorities(m_monday), u"Close Acme\nTwo demos"_s);
    QCOMPARE(review(m_monday).priorities, u"Close Acme\nTwo demos"_s);
    QCOMPARE(*notes.priorities(m_monday.addDays(7)), QString());
    DB_CHECK(notes.setPriorities(m_monday, u"Close Acme"_s));
    QCOMPARE(*notes.priorities(QDate(2026, 3, 8)), u"Close Acme"_s);
    DB_CHECK(notes.setPriorities(m_monday, u"  \n"_s));
    QCOMPARE(countRows(*m_fx->db, u"SELECT count(*) FROM weekly_notes"_s), 0);
    QCOMPARE(countRows(*m_fx->db, u"SELECT count(*) FROM events"_s), events);
    QVERIFY(!notes.setPriorities(QDate(), u"x"_s));
}

int main(int argc, char **argv)
{
    // Paris time without tzdata: weeks start at local midnight, an hour before UTC's.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    QCoreApplication app(argc, argv);
    TestWeeklyReview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_weeklyreview.moc"

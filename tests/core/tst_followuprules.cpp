#include "rules/followuprules.h"
#include "storage/activityrepository.h"
#include "storage/contactrepository.h"
#include "storage/eventlog.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

// The follow-ups the playbook makes by itself, each trigger with a fixed clock, and the
// activities' own fields (contact, time, outcome, category, minutes, rule).
class TestFollowUpRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newInboundLeadGetsAReplyWithinFourHours();
    void onlyNewInboundLeads();
    void demoPlannedGetsPrepAndRecap();
    void demoDoneGetsThePostDemoFollowUp();
    void sentQuoteGetsTheSilentFollowUp();
    void lostNotNowIsRecontactedInThreeMonths();
    void aDeletedFollowUpIsNotMadeAgain();
    void activitiesKeepTheirNewFields();
    void listsOpenOnesByDueDateAndTime();

private:
    qint64 deal(const QString &title, const QString &source = {});
    QList<Activity> apply();
    Activity ruled(const QString &rule);

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_company = 0;
};

void TestFollowUpRules::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"rules.db"_s), QString());
    Company c = sampleCompany();
    DB_CHECK(CompanyRepository(*m_fx->db).create(c));
    m_company = c.id;
}

void TestFollowUpRules::cleanup()
{
    m_fx.reset();
}

qint64 TestFollowUpRules::deal(const QString &title, const QString &source)
{
    Deal d = sampleDeal(m_company, title);
    d.source = source;
    const Result<qint64> id = DealRepository(*m_fx->db).create(d);
    return id ? *id : 0;
}

QList<Activity> TestFollowUpRules::apply()
{
    const Result<QList<Activity>> added = FollowUpRules::apply(*m_fx->db, m_fx->clock.now());
    if (!added)
        qWarning() << added.errorMessage();
    return added ? *added : QList<Activity>();
}

Activity TestFollowUpRules::ruled(const QString &rule)
{
    const Result<QList<Activity>> all = ActivityRepository(*m_fx->db).list({});
    if (all)
        for (const Activity &a : *all)
            if (a.rule == rule)
                return a;
    return {};
}

void TestFollowUpRules::newInboundLeadGetsAReplyWithinFourHours()
{
    const qint64 id = deal(u"Nouveau lead"_s, u"Site web"_s);
    QVERIFY(id > 0);
    const QList<Activity> added = apply();
    QCOMPARE(added.size(), 1);
    const Activity a = ruled(u"inbound-reply"_s);
    QCOMPARE(a.dealId, id);
    QCOMPARE(a.kind, Activity::Kind::Email);
    QCOMPARE(a.category, u"inbound"_s);
    const QDateTime due = fixedNow().toLocalTime().addSecs(4 * 3600);
    QCOMPARE(a.due, due.date());
    QCOMPARE(a.dueTime, QTime(due.time().hour(), due.time().minute()));
    QVERIFY(a.title.contains(u"Nouveau lead"_s));
    QVERIFY(apply().isEmpty()); // once
}

void TestFollowUpRules::onlyNewInboundLeads()
{
    QVERIFY(deal(u"Cold outreach"_s, u"Outbound"_s) > 0);
    m_fx->clock.advanceSecs(-3 * 86400);
    QVERIFY(deal(u"Old lead"_s) > 0);
    m_fx->clock.advanceSecs(3 * 86400);
    const qint64 answered = deal(u"Answered"_s);
    Activity call;
    call.dealId = answered;
    call.kind = Activity::Kind::Call;
    call.title = u"Called back"_s;
    call.due = fixedNow().date();
    DB_CHECK(ActivityRepository(*m_fx->db).add(call));
    QVERIFY(apply().isEmpty());
}

void TestFollowUpRules::demoPlannedGetsPrepAndRecap()
{
    const qint64 id = deal(u"Demo deal"_s, u"Outbound"_s);
    Activity demo;
    demo.dealId = id;
    demo.kind = Activity::Kind::Demo;
    demo.title = u"Demo"_s;
    demo.due = fixedNow().date().addDays(3);
    demo.dueTime = QTime(14, 0);
    DB_CHECK(ActivityRepository(*m_fx->db).add(demo));
    QCOMPARE(apply().size(), 2);
    const Activity prep = ruled(u"demo-prep:%1"_s.arg(demo.id));
    QCOMPARE(prep.kind, Activity::Kind::Task);
    QCOMPARE(prep.due, demo.due.addDays(-1));
    QVERIFY(prep.note.contains(u"objections"_s));
    const Activity recap = ruled(u"demo-recap:%1"_s.arg(demo.id));
    QCOMPARE(recap.kind, Activity::Kind::Email);
    QCOMPARE(recap.due, demo.due);
    QCOMPARE(recap.dueTime, QTime(16, 0));
    QVERIFY(apply().isEmpty());
    // A demo today: its prep is due today, not yesterday.
    Activity today = demo;
    today.due = fixedNow().toLocalTime().date();
    DB_CHECK(ActivityRepository(*m_fx->db).add(today));
    QCOMPARE(apply().size(), 2);
    QCOMPARE(ruled(u"demo-prep:%1"_s.arg(today.id)).due, today.due);
    // A demo of this morning, already under way: its recap only.
    Activity started = demo;
    started.due = fixedNow().toLocalTime().date();
    started.dueTime = fixedNow().toLocalTime().time().addSecs(-3600);
    DB_CHECK(ActivityRepository(*m_fx->db).add(started));
    const QList<Activity> made = apply();
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.first().rule, u"demo-recap:%1"_s.arg(started.id));
}

void TestFollowUpRules::demoDoneGetsThePostDemoFollowUp()
{
    const qint64 id = deal(u"Demo done"_s, u"Outbound"_s);
    Activity demo;
    demo.dealId = id;
    demo.kind = Activity::Kind::Demo;
    demo.title = u"Demo"_s;
    demo.due = fixedNow().date().addDays(-1);
    DB_CHECK(ActivityRepository(*m_fx->db).add(demo));
    DB_CHECK(ActivityRepository(*m_fx->db).complete(demo.id));
    QCOMPARE(apply().size(), 1);
    const Activity post = ruled(u"post-demo:%1"_s.arg(demo.id));
    QCOMPARE(post.kind, Activity::Kind::Email);
    QCOMPARE(post.due, fixedNow().toLocalTime().date().addDays(1));
    // The demo reopened (an undo): its follow-up goes, and comes back when it is done again.
    DB_CHECK(ActivityRepository(*m_fx->db).reopen(demo.id));
    QVERIFY(apply().isEmpty());
    QCOMPARE(ruled(u"post-demo:%1"_s.arg(demo.id)).id, 0);
    DB_CHECK(ActivityRepository(*m_fx->db).complete(demo.id));
    QCOMPARE(apply().size(), 1);
    // Done by the user, it stays whatever happens to the demo.
    const qint64 again = ruled(u"post-demo:%1"_s.arg(demo.id)).id;
    DB_CHECK(ActivityRepository(*m_fx->db).complete(again));
    DB_CHECK(ActivityRepository(*m_fx->db).reopen(demo.id));
    QVERIFY(apply().isEmpty());
    QCOMPARE(ruled(u"post-demo:%1"_s.arg(demo.id)).id, again);
}

void TestFollowUpRules::sentQuoteGetsTheSilentFollowUp()
{
    const qint64 id = deal(u"Quoted"_s, u"Outbound"_s);
    QCOMPARE(
        execOn(*m_fx->db, u"INSERT INTO quotes (number, deal_id, contract, status, valid_until, "
                          "created_at, updated_at, sent_at) VALUES ('DEV-2026-0001', %1, "
                          "'annual-standard', 'sent', '2026-04-01', 1, 1, %2)"_s.arg(id)
                              .arg(fixedNow().addDays(-2).toMSecsSinceEpoch())),
        QString());
    QVERIFY(apply().isEmpty()); // it may still be answered
    m_fx->clock.advanceSecs(5 * 86400);
    QCOMPARE(apply().size(), 1);
    const Activity silent = ruled(u"silent:1"_s);
    QCOMPARE(silent.due, fixedNow().addDays(-2).toLocalTime().date().addDays(7));
    QVERIFY(silent.title.contains(u"DEV-2026-0001"_s));
}

void TestFollowUpRules::lostNotNowIsRecontactedInThreeMonths()
{
    const qint64 id = deal(u"Not now"_s, u"Outbound"_s);
    DB_CHECK(DealRepository(*m_fx->db).move(id, u"lost"_s, u"timing"_s));
    QCOMPARE(apply().size(), 1);
    const Activity again = ruled(u"recontact"_s);
    QCOMPARE(again.kind, Activity::Kind::Call);
    QCOMPARE(again.due, fixedNow().toLocalTime().date().addMonths(3));
    // Moved back to an open stage: no recontact any more.
    DB_CHECK(DealRepository(*m_fx->db).move(id, u"qualified"_s));
    QVERIFY(apply().isEmpty());
    QCOMPARE(ruled(u"recontact"_s).id, 0);
    // Lost for timing with the win/loss form's own recontact date: that one call only.
    const qint64 other = deal(u"Not now, but in May"_s, u"Outbound"_s);
    Activity call;
    call.dealId = other;
    call.kind = Activity::Kind::Call;
    call.title = u"Recontact"_s;
    call.due = fixedNow().date().addMonths(2);
    call.rule = u"winloss-recontact"_s;
    DB_CHECK(ActivityRepository(*m_fx->db).add(call));
    DB_CHECK(DealRepository(*m_fx->db).move(other, u"lost"_s, u"timing"_s));
    QVERIFY(apply().isEmpty());
}

void TestFollowUpRules::aDeletedFollowUpIsNotMadeAgain()
{
    QVERIFY(deal(u"Lead"_s) > 0);
    QCOMPARE(apply().size(), 1);
    DB_CHECK(ActivityRepository(*m_fx->db).remove(ruled(u"inbound-reply"_s).id));
    QVERIFY(apply().isEmpty());
}

void TestFollowUpRules::activitiesKeepTheirNewFields()
{
    const qint64 id = deal(u"Fields"_s, u"Outbound"_s);
    Contact c;
    c.name = u"Claire"_s;
    c.companyId = m_company;
    DB_CHECK(ContactRepository(*m_fx->db).create(c));
    ActivityRepository repo(*m_fx->db);
    Activity a;
    a.dealId = id;
    a.contactId = c.id;
    a.kind = Activity::Kind::Note;
    a.title = u"Met at the fair"_s;
    a.due = fixedNow().date();
    a.dueTime = QTime(10, 30);
    a.category = u"partnerships"_s;
    a.minutes = 45;
    DB_CHECK(repo.add(a));
    Result<Activity> read = repo.find(a.id);
    QVERIFY(read);
    QCOMPARE(read->contactId, c.id);
    QCOMPARE(read->kind, Activity::Kind::Note);
    QCOMPARE(read->dueTime, QTime(10, 30));
    QCOMPARE(read->minutes, 45);
    QCOMPARE(read->category, u"partnerships"_s);
    a.outcome = u"Interested"_s;
    a.due = a.due.addDays(2);
    a.dueTime = QTime();
    DB_CHECK(repo.update(a));
    read = repo.find(a.id);
    QCOMPARE(read->outcome, u"Interested"_s);
    QCOMPARE(read->due, fixedNow().date().addDays(2));
    QVERIFY(!read->dueTime.isValid());
    DB_CHECK(repo.complete(a.id));
    QVERIFY(repo.find(a.id)->isDone());
    DB_CHECK(repo.reopen(a.id));
    QVERIFY(!repo.find(a.id)->isDone());
    QVERIFY(!repo.reopen(a.id)); // not done
    a.category = u"golf"_s;
    QVERIFY(!repo.update(a));
    a.category.clear();
    a.minutes = -1;
    QVERIFY(!repo.update(a));
    const Result<QList<Event>> history =
        EventLog(*m_fx->db).forEntity(u"activity"_s, a.id, EventLog::History::Raw);
    QVERIFY(history);
    QVERIFY(history->size() >= 5); // created, outcome, due, due_time, done, reopened
}

void TestFollowUpRules::listsOpenOnesByDueDateAndTime()
{
    const qint64 id = deal(u"Order"_s, u"Outbound"_s);
    ActivityRepository repo(*m_fx->db);
    auto add = [&](const QString &title, int days, QTime time) {
        Activity a;
        a.dealId = id;
        a.title = title;
        a.due = fixedNow().date().addDays(days);
        a.dueTime = time;
        return repo.add(a).value();
    };
    add(u"later"_s, 2, {});
    add(u"today, no time"_s, 0, {});
    add(u"today 9:00"_s, 0, QTime(9, 0));
    const qint64 done = add(u"done"_s, -1, {});
    DB_CHECK(repo.complete(done));
    add(u"overdue"_s, -3, {});
    ActivityQuery open;
    open.openOnly = true;
    open.dueTo = fixedNow().date();
    const Result<QList<Activity>> list = repo.list(open);
    QVERIFY(list);
    QStringList titles;
    for (const Activity &a : *list)
        titles << a.title;
    QCOMPARE(titles, (QStringList{u"overdue"_s, u"today 9:00"_s, u"today, no time"_s}));
    DB_CHECK(DealRepository(*m_fx->db).remove(id));
    QVERIFY(repo.list(open)->isEmpty()); // a deleted deal's follow-ups are gone too
}

QTEST_GUILESS_MAIN(TestFollowUpRules)
#include "tst_followuprules.moc"

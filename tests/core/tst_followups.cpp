// BANT+ bands at every boundary, draft qualifications and the gate, the follow-ups each band
// proposes, and the activities that store them.
#include "clock.h"
#include "rules/followupplan.h"
#include "rules/stagegates.h"
#include "storage/activityrepository.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/eventlog.h"
#include "storage/qualificationrepository.h"
#include "workflow/dealworkflow.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestFollowUps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bandsAtEveryBoundary_data();
    void bandsAtEveryBoundary();
    void followUpsPerBand();
    void draftQualificationCountsAnsweredOnlyAndBlocksTheGate();
    void requalifyingKeepsHistory();
    void activitiesStoredAndLogged();

private:
    qint64 addDeal();
    const BantBand &band(const QString &key) const;

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<ScopedClock> m_scoped;
};

void TestFollowUps::init()
{
    m_scoped = std::make_unique<ScopedClock>(m_clock);
    auto db = Database::open(m_dir.filePath(u"f%1.db"_s.arg(++m_run)));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
}

void TestFollowUps::cleanup()
{
    m_db.reset();
    m_scoped.reset();
}

qint64 TestFollowUps::addDeal()
{
    Company c;
    c.name = u"Agence Élan"_s;
    if (!CompanyRepository(*m_db).create(c))
        return 0;
    Contact person;
    person.name = u"Jean Dupont"_s;
    person.email = u"jean@elan.fr"_s;
    person.companyId = c.id;
    if (!ContactRepository(*m_db).create(person))
        return 0;
    Deal d;
    d.title = u"Hosting"_s;
    d.companyId = c.id;
    d.contactId = person.id;
    d.mrr = Money(80000);
    d.stage = u"lead"_s;
    return DealRepository(*m_db).create(d) ? d.id : 0;
}

const BantBand &TestFollowUps::band(const QString &key) const
{
    for (const BantBand &b : m_db->playbook().bantBands())
        if (b.key == key)
            return b;
    qFatal("no band %s", qPrintable(key));
}

void TestFollowUps::bandsAtEveryBoundary_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("band");
    for (const auto &[total, key] :
         std::initializer_list<std::pair<int, const char *>>{{4, "cold"},
                                                             {5, "cold"},
                                                             {6, "cool"},
                                                             {9, "cool"},
                                                             {10, "warm"},
                                                             {13, "warm"},
                                                             {14, "hot"},
                                                             {19, "hot"}})
        QTest::addRow("%d", total) << total << QString::fromLatin1(key);
}

void TestFollowUps::bandsAtEveryBoundary()
{
    QFETCH(int, total);
    QFETCH(QString, band);
    const BantBand *b = m_db->playbook().bandFor(total);
    QVERIFY(b);
    QCOMPARE(b->key, band);
}

void TestFollowUps::followUpsPerBand()
{
    const Playbook &pb = m_db->playbook();
    const QDate today(2026, 11, 24);
    const QList<Activity> hot = FollowUpPlan::forBand(pb, band(u"hot"_s), 7, today);
    QCOMPARE(hot.size(), 1);
    QCOMPARE(hot.first().kind, Activity::Kind::Demo);
    QCOMPARE(hot.first().due, today.addDays(*band(u"hot"_s).followUpDays)); // this week: 7 days
    QCOMPARE(hot.first().dealId, qint64(7));
    const QList<Activity> warm = FollowUpPlan::forBand(pb, band(u"warm"_s), 7, today);
    QCOMPARE(warm.size(), 1);
    QCOMPARE(warm.first().kind, Activity::Kind::Call);
    QCOMPARE(warm.first().due, QDate(2026, 12, 8)); // within 2 weeks
    const QList<Activity> cool = FollowUpPlan::forBand(pb, band(u"cool"_s), 7, today);
    QCOMPARE(cool.size(), 2);
    QCOMPARE(cool.at(0).kind, Activity::Kind::Email);
    QCOMPARE(cool.at(0).due, today);
    QCOMPARE(cool.at(1).due, QDate(2026, 12, 24)); // requalify in a month
    const QList<Activity> cold = FollowUpPlan::forBand(pb, band(u"cold"_s), 7, today);
    QCOMPARE(cold.size(), 1);
    QCOMPARE(cold.first().due, today);
    QVERIFY(pb.lostReason(FollowUpPlan::disqualifyReason()));
}

void TestFollowUps::draftQualificationCountsAnsweredOnlyAndBlocksTheGate()
{
    const qint64 id = addDeal();
    QVERIFY(id);
    Qualification draft;
    draft.dealId = id;
    draft.budget = 4;
    draft.authority = 4;
    draft.need = 4;
    draft.timeline = 0;
    draft.fit = 0;
    draft.unanswered = {u"timeline"_s, u"fit"_s};
    QVERIFY(QualificationRepository(*m_db).add(draft));
    QCOMPARE(draft.total(), 12); // only what was answered
    const auto stored = QualificationRepository(*m_db).latest(id).value();
    QVERIFY(stored);
    QCOMPARE(stored->unanswered, (QStringList{u"timeline"_s, u"fit"_s}));
    QVERIFY(!stored->isComplete());
    // 12 ≥ 10, but a draft: the gate refuses and says why.
    const QList<CriterionState> states = DealWorkflow(*m_db).gates(id, u"qualified"_s).value();
    const auto bant = std::find_if(states.cbegin(), states.cend(), [](const CriterionState &s) {
        return s.criterion.key == "bant-min"_L1;
    });
    QVERIFY(bant != states.cend());
    QVERIFY(!bant->met);
    QVERIFY2(bant->explanation.contains(u"draft"_s), qPrintable(bant->explanation));
    const MoveOutcome refused =
        DealWorkflow(*m_db)
            .move({id, u"qualified"_s, 0, {u"need-identified"_s}, {}, {}, {}, {}, {}})
            .value();
    QVERIFY(!refused.moved);
    // An unanswered criterion cannot carry a score, nor an unknown key be left out.
    Qualification bad = draft;
    bad.fit = 2;
    QVERIFY(!QualificationRepository(*m_db).add(bad));
    bad = draft;
    bad.unanswered = {u"charisma"_s};
    QVERIFY(!QualificationRepository(*m_db).add(bad));
    // Completed: the gate holds.
    Qualification full = draft;
    full.timeline = 2;
    full.fit = 1;
    full.unanswered.clear();
    QVERIFY(QualificationRepository(*m_db).add(full));
    const MoveOutcome moved =
        DealWorkflow(*m_db)
            .move({id, u"qualified"_s, 0, {u"need-identified"_s}, {}, {}, {}, {}, {}})
            .value();
    QVERIFY(moved.moved);
}

void TestFollowUps::requalifyingKeepsHistory()
{
    const qint64 id = addDeal();
    for (const int need : {1, 3}) {
        Qualification q;
        q.dealId = id;
        q.need = need;
        QVERIFY(QualificationRepository(*m_db).add(q));
        m_clock.advanceSecs(86400);
    }
    const QList<Qualification> history = QualificationRepository(*m_db).history(id).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).total(), 4);
    QCOMPARE(history.at(1).total(), 6);
    QVERIFY(history.at(0).at < history.at(1).at);
    QCOMPARE(DealRepository(*m_db).find(id).value().bantTotal, std::optional<int>(6));
    const QList<Event> events = EventLog(*m_db).forEntity(u"deal"_s, id).value();
    QCOMPARE(std::count_if(events.cbegin(), events.cend(),
                           [](const Event &e) { return e.kind == Event::Kind::Qualified; }),
             2);
}

void TestFollowUps::activitiesStoredAndLogged()
{
    const qint64 id = addDeal();
    ActivityRepository activities(*m_db);
    QList<Activity> plan =
        FollowUpPlan::forBand(m_db->playbook(), band(u"cool"_s), id, QDate(2026, 11, 24));
    for (Activity &a : plan)
        QVERIFY(activities.add(a));
    QList<Activity> stored = activities.forDeal(id).value();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.first().title, plan.first().title); // earliest due first
    QVERIFY(activities.complete(stored.first().id));
    QVERIFY(!activities.complete(stored.first().id)); // already done
    stored = activities.forDeal(id).value();
    QVERIFY(!stored.first().doneAt.isValid()); // the open one first now
    QVERIFY(stored.last().doneAt.isValid());
    QVERIFY(activities.remove(stored.first().id));
    QCOMPARE(activities.forDeal(id).value().size(), 1);
    const QList<Event> log = EventLog(*m_db).forEntity(u"activity"_s, plan.first().id).value();
    QCOMPARE(log.size(), 2); // created, then done
    Activity invalid;
    invalid.dealId = id;
    invalid.title = u"No date"_s;
    QVERIFY(!activities.add(invalid));
    invalid.due = QDate(2026, 12, 1);
    invalid.dealId = 999;
    QVERIFY(!activities.add(invalid));
}

QTEST_GUILESS_MAIN(TestFollowUps)
#include "tst_followups.moc"

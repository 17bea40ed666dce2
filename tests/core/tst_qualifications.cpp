#include "storage/eventlog.h"
#include "storage/qualificationrepository.h"
#include "testsupport.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

Q_DECLARE_METATYPE(dealboard::Qualification)

// BANT+ qualifications: validation against the playbook, the "qualified" event, latest/history.
class TestQualifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addStoresAndLogs();
    void outOfRange_data();
    void outOfRange();
    void bounds();
    void unknownOrDeletedDeal();
    void latestAndHistory();
    void insertRowIsRaw();
    void addJoinsTheCallersTransaction();

private:
    Database &db() { return *m_fx->db; }
    qint64 rows() { return countRows(db(), u"SELECT count(*) FROM qualifications"_s); }
    qint64 events() { return countRows(db(), u"SELECT count(*) FROM events"_s); }
    static Qualification scores(qint64 dealId, int b, int a, int n, int t, int f)
    {
        Qualification q;
        q.dealId = dealId;
        q.budget = b;
        q.authority = a;
        q.need = n;
        q.timeline = t;
        q.fit = f;
        return q;
    }

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_deal = 0;
    qint64 m_other = 0;
};

void TestQualifications::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"bant.db"_s), QString());
    Company c = sampleCompany();
    DB_CHECK(CompanyRepository(db()).create(c));
    Deal d = sampleDeal(c.id);
    DB_CHECK(DealRepository(db()).create(d));
    m_deal = d.id;
    Deal o = sampleDeal(c.id, u"Other"_s);
    DB_CHECK(DealRepository(db()).create(o));
    m_other = o.id;
}

void TestQualifications::cleanup()
{
    m_fx.reset();
}

void TestQualifications::addStoresAndLogs()
{
    QualificationRepository repo(db());
    const qint64 before = events();
    m_fx->clock.advanceSecs(90);
    Qualification q = scores(m_deal, 3, 4, 2, 3, 1);
    q.answers = QJsonObject{{u"budget-current"_s, u"800 €/month on AWS"_s}};
    q.at = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC); // replaced by the clock's now
    const auto id = repo.add(q);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    QCOMPARE(q.id, *id);
    QCOMPARE(q.at, fixedNow().addSecs(90));
    QCOMPARE(q.total(), 13);

    const auto stored = repo.latest(m_deal);
    QVERIFY(stored.ok() && stored->has_value());
    const Qualification &s = **stored;
    QCOMPARE(s.id, *id);
    QCOMPARE(s.dealId, m_deal);
    QCOMPARE(s.at, fixedNow().addSecs(90));
    QCOMPARE((QList<int>{s.budget, s.authority, s.need, s.timeline, s.fit}),
             (QList<int>{3, 4, 2, 3, 1}));
    QCOMPARE(s.answers, q.answers);
    QCOMPARE(countRows(db(), u"SELECT total FROM qualifications WHERE id = %1"_s.arg(*id)),
             qint64(13));

    QCOMPARE(events(), before + 1);
    const Event e = EventLog(db()).forEntity(u"deal"_s, m_deal).value().last();
    QCOMPARE(e.kind, Event::Kind::Qualified);
    QCOMPARE(e.newValue, u"13"_s);
    QCOMPARE(e.at, fixedNow().addSecs(90));
}

void TestQualifications::outOfRange_data()
{
    QTest::addColumn<Qualification>("q");
    QTest::addColumn<QString>("name");
    QTest::newRow("budget 0") << scores(0, 0, 2, 2, 2, 2) << u"Budget"_s;
    QTest::newRow("budget 5") << scores(0, 5, 2, 2, 2, 2) << u"Budget"_s;
    QTest::newRow("authority 0") << scores(0, 2, 0, 2, 2, 2) << u"Authority"_s;
    QTest::newRow("authority 5") << scores(0, 2, 5, 2, 2, 2) << u"Authority"_s;
    QTest::newRow("need 0") << scores(0, 2, 2, 0, 2, 2) << u"Need"_s;
    QTest::newRow("need 9") << scores(0, 2, 2, 9, 2, 2) << u"Need"_s;
    QTest::newRow("timeline -1") << scores(0, 2, 2, 2, -1, 2) << u"Timeline"_s;
    QTest::newRow("timeline 5") << scores(0, 2, 2, 2, 5, 2) << u"Timeline"_s;
    QTest::newRow("fit -1") << scores(0, 2, 2, 2, 2, -1) << u"Fit"_s;
    QTest::newRow("fit 4") << scores(0, 2, 2, 2, 2, 4) << u"Fit"_s;
}

void TestQualifications::outOfRange()
{
    QFETCH(Qualification, q);
    QFETCH(QString, name);
    q.dealId = m_deal;
    const qint64 before = events();
    const auto id = QualificationRepository(db()).add(q);
    QVERIFY(!id.ok());
    QCOMPARE(id.errorKind(), ErrorKind::User);
    QVERIFY2(id.errorMessage().contains(name), qPrintable(id.errorMessage()));
    QCOMPARE(q.id, qint64(0));
    QCOMPARE(rows(), qint64(0));
    QCOMPARE(events(), before);
}

void TestQualifications::bounds()
{
    QualificationRepository repo(db());
    Qualification low = scores(m_deal, 1, 1, 1, 1, 0);
    Qualification high = scores(m_deal, 4, 4, 4, 4, 3);
    DB_CHECK(repo.add(low));
    DB_CHECK(repo.add(high));
    QCOMPARE(low.total(), 4);
    QCOMPARE(high.total(), 19);
    QCOMPARE(rows(), qint64(2));
}

void TestQualifications::unknownOrDeletedDeal()
{
    QualificationRepository repo(db());
    const qint64 before = events();
    Qualification q = scores(424242, 2, 2, 2, 2, 2);
    auto id = repo.add(q);
    QVERIFY(!id.ok());
    QCOMPARE(id.errorKind(), ErrorKind::User);
    QVERIFY2(id.errorMessage().contains(u"424242"_s), qPrintable(id.errorMessage()));
    DB_CHECK(DealRepository(db()).remove(m_other));
    q.dealId = m_other;
    QVERIFY(!repo.add(q).ok());
    QCOMPARE(rows(), qint64(0));
    QCOMPARE(events(), before + 1); // the deletion only
}

void TestQualifications::latestAndHistory()
{
    QualificationRepository repo(db());
    QVERIFY(repo.latest(m_deal).ok());
    QVERIFY(!repo.latest(m_deal)->has_value());
    QVERIFY(repo.history(m_deal)->isEmpty());
    QList<int> totals;
    for (int need = 1; need <= 4; ++need) {
        m_fx->clock.advanceSecs(60);
        Qualification q = scores(m_deal, 2, 2, need, 2, 1);
        DB_CHECK(repo.add(q));
        totals << q.total();
        Qualification other = scores(m_other, 4, 4, 4, 4, 3);
        DB_CHECK(repo.add(other));
    }
    QCOMPARE(repo.latest(m_deal).value()->total(), 11);
    QCOMPARE(repo.latest(m_other).value()->total(), 19);
    const QList<Qualification> h = repo.history(m_deal).value();
    QList<int> got;
    for (const Qualification &q : h) {
        got << q.total();
        QCOMPARE(q.dealId, m_deal);
    }
    QCOMPARE(got, totals);
    QVERIFY(h.first().at < h.last().at);
    QCOMPARE(DealRepository(db()).find(m_deal)->bantTotal, std::optional<int>(11));
}

void TestQualifications::insertRowIsRaw()
{
    const qint64 before = events();
    Qualification q = scores(m_deal, 4, 3, 4, 1, 2);
    q.at = QDateTime(QDate(2025, 5, 1), QTime(10, 0), Qt::UTC);
    const auto id = QualificationRepository(db()).insertRow(q);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    QCOMPARE(events(), before); // no event on the bulk path
    const Qualification s = QualificationRepository(db()).latest(m_deal).value().value();
    QCOMPARE(s.id, *id);
    QCOMPARE(s.at, q.at); // kept as given
    QCOMPARE(s.total(), 14);
    QVERIFY(s.answers.isEmpty());
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM qualifications WHERE answers IS NULL"_s),
             qint64(1));
}

void TestQualifications::addJoinsTheCallersTransaction()
{
    const qint64 before = events();
    {
        Database::Transaction outer(db());
        Qualification q = scores(m_deal, 2, 2, 2, 2, 2);
        DB_CHECK(QualificationRepository(db()).add(q));
        // not committed: the row and its event go together
    }
    QCOMPARE(rows(), qint64(0));
    QCOMPARE(events(), before);
}

QTEST_GUILESS_MAIN(TestQualifications)
#include "tst_qualifications.moc"

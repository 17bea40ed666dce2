// KpiEntryRepository: the monthly KPIs typed in by hand, their ranges and their history.

#include "storage/eventlog.h"
#include "storage/kpientryrepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestKpiEntries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setInsertsThenReplaces();
    void setLogsEachChange();
    void sameValueIsNoChange();
    void removeLogsAndForgets();
    void removeMissingRefused();
    void ranges_data();
    void ranges();
    void refusalWritesNothing();
    void joinsCallersTransaction();
    void listsByMonthThenKpi();
    void latestOnOrBefore();
    void parsesMonths();

private:
    QList<Event> kpiEvents()
    {
        const Result<QList<Event>> events = EventLog(*m_fx->db).forEntity(u"kpi"_s, 0);
        return events.ok() ? events.value() : QList<Event>{};
    }
    QStringList table()
    {
        QStringList out;
        QSqlQuery q(m_fx->db->connection());
        q.exec(u"SELECT month, kpi, value, updated_at FROM kpi_entries ORDER BY month, kpi"_s);
        while (q.next())
            out << u"%1 %2 %3 %4"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                        q.value(2).toString(), q.value(3).toString());
        return out;
    }

    std::unique_ptr<DatabaseFixture> m_fx;
};

void TestKpiEntries::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"kpi.db"_s), QString());
}

void TestKpiEntries::cleanup()
{
    m_fx.reset();
}

void TestKpiEntries::setInsertsThenReplaces()
{
    KpiEntryRepository repo(*m_fx->db);
    DB_CHECK(repo.set(QDate(2026, 1, 17), KpiEntry::nps(), 42)); // any day of the month
    const qint64 first = fixedNow().toMSecsSinceEpoch();
    QCOMPARE(table(), QStringList{u"2026-01 nps 42 %1"_s.arg(first)});
    m_fx->clock.advanceSecs(60);
    DB_CHECK(repo.set(QDate(2026, 1, 1), KpiEntry::nps(), -7));
    QCOMPARE(table(), QStringList{u"2026-01 nps -7 %1"_s.arg(first + 60000)});
    DB_CHECK(repo.set(QDate(2026, 1, 1), KpiEntry::cac(), 1250000)); // 12,500 €
    QCOMPARE(table().size(), 2);
}

void TestKpiEntries::setLogsEachChange()
{
    KpiEntryRepository repo(*m_fx->db);
    DB_CHECK(repo.set(QDate(2026, 2, 1), KpiEntry::churnFirstMonth(), 450));
    DB_CHECK(repo.set(QDate(2026, 2, 1), KpiEntry::churnFirstMonth(), 520));
    const QList<Event> events = kpiEvents();
    QCOMPARE(events.size(), 2);
    for (const Event &e : events) {
        QCOMPARE(e.entity, u"kpi"_s);
        QCOMPARE(e.entityId, qint64(0));
        QCOMPARE(e.kind, Event::Kind::Edited);
        QCOMPARE(e.field, u"2026-02/churn_m1"_s);
        QCOMPARE(e.at, fixedNow());
    }
    QVERIFY(events.at(0).oldValue.isEmpty());
    QCOMPARE(events.at(0).newValue, u"450"_s);
    QCOMPARE(events.at(1).oldValue, u"450"_s);
    QCOMPARE(events.at(1).newValue, u"520"_s);
    // The first one has no old value at all (NULL), not an empty text.
    QCOMPARE(countRows(*m_fx->db, u"SELECT count(*) FROM events WHERE entity = 'kpi' "
                                  "AND old_value IS NULL"_s),
             qint64(1));
}

void TestKpiEntries::sameValueIsNoChange()
{
    KpiEntryRepository repo(*m_fx->db);
    DB_CHECK(repo.set(QDate(2026, 3, 1), KpiEntry::expansionMonth6(), 2500));
    m_fx->clock.advanceSecs(3600);
    DB_CHECK(repo.set(QDate(2026, 3, 9), KpiEntry::expansionMonth6(), 2500));
    QCOMPARE(kpiEvents().size(), 1);
    QCOMPARE(table(),
             QStringList{u"2026-03 expansion_m6 2500 %1"_s.arg(fixedNow().toMSecsSinceEpoch())});
}

void TestKpiEntries::removeLogsAndForgets()
{
    KpiEntryRepository repo(*m_fx->db);
    DB_CHECK(repo.set(QDate(2026, 3, 1), KpiEntry::nps(), 30));
    DB_CHECK(repo.set(QDate(2026, 3, 1), KpiEntry::cac(), 9000));
    DB_CHECK(repo.remove(QDate(2026, 3, 31), KpiEntry::nps()));
    QCOMPARE(table().size(), 1);
    QVERIFY(table().first().startsWith("2026-03 cac"_L1));
    const Event last = kpiEvents().last();
    QCOMPARE(last.field, u"2026-03/nps"_s);
    QCOMPARE(last.oldValue, u"30"_s);
    QVERIFY(last.newValue.isEmpty());
    QCOMPARE(countRows(*m_fx->db, u"SELECT count(*) FROM events WHERE entity = 'kpi' "
                                  "AND new_value IS NULL"_s),
             qint64(1));
}

void TestKpiEntries::removeMissingRefused()
{
    KpiEntryRepository repo(*m_fx->db);
    const Status s = repo.remove(QDate(2026, 3, 1), KpiEntry::nps());
    QVERIFY(!s.ok());
    QCOMPARE(s.errorKind(), ErrorKind::User);
    QVERIFY2(s.errorMessage().contains("2026-03"_L1), qPrintable(s.errorMessage()));
    QVERIFY(kpiEvents().isEmpty());
}

void TestKpiEntries::ranges_data()
{
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("accepted");
    const QString nps = KpiEntry::nps();
    const QString churn = KpiEntry::churnFirstMonth();
    const QString expansion = KpiEntry::expansionMonth6();
    const QString cac = KpiEntry::cac();
    QTest::newRow("nps -100") << nps << qint64(-100) << true;
    QTest::newRow("nps 100") << nps << qint64(100) << true;
    QTest::newRow("nps -101") << nps << qint64(-101) << false;
    QTest::newRow("nps 101") << nps << qint64(101) << false;
    QTest::newRow("churn 0") << churn << qint64(0) << true;
    QTest::newRow("churn 100 %") << churn << qint64(10000) << true;
    QTest::newRow("churn -1 bp") << churn << qint64(-1) << false;
    QTest::newRow("churn 100.01 %") << churn << qint64(10001) << false;
    QTest::newRow("expansion 25 %") << expansion << qint64(2500) << true;
    QTest::newRow("expansion 101 %") << expansion << qint64(10100) << false;
    QTest::newRow("cac 0") << cac << qint64(0) << true;
    QTest::newRow("cac 150 €") << cac << qint64(15000) << true;
    QTest::newRow("cac -1 cent") << cac << qint64(-1) << false;
    QTest::newRow("unknown kpi") << u"ltv"_s << qint64(1) << false;
}

void TestKpiEntries::ranges()
{
    QFETCH(QString, kpi);
    QFETCH(qint64, value);
    QFETCH(bool, accepted);
    const Status s = KpiEntryRepository(*m_fx->db).set(QDate(2026, 1, 1), kpi, value);
    QCOMPARE(s.ok(), accepted);
    QCOMPARE(KpiEntryRepository::validate(kpi, value).ok(), accepted);
    if (!accepted) {
        QCOMPARE(s.errorKind(), ErrorKind::User);
        QVERIFY(!s.errorMessage().isEmpty());
    }
}

void TestKpiEntries::refusalWritesNothing()
{
    KpiEntryRepository repo(*m_fx->db);
    DB_CHECK(repo.set(QDate(2026, 1, 1), KpiEntry::nps(), 10));
    const QStringList before = table();
    const qint64 events = EventLog(*m_fx->db).count().value();
    QVERIFY(!repo.set(QDate(2026, 1, 1), KpiEntry::nps(), 500).ok());
    QVERIFY(!repo.set(QDate(), KpiEntry::nps(), 5).ok());
    QVERIFY(!repo.set(QDate(2026, 1, 1), u"arr"_s, 5).ok());
    QVERIFY(!repo.remove(QDate(2026, 1, 1), KpiEntry::cac()).ok());
    QCOMPARE(table(), before);
    QCOMPARE(EventLog(*m_fx->db).count().value(), events);
}

void TestKpiEntries::joinsCallersTransaction()
{
    KpiEntryRepository repo(*m_fx->db);
    {
        Database::Transaction tx(*m_fx->db);
        DB_CHECK(repo.set(QDate(2026, 1, 1), KpiEntry::nps(), 10));
        // Not committed: the entry and its event go together.
    }
    QVERIFY(table().isEmpty());
    QVERIFY(kpiEvents().isEmpty());
}

void TestKpiEntries::listsByMonthThenKpi()
{
    KpiEntryRepository repo(*m_fx->db);
    DB_CHECK(repo.set(QDate(2026, 2, 1), KpiEntry::cac(), 100));
    DB_CHECK(repo.set(QDate(2026, 2, 1), KpiEntry::nps(), 20));
    DB_CHECK(repo.set(QDate(2026, 1, 1), KpiEntry::expansionMonth6(), 3000));
    DB_CHECK(repo.set(QDate(2026, 2, 1), KpiEntry::churnFirstMonth(), 400));
    DB_CHECK(repo.set(QDate(2025, 12, 1), KpiEntry::nps(), 5));
    DB_CHECK(repo.set(QDate(2026, 4, 1), KpiEntry::nps(), 6));

    const Result<QList<KpiEntry>> q1 = repo.list(Period::quarter(QDate(2026, 2, 10)));
    DB_CHECK(q1);
    QStringList got;
    for (const KpiEntry &e : q1.value())
        got << KpiEntry::monthKey(e.month) + u' ' + e.kpi + u' ' + QString::number(e.value);
    QCOMPARE(got, (QStringList{u"2026-01 expansion_m6 3000"_s, u"2026-02 nps 20"_s,
                               u"2026-02 churn_m1 400"_s, u"2026-02 cac 100"_s}));
    QCOMPARE(q1->first().month, QDate(2026, 1, 1));
    QCOMPARE(q1->first().updatedAt, fixedNow());
    // A period from the middle of a month still takes that month's entries.
    const Result<QList<KpiEntry>> mid = repo.list(Period{QDate(2025, 12, 20), QDate(2026, 1, 5)});
    DB_CHECK(mid);
    QCOMPARE(mid->size(), 2);
    QCOMPARE(repo.list(QDate(2026, 5, 1), QDate(2026, 4, 30)).value().size(), 0);
    QCOMPARE(repo.list(QDate(2026, 4, 30), QDate(2026, 4, 1)).value().size(), 1); // months
    QCOMPARE(repo.list(QDate(2026, 3, 30), QDate(2026, 4, 1)).value().size(), 1);
}

void TestKpiEntries::latestOnOrBefore()
{
    KpiEntryRepository repo(*m_fx->db);
    const QString churn = KpiEntry::churnFirstMonth();
    QVERIFY(!repo.latest(churn, QDate(2026, 3, 1)).value().has_value());
    DB_CHECK(repo.set(QDate(2025, 11, 1), churn, 300));
    DB_CHECK(repo.set(QDate(2026, 1, 1), churn, 700));
    DB_CHECK(repo.set(QDate(2026, 1, 1), KpiEntry::nps(), 50));
    DB_CHECK(repo.set(QDate(2026, 4, 1), churn, 900));
    QCOMPARE(repo.latest(churn, QDate(2026, 3, 31)).value()->value, qint64(700));
    QCOMPARE(repo.latest(churn, QDate(2026, 1, 1)).value()->value, qint64(700));
    QCOMPARE(repo.latest(churn, QDate(2025, 12, 31)).value()->value, qint64(300));
    QCOMPARE(repo.latest(churn, QDate(2026, 4, 2)).value()->month, QDate(2026, 4, 1));
    QVERIFY(!repo.latest(churn, QDate(2025, 10, 31)).value().has_value());
}

void TestKpiEntries::parsesMonths()
{
    QCOMPARE(KpiEntryRepository::parseMonth(u"2026-10"_s).value(), QDate(2026, 10, 1));
    for (const QString &bad : {u"2026-13"_s, u"2026-1"_s, u"26-10"_s, u"2026-10-01"_s, u""_s}) {
        const Result<QDate> r = KpiEntryRepository::parseMonth(bad);
        QVERIFY2(!r.ok(), qPrintable(bad));
        QCOMPARE(r.errorKind(), ErrorKind::User);
    }
    QCOMPARE(KpiEntry::monthKey(QDate(2026, 3, 31)), u"2026-03"_s);
    QCOMPARE(KpiEntryRepository::name(KpiEntry::cac()), u"CAC"_s);
}

QTEST_GUILESS_MAIN(TestKpiEntries)
#include "tst_kpientries.moc"

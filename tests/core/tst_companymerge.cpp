#include "storage/companymerge.h"
#include "storage/contactrepository.h"
#include "storage/eventlog.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestCompanyMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void movesDealsAndContactsAndDeletes();
    void undoRestoresEverything();
    void redoAfterUndo();
    void refusesItselfAndMissing();

private:
    qint64 companyOf(const QString &table, qint64 id);
    QList<Event> effective(qint64 companyId);

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_kept = 0;
    qint64 m_merged = 0;
    QList<qint64> m_deals;
    qint64 m_contact = 0;
};

void TestCompanyMerge::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"merge.db"_s), QString());
    Database &db = *m_fx->db;
    Company kept = sampleCompany(u"Agence Élan"_s);
    Company merged = sampleCompany(u"Agence Elan SARL"_s);
    DB_CHECK(CompanyRepository(db).create(kept));
    DB_CHECK(CompanyRepository(db).create(merged));
    m_kept = kept.id;
    m_merged = merged.id;
    Deal keptDeal = sampleDeal(m_kept, u"Hosting"_s);
    DB_CHECK(DealRepository(db).create(keptDeal));
    m_deals.clear();
    for (const QString &title : {u"Migration"_s, u"Backup"_s}) {
        Deal d = sampleDeal(m_merged, title);
        DB_CHECK(DealRepository(db).create(d));
        m_deals << d.id;
    }
    Contact c;
    c.name = u"Marc Petit"_s;
    c.companyId = m_merged;
    DB_CHECK(ContactRepository(db).create(c));
    m_contact = c.id;
}

void TestCompanyMerge::cleanup()
{
    m_fx.reset();
}

qint64 TestCompanyMerge::companyOf(const QString &table, qint64 id)
{
    return countRows(*m_fx->db, u"SELECT company_id FROM %1 WHERE id = %2"_s.arg(table).arg(id));
}

QList<Event> TestCompanyMerge::effective(qint64 companyId)
{
    Result<QList<Event>> events =
        EventLog(*m_fx->db).forEntity(u"company"_s, companyId, EventLog::History::Effective);
    return events ? events.value() : QList<Event>();
}

void TestCompanyMerge::movesDealsAndContactsAndDeletes()
{
    Database &db = *m_fx->db;
    const Result<CompanyMergeRecord> record = CompanyMerge(db).merge(m_kept, m_merged);
    DB_CHECK(record);
    QCOMPARE(record->dealIds, m_deals);
    QCOMPARE(record->contactIds, QList<qint64>{m_contact});
    for (const qint64 id : m_deals)
        QCOMPARE(companyOf(u"deals"_s, id), m_kept);
    QCOMPARE(companyOf(u"contacts"_s, m_contact), m_kept);
    QVERIFY(!CompanyRepository(db).find(m_merged).ok());
    QCOMPARE(CompanyRepository(db).list()->size(), 1);

    // Both companies log the merge; each moved deal logs its new company.
    const QList<Event> keptEvents = effective(m_kept);
    QCOMPARE(keptEvents.last().field, u"merged_from"_s);
    QCOMPARE(keptEvents.last().newValue, QString::number(m_merged));
    const QList<Event> mergedEvents = effective(m_merged);
    QCOMPARE(mergedEvents.at(mergedEvents.size() - 2).field, u"merged_into"_s);
    QCOMPARE(mergedEvents.last().kind, Event::Kind::Deleted);
    const Result<QList<Event>> dealEvents = EventLog(db).forEntity(u"deal"_s, m_deals.first());
    QCOMPARE(dealEvents->last().field, u"company_id"_s);
    QCOMPARE(dealEvents->last().newValue, QString::number(m_kept));
}

void TestCompanyMerge::undoRestoresEverything()
{
    Database &db = *m_fx->db;
    const QList<Event> keptBefore = effective(m_kept);
    const QList<Event> mergedBefore = effective(m_merged);
    const Result<CompanyMergeRecord> record = CompanyMerge(db).merge(m_kept, m_merged);
    DB_CHECK(record);
    DB_CHECK(CompanyMerge(db).undo(*record));
    for (const qint64 id : m_deals)
        QCOMPARE(companyOf(u"deals"_s, id), m_merged);
    QCOMPARE(companyOf(u"contacts"_s, m_contact), m_merged);
    DB_CHECK(CompanyRepository(db).find(m_merged));
    QCOMPARE(CompanyRepository(db).list()->size(), 2);
    QCOMPARE(effective(m_kept).size(), keptBefore.size());
    QCOMPARE(effective(m_merged).size(), mergedBefore.size());
    const Result<QList<Event>> dealEffective =
        EventLog(db).forEntity(u"deal"_s, m_deals.first(), EventLog::History::Effective);
    QCOMPARE(dealEffective->last().kind, Event::Kind::Created);
    // Undoing twice is refused and changes nothing.
    QVERIFY(!CompanyMerge(db).undo(*record).ok());
    QCOMPARE(companyOf(u"deals"_s, m_deals.first()), m_merged);
}

void TestCompanyMerge::redoAfterUndo()
{
    Database &db = *m_fx->db;
    Result<CompanyMergeRecord> record = CompanyMerge(db).merge(m_kept, m_merged);
    DB_CHECK(record);
    DB_CHECK(CompanyMerge(db).undo(*record));
    record = CompanyMerge(db).merge(m_kept, m_merged);
    DB_CHECK(record);
    QCOMPARE(companyOf(u"deals"_s, m_deals.last()), m_kept);
    QVERIFY(!CompanyRepository(db).find(m_merged).ok());
}

void TestCompanyMerge::refusesItselfAndMissing()
{
    Database &db = *m_fx->db;
    const Result<qint64> events = EventLog(db).count();
    QVERIFY(!CompanyMerge(db).merge(m_kept, m_kept).ok());
    QVERIFY(!CompanyMerge(db).merge(m_kept, 9999).ok());
    QCOMPARE(*EventLog(db).count(), *events);
    QCOMPARE(companyOf(u"deals"_s, m_deals.first()), m_merged);
}

QTEST_GUILESS_MAIN(TestCompanyMerge)
#include "tst_companymerge.moc"

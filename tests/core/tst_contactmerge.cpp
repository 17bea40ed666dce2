#include "storage/contactmerge.h"
#include "storage/contactrepository.h"
#include "storage/eventlog.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestContactMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void movesDealsFillsFieldsAndDeletes();
    void undoRestoresEverything();
    void redoAfterUndo();
    void refusesItselfAndMissing();

private:
    qint64 contactOf(qint64 dealId);
    QList<Event> effective(const QString &entity, qint64 id);

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_company = 0;
    qint64 m_kept = 0;
    qint64 m_merged = 0;
    qint64 m_keptDeal = 0;
    QList<qint64> m_deals;
};

void TestContactMerge::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"contactmerge.db"_s), QString());
    Database &db = *m_fx->db;
    Company company = sampleCompany(u"Agence Élan"_s);
    DB_CHECK(CompanyRepository(db).create(company));
    m_company = company.id;
    Contact kept;
    kept.name = u"Marc Petit"_s;
    kept.companyId = m_company;
    kept.email = u"marc@elan.fr"_s;
    kept.role = u"CTO"_s;
    Contact merged;
    merged.name = u"M. Petit"_s;
    merged.companyId = m_company;
    merged.email = u"m.petit@elan.fr"_s; // the kept one has an email: not taken
    merged.phone = u"+33 1 23 45 67 89"_s;
    merged.role = u"Founder"_s; // likewise
    merged.linkedin = u"https://www.linkedin.com/in/marcpetit"_s;
    merged.decisionRole = u"economic-buyer"_s;
    DB_CHECK(ContactRepository(db).create(kept));
    DB_CHECK(ContactRepository(db).create(merged));
    m_kept = kept.id;
    m_merged = merged.id;
    Deal keptDeal = sampleDeal(m_company, u"Hosting"_s);
    keptDeal.contactId = m_kept;
    DB_CHECK(DealRepository(db).create(keptDeal));
    m_keptDeal = keptDeal.id;
    m_deals.clear();
    for (const QString &title : {u"Migration"_s, u"Backup"_s}) {
        Deal d = sampleDeal(m_company, title);
        d.contactId = m_merged;
        DB_CHECK(DealRepository(db).create(d));
        m_deals << d.id;
    }
}

void TestContactMerge::cleanup()
{
    m_fx.reset();
}

qint64 TestContactMerge::contactOf(qint64 dealId)
{
    return countRows(*m_fx->db, u"SELECT contact_id FROM deals WHERE id = %1"_s.arg(dealId));
}

QList<Event> TestContactMerge::effective(const QString &entity, qint64 id)
{
    Result<QList<Event>> events =
        EventLog(*m_fx->db).forEntity(entity, id, EventLog::History::Effective);
    return events ? events.value() : QList<Event>();
}

void TestContactMerge::movesDealsFillsFieldsAndDeletes()
{
    Database &db = *m_fx->db;
    const Result<ContactMergeRecord> record = ContactMerge(db).merge(m_kept, m_merged);
    DB_CHECK(record);
    QCOMPARE(record->dealIds, m_deals);
    QCOMPARE(record->filledFields, (QStringList{u"phone"_s, u"linkedin"_s, u"decision_role"_s}));
    for (const qint64 id : m_deals)
        QCOMPARE(contactOf(id), m_kept);
    QCOMPARE(contactOf(m_keptDeal), m_kept);
    QVERIFY(!ContactRepository(db).find(m_merged).ok());
    QCOMPARE(ContactRepository(db).list()->size(), 1);

    // Empty fields are filled; the ones the kept contact had stay as they were.
    const Contact kept = ContactRepository(db).find(m_kept).value();
    QCOMPARE(kept.name, u"Marc Petit"_s);
    QCOMPARE(kept.email, u"marc@elan.fr"_s);
    QCOMPARE(kept.role, u"CTO"_s);
    QCOMPARE(kept.phone, u"+33 1 23 45 67 89"_s);
    QCOMPARE(kept.linkedin, u"https://www.linkedin.com/in/marcpetit"_s);
    QCOMPARE(kept.decisionRole, u"economic-buyer"_s);

    // Both contacts log the merge; each moved deal logs its new contact.
    const QList<Event> keptEvents = effective(u"contact"_s, m_kept);
    QCOMPARE(keptEvents.last().field, u"merged_from"_s);
    QCOMPARE(keptEvents.last().newValue, QString::number(m_merged));
    QCOMPARE(keptEvents.at(keptEvents.size() - 2).field, u"decision_role"_s);
    QCOMPARE(keptEvents.at(keptEvents.size() - 2).newValue, u"economic-buyer"_s);
    const QList<Event> mergedEvents = effective(u"contact"_s, m_merged);
    QCOMPARE(mergedEvents.at(mergedEvents.size() - 2).field, u"merged_into"_s);
    QCOMPARE(mergedEvents.last().kind, Event::Kind::Deleted);
    const Result<QList<Event>> dealEvents = EventLog(db).forEntity(u"deal"_s, m_deals.first());
    QCOMPARE(dealEvents->last().field, u"contact_id"_s);
    QCOMPARE(dealEvents->last().newValue, QString::number(m_kept));
}

void TestContactMerge::undoRestoresEverything()
{
    Database &db = *m_fx->db;
    const Contact keptBefore = ContactRepository(db).find(m_kept).value();
    const QList<Event> keptHistory = effective(u"contact"_s, m_kept);
    const QList<Event> mergedHistory = effective(u"contact"_s, m_merged);
    const QList<Event> dealHistory = effective(u"deal"_s, m_deals.first());
    const Result<ContactMergeRecord> record = ContactMerge(db).merge(m_kept, m_merged);
    DB_CHECK(record);
    DB_CHECK(ContactMerge(db).undo(*record));
    for (const qint64 id : m_deals)
        QCOMPARE(contactOf(id), m_merged);
    QCOMPARE(contactOf(m_keptDeal), m_kept);
    const Contact merged = ContactRepository(db).find(m_merged).value();
    QCOMPARE(merged.phone, u"+33 1 23 45 67 89"_s);
    QCOMPARE(ContactRepository(db).list()->size(), 2);
    const Contact kept = ContactRepository(db).find(m_kept).value();
    QCOMPARE(kept.email, keptBefore.email);
    QCOMPARE(kept.role, keptBefore.role);
    QVERIFY(kept.phone.isEmpty());
    QVERIFY(kept.linkedin.isEmpty());
    QVERIFY(kept.decisionRole.isEmpty());

    // The effective history reads as before the merge.
    const auto ids = [](const QList<Event> &events) {
        QList<qint64> out;
        for (const Event &e : events)
            out << e.id;
        return out;
    };
    QCOMPARE(ids(effective(u"contact"_s, m_kept)), ids(keptHistory));
    QCOMPARE(ids(effective(u"contact"_s, m_merged)), ids(mergedHistory));
    QCOMPARE(ids(effective(u"deal"_s, m_deals.first())), ids(dealHistory));
    QCOMPARE(effective(u"deal"_s, m_deals.first()).last().kind, Event::Kind::Created);
    for (const qint64 id : record->eventIds)
        QVERIFY(EventLog(db).isUndone(id).value());

    // Undoing twice is refused and changes nothing.
    QVERIFY(!ContactMerge(db).undo(*record).ok());
    QCOMPARE(contactOf(m_deals.first()), m_merged);
}

void TestContactMerge::redoAfterUndo()
{
    Database &db = *m_fx->db;
    Result<ContactMergeRecord> record = ContactMerge(db).merge(m_kept, m_merged);
    DB_CHECK(record);
    DB_CHECK(ContactMerge(db).undo(*record));
    record = ContactMerge(db).merge(m_kept, m_merged);
    DB_CHECK(record);
    QCOMPARE(contactOf(m_deals.last()), m_kept);
    QCOMPARE(ContactRepository(db).find(m_kept)->linkedin,
             u"https://www.linkedin.com/in/marcpetit"_s);
    QVERIFY(!ContactRepository(db).find(m_merged).ok());
}

void TestContactMerge::refusesItselfAndMissing()
{
    Database &db = *m_fx->db;
    const Result<qint64> events = EventLog(db).count();
    const Result<ContactMergeRecord> itself = ContactMerge(db).merge(m_kept, m_kept);
    QVERIFY(!itself.ok());
    QVERIFY(!itself.errorMessage().isEmpty());
    QVERIFY(!ContactMerge(db).merge(m_kept, 9999).ok());
    QVERIFY(!ContactMerge(db).merge(9999, m_merged).ok());
    QCOMPARE(*EventLog(db).count(), *events);
    QCOMPARE(contactOf(m_deals.first()), m_merged);
    DB_CHECK(ContactRepository(db).find(m_kept));
    DB_CHECK(ContactRepository(db).find(m_merged));
    QVERIFY(ContactRepository(db).find(m_kept)->phone.isEmpty());
}

QTEST_GUILESS_MAIN(TestContactMerge)
#include "tst_contactmerge.moc"

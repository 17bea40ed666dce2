#include "storage/contactrepository.h"
#include "storage/eventlog.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

namespace {

// "kind field old→new detail" for compact comparisons.
QString line(const Event &e)
{
    QString s = Event::kindKey(e.kind);
    if (!e.field.isEmpty())
        s += u' ' + e.field;
    if (!e.oldValue.isEmpty() || !e.newValue.isEmpty())
        s += u' ' + e.oldValue + u"→"_s + e.newValue;
    if (!e.detail.isEmpty())
        s += u" ["_s + e.detail + u']';
    return s;
}

QStringList lines(const QList<Event> &events, qsizetype from = 0)
{
    QStringList out;
    for (qsizetype i = from; i < events.size(); ++i)
        out << line(events.at(i));
    return out;
}

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void created();
    void editedFieldByField();
    void movedWonLost();
    void deletedRestored();
    void appendFillsTimeAndActor();
    void changeAndEventAreOneTransaction();
    void failingChangeWritesNoEvent();
    void appendOnly();
    void nestedRollbackFailsOuterCommit();

private:
    Database &db() { return *m_db; }
    qint64 events() { return EventLog(db()).count().value(); }
    QList<Event> historyOf(const QString &entity, qint64 id)
    {
        return EventLog(db()).forEntity(entity, id).value();
    }

    ManualClock m_clock{fixedNow()};
    std::unique_ptr<ScopedClock> m_scopedClock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_company = 0;
};

void TestEventLog::initTestCase()
{
    m_scopedClock = std::make_unique<ScopedClock>(m_clock);
}

void TestEventLog::init()
{
    m_clock.set(fixedNow());
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(m_dir->filePath(u"events.db"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened).value();
    m_db->setActor(u"alice"_s);
    Company c = sampleCompany(u"Acme"_s);
    const auto id = CompanyRepository(db()).create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    m_company = *id;
}

void TestEventLog::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestEventLog::created()
{
    const QList<Event> company = historyOf(u"company"_s, m_company);
    QCOMPARE(company.size(), 1);
    QCOMPARE(company.at(0).kind, Event::Kind::Created);
    QCOMPARE(company.at(0).newValue, u"Acme"_s);
    QCOMPARE(company.at(0).actor, u"alice"_s);
    QCOMPARE(company.at(0).at, fixedNow());
    QCOMPARE(company.at(0).entity, u"company"_s);
    QCOMPARE(company.at(0).entityId, m_company);

    m_clock.advanceSecs(30);
    db().setActor(u"bob"_s);
    Contact person;
    person.name = u"Jean Dupont"_s;
    DB_CHECK(ContactRepository(db()).create(person));
    const QList<Event> contact = historyOf(u"contact"_s, person.id);
    QCOMPARE(lines(contact), QStringList{u"created →Jean Dupont"_s});
    QCOMPARE(contact.at(0).actor, u"bob"_s);
    QCOMPARE(contact.at(0).at, fixedNow().addSecs(30));

    Deal d = sampleDeal(m_company, u"Deal"_s, u"demo"_s);
    DB_CHECK(DealRepository(db()).create(d));
    const QList<Event> deal = DealRepository(db()).history(d.id).value();
    QCOMPARE(lines(deal), QStringList{u"created →demo"_s});
    QCOMPARE(deal.at(0).actor, u"bob"_s);
    QCOMPARE(events(), qint64(3));
}

void TestEventLog::editedFieldByField()
{
    DealRepository repo(db());
    Deal d = sampleDeal(m_company, u"Old title"_s, u"lead"_s, 50000);
    DB_CHECK(repo.create(d));
    Deal edit = repo.find(d.id).value();
    edit.title = u"New title"_s;
    edit.mrr = Money(60000);
    m_clock.advanceSecs(120);
    db().setActor(u"carol"_s);
    DB_CHECK(repo.update(edit));
    QList<Event> history = repo.history(d.id).value();
    QCOMPARE(lines(history, 1), (QStringList{u"edited title Old title→New title"_s,
                                             u"edited mrr_cents 50000→60000"_s}));
    for (qsizetype i = 1; i < history.size(); ++i) {
        QCOMPARE(history.at(i).at, fixedNow().addSecs(120));
        QCOMPARE(history.at(i).actor, u"carol"_s);
    }

    // Nothing changed: no event.
    const qint64 before = events();
    DB_CHECK(repo.update(repo.find(d.id).value()));
    QCOMPARE(events(), before);

    // Dates and flags are written as text.
    edit = repo.find(d.id).value();
    edit.expectedClose = QDate(2026, 5, 1);
    edit.verbalAgreement = true;
    edit.owner = u"dan"_s;
    DB_CHECK(repo.update(edit));
    history = repo.history(d.id).value();
    QCOMPARE(lines(history, 3),
             (QStringList{u"edited expected_close →2026-05-01"_s, u"edited owner →dan"_s,
                          u"edited verbal_agreement 0→1"_s}));

    // Companies and contacts log their edits the same way.
    CompanyRepository companies(db());
    Company c = companies.find(m_company).value();
    c.sector = u"Bakery"_s;
    DB_CHECK(companies.update(c));
    QCOMPARE(lines(historyOf(u"company"_s, m_company), 1),
             QStringList{u"edited sector Retail→Bakery"_s});
    Contact person;
    person.name = u"Jean"_s;
    person.email = u"jean@acme.fr"_s;
    ContactRepository contacts(db());
    DB_CHECK(contacts.create(person));
    person.email = u"jean.dupont@acme.fr"_s;
    DB_CHECK(contacts.update(person));
    QCOMPARE(lines(historyOf(u"contact"_s, person.id), 1),
             QStringList{u"edited email jean@acme.fr→jean.dupont@acme.fr"_s});
}

void TestEventLog::movedWonLost()
{
    DealRepository repo(db());
    Deal a = sampleDeal(m_company, u"A"_s, u"lead"_s);
    Deal b = sampleDeal(m_company, u"B"_s, u"proposal"_s);
    Deal c = sampleDeal(m_company, u"C"_s, u"demo"_s);
    DB_CHECK(repo.create(a));
    DB_CHECK(repo.create(b));
    DB_CHECK(repo.create(c));
    m_clock.advanceSecs(600);
    DB_CHECK(repo.move(a.id, u"qualified"_s));
    m_clock.advanceSecs(600);
    DB_CHECK(repo.move(a.id, u"nego"_s));
    DB_CHECK(repo.move(a.id, u"won"_s));
    DB_CHECK(repo.move(a.id, u"customer"_s));
    DB_CHECK(repo.move(b.id, u"lost"_s, u"competitor"_s, u"Scaleway"_s));
    DB_CHECK(repo.move(c.id, u"lost"_s, u"budget"_s));

    const QList<Event> ha = repo.history(a.id).value();
    QCOMPARE(lines(ha),
             (QStringList{u"created →lead"_s, u"moved lead→qualified"_s, u"moved qualified→nego"_s,
                          u"won nego→won"_s, u"moved won→customer"_s}));
    QCOMPARE(ha.at(1).at, fixedNow().addSecs(600));
    QCOMPARE(ha.at(2).at, fixedNow().addSecs(1200));
    QCOMPARE(lines(repo.history(b.id).value(), 1),
             QStringList{u"lost proposal→lost [competitor\nScaleway]"_s});
    QCOMPARE(repo.history(c.id)->last().detail, u"budget"_s);
    QCOMPARE(repo.history(c.id)->last().kind, Event::Kind::Lost);
    // History comes in the order it happened.
    for (qsizetype i = 1; i < ha.size(); ++i)
        QVERIFY(ha.at(i).id > ha.at(i - 1).id && ha.at(i).at >= ha.at(i - 1).at);
}

void TestEventLog::deletedRestored()
{
    DealRepository deals(db());
    Deal d = sampleDeal(m_company);
    DB_CHECK(deals.create(d));
    DB_CHECK(deals.remove(d.id));
    DB_CHECK(deals.restore(d.id));
    QCOMPARE(lines(deals.history(d.id).value(), 1), (QStringList{u"deleted"_s, u"restored"_s}));

    CompanyRepository companies(db());
    DB_CHECK(companies.remove(m_company));
    DB_CHECK(companies.restore(m_company));
    QCOMPARE(lines(historyOf(u"company"_s, m_company), 1),
             (QStringList{u"deleted"_s, u"restored"_s}));

    Contact person;
    person.name = u"Jean"_s;
    ContactRepository contacts(db());
    DB_CHECK(contacts.create(person));
    DB_CHECK(contacts.remove(person.id));
    QCOMPARE(lines(historyOf(u"contact"_s, person.id), 1), QStringList{u"deleted"_s});
}

void TestEventLog::appendFillsTimeAndActor()
{
    EventLog log(db());
    Event e;
    e.entity = u"deal"_s;
    e.entityId = 77;
    e.kind = Event::Kind::Moved;
    e.oldValue = u"lead"_s;
    e.newValue = u"demo"_s;
    const auto first = log.append(e);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    e.at = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);
    e.actor = u"importer"_s;
    DB_CHECK(log.append(e));
    const QList<Event> h = log.forEntity(u"deal"_s, 77).value();
    QCOMPARE(h.size(), 2);
    QCOMPARE(h.at(0).id, *first);
    QCOMPARE(h.at(0).at, fixedNow());
    QCOMPARE(h.at(0).actor, u"alice"_s);
    QCOMPARE(h.at(1).at, e.at);
    QCOMPARE(h.at(1).actor, u"importer"_s);
}

void TestEventLog::changeAndEventAreOneTransaction()
{
    // Make every event insert fail on this connection: the change must not stay without it.
    DealRepository repo(db());
    Deal d = sampleDeal(m_company, u"Before"_s, u"lead"_s);
    DB_CHECK(repo.create(d));
    const qint64 before = events();
    QCOMPARE(execOn(db(), u"CREATE TEMP TRIGGER refuse_events BEFORE INSERT ON main.events "
                          "BEGIN SELECT RAISE(ABORT, 'no events today'); END"_s),
             QString());

    Deal other = sampleDeal(m_company, u"Other"_s);
    QVERIFY(!repo.create(other).ok());
    Deal edit = repo.find(d.id).value();
    edit.title = u"After"_s;
    QVERIFY(!repo.update(edit).ok());
    QVERIFY(!repo.move(d.id, u"demo"_s).ok());
    QVERIFY(!repo.remove(d.id).ok());
    Company c = sampleCompany(u"Beta"_s);
    QVERIFY(!CompanyRepository(db()).create(c).ok());
    Contact person;
    person.name = u"Jean"_s;
    QVERIFY(!ContactRepository(db()).create(person).ok());

    QCOMPARE(execOn(db(), u"DROP TRIGGER temp.refuse_events"_s), QString());
    const Deal after = repo.find(d.id).value(); // not removed
    QCOMPARE(after.title, u"Before"_s);
    QCOMPARE(after.stage, u"lead"_s);
    QCOMPARE(repo.list()->size(), 1);
    QCOMPARE(CompanyRepository(db()).list()->size(), 1);
    QCOMPARE(ContactRepository(db()).list()->size(), 0);
    QCOMPARE(events(), before);
    // And the connection is usable again.
    DB_CHECK(repo.move(d.id, u"demo"_s));
    QCOMPARE(events(), before + 1);
}

void TestEventLog::failingChangeWritesNoEvent()
{
    DealRepository repo(db());
    Deal d = sampleDeal(m_company);
    DB_CHECK(repo.create(d));
    const qint64 before = events();
    Deal bad = repo.find(d.id).value();
    bad.title = QString();
    QVERIFY(!repo.update(bad).ok());
    bad = repo.find(d.id).value();
    bad.mrr = Money(-1);
    bad.title = u"Changed too"_s;
    QVERIFY(!repo.update(bad).ok());
    QVERIFY(!repo.move(d.id, u"closing"_s).ok());
    QVERIFY(!repo.move(d.id, u"lost"_s).ok());
    QVERIFY(!repo.move(d.id, u"lead"_s).ok());
    QVERIFY(!repo.move(424242, u"demo"_s).ok());
    QVERIFY(!repo.remove(424242).ok());
    QVERIFY(!repo.restore(d.id).ok());
    Deal invalid = sampleDeal(m_company, QString());
    QVERIFY(!repo.create(invalid).ok());
    Company nameless;
    QVERIFY(!CompanyRepository(db()).create(nameless).ok());
    QCOMPARE(events(), before);
    QCOMPARE(repo.find(d.id)->title, u"Cloud migration"_s);
}

void TestEventLog::appendOnly()
{
    Deal d = sampleDeal(m_company);
    DB_CHECK(DealRepository(db()).create(d));
    const qint64 before = events();
    const QString update = execOn(db(), u"UPDATE events SET actor = 'mallory'"_s);
    QVERIFY2(update.contains("append-only"_L1), qPrintable(update));
    const QString remove = execOn(db(), u"DELETE FROM events"_s);
    QVERIFY2(remove.contains("append-only"_L1), qPrintable(remove));
    QCOMPARE(events(), before);
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM events WHERE actor = 'mallory'"_s), qint64(0));

    // Another connection to the file cannot rewrite history either.
    RawConnection raw(db().path(), u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    QVERIFY(raw.isOpen());
    QVERIFY(!raw.exec(u"UPDATE events SET kind = 'won' WHERE id = 1"_s).isEmpty());
    QVERIFY(!raw.exec(u"DELETE FROM events WHERE id = 1"_s).isEmpty());
    QCOMPARE(events(), before);
}

void TestEventLog::nestedRollbackFailsOuterCommit()
{
    const qint64 before = events();
    CompanyRepository companies(db());
    DealRepository deals(db());
    {
        Database::Transaction outer(db());
        QVERIFY(outer.isActive());
        Company beta = sampleCompany(u"Beta"_s);
        DB_CHECK(companies.create(beta)); // joins the outer transaction
        {
            Database::Transaction inner(db());
            QVERIFY(inner.isActive());
            Deal d = sampleDeal(beta.id);
            DB_CHECK(deals.create(d));
            // Leaves without commit: rolled back.
        }
        Company gamma = sampleCompany(u"Gamma"_s);
        QVERIFY(!companies.create(gamma).ok()); // the transaction is already doomed
        const Status s = outer.commit();
        QVERIFY(!s.ok());
        QCOMPARE(s.errorKind(), ErrorKind::Internal);
    }
    QCOMPARE(events(), before);
    QCOMPARE(companies.list()->size(), 1);
    QVERIFY(!companies.findByName(u"Beta"_s)->has_value());
    QCOMPARE(deals.list()->size(), 0);

    // The next transaction starts clean.
    Company delta = sampleCompany(u"Delta"_s);
    DB_CHECK(companies.create(delta));
    QCOMPARE(events(), before + 1);

    // And a nested commit inside a committed outer one is kept.
    {
        Database::Transaction outer(db());
        Deal d = sampleDeal(delta.id);
        DB_CHECK(deals.create(d));
        {
            Database::Transaction inner(db());
            DB_CHECK(deals.move(d.id, u"demo"_s));
            DB_CHECK(inner.commit());
        }
        DB_CHECK(outer.commit());
    }
    QCOMPARE(events(), before + 3);
    QCOMPARE(deals.list({.stage = u"demo"_s})->size(), 1);
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"

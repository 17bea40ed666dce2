#include "storage/contactrepository.h"
#include "storage/qualificationrepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

// Deals: round trip, validation, moves and lists.
class TestDealRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dealRoundTrip();
    void dealValidation_data();
    void dealValidation();
    void updateCannotBreakADeal();
    void moveValidation();
    void movePlacesLastAndStampsTime();
    void listFilters();
    void joinedContactSegmentAndScore();

private:
    Database &db() { return *m_fx->db; }
    ManualClock &clock() { return m_fx->clock; }
    qint64 addCompany(const QString &name = u"Acme"_s);

    std::unique_ptr<DatabaseFixture> m_fx;
};

void TestDealRepository::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"repo.db"_s), QString());
}

void TestDealRepository::cleanup()
{
    m_fx.reset();
}

qint64 TestDealRepository::addCompany(const QString &name)
{
    Company c = sampleCompany(name);
    const auto id = CompanyRepository(db()).create(c);
    return id.ok() ? *id : 0;
}

void TestDealRepository::dealRoundTrip()
{
    const qint64 acme = addCompany(u"Acme"_s);
    Contact person;
    person.name = u"Claire Martin"_s;
    person.companyId = acme;
    DB_CHECK(ContactRepository(db()).create(person));

    DealRepository repo(db());
    Deal d;
    d.title = u"  Cloud migration  "_s;
    d.companyId = acme;
    d.contactId = person.id;
    d.mrr = Money(123450, u"USD"_s);
    d.oneTime = Money(50000, u"USD"_s);
    d.stage = u"demo"_s;
    d.position = 99; // ignored: a new deal goes last in its column
    d.expectedClose = QDate(2026, 4, 30);
    d.source = u"Inbound"_s;
    d.owner = u"sophie"_s;
    d.nextStep = u"Send the quote"_s;
    d.nextStepDue = QDate(2026, 3, 5);
    d.verbalAgreement = true;
    d.timelineConfirmed = true;
    d.hubspotId = u"hs-42"_s;
    d.pipedriveId = u"pd-43"_s;
    const auto id = repo.create(d);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    QCOMPARE(d.id, *id);
    QCOMPARE(d.position, DealRepository::kPositionStep); // sparse: first of its column

    auto found = repo.find(*id);
    QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
    const Deal &f = found.value();
    QCOMPARE(f.title, u"Cloud migration"_s);
    QCOMPARE(f.companyId, acme);
    QCOMPARE(f.contactId, person.id);
    QCOMPARE(f.mrr, Money(123450, u"USD"_s));
    QCOMPARE(f.oneTime, Money(50000, u"USD"_s));
    QCOMPARE(f.stage, u"demo"_s);
    QCOMPARE(f.position, DealRepository::kPositionStep);
    QCOMPARE(f.expectedClose, QDate(2026, 4, 30));
    QCOMPARE(f.source, u"Inbound"_s);
    QCOMPARE(f.owner, u"sophie"_s);
    QCOMPARE(f.nextStep, u"Send the quote"_s);
    QCOMPARE(f.nextStepDue, QDate(2026, 3, 5));
    QCOMPARE(f.verbalAgreement, true);
    QCOMPARE(f.timelineConfirmed, true);
    QVERIFY(f.lostReason.isEmpty());
    QCOMPARE(f.stageEnteredAt, fixedNow());
    QCOMPARE(f.createdAt, fixedNow());
    QCOMPARE(f.updatedAt, fixedNow());
    QCOMPARE(f.hubspotId, u"hs-42"_s);
    QCOMPARE(f.pipedriveId, u"pd-43"_s);
    QCOMPARE(f.companyName, u"Acme"_s);
    QCOMPARE(f.contactName, u"Claire Martin"_s);

    clock().advanceSecs(86400);
    Deal changed = f;
    changed.title = u"Cloud migration, phase 2"_s;
    changed.contactId = 0;
    changed.mrr = Money(99900, u"USD"_s);
    changed.oneTime = Money(0, u"USD"_s);
    changed.stage = u"won"_s; // update() never moves a deal
    changed.expectedClose = QDate();
    changed.source = u"Referral"_s;
    changed.owner = u"marc"_s;
    changed.nextStep = QString();
    changed.nextStepDue = QDate(2026, 3, 9);
    changed.verbalAgreement = false;
    changed.timelineConfirmed = false;
    changed.hubspotId = u"hs-420"_s;
    changed.pipedriveId = QString();
    DB_CHECK(repo.update(changed));
    found = repo.find(*id);
    const Deal &g = found.value();
    QCOMPARE(g.title, u"Cloud migration, phase 2"_s);
    QCOMPARE(g.contactId, qint64(0));
    QCOMPARE(g.contactName, QString());
    QCOMPARE(g.mrr, Money(99900, u"USD"_s));
    QCOMPARE(g.oneTime, Money(0, u"USD"_s));
    QCOMPARE(g.stage, u"demo"_s);
    QCOMPARE(g.expectedClose, QDate());
    QCOMPARE(g.source, u"Referral"_s);
    QCOMPARE(g.owner, u"marc"_s);
    QCOMPARE(g.nextStep, QString());
    QCOMPARE(g.nextStepDue, QDate(2026, 3, 9));
    QCOMPARE(g.verbalAgreement, false);
    QCOMPARE(g.timelineConfirmed, false);
    QCOMPARE(g.hubspotId, u"hs-420"_s);
    QCOMPARE(g.pipedriveId, QString());
    QCOMPARE(g.stageEnteredAt, fixedNow());
    QCOMPARE(g.createdAt, fixedNow());
    QCOMPARE(g.updatedAt, fixedNow().addSecs(86400));

    DB_CHECK(repo.remove(*id));
    QVERIFY(!repo.find(*id).ok());
    QCOMPARE(repo.list()->size(), 0);
    QVERIFY(!repo.remove(*id).ok());
    QVERIFY(!repo.update(changed).ok()); // a deleted deal cannot be edited
    QVERIFY(!repo.move(*id, u"nego"_s).ok());
    DB_CHECK(repo.restore(*id));
    QCOMPARE(repo.find(*id)->title, u"Cloud migration, phase 2"_s);
    QCOMPARE(repo.list()->size(), 1);
    QVERIFY(!repo.restore(*id).ok());
}

void TestDealRepository::dealValidation_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("mrr");
    QTest::addColumn<qint64>("oneTime");
    QTest::addColumn<QString>("oneTimeCurrency");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("company"); // 1: a real one, 0: none, -1: an unknown id
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("competitor");
    QTest::addColumn<QString>("fragment");

    const QString eur = u"EUR"_s;
    QTest::newRow("empty title") << QString() << qint64(100) << qint64(0) << eur << u"lead"_s << 1
                                 << QString() << QString() << u"title"_s;
    QTest::newRow("blank title") << u"  "_s << qint64(100) << qint64(0) << eur << u"lead"_s << 1
                                 << QString() << QString() << u"title"_s;
    QTest::newRow("negative MRR") << u"T"_s << qint64(-1) << qint64(0) << eur << u"lead"_s << 1
                                  << QString() << QString() << u"MRR"_s;
    QTest::newRow("negative one-time") << u"T"_s << qint64(1) << qint64(-5) << eur << u"lead"_s << 1
                                       << QString() << QString() << u"one-time"_s;
    QTest::newRow("two currencies") << u"T"_s << qint64(1) << qint64(5) << u"USD"_s << u"lead"_s
                                    << 1 << QString() << QString() << u"currency"_s;
    QTest::newRow("unknown stage") << u"T"_s << qint64(1) << qint64(0) << eur << u"closing"_s << 1
                                   << QString() << QString() << u"closing"_s;
    QTest::newRow("empty stage") << u"T"_s << qint64(1) << qint64(0) << eur << QString() << 1
                                 << QString() << QString() << u"stage"_s;
    QTest::newRow("no company") << u"T"_s << qint64(1) << qint64(0) << eur << u"lead"_s << 0
                                << QString() << QString() << u"company"_s;
    QTest::newRow("unknown company") << u"T"_s << qint64(1) << qint64(0) << eur << u"lead"_s << -1
                                     << QString() << QString() << QString();
    QTest::newRow("lost without reason") << u"T"_s << qint64(1) << qint64(0) << eur << u"lost"_s
                                         << 1 << QString() << QString() << u"reason"_s;
    QTest::newRow("lost, unknown reason") << u"T"_s << qint64(1) << qint64(0) << eur << u"lost"_s
                                          << 1 << u"price"_s << QString() << u"reason"_s;
    QTest::newRow("competitor without name") << u"T"_s << qint64(1) << qint64(0) << eur << u"lost"_s
                                             << 1 << u"competitor"_s << u"  "_s << u"competitor"_s;
}

void TestDealRepository::dealValidation()
{
    QFETCH(QString, title);
    QFETCH(qint64, mrr);
    QFETCH(qint64, oneTime);
    QFETCH(QString, oneTimeCurrency);
    QFETCH(QString, stage);
    QFETCH(int, company);
    QFETCH(QString, reason);
    QFETCH(QString, competitor);
    QFETCH(QString, fragment);
    const qint64 acme = addCompany();
    const qint64 events = countRows(db(), u"SELECT count(*) FROM events"_s);
    Deal d;
    d.title = title;
    d.mrr = Money(mrr);
    d.oneTime = Money(oneTime, oneTimeCurrency);
    d.stage = stage;
    d.companyId = company > 0 ? acme : company < 0 ? 424242 : 0;
    d.lostReason = reason;
    d.lostCompetitor = competitor;
    DealRepository repo(db());
    const auto id = repo.create(d);
    QVERIFY2(!id.ok(), "an invalid deal was saved");
    QCOMPARE(id.errorKind(), ErrorKind::User);
    QVERIFY2(id.errorMessage().contains(fragment, Qt::CaseInsensitive),
             qPrintable(id.errorMessage()));
    QVERIFY(!id.errorMessage().isEmpty());
    QCOMPARE(d.id, qint64(0));
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM deals"_s), qint64(0));
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM events"_s), events);
    if (company >= 0) // an unknown company id is caught by the foreign key, not validate()
        QVERIFY(!repo.validate(d).ok());

    // Fixing the reported problem is enough (the lost ones with a real reason and name).
    if (stage == "lost"_L1 && company > 0) {
        d.lostReason = u"competitor"_s;
        d.lostCompetitor = u"Scaleway"_s;
        DB_CHECK(repo.create(d));
        QCOMPARE(repo.find(d.id)->lostCompetitor, u"Scaleway"_s);
    }
}

void TestDealRepository::updateCannotBreakADeal()
{
    const qint64 acme = addCompany();
    DealRepository repo(db());
    Deal d = sampleDeal(acme);
    DB_CHECK(repo.create(d));
    const Deal before = repo.find(d.id).value();
    for (int i = 0; i < 4; ++i) {
        Deal bad = before;
        if (i == 0)
            bad.title = u" "_s;
        else if (i == 1)
            bad.mrr = Money(-100);
        else if (i == 2)
            bad.companyId = 0;
        else
            bad.companyId = 424242;
        QVERIFY2(!repo.update(bad).ok(), qPrintable(QString::number(i)));
        const Deal after = repo.find(d.id).value();
        QCOMPARE(after.title, before.title);
        QCOMPARE(after.mrr, before.mrr);
        QCOMPARE(after.companyId, before.companyId);
    }
}

void TestDealRepository::moveValidation()
{
    const qint64 acme = addCompany();
    DealRepository repo(db());
    Deal d = sampleDeal(acme, u"Deal"_s, u"proposal"_s);
    DB_CHECK(repo.create(d));
    auto expectRefused = [&](const QString &stage, const QString &reason,
                             const QString &competitor) {
        const Status s = repo.move(d.id, stage, reason, competitor);
        const Deal now = repo.find(d.id).value();
        return !s.ok() && s.errorKind() == ErrorKind::User && now.stage == u"proposal"_s &&
               now.lostReason.isEmpty() && now.stageEnteredAt == fixedNow();
    };
    clock().advanceSecs(10);
    QVERIFY(expectRefused(u"closing"_s, {}, {}));
    QVERIFY(expectRefused(u"lost"_s, {}, {}));
    QVERIFY(expectRefused(u"lost"_s, u"price"_s, {}));
    QVERIFY(expectRefused(u"lost"_s, u"competitor"_s, {}));
    QVERIFY(expectRefused(u"lost"_s, u"competitor"_s, u"   "_s));
    QVERIFY(expectRefused(u"proposal"_s, {}, {})); // already there
    QVERIFY(!repo.move(424242, u"nego"_s).ok());
}

void TestDealRepository::movePlacesLastAndStampsTime()
{
    const qint64 acme = addCompany();
    DealRepository repo(db());
    const int step = DealRepository::kPositionStep;
    QCOMPARE(step, 1024);
    QList<qint64> qualified;
    for (int i = 0; i < 3; ++i) {
        Deal d = sampleDeal(acme, u"Q%1"_s.arg(i), u"qualified"_s);
        DB_CHECK(repo.create(d));
        QCOMPARE(d.position, (i + 1) * step); // last, one step apart
        qualified << d.id;
    }
    Deal lead = sampleDeal(acme, u"Lead"_s, u"lead"_s);
    DB_CHECK(repo.create(lead));
    QCOMPARE(lead.position, step);

    clock().advanceSecs(7200);
    DB_CHECK(repo.move(lead.id, u"qualified"_s));
    Deal moved = repo.find(lead.id).value();
    QCOMPARE(moved.stage, u"qualified"_s);
    QCOMPARE(moved.position, 4 * step);
    QCOMPARE(moved.stageEnteredAt, fixedNow().addSecs(7200));
    QCOMPARE(moved.updatedAt, fixedNow().addSecs(7200));
    QCOMPARE(moved.createdAt, fixedNow());
    // The stored column, not only what find() computes.
    QCOMPARE(countRows(db(), u"SELECT stage_entered_at FROM deals WHERE id = %1"_s.arg(lead.id)),
             fixedNow().addSecs(7200).toMSecsSinceEpoch());

    clock().advanceSecs(60);
    DB_CHECK(repo.move(qualified.at(1), u"demo"_s));
    QCOMPARE(repo.find(qualified.at(1))->position, step);
    DB_CHECK(repo.move(qualified.at(0), u"demo"_s));
    QCOMPARE(repo.find(qualified.at(0))->position, 2 * step);
    QCOMPARE(repo.find(qualified.at(0))->stageEnteredAt, fixedNow().addSecs(7260));

    // Lost with a competitor keeps the (trimmed) name; reopening clears the reason.
    DB_CHECK(repo.move(qualified.at(2), u"lost"_s, u"competitor"_s, u"  Scaleway "_s));
    Deal lost = repo.find(qualified.at(2)).value();
    QCOMPARE(lost.stage, u"lost"_s);
    QCOMPARE(lost.lostReason, u"competitor"_s);
    QCOMPARE(lost.lostCompetitor, u"Scaleway"_s);
    DB_CHECK(repo.move(qualified.at(2), u"nego"_s));
    Deal reopened = repo.find(qualified.at(2)).value();
    QVERIFY(reopened.lostReason.isEmpty());
    QVERIFY(reopened.lostCompetitor.isEmpty());
    // A reason given for a non-lost stage is not stored.
    DB_CHECK(repo.move(qualified.at(2), u"won"_s, u"budget"_s, u"X"_s));
    QVERIFY(repo.find(qualified.at(2))->lostReason.isEmpty());
}

void TestDealRepository::listFilters()
{
    const qint64 acme = addCompany();
    DealRepository repo(db());
    const QStringList stages{u"lead"_s, u"demo"_s, u"lead"_s,     u"qualified"_s,
                             u"won"_s,  u"lead"_s, u"customer"_s, u"nego"_s};
    QList<qint64> ids;
    for (const QString &stage : stages) {
        Deal d = sampleDeal(acme, stage, stage);
        DB_CHECK(repo.create(d));
        ids << d.id;
    }
    Deal lost = sampleDeal(acme, u"lost"_s, u"lead"_s);
    DB_CHECK(repo.create(lost));
    DB_CHECK(repo.move(lost.id, u"lost"_s, u"budget"_s));
    DB_CHECK(repo.remove(ids.at(2))); // a deleted lead

    auto keys = [](const QList<Deal> &deals) {
        QStringList out;
        for (const Deal &d : deals)
            out << u"%1:%2"_s.arg(d.stage).arg(d.position);
        return out;
    };
    const auto all = repo.list();
    QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
    QCOMPARE(all->size(), 8);
    const auto leads = repo.list({.stage = u"lead"_s});
    // Sparse positions: the deleted lead's 2048 stays a gap.
    QCOMPARE(keys(leads.value()), (QStringList{u"lead:1024"_s, u"lead:3072"_s}));
    QCOMPARE(leads->at(0).id, ids.at(0));
    QCOMPARE(leads->at(1).id, ids.at(5));
    QCOMPARE(repo.list({.stage = u"lost"_s})->size(), 1);
    QCOMPARE(repo.list({.stage = u"nowhere"_s})->size(), 0);

    const auto open = repo.list({.stage = {}, .openOnly = true});
    QStringList openStages;
    for (const Deal &d : open.value())
        openStages << d.stage;
    openStages.sort();
    QCOMPARE(openStages, (QStringList{u"demo"_s, u"lead"_s, u"lead"_s, u"nego"_s, u"qualified"_s}));
    for (const Deal &d : all.value())
        QVERIFY(d.id != ids.at(2));
}

void TestDealRepository::joinedContactSegmentAndScore()
{
    const qint64 acme = addCompany(); // segment pme
    Contact person;
    person.name = u"Claire"_s;
    person.email = u"claire@acme.fr"_s;
    DB_CHECK(ContactRepository(db()).create(person));
    DealRepository repo(db());
    Deal d = sampleDeal(acme);
    d.contactId = person.id;
    DB_CHECK(repo.create(d));
    Deal bare = sampleDeal(acme, u"Bare"_s);
    DB_CHECK(repo.create(bare));

    Deal f = repo.find(d.id).value();
    QCOMPARE(f.contactEmail, u"claire@acme.fr"_s);
    QCOMPARE(f.companySegment, u"pme"_s);
    QVERIFY(!f.bantTotal.has_value());
    QualificationRepository quals(db());
    Qualification q;
    q.dealId = d.id;
    q.budget = 4;
    q.need = 3;
    DB_CHECK(quals.add(q)); // 4+1+3+1+0 = 9
    q.need = 4;
    q.fit = 3;
    DB_CHECK(quals.add(q)); // the latest counts: 13
    QCOMPARE(repo.find(d.id)->bantTotal, std::optional<int>(13));
    const QList<Deal> all = repo.list().value();
    QCOMPARE(all.size(), 2);
    for (const Deal &x : all) {
        QCOMPARE(x.companySegment, u"pme"_s);
        QCOMPARE(x.bantTotal, x.id == d.id ? std::optional<int>(13) : std::nullopt);
        QCOMPARE(x.contactEmail, x.id == d.id ? u"claire@acme.fr"_s : QString());
    }
}

QTEST_GUILESS_MAIN(TestDealRepository)
#include "tst_dealrepository.moc"

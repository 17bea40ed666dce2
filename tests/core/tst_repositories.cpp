#include "storage/contactrepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

// Companies and contacts: round trips and validation.
class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void companyRoundTrip();
    void companyValidation_data();
    void companyValidation();
    void contactRoundTrip();
    void contactValidation_data();
    void contactValidation();

private:
    Database &db() { return *m_fx->db; }
    ManualClock &clock() { return m_fx->clock; }
    qint64 addCompany(const QString &name = u"Acme"_s);

    std::unique_ptr<DatabaseFixture> m_fx;
};

void TestRepositories::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"repo.db"_s), QString());
}

void TestRepositories::cleanup()
{
    m_fx.reset();
}

qint64 TestRepositories::addCompany(const QString &name)
{
    Company c = sampleCompany(name);
    const auto id = CompanyRepository(db()).create(c);
    return id.ok() ? *id : 0;
}

void TestRepositories::companyRoundTrip()
{
    CompanyRepository repo(db());
    Company c;
    c.name = u"  Boulangerie Martin  "_s;
    c.segment = u"tpe"_s;
    c.sector = u"Food"_s;
    c.website = u"https://martin.example"_s;
    c.source = u"Salon"_s;
    c.externalId = u"hs-1001"_s;
    const auto id = repo.create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    QVERIFY(*id > 0);
    QCOMPARE(c.id, *id);
    QCOMPARE(c.name, u"Boulangerie Martin"_s);
    QCOMPARE(c.createdAt, fixedNow());

    auto found = repo.find(*id);
    QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
    QCOMPARE(found->id, *id);
    QCOMPARE(found->name, u"Boulangerie Martin"_s);
    QCOMPARE(found->segment, u"tpe"_s);
    QCOMPARE(found->sector, u"Food"_s);
    QCOMPARE(found->website, u"https://martin.example"_s);
    QCOMPARE(found->source, u"Salon"_s);
    QCOMPARE(found->externalId, u"hs-1001"_s);
    QCOMPARE(found->createdAt, fixedNow());
    QCOMPARE(found->updatedAt, fixedNow());

    QCOMPARE(repo.resolve(QString::number(*id))->name, u"Boulangerie Martin"_s);
    QCOMPARE(repo.resolve(u"boulangerie MARTIN"_s)->id, *id);
    QVERIFY(!repo.resolve(u"Nobody"_s).ok());
    QVERIFY(!repo.resolve(u"424242"_s).ok());

    clock().advanceSecs(3600);
    Company changed = found.value();
    changed.name = u"Martin & Fils"_s;
    changed.segment = u"pme"_s;
    changed.sector = u"Bakery"_s;
    changed.website = QString();
    changed.source = u"Referral"_s;
    DB_CHECK(repo.update(changed));
    found = repo.find(*id);
    QCOMPARE(found->name, u"Martin & Fils"_s);
    QCOMPARE(found->segment, u"pme"_s);
    QCOMPARE(found->sector, u"Bakery"_s);
    QCOMPARE(found->website, QString());
    QCOMPARE(found->source, u"Referral"_s);
    QCOMPARE(found->externalId, u"hs-1001"_s);
    QCOMPARE(found->createdAt, fixedNow());
    QCOMPARE(found->updatedAt, fixedNow().addSecs(3600));

    const qint64 other = addCompany(u"Zèbre Conseil"_s);
    QVERIFY(other > 0);
    auto all = repo.list();
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, u"Martin & Fils"_s); // by name
    QCOMPARE(all->at(1).id, other);

    DB_CHECK(repo.remove(*id));
    QVERIFY(!repo.find(*id).ok());
    QCOMPARE(repo.find(*id).errorKind(), ErrorKind::User);
    QCOMPARE(repo.list()->size(), 1);
    QVERIFY(!repo.findByName(u"Martin & Fils"_s)->has_value());
    QVERIFY(!repo.remove(*id).ok());
    QVERIFY(!repo.restore(other).ok()); // not deleted
    DB_CHECK(repo.restore(*id));
    QCOMPARE(repo.find(*id)->name, u"Martin & Fils"_s);
    QCOMPARE(repo.list()->size(), 2);
    QVERIFY(!repo.restore(*id).ok());
    QVERIFY(!repo.remove(424242).ok());
    QVERIFY(!repo.update(Company{424242, u"Ghost"_s, {}, {}, {}, {}, {}, {}, {}}).ok());
}

void TestRepositories::companyValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty name") << QString() << QString() << u"name"_s;
    QTest::newRow("blank name") << u"   "_s << QString() << u"name"_s;
    QTest::newRow("unknown segment") << u"Acme"_s << u"startup"_s << u"startup"_s;
    QTest::newRow("segment by display name") << u"Acme"_s << u"Agency"_s << u"Agency"_s;
}

void TestRepositories::companyValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, segment);
    QFETCH(QString, fragment);
    CompanyRepository repo(db());
    Company c;
    c.name = name;
    c.segment = segment;
    const auto id = repo.create(c);
    QVERIFY(!id.ok());
    QCOMPARE(id.errorKind(), ErrorKind::User);
    QVERIFY2(id.errorMessage().contains(fragment), qPrintable(id.errorMessage()));
    QCOMPARE(c.id, qint64(0));
    QCOMPARE(repo.list()->size(), 0);
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM events"_s), qint64(0));

    // The same problem in an update is refused too and leaves the company as it was.
    const qint64 good = addCompany(u"Good"_s);
    Company edit = repo.find(good).value();
    edit.name = name.isEmpty() || name.trimmed().isEmpty() ? name : edit.name;
    edit.segment = segment;
    QVERIFY(!repo.update(edit).ok());
    QCOMPARE(repo.find(good)->name, u"Good"_s);
    QCOMPARE(repo.find(good)->segment, u"pme"_s);
}

void TestRepositories::contactRoundTrip()
{
    const qint64 acme = addCompany(u"Acme"_s);
    const qint64 other = addCompany(u"Other"_s);
    ContactRepository repo(db());
    Contact c;
    c.companyId = acme;
    c.name = u"Jean Dupont"_s;
    c.email = u"jean.dupont@acme.fr"_s;
    c.phone = u"+33 6 12 34 56 78"_s;
    c.role = u"CTO"_s;
    c.decisionRole = u"economic-buyer"_s;
    c.linkedin = u"https://linkedin.com/in/jdupont"_s;
    c.externalId = u"pd-77"_s;
    const auto id = repo.create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    QCOMPARE(c.id, *id);

    auto found = repo.find(*id);
    QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
    QCOMPARE(found->companyId, acme);
    QCOMPARE(found->name, u"Jean Dupont"_s);
    QCOMPARE(found->email, u"jean.dupont@acme.fr"_s);
    QCOMPARE(found->phone, u"+33 6 12 34 56 78"_s);
    QCOMPARE(found->role, u"CTO"_s);
    QCOMPARE(found->decisionRole, u"economic-buyer"_s);
    QCOMPARE(found->linkedin, u"https://linkedin.com/in/jdupont"_s);
    QCOMPARE(found->externalId, u"pd-77"_s);
    QCOMPARE(found->createdAt, fixedNow());
    QCOMPARE(repo.findByEmail(u"JEAN.DUPONT@acme.fr"_s)->value().id, *id);
    QVERIFY(!repo.findByEmail(u"nobody@acme.fr"_s)->has_value());

    Contact loner;
    loner.name = u"Alice Martin"_s;
    DB_CHECK(repo.create(loner));
    QCOMPARE(repo.find(loner.id)->companyId, qint64(0));
    QCOMPARE(repo.list()->size(), 2);
    QCOMPARE(repo.list(acme)->size(), 1);
    QCOMPARE(repo.list(other)->size(), 0);
    QCOMPARE(repo.list()->at(0).name, u"Alice Martin"_s); // by name

    clock().advanceSecs(60);
    Contact changed = found.value();
    changed.companyId = other;
    changed.name = u"Jean-Pierre Dupont"_s;
    changed.email = u"jp@other.fr"_s;
    changed.phone = QString();
    changed.role = u"CEO"_s;
    changed.decisionRole = u"decision-maker"_s;
    changed.linkedin = QString();
    DB_CHECK(repo.update(changed));
    found = repo.find(*id);
    QCOMPARE(found->companyId, other);
    QCOMPARE(found->name, u"Jean-Pierre Dupont"_s);
    QCOMPARE(found->email, u"jp@other.fr"_s);
    QCOMPARE(found->phone, QString());
    QCOMPARE(found->role, u"CEO"_s);
    QCOMPARE(found->decisionRole, u"decision-maker"_s);
    QCOMPARE(found->linkedin, QString());
    QCOMPARE(found->externalId, u"pd-77"_s);
    QCOMPARE(found->updatedAt, fixedNow().addSecs(60));
    QCOMPARE(repo.list(other)->size(), 1);

    DB_CHECK(repo.remove(*id));
    QVERIFY(!repo.find(*id).ok());
    QVERIFY(!repo.findByEmail(u"jp@other.fr"_s)->has_value());
    QCOMPARE(repo.list()->size(), 1);
    QVERIFY(!repo.remove(*id).ok());
}

void TestRepositories::contactValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("decisionRole");
    QTest::addColumn<qint64>("companyId");
    QTest::newRow("empty name") << QString() << QString() << QString() << qint64(0);
    QTest::newRow("blank name") << u" \t"_s << QString() << QString() << qint64(0);
    QTest::newRow("email without domain") << u"Jean"_s << u"jean@"_s << QString() << qint64(0);
    QTest::newRow("email without @") << u"Jean"_s << u"jean.acme.fr"_s << QString() << qint64(0);
    QTest::newRow("email with two @") << u"Jean"_s << u"jean@@acme.fr"_s << QString() << qint64(0);
    QTest::newRow("email with space")
        << u"Jean"_s << u"jean dupont@acme.fr"_s << QString() << qint64(0);
    QTest::newRow("email without tld") << u"Jean"_s << u"jean@acme"_s << QString() << qint64(0);
    QTest::newRow("unknown decision role") << u"Jean"_s << QString() << u"boss"_s << qint64(0);
    QTest::newRow("unknown company") << u"Jean"_s << QString() << QString() << qint64(424242);
}

void TestRepositories::contactValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, decisionRole);
    QFETCH(qint64, companyId);
    ContactRepository repo(db());
    Contact c;
    c.name = name;
    c.email = email;
    c.decisionRole = decisionRole;
    c.companyId = companyId;
    const auto id = repo.create(c);
    QVERIFY(!id.ok());
    QCOMPARE(id.errorKind(), ErrorKind::User);
    QVERIFY(!id.errorMessage().isEmpty());
    QCOMPARE(repo.list()->size(), 0);
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM contacts"_s), qint64(0));
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM events"_s), qint64(0));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"

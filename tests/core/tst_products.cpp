#include "storage/eventlog.h"
#include "storage/productrepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

// The product catalogue: seeded once, added to, edited, deactivated, every change logged.
class TestProducts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void seededCatalogue();
    void addAndFind();
    void validation();
    void updateLogsEachField();
    void deactivateHidesFromNewQuotes();

private:
    Database &db() { return *m_fx->db; }
    std::unique_ptr<DatabaseFixture> m_fx;
};

void TestProducts::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"products.db"_s), QString());
}

void TestProducts::cleanup()
{
    m_fx.reset();
}

void TestProducts::seededCatalogue()
{
    const auto all = ProductRepository(db()).list();
    QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
    QStringList keys;
    for (const Product &p : all.value())
        keys << p.key;
    for (const QString &key : {u"starter"_s, u"vps-s"_s, u"paas"_s, u"gpu-l4"_s, u"storage"_s,
                               u"backup"_s, u"monitoring"_s, u"cdn"_s, u"support-business"_s})
        QVERIFY2(keys.contains(key), qPrintable(key));
    const auto starter = ProductRepository(db()).findByKey(u"starter"_s);
    QVERIFY2(starter.ok(), qPrintable(starter.errorMessage()));
    QCOMPARE(starter->price, Money(999));
    QCOMPARE(starter->billing, Billing::Monthly);
    QCOMPARE(starter->vatBp, 2000);
    QVERIFY(starter->active);
    QCOMPARE(starter->unit.fr, u"VM"_s);
    const auto storage = ProductRepository(db()).findByKey(u"storage"_s);
    QCOMPARE(storage->unit.fr, u"To"_s);
    QCOMPARE(storage->unit.en, u"TB"_s);
    QCOMPARE(ProductRepository(db()).findByKey(u"onboarding"_s)->billing, Billing::OneTime);
    QVERIFY(!ProductRepository(db()).findByKey(u"nope"_s).ok());
}

void TestProducts::addAndFind()
{
    Product p;
    p.key = u"gpu-h100"_s;
    p.name = {u"GPU instance (H100)"_s, u"Instance GPU (H100)"_s};
    p.unit = {u"GPU"_s, u"GPU"_s};
    p.price = Money(249000);
    const auto id = ProductRepository(db()).add(p);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    QCOMPARE(p.id, *id);
    const auto back = ProductRepository(db()).find(*id);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->key, p.key);
    QCOMPARE(back->name.fr, u"Instance GPU (H100)"_s);
    QCOMPARE(back->name.en, u"GPU instance (H100)"_s);
    QCOMPARE(back->price, Money(249000));
    const auto events = EventLog(db()).forEntity(u"product"_s, *id);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().kind, Event::Kind::Created);

    // The same key twice is refused, without a row or an event.
    const qint64 before = countRows(db(), u"SELECT count(*) FROM events"_s);
    Product again = p;
    const auto twice = ProductRepository(db()).add(again);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.errorMessage().contains("gpu-h100"_L1), qPrintable(twice.errorMessage()));
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM events"_s), before);
}

void TestProducts::validation()
{
    Product p;
    p.key = u"Bad Key"_s;
    p.name.fr = u"x"_s;
    p.unit.fr = u"VM"_s;
    QVERIFY(!ProductRepository::validate(p).ok());
    p.key = u"ok-1"_s;
    QVERIFY(ProductRepository::validate(p).ok());
    p.unit.fr = u"  "_s; // a unit is required (the schema has no NULL unit)
    QVERIFY(ProductRepository::validate(p).errorMessage().contains(u"unit"_s));
    p.unit.fr = u"VM"_s;
    p.price = Money(-1);
    QVERIFY(!ProductRepository::validate(p).ok());
    p.price = Money(0);
    p.vatBp = 10001;
    QVERIFY(!ProductRepository::validate(p).ok());
    p.vatBp = 550;
    p.name.fr.clear();
    QVERIFY(!ProductRepository::validate(p).ok());
}

void TestProducts::updateLogsEachField()
{
    Result<Product> p = ProductRepository(db()).findByKey(u"vps-m"_s);
    QVERIFY(p.ok());
    p->price = Money(4490);
    p->vatBp = 1000;
    DB_CHECK(ProductRepository(db()).update(p.value()));
    QCOMPARE(ProductRepository(db()).find(p->id)->price, Money(4490));
    const auto events = EventLog(db()).forEntity(u"product"_s, p->id);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0).field, u"price_cents"_s);
    QCOMPARE(events->at(0).oldValue, u"3990"_s);
    QCOMPARE(events->at(0).newValue, u"4490"_s);
    QCOMPARE(events->at(1).field, u"vat_bp"_s);
    // Nothing changed: nothing logged.
    DB_CHECK(ProductRepository(db()).update(p.value()));
    QCOMPARE(EventLog(db()).forEntity(u"product"_s, p->id)->size(), 2);
    // Another product's key is refused.
    p->key = u"vps-s"_s;
    QVERIFY(!ProductRepository(db()).update(p.value()).ok());
}

void TestProducts::deactivateHidesFromNewQuotes()
{
    const qint64 id = ProductRepository(db()).findByKey(u"cdn"_s)->id;
    const qsizetype active = ProductRepository(db()).list()->size();
    DB_CHECK(ProductRepository(db()).deactivate(id));
    QCOMPARE(ProductRepository(db()).list()->size(), active - 1);
    QCOMPARE(ProductRepository(db()).list(true)->size(), active);
    QVERIFY(!ProductRepository(db()).find(id)->active);
    QVERIFY(!ProductRepository(db()).deactivate(id).ok());
}

QTEST_GUILESS_MAIN(TestProducts)
#include "tst_products.moc"

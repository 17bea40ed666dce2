// SellerRepository: the seller's details in the database, their checks and their history.

#include "storage/eventlog.h"
#include "storage/sellerrepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

namespace {

SellerDetails validSeller()
{
    SellerDetails s;
    s.companyName = u"VM Cloud SAS"_s;
    s.addressLines = {u"12 rue de la Paix"_s, u"75002 Paris"_s, u"France"_s};
    s.siret = u"732 829 320 00074"_s;
    s.vatNumber = u"FR44732829320"_s;
    s.iban = u"FR76 3000 6000 0112 3456 7890 189"_s;
    s.termsUrl = u"https://vmcloud.example/cgv"_s;
    s.logo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
    return s;
}

} // namespace

class TestSellerRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyUntilSaved();
    void roundTrip();
    void validFields_data();
    void validFields();
    void invalidFields_data();
    void invalidFields();
    void logoSize();
    void refusalWritesNothing();
    void savingLogsEachChangedField();
    void sameDetailsIsNoChange();
    void joinsCallersTransaction();

private:
    QList<Event> sellerEvents()
    {
        const Result<QList<Event>> events = EventLog(*m_fx->db).forEntity(u"seller"_s, 1);
        return events.ok() ? events.value() : QList<Event>{};
    }

    std::unique_ptr<DatabaseFixture> m_fx;
};

void TestSellerRepository::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"seller.db"_s), QString());
}

void TestSellerRepository::cleanup()
{
    m_fx.reset();
}

void TestSellerRepository::emptyUntilSaved()
{
    const Result<SellerDetails> loaded = SellerRepository(*m_fx->db).load();
    DB_CHECK(loaded);
    QCOMPARE(*loaded, SellerDetails{});
}

void TestSellerRepository::roundTrip()
{
    SellerRepository repo(*m_fx->db);
    const SellerDetails seller = validSeller();
    DB_CHECK(repo.save(seller));
    Result<SellerDetails> loaded = repo.load();
    DB_CHECK(loaded);
    QCOMPARE(*loaded, seller);
    QCOMPARE(countRows(*m_fx->db, u"SELECT count(*) FROM seller"_s), 1);
    QCOMPARE(countRows(*m_fx->db, u"SELECT updated_at FROM seller"_s),
             fixedNow().toMSecsSinceEpoch());

    // Saved again with fewer fields: the emptied ones are gone, still one row. Blank address
    // lines and surrounding spaces are not kept.
    SellerDetails smaller;
    smaller.companyName = u"  VM Cloud  "_s;
    smaller.addressLines = {u"1 place du Marché "_s, u""_s, u"69001 Lyon"_s};
    DB_CHECK(repo.save(smaller));
    loaded = repo.load();
    DB_CHECK(loaded);
    QCOMPARE(loaded->companyName, u"VM Cloud"_s);
    QCOMPARE(loaded->addressLines, (QStringList{u"1 place du Marché"_s, u"69001 Lyon"_s}));
    QVERIFY(loaded->siret.isEmpty());
    QVERIFY(loaded->logo.isEmpty());
    QCOMPARE(countRows(*m_fx->db, u"SELECT count(*) FROM seller"_s), 1);
    QCOMPARE(countRows(*m_fx->db, u"SELECT count(*) FROM seller WHERE logo IS NULL"_s), 1);

    // Nothing at all removes the details (how the first save is undone), and logs it.
    DB_CHECK(repo.save(SellerDetails{}));
    QCOMPARE(repo.load().value(), SellerDetails{});
    QCOMPARE(countRows(*m_fx->db, u"SELECT count(*) FROM seller"_s), 0);
    QVERIFY(countRows(*m_fx->db, u"SELECT count(*) FROM events WHERE entity = 'seller' AND "
                                 "field = 'company_name' AND COALESCE(new_value, '') = ''"_s) > 0);
}

void TestSellerRepository::validFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("SIRET without spaces") << u"siret"_s << u"40483304800022"_s;
    QTest::newRow("SIRET of La Poste") << u"siret"_s << u"35600000000048"_s;
    QTest::newRow("VAT lowercase with spaces") << u"vat"_s << u"fr 44 732829320"_s;
    QTest::newRow("VAT German") << u"vat"_s << u"DE136695976"_s;
    QTest::newRow("VAT French letter key") << u"vat"_s << u"FRAB732829320"_s;
    QTest::newRow("IBAN German") << u"iban"_s << u"DE89 3704 0044 0532 0130 00"_s;
    QTest::newRow("IBAN lowercase") << u"iban"_s << u"fr7630006000011234567890189"_s;
    QTest::newRow("URL http") << u"url"_s << u"http://example.org/terms?v=2"_s;
}

namespace {

SellerDetails withField(const QString &field, const QString &value)
{
    SellerDetails s;
    s.companyName = u"VM Cloud"_s;
    if (field == "siret"_L1)
        s.siret = value;
    else if (field == "vat"_L1)
        s.vatNumber = value;
    else if (field == "iban"_L1)
        s.iban = value;
    else if (field == "url"_L1)
        s.termsUrl = value;
    else if (field == "name"_L1)
        s.companyName = value;
    return s;
}

} // namespace

void TestSellerRepository::validFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    DB_CHECK(SellerRepository::validate(withField(field, value)));
}

void TestSellerRepository::invalidFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named"); // what the message must name
    QTest::newRow("name missing") << u"name"_s << u"   "_s << u"Company name"_s;
    QTest::newRow("SIRET too short") << u"siret"_s << u"7328293200007"_s << u"SIRET"_s;
    QTest::newRow("SIRET letters") << u"siret"_s << u"7328293200007A"_s << u"SIRET"_s;
    QTest::newRow("SIRET Luhn") << u"siret"_s << u"73282932000075"_s << u"check digit"_s;
    QTest::newRow("VAT no country") << u"vat"_s << u"44732829320"_s << u"VAT number"_s;
    QTest::newRow("VAT too long") << u"vat"_s << u"DE12345678901234"_s << u"VAT number"_s;
    QTest::newRow("VAT punctuation") << u"vat"_s << u"DE136-695-976"_s << u"VAT number"_s;
    QTest::newRow("VAT French short SIREN") << u"vat"_s << u"FR4473282932"_s << u"SIREN"_s;
    QTest::newRow("VAT French wrong key") << u"vat"_s << u"FR45732829320"_s << u"check digits"_s;
    QTest::newRow("IBAN too short") << u"iban"_s << u"FR76 3000"_s << u"IBAN"_s;
    QTest::newRow("IBAN mod 97") << u"iban"_s << u"FR76 3000 6000 0112 3456 7890 188"_s
                                 << u"check digits"_s;
    QTest::newRow("IBAN no country") << u"iban"_s << u"7630006000011234567890189"_s << u"IBAN"_s;
    QTest::newRow("URL ftp") << u"url"_s << u"ftp://example.org/cgv"_s << u"Terms URL"_s;
    QTest::newRow("URL without scheme") << u"url"_s << u"example.org/cgv"_s << u"Terms URL"_s;
    QTest::newRow("URL with a space") << u"url"_s << u"https://exa mple.org"_s << u"Terms URL"_s;
}

void TestSellerRepository::invalidFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, named);
    const Status s = SellerRepository::validate(withField(field, value));
    QVERIFY(!s.ok());
    QCOMPARE(s.errorKind(), ErrorKind::User);
    QVERIFY2(s.errorMessage().contains(named), qPrintable(s.errorMessage()));
}

void TestSellerRepository::logoSize()
{
    SellerDetails s = validSeller();
    s.logo = QByteArray(SellerRepository::kMaxLogoBytes, 'x');
    DB_CHECK(SellerRepository::validate(s));
    s.logo.append('x');
    const Status refused = SellerRepository::validate(s);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().startsWith("Logo"_L1), qPrintable(refused.errorMessage()));
    QVERIFY(!SellerRepository(*m_fx->db).save(s).ok());
}

void TestSellerRepository::refusalWritesNothing()
{
    SellerRepository repo(*m_fx->db);
    DB_CHECK(repo.save(validSeller()));
    const qint64 events = sellerEvents().size();
    SellerDetails bad = validSeller();
    bad.companyName = u"Renamed"_s;
    bad.iban = u"FR00 0000"_s;
    bad.siret = u"123"_s;
    const Status s = repo.save(bad);
    QVERIFY(!s.ok());
    // Every problem, one a line.
    QVERIFY2(s.errorMessage().contains("IBAN"_L1) && s.errorMessage().contains("SIRET"_L1),
             qPrintable(s.errorMessage()));
    QCOMPARE(repo.load().value(), validSeller());
    QCOMPARE(sellerEvents().size(), events);
}

void TestSellerRepository::savingLogsEachChangedField()
{
    SellerRepository repo(*m_fx->db);
    DB_CHECK(repo.save(validSeller()));
    QList<Event> events = sellerEvents();
    QStringList fields;
    for (const Event &e : std::as_const(events)) {
        QCOMPARE(e.kind, Event::Kind::Edited);
        QCOMPARE(e.entity, u"seller"_s);
        fields << e.field;
    }
    QCOMPARE(fields, (QStringList{u"company_name"_s, u"address"_s, u"siret"_s, u"vat_number"_s,
                                  u"iban"_s, u"terms_url"_s, u"logo"_s}));
    // The logo as its size and hash, never its bytes.
    const Event &logo = events.last();
    QVERIFY(logo.oldValue.isEmpty());
    QVERIFY2(
        logo.newValue.contains("108"_L1) &&
            logo.newValue.contains(QString::fromLatin1(
                QCryptographicHash::hash(validSeller().logo, QCryptographicHash::Sha256).toHex())),
        qPrintable(logo.newValue));
    QCOMPARE(events.at(1).newValue, u"12 rue de la Paix\n75002 Paris\nFrance"_s);

    SellerDetails changed = validSeller();
    changed.iban = u"DE89 3704 0044 0532 0130 00"_s;
    DB_CHECK(repo.save(changed));
    events = sellerEvents();
    QCOMPARE(events.size(), fields.size() + 1);
    QCOMPARE(events.last().field, u"iban"_s);
    QCOMPARE(events.last().oldValue, validSeller().iban);
    QCOMPARE(events.last().newValue, changed.iban);
}

void TestSellerRepository::sameDetailsIsNoChange()
{
    SellerRepository repo(*m_fx->db);
    DB_CHECK(repo.save(validSeller()));
    const qsizetype events = sellerEvents().size();
    m_fx->clock.advanceSecs(60);
    DB_CHECK(repo.save(validSeller()));
    QCOMPARE(sellerEvents().size(), events);
    QCOMPARE(countRows(*m_fx->db, u"SELECT updated_at FROM seller"_s),
             fixedNow().toMSecsSinceEpoch());
}

void TestSellerRepository::joinsCallersTransaction()
{
    SellerRepository repo(*m_fx->db);
    {
        Database::Transaction tx(*m_fx->db);
        DB_CHECK(repo.save(validSeller()));
        // Not committed: rolled back with the caller's transaction.
    }
    QCOMPARE(repo.load().value(), SellerDetails{});
    QVERIFY(sellerEvents().isEmpty());
}

QTEST_GUILESS_MAIN(TestSellerRepository)
#include "tst_sellerrepository.moc"

// Quotes in the database: the handwritten signature's image, and removing a draft (the undo
// of "New quote") with its number given back.

#include "storage/eventlog.h"
#include "storage/productrepository.h"
#include "storage/quoterepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestQuoteImageAndRemoval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signatureImageRoundTrip();
    void signatureImageRefusals();
    void removeGivesTheNumberBack();
    void removeKeepsTheNumberWhenALaterOneExists();
    void removeOnlyADraft();

private:
    Database &db() { return *m_fx->db; }
    Quote draft();

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_deal = 0;
};

void TestQuoteImageAndRemoval::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"quotes.db"_s), QString());
    Company c = sampleCompany();
    const auto company = CompanyRepository(db()).create(c);
    QVERIFY(company.ok());
    Deal d = sampleDeal(*company);
    const auto deal = DealRepository(db()).create(d);
    QVERIFY(deal.ok());
    m_deal = *deal;
}

void TestQuoteImageAndRemoval::cleanup()
{
    m_fx.reset();
}

// Two VPS M on an annual contract: a quote the policy accepts and that can be sent.
Quote TestQuoteImageAndRemoval::draft()
{
    Quote q;
    q.dealId = m_deal;
    q.contract = u"annual-standard"_s;
    QuoteLine l;
    const auto product = ProductRepository(db()).findByKey(u"vps-m"_s);
    l.productId = product.ok() ? product->id : 0;
    l.description = u"VPS M"_s;
    l.quantityMilli = 2000;
    l.unitPrice = Money(3990);
    q.lines << l;
    return q;
}

void TestQuoteImageAndRemoval::signatureImageRoundTrip()
{
    Quote q = draft();
    DB_CHECK(QuoteRepository(db()).create(q));
    DB_CHECK(QuoteRepository(db()).markSent(q.id));
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, 'p');
    DB_CHECK(QuoteRepository(db()).markSigned(
        q.id, {u"Claire Martin"_s, {}, SignatureMethod::InPerson, {}, png}));
    QuoteRepository repo(db());
    QCOMPARE(repo.find(q.id)->signature->image, png);
    QCOMPARE(repo.findByNumber(q.displayNumber())->signature->image, png);
    QCOMPARE(repo.forDeal(m_deal)->first().signature->image, png);
    // list() stays lean: the signature without its image.
    const auto listed = repo.list();
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().signature->signer, u"Claire Martin"_s);
    QVERIFY(listed->first().signature->image.isEmpty());
    // Frozen with the quote.
    QVERIFY(!execOn(db(), u"UPDATE quotes SET signature_image = NULL WHERE id = %1"_s.arg(q.id))
                 .isEmpty());
    QCOMPARE(repo.find(q.id)->signature->image, png);

    // Without an image: none stored.
    Quote other = draft();
    DB_CHECK(repo.create(other));
    DB_CHECK(repo.markSent(other.id));
    DB_CHECK(
        repo.markSigned(other.id, {u"Claire"_s, {}, SignatureMethod::Email, u"Re: devis"_s, {}}));
    QVERIFY(repo.find(other.id)->signature->image.isEmpty());
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM quotes WHERE signature_image IS NULL"_s), 1);
}

void TestQuoteImageAndRemoval::signatureImageRefusals()
{
    Quote q = draft();
    DB_CHECK(QuoteRepository(db()).create(q));
    DB_CHECK(QuoteRepository(db()).markSent(q.id));
    const QByteArray magic("\x89PNG\r\n\x1a\n", 8);
    QByteArray big = magic + QByteArray(QuoteRepository::kMaxSignatureImageBytes, 'p');
    Status s = QuoteRepository(db()).markSigned(
        q.id, {u"Claire"_s, {}, SignatureMethod::InPerson, {}, big});
    QVERIFY2(!s.ok() && s.errorMessage().contains("1024 KB"_L1), qPrintable(s.errorMessage()));
    s = QuoteRepository(db()).markSigned(
        q.id, {u"Claire"_s, {}, SignatureMethod::InPerson, {}, QByteArray("GIF89a....")});
    QVERIFY2(!s.ok() && s.errorMessage().contains("PNG"_L1), qPrintable(s.errorMessage()));
    QCOMPARE(QuoteRepository(db()).find(q.id)->status, QuoteStatus::Sent);
    big.resize(QuoteRepository::kMaxSignatureImageBytes); // exactly 1 MB is fine
    DB_CHECK(QuoteRepository(db()).markSigned(
        q.id, {u"Claire"_s, {}, SignatureMethod::InPerson, {}, big}));
}

void TestQuoteImageAndRemoval::removeGivesTheNumberBack()
{
    QuoteRepository repo(db());
    Quote first = draft();
    DB_CHECK(repo.create(first));
    Quote second = draft();
    DB_CHECK(repo.create(second));
    QCOMPARE(second.number, u"DEV-2026-0002"_s);
    const qint64 dealEvents = EventLog(db()).forEntity(u"deal"_s, m_deal)->size();

    DB_CHECK(repo.remove(second.id));
    QVERIFY(!repo.find(second.id).ok());
    QCOMPARE(
        countRows(db(), u"SELECT count(*) FROM quote_lines WHERE quote_id = %1"_s.arg(second.id)),
        0);
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM quote_discounts WHERE quote_id = %1"_s.arg(
                                 second.id)),
             0);
    QCOMPARE(countRows(db(), u"SELECT last FROM quote_numbers WHERE year = 2026"_s), 1);
    // Logged on the quote and on its deal.
    const auto onQuote = EventLog(db()).forEntity(u"quote"_s, second.id);
    QCOMPARE(onQuote->last().kind, Event::Kind::Deleted);
    QVERIFY(onQuote->last().detail.startsWith("DEV-2026-0002"_L1));
    const auto onDeal = EventLog(db()).forEntity(u"deal"_s, m_deal);
    QCOMPARE(onDeal->size(), dealEvents + 1);
    QCOMPARE(onDeal->last().field, u"quote"_s);
    QCOMPARE(onDeal->last().oldValue, u"draft"_s);
    QCOMPARE(onDeal->last().newValue, u"deleted"_s);
    QCOMPARE(onDeal->last().detail, u"DEV-2026-0002"_s);

    // The next quote gets the number again: no gap.
    Quote again = draft();
    DB_CHECK(repo.create(again));
    QCOMPARE(again.number, u"DEV-2026-0002"_s);
    // Removing them all goes back to none allocated.
    DB_CHECK(repo.remove(again.id));
    DB_CHECK(repo.remove(first.id));
    QCOMPARE(countRows(db(), u"SELECT last FROM quote_numbers WHERE year = 2026"_s), 0);
    Quote fresh = draft();
    DB_CHECK(repo.create(fresh));
    QCOMPARE(fresh.number, u"DEV-2026-0001"_s);
}

void TestQuoteImageAndRemoval::removeKeepsTheNumberWhenALaterOneExists()
{
    QuoteRepository repo(db());
    Quote first = draft();
    DB_CHECK(repo.create(first));
    Quote second = draft();
    DB_CHECK(repo.create(second));
    DB_CHECK(repo.remove(first.id));
    QCOMPARE(countRows(db(), u"SELECT last FROM quote_numbers WHERE year = 2026"_s), 2);
    QVERIFY(!EventLog(db()).forEntity(u"quote"_s, first.id)->last().detail.contains(u'\n'));
    Quote third = draft();
    DB_CHECK(repo.create(third));
    QCOMPARE(third.number, u"DEV-2026-0003"_s);

    // A draft revision keeps its number too: revision 1 holds it.
    DB_CHECK(repo.markSent(third.id));
    const auto revision = repo.revise(third.id);
    DB_CHECK(revision);
    DB_CHECK(repo.remove(*revision));
    QCOMPARE(countRows(db(), u"SELECT last FROM quote_numbers WHERE year = 2026"_s), 3);
    QCOMPARE(repo.find(third.id)->status, QuoteStatus::Sent);
}

void TestQuoteImageAndRemoval::removeOnlyADraft()
{
    QuoteRepository repo(db());
    Quote q = draft();
    DB_CHECK(repo.create(q));
    DB_CHECK(repo.markSent(q.id));
    const qint64 events = countRows(db(), u"SELECT count(*) FROM events"_s);
    const Status s = repo.remove(q.id);
    QVERIFY(!s.ok());
    QCOMPARE(s.errorKind(), ErrorKind::User);
    QVERIFY2(s.errorMessage().contains("sent"_L1) && s.errorMessage().contains("only a draft"_L1),
             qPrintable(s.errorMessage()));
    QVERIFY(repo.find(q.id).ok());
    QCOMPARE(countRows(db(), u"SELECT last FROM quote_numbers WHERE year = 2026"_s), 1);
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM events"_s), events);
    QVERIFY(!repo.remove(9999).ok());

    // A draft whose PDF was issued stays: the register points to it.
    Quote issued = draft();
    DB_CHECK(repo.create(issued));
    QCOMPARE(execOn(db(), u"INSERT INTO issued_documents (sha256, quote_id, display_number, "
                          "status, language, issued_at) VALUES (printf('%064d', 1), %1, "
                          "'DEV-2026-0002', 'draft', 'fr', 1)"_s.arg(issued.id)),
             QString());
    const Status kept = repo.remove(issued.id);
    QVERIFY2(!kept.ok() && kept.errorMessage().contains("PDF"_L1), qPrintable(kept.errorMessage()));
    QVERIFY(repo.find(issued.id).ok());
}

QTEST_GUILESS_MAIN(TestQuoteImageAndRemoval)
#include "tst_quoteimageandremoval.moc"

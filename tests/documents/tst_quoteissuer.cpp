// QuoteIssuer: quotes issued as PDFs from the database, the register of what was issued, and
// `verify` telling an issued file from an altered or unknown one.

#include "../core/testsupport.h"
#include "documents/quoteissuer.h"
#include "documents/quotepdf.h"
#include "storage/contactrepository.h"
#include "storage/productrepository.h"
#include "storage/quoterepository.h"
#include "storage/sellerrepository.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestQuoteIssuer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void buyerForDeal();
    void documentReadsTheDatabase();
    void writePdfRecordsTheHash();
    void verifyFindsTheIssuedFile();
    void verifyAlteredCopies_data();
    void verifyAlteredCopies();
    void verifyUnknownFiles();
    void verifyRefusesWhatItCannotRead();
    void failedWriteRecordsNothing();
    void signedPdfShowsFingerprintAndImage();
    void pdfTitleEncodings();

private:
    Database &db() { return *m_fx->db; }
    qint64 sentQuote();
    QString pdfText(const QString &path) const;
    static QByteArray read(const QString &path);
    static bool write(const QString &path, const QByteArray &bytes);

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_company = 0;
    qint64 m_contact = 0;
    qint64 m_deal = 0;
};

void TestQuoteIssuer::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"issuer.db"_s), QString());
    Company c = sampleCompany(u"Atelier Béranger SARL"_s);
    const auto company = CompanyRepository(db()).create(c);
    DB_CHECK(company);
    m_company = *company;
    Contact first;
    first.companyId = m_company;
    first.name = u"Paul Béranger"_s;
    first.email = u"paul@beranger.example"_s;
    DB_CHECK(ContactRepository(db()).create(first));
    Contact buyer;
    buyer.companyId = m_company;
    buyer.name = u"Camille Martin"_s;
    buyer.email = u"camille@beranger.example"_s;
    const auto contact = ContactRepository(db()).create(buyer);
    DB_CHECK(contact);
    m_contact = *contact;
    Deal d = sampleDeal(m_company);
    d.contactId = m_contact;
    const auto deal = DealRepository(db()).create(d);
    DB_CHECK(deal);
    m_deal = *deal;

    SellerDetails seller;
    seller.companyName = u"VMCloud SAS"_s;
    seller.addressLines = {u"12 rue de la Paix"_s, u"75002 Paris"_s};
    seller.siret = u"732 829 320 00074"_s;
    DB_CHECK(SellerRepository(db()).save(seller));
}

void TestQuoteIssuer::cleanup()
{
    m_fx.reset();
}

qint64 TestQuoteIssuer::sentQuote()
{
    Quote q;
    q.dealId = m_deal;
    q.contract = u"annual-standard"_s;
    QuoteLine l;
    l.productId = ProductRepository(db()).findByKey(u"vps-m"_s)->id;
    l.description = u"VPS M"_s;
    l.quantityMilli = 2000;
    l.unitPrice = Money(3990);
    q.lines << l;
    QuoteRepository repo(db());
    if (!repo.create(q).ok() || !repo.markSent(q.id).ok())
        return 0;
    return q.id;
}

QString TestQuoteIssuer::pdfText(const QString &path) const
{
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QByteArray TestQuoteIssuer::read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool TestQuoteIssuer::write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

void TestQuoteIssuer::buyerForDeal()
{
    QuoteIssuer issuer(db());
    Result<Buyer> buyer = issuer.buyerForDeal(m_deal);
    DB_CHECK(buyer);
    QCOMPARE(buyer->companyId, m_company);
    QCOMPARE(buyer->companyName, u"Atelier Béranger SARL"_s);
    QCOMPARE(buyer->contactId, m_contact);
    QCOMPARE(buyer->contactName, u"Camille Martin"_s);
    QCOMPARE(buyer->email, u"camille@beranger.example"_s);

    // Without a contact on the deal: the company's first one.
    Deal other = sampleDeal(m_company, u"Second deal"_s);
    const auto otherId = DealRepository(db()).create(other);
    DB_CHECK(otherId);
    buyer = issuer.buyerForDeal(*otherId);
    DB_CHECK(buyer);
    QCOMPARE(buyer->contactName, u"Paul Béranger"_s);

    // A company without contacts: none.
    Company alone = sampleCompany(u"Solo"_s);
    const auto aloneId = CompanyRepository(db()).create(alone);
    DB_CHECK(aloneId);
    Deal solo = sampleDeal(*aloneId, u"Solo deal"_s);
    const auto soloId = DealRepository(db()).create(solo);
    DB_CHECK(soloId);
    buyer = issuer.buyerForDeal(*soloId);
    DB_CHECK(buyer);
    QCOMPARE(buyer->companyName, u"Solo"_s);
    QCOMPARE(buyer->contactId, qint64(0));
    QVERIFY(buyer->contactName.isEmpty());

    QVERIFY(!issuer.buyerForDeal(9999).ok());
}

void TestQuoteIssuer::documentReadsTheDatabase()
{
    const qint64 id = sentQuote();
    QVERIFY(id > 0);
    const Result<QuoteDocument> doc = QuoteIssuer(db()).document(id);
    DB_CHECK(doc);
    QCOMPARE(doc->quote().id, id);
    QCOMPARE(doc->seller().companyName, u"VMCloud SAS"_s);
    QCOMPARE(doc->buyer().contactName, u"Camille Martin"_s);
    QCOMPARE(doc->title(), u"Devis DEV-2026-0001"_s);
    QVERIFY(!QuoteIssuer(db()).document(9999).ok());
}

void TestQuoteIssuer::writePdfRecordsTheHash()
{
    const qint64 id = sentQuote();
    const QString path = m_fx->dir.filePath(u"devis.pdf"_s);
    const Result<IssuedDocument> issued = QuoteIssuer(db()).writePdf(id, path);
    DB_CHECK(issued);
    QCOMPARE(issued->sha256, fileHash(path));
    QVERIFY(issued->id > 0);
    QCOMPARE(issued->quoteId, id);
    QCOMPARE(issued->displayNumber, u"DEV-2026-0001"_s);
    QCOMPARE(issued->status, QuoteStatus::Sent);
    QCOMPARE(issued->fingerprint, QuoteIssuer(db()).document(id)->fingerprint());
    QCOMPARE(issued->language, u"fr"_s);
    QCOMPARE(issued->fileName, u"devis.pdf"_s);
    QCOMPARE(issued->issuedAt, fixedNow());

    // The register has it; a second PDF of the same quote is a second record (other bytes).
    const auto records = IssuedDocumentRepository(db()).forQuote(id);
    DB_CHECK(records);
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().sha256, issued->sha256);
    DB_CHECK(QuoteIssuer(db()).writePdf(id, m_fx->dir.filePath(u"again.pdf"_s)));
    QCOMPARE(IssuedDocumentRepository(db()).forQuote(id)->size(), 2);

    // Recording the same bytes again returns the first record.
    IssuedDocument same = *issued;
    same.id = 0;
    same.fileName = u"copy.pdf"_s;
    const auto again = IssuedDocumentRepository(db()).record(same);
    DB_CHECK(again);
    QCOMPARE(*again, issued->id);
    QCOMPARE(same.fileName, u"devis.pdf"_s);
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM issued_documents"_s), 2);
}

void TestQuoteIssuer::verifyFindsTheIssuedFile()
{
    const qint64 id = sentQuote();
    // A second revision, signed: the register knows its number and status.
    QuoteRepository repo(db());
    const auto revision = repo.revise(id);
    DB_CHECK(revision);
    DB_CHECK(repo.markSent(*revision));
    DB_CHECK(repo.markSigned(
        *revision, {u"Camille Martin"_s, {}, SignatureMethod::Email, u"Re: devis"_s, {}}));
    const QString path = m_fx->dir.filePath(u"r2.pdf"_s);
    DB_CHECK(QuoteIssuer(db()).writePdf(*revision, path));

    const Result<VerifyOutcome> outcome = QuoteIssuer(db()).verify(path);
    DB_CHECK(outcome);
    QVERIFY(outcome->issued.has_value());
    QCOMPARE(outcome->issued->displayNumber, u"DEV-2026-0001-R2"_s);
    QCOMPARE(outcome->issued->quoteId, *revision);
    QCOMPARE(outcome->issued->status, QuoteStatus::Signed);
    QVERIFY(outcome->claimedNumber.isEmpty());
}

void TestQuoteIssuer::verifyAlteredCopies_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("a byte flipped in the middle") << u"flip"_s;
    QTest::newRow("a byte appended") << u"append"_s;
    QTest::newRow("the last byte removed") << u"truncate"_s;
}

void TestQuoteIssuer::verifyAlteredCopies()
{
    QFETCH(QString, change);
    const qint64 id = sentQuote();
    const QString path = m_fx->dir.filePath(u"original.pdf"_s);
    DB_CHECK(QuoteIssuer(db()).writePdf(id, path));
    QByteArray bytes = read(path);
    QVERIFY(bytes.size() > 1000);
    if (change == "flip"_L1)
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    else if (change == "append"_L1)
        bytes.append('\n');
    else
        bytes.chop(1);
    const QString altered = m_fx->dir.filePath(u"altered.pdf"_s);
    QVERIFY(write(altered, bytes));

    const Result<VerifyOutcome> outcome = QuoteIssuer(db()).verify(altered);
    DB_CHECK(outcome);
    QVERIFY(!outcome->issued);
    QCOMPARE(outcome->claimedNumber, u"DEV-2026-0001"_s);
    // The original still matches.
    QVERIFY(QuoteIssuer(db()).verify(path)->issued.has_value());
}

void TestQuoteIssuer::verifyUnknownFiles()
{
    // A PDF Dealboard laid out but never issued from this database: a number it does not know.
    Quote foreign;
    foreign.number = u"DEV-2031-0042"_s;
    foreign.dealId = 1;
    foreign.contract = u"annual-standard"_s;
    foreign.status = QuoteStatus::Sent;
    const auto doc = QuoteDocument::build(foreign, db().playbook(), {}, {});
    DB_CHECK(doc);
    const QString foreignPath = m_fx->dir.filePath(u"foreign.pdf"_s);
    DB_CHECK(QuotePdf::write(doc.value(), foreignPath));
    Result<VerifyOutcome> outcome = QuoteIssuer(db()).verify(foreignPath);
    DB_CHECK(outcome);
    QVERIFY(!outcome->issued);
    QVERIFY(outcome->claimedNumber.isEmpty());

    // Not a PDF at all.
    const QString text = m_fx->dir.filePath(u"notes.txt"_s);
    QVERIFY(write(text, "Devis DEV-2026-0001, to do\n"));
    sentQuote(); // DEV-2026-0001 exists, but this file has no PDF title
    outcome = QuoteIssuer(db()).verify(text);
    DB_CHECK(outcome);
    QVERIFY(!outcome->issued);
    QVERIFY(outcome->claimedNumber.isEmpty());
    // An empty file.
    const QString empty = m_fx->dir.filePath(u"empty.pdf"_s);
    QVERIFY(write(empty, {}));
    QVERIFY(!QuoteIssuer(db()).verify(empty)->issued);
}

void TestQuoteIssuer::verifyRefusesWhatItCannotRead()
{
    const QString missing = m_fx->dir.filePath(u"missing.pdf"_s);
    Result<VerifyOutcome> r = QuoteIssuer(db()).verify(missing);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(missing), qPrintable(r.errorMessage()));
    r = QuoteIssuer(db()).verify(m_fx->dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(m_fx->dir.path()), qPrintable(r.errorMessage()));
    // Over 50 MB (a sparse file): refused before reading it.
    const QString huge = m_fx->dir.filePath(u"huge.pdf"_s);
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(51LL * 1024 * 1024));
    }
    r = QuoteIssuer(db()).verify(huge);
    QVERIFY(!r.ok());
    QCOMPARE(r.errorKind(), ErrorKind::User);
    QVERIFY2(r.errorMessage().contains(huge), qPrintable(r.errorMessage()));
}

void TestQuoteIssuer::failedWriteRecordsNothing()
{
    const qint64 id = sentQuote();
    const QString missingDir = m_fx->dir.filePath(u"no-such-dir/devis.pdf"_s);
    Result<IssuedDocument> r = QuoteIssuer(db()).writePdf(id, missingDir);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(missingDir), qPrintable(r.errorMessage()));
    QVERIFY(!QFile::exists(missingDir));
    // A parent that is a file: refused even as root.
    const QString parent = m_fx->dir.filePath(u"plain-file"_s);
    QVERIFY(write(parent, "x"));
    r = QuoteIssuer(db()).writePdf(id, parent + u"/devis.pdf"_s);
    QVERIFY(!r.ok());
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM issued_documents"_s), 0);
    // Nothing left half-done: the next write works and is the only record.
    DB_CHECK(QuoteIssuer(db()).writePdf(id, m_fx->dir.filePath(u"ok.pdf"_s)));
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM issued_documents"_s), 1);
    // An unknown quote: nothing written, nothing recorded.
    QVERIFY(!QuoteIssuer(db()).writePdf(9999, m_fx->dir.filePath(u"none.pdf"_s)).ok());
    QVERIFY(!QFile::exists(m_fx->dir.filePath(u"none.pdf"_s)));
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM issued_documents"_s), 1);
}

void TestQuoteIssuer::signedPdfShowsFingerprintAndImage()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    const qint64 id = sentQuote();
    QImage pad(300, 90, QImage::Format_ARGB32);
    pad.fill(Qt::transparent);
    for (int x = 20; x < 280; ++x)
        pad.setPixelColor(x, 45 + (x % 30) - 15, QColor(0, 0, 120));
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(pad.save(&buffer, "PNG"));
    DB_CHECK(QuoteRepository(db()).markSigned(
        id, {u"Camille Martin"_s, {}, SignatureMethod::InPerson, {}, png}));

    const QString path = m_fx->dir.filePath(u"signed.pdf"_s);
    const Result<IssuedDocument> issued = QuoteIssuer(db()).writePdf(id, path);
    DB_CHECK(issued);
    QCOMPARE(issued->status, QuoteStatus::Signed);
    QVERIFY(pdfText(path).contains(issued->fingerprint));
    QProcess p;
    p.start(u"pdfimages"_s, {u"-list"_s, path});
    p.waitForFinished(30000);
    const QStringList rows =
        QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QCOMPARE(rows.size(), 1); // no logo in this seller's details: the signature only
}

void TestQuoteIssuer::pdfTitleEncodings()
{
    // QPdfWriter's way: a literal string in UTF-16BE after a byte-order mark.
    QByteArray literal("%PDF-1.4\n1 0 obj\n<<\n/Title (\xfe\xff", 30);
    for (const char c : QByteArray("Devis DEV-2026-0007-R2"))
        literal.append('\0').append(c);
    literal.append(")\n>>\nendobj\n");
    QCOMPARE(QuoteIssuer::pdfTitle(literal), u"Devis DEV-2026-0007-R2"_s);
    // A hex string, escapes and nested parentheses, PDFDocEncoding.
    QCOMPARE(QuoteIssuer::pdfTitle("<< /Title <FEFF00510075006F0074006500200044>"), u"Quote D"_s);
    QCOMPARE(QuoteIssuer::pdfTitle("<< /Title (Quote \\(x\\) (DEV-2026-0001) \\101) >>"),
             u"Quote (x) (DEV-2026-0001) A"_s);
    // Only XMP metadata.
    QCOMPARE(QuoteIssuer::pdfTitle("<dc:title>\n <rdf:Alt>\n  <rdf:li xml:lang=\"x-default\">"
                                   "Devis DEV-2026-0003</rdf:li>"),
             u"Devis DEV-2026-0003"_s);
    QVERIFY(QuoteIssuer::pdfTitle("no title here").isEmpty());
    QVERIFY(QuoteIssuer::pdfTitle("/Title").isEmpty());
    QVERIFY(QuoteIssuer::pdfTitle("/Title (unterminated").isEmpty());
}

QTEST_MAIN(TestQuoteIssuer)
#include "tst_quoteissuer.moc"

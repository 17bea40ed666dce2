#include "documents/quotedocument.h"
#include "documents/quotefingerprint.h"
#include "documents/quotepdf.h"
#include "playbook/playbook.h"
#include "rules/discountpolicy.h"
#include "rules/quotetotals.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

// A quote in memory as the repository would hold it once sent (or signed): its discounts are
// the policy's decision on the default playbook.
Quote makeQuote(const Playbook &pb, int lineCount, const QString &language, bool isSigned)
{
    Quote q;
    q.id = 7;
    q.number = u"DEV-2026-0007"_s;
    q.revision = 2;
    q.dealId = 42;
    q.contract = u"annual-standard"_s;
    q.language = language;
    q.referral = true;
    q.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    q.validUntil = QDate(2026, 12, 2);
    for (int i = 0; i < lineCount; ++i) {
        QuoteLine l;
        l.productId = i % 4 + 1;
        l.description = u"Service %1 VPS-%2"_s.arg(i + 1, 2, 10, QChar(u'0')).arg(i % 4 + 1);
        l.quantityMilli = (i % 3 + 1) * 1000;
        l.unitPrice = Money(1990 + 1000 * i);
        l.billing = i == 1 ? Billing::OneTime : Billing::Monthly;
        q.lines.append(l);
    }
    q.discounts = DiscountPolicy::evaluate(pb, q).applied;
    q.status = QuoteStatus::Sent;
    if (isSigned) {
        q.status = QuoteStatus::Signed;
        q.signature = SignatureRecord{u"Camille Martin"_s,
                                      QDateTime(QDate(2026, 11, 10), QTime(14, 5), Qt::UTC),
                                      SignatureMethod::ESign,
                                      u"ENV-12345"_s,
                                      {}};
    }
    return q;
}

// Whitespace of any kind (no-break spaces, line breaks) as one space, ligatures decomposed.
QString normalise(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression spaces(u"[\\s\\x{00a0}\\x{202f}]+"_s);
    return s.replace(spaces, u" "_s);
}

QString withoutSpaces(QString text)
{
    return text.remove(u' ');
}

} // namespace

// Quotes as PDF: the content read back with pdftotext, the pages with pdfinfo.
class TestQuotePdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void content_data();
    void content();
    void longQuoteRepeatsTheHeader_data();
    void longQuoteRepeatsTheHeader();
    void fingerprint();
    void unwritablePath();
    void readOnlyDirectory();
    void pdfA();
    void signatureImageIsDrawn();
    void termsHeadingStaysWithItsText_data();
    void termsHeadingStaysWithItsText();

private:
    QStringList rawLines(const QString &path, int page) const;
    int imageCount(const QString &path, QStringList *types = nullptr) const;
    QuoteDocument document(const Quote &q) const;
    QString text(const QString &path, int page = 0) const;
    int pageCount(const QString &path) const;

    Playbook m_pb;
    QTemporaryDir m_dir;
    SellerDetails m_seller;
    Buyer m_buyer;
};

void TestQuotePdf::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed");
    auto pb = Playbook::loadDefault();
    QVERIFY2(pb.ok(), qPrintable(pb.errorMessage()));
    m_pb = pb.value();
    QVERIFY(m_dir.isValid());
    // DEALBOARD_TEST_KEEP=1 keeps the PDFs to look at them (pdftoppm -png -r 60 FILE /tmp/q).
    if (qEnvironmentVariableIsSet("DEALBOARD_TEST_KEEP")) {
        m_dir.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
    }

    // A logo with transparency: PDF/A-1b must get it flattened.
    QImage logo(120, 60, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    for (int x = 10; x < 110; ++x)
        for (int y = 10; y < 50; ++y)
            logo.setPixelColor(x, y, QColor(30, 90, 160));
    QByteArray logoBytes;
    QBuffer logoBuffer(&logoBytes);
    QVERIFY(logoBuffer.open(QIODevice::WriteOnly));
    QVERIFY(logo.save(&logoBuffer, "PNG"));

    m_seller = SellerDetails{u"VMCloud SAS"_s,
                             {u"12 rue de la Paix"_s, u"75002 Paris"_s, u"France"_s},
                             u"123 456 789 00012"_s,
                             u"FR12123456789"_s,
                             u"FR76 3000 6000 0112 3456 7890 189"_s,
                             u"https://vmcloud.example/cgv"_s,
                             logoBytes};
    m_buyer =
        Buyer{3, u"Atelier Béranger SARL"_s, 5, u"Camille Martin"_s, u"camille@beranger.example"_s};
}

QuoteDocument TestQuotePdf::document(const Quote &q) const
{
    auto doc = QuoteDocument::build(q, m_pb, m_seller, m_buyer);
    if (!doc)
        qFatal("QuoteDocument::build: %s", qPrintable(doc.errorMessage()));
    return doc.value();
}

QString TestQuotePdf::text(const QString &path, int page) const
{
    QStringList args;
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << path << u"-"_s;
    QProcess p;
    p.start(u"pdftotext"_s, args);
    p.waitForFinished(30000);
    return normalise(QString::fromUtf8(p.readAllStandardOutput()));
}

int TestQuotePdf::pageCount(const QString &path) const
{
    QProcess p;
    p.start(u"pdfinfo"_s, {path});
    p.waitForFinished(30000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s,
                                          QRegularExpression::MultilineOption);
    const auto m = pages.match(out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TestQuotePdf::content_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("isSigned");
    QTest::newRow("fr sent") << u"fr"_s << false;
    QTest::newRow("fr signed") << u"fr"_s << true;
    QTest::newRow("en sent") << u"en"_s << false;
    QTest::newRow("en signed") << u"en"_s << true;
}

void TestQuotePdf::content()
{
    QFETCH(QString, language);
    QFETCH(bool, isSigned);
    const bool fr = language == "fr"_L1;
    const QuoteDocument doc = document(makeQuote(m_pb, 2, language, isSigned));
    const QString path = m_dir.filePath(u"short-%1-%2.pdf"_s.arg(language).arg(isSigned));
    const Result<QByteArray> sha = QuotePdf::write(doc, path);
    QVERIFY2(sha.ok(), qPrintable(sha.errorMessage()));
    QCOMPARE(sha->size(), 64);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(), *sha);
    QCOMPARE(pageCount(path), 1);

    const QString t = text(path);
    const QLocale loc = doc.locale();
    const QuoteTotals &totals = doc.totals();
    QStringList expected{u"VMCloud SAS"_s,
                         u"123 456 789 00012"_s,
                         u"Atelier Béranger SARL"_s,
                         u"Camille Martin"_s,
                         u"camille@beranger.example"_s,
                         u"DEV-2026-0007-R2"_s,
                         u"Service 01 VPS-1"_s,
                         u"Service 02 VPS-2"_s,
                         totals.monthlyHt.format(loc),
                         totals.monthlyDiscountedHt.format(loc),
                         totals.monthlyTtc.format(loc),
                         totals.oneTimeTtc.format(loc),
                         totals.firstYearHt.format(loc)};
    if (fr)
        expected << u"DEVIS"_s << u"Bon pour accord"_s << u"Remise Annuel standard (−17 %)"_s
                 << u"sur les 3 premiers mois"_s << u"Valeur première année HT"_s << u"TVA 20 %"_s
                 << u"Upfront ou mensuel"_s << u"valable jusqu’au 2 décembre 2026"_s;
    else
        expected << u"QUOTE"_s << u"Approved"_s << u"Discount Annual commitment (−17 %)"_s
                 << u"on the first 3 months"_s << u"First-year value excl. VAT"_s << u"VAT 20 %"_s
                 << u"Upfront or monthly"_s << u"valid until 2 December 2026"_s;
    for (const Money &m : totals.lines)
        expected << m.format(loc);
    for (const DiscountAmount &d : totals.discounts)
        expected << u"−"_s + d.monthly.format(loc);
    if (isSigned)
        expected << doc.fingerprint() << u"ENV-12345"_s
                 << (fr ? u"Signé par Camille Martin le 10 novembre 2026"_s
                        : u"Signed by Camille Martin on 10 November 2026"_s);
    for (const QString &e : std::as_const(expected))
        QVERIFY2(t.contains(normalise(e)), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(e, t)));
    QVERIFY2(withoutSpaces(t).contains(u"1/1"_s), qPrintable(t)); // pdftotext drops those spaces
    if (!isSigned)
        QVERIFY(!t.contains(doc.fingerprint()));
}

void TestQuotePdf::longQuoteRepeatsTheHeader_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << u"fr"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestQuotePdf::longQuoteRepeatsTheHeader()
{
    QFETCH(QString, language);
    const QuoteDocument doc = document(makeQuote(m_pb, 40, language, true));
    const QString path = m_dir.filePath(u"long-%1.pdf"_s.arg(language));
    const Result<QByteArray> sha = QuotePdf::write(doc, path);
    QVERIFY2(sha.ok(), qPrintable(sha.errorMessage()));
    const int pages = pageCount(path);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));

    const QString all = text(path);
    for (int i = 1; i <= 40; ++i)
        QVERIFY2(all.contains(u"Service %1 VPS"_s.arg(i, 2, 10, QChar(u'0'))), qPrintable(all));
    const QString page2 = text(path, 2);
    const QString header = language == "fr"_L1 ? u"Désignation"_s : u"Description"_s;
    QVERIFY2(page2.contains(header), qPrintable(page2));
    QVERIFY2(withoutSpaces(page2).contains(u"2/%1"_s.arg(pages)), qPrintable(page2));
    QVERIFY2(page2.contains(doc.fingerprint()), qPrintable(page2));
    QVERIFY(withoutSpaces(text(path, 1)).contains(u"1/%1"_s.arg(pages)));
    // The signature block is never split: its title and its content on the same page.
    const QString last = text(path, pages);
    QVERIFY2(last.contains(language == "fr"_L1 ? u"Bon pour accord"_s : u"Approved"_s),
             qPrintable(last));
    QVERIFY2(last.contains(u"ENV-12345"_s), qPrintable(last));
}

void TestQuotePdf::fingerprint()
{
    const Quote q = makeQuote(m_pb, 2, u"fr"_s, true);
    const QuoteDocument a = document(q);
    const QuoteDocument b = document(q);
    QCOMPARE(a.fingerprint().size(), 64);
    QCOMPARE(a.fingerprint(), b.fingerprint());
    QCOMPARE(QuoteFingerprint::canonicalJson(a.quote(), a.totals()),
             QuoteFingerprint::canonicalJson(b.quote(), b.totals()));

    // Rendered twice, the PDFs carry the same fingerprint.
    const QString p1 = m_dir.filePath(u"fp1.pdf"_s);
    const QString p2 = m_dir.filePath(u"fp2.pdf"_s);
    QVERIFY(QuotePdf::write(a, p1).ok());
    QVERIFY(QuotePdf::write(b, p2).ok());
    QVERIFY(text(p1).contains(a.fingerprint()));
    QVERIFY(text(p2).contains(a.fingerprint()));

    // Any change of content changes it: a line's quantity, its description, the validity.
    Quote changed = q;
    changed.lines[0].quantityMilli += 1000;
    QVERIFY(document(changed).fingerprint() != a.fingerprint());
    changed = q;
    changed.lines[1].description += u"."_s;
    QVERIFY(document(changed).fingerprint() != a.fingerprint());
    changed = q;
    changed.validUntil = changed.validUntil.addDays(1);
    QVERIFY(document(changed).fingerprint() != a.fingerprint());
    // The signature is not content: the fingerprint quoted before signing stays valid.
    changed = q;
    changed.signature->reference = u"other"_s;
    QCOMPARE(document(changed).fingerprint(), a.fingerprint());
}

void TestQuotePdf::unwritablePath()
{
    const QuoteDocument doc = document(makeQuote(m_pb, 2, u"en"_s, false));
    const QString path = m_dir.filePath(u"missing-dir/quote.pdf"_s);
    const Result<QByteArray> r = QuotePdf::write(doc, path);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(path), qPrintable(r.errorMessage()));
    QVERIFY(!QFile::exists(path));

    // A parent that is a file: refused even when running as root.
    QFile parent(m_dir.filePath(u"logo.png"_s));
    QVERIFY(parent.open(QIODevice::WriteOnly));
    parent.close();
    const QString underFile = m_dir.filePath(u"logo.png/quote.pdf"_s);
    const Result<QByteArray> r2 = QuotePdf::write(doc, underFile);
    QVERIFY(!r2.ok());
    QVERIFY2(r2.errorMessage().startsWith(u"Cannot write the PDF to %1"_s.arg(underFile)),
             qPrintable(r2.errorMessage()));
    QVERIFY(QFileInfo(m_dir.filePath(u"logo.png"_s)).isFile());
}

void TestQuotePdf::readOnlyDirectory()
{
    // A read-only directory: nothing left behind, not even QSaveFile's temporary file.
    const QuoteDocument doc = document(makeQuote(m_pb, 2, u"en"_s, false));
    const QString readOnly = m_dir.filePath(u"ro"_s);
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (QFileInfo(readOnly).isWritable()) // running as root: permissions do not stop it
        QSKIP("the read-only directory is writable (root)");
    const Result<QByteArray> r3 = QuotePdf::write(doc, readOnly + u"/quote.pdf"_s);
    QVERIFY(!r3.ok());
    QVERIFY2(r3.errorMessage().startsWith(u"Cannot write the PDF"_s),
             qPrintable(r3.errorMessage()));
    QVERIFY(QDir(readOnly).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestQuotePdf::pdfA()
{
    const QString path = m_dir.filePath(u"pdfa.pdf"_s);
    QVERIFY(QuotePdf::write(document(makeQuote(m_pb, 2, u"fr"_s, true)), path).ok());
    QProcess info;
    info.start(u"pdfinfo"_s, {u"-meta"_s, path});
    info.waitForFinished(30000);
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(meta.contains(u"pdfaid:part"_s) && meta.contains(u"Devis DEV-2026-0007-R2"_s),
             qPrintable(meta));
    if (QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty())
        QSKIP("pdffonts is not installed");
    QProcess fonts;
    fonts.start(u"pdffonts"_s, {path});
    fonts.waitForFinished(30000);
    const QStringList rows = QString::fromUtf8(fonts.readAllStandardOutput())
                                 .split(u'\n', Qt::SkipEmptyParts)
                                 .mid(2); // the header and its rule
    QVERIFY(!rows.isEmpty());
    static const QRegularExpression embedded(
        u"\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"_s);
    for (const QString &row : rows)
        QVERIFY2(embedded.match(row).hasMatch(), qPrintable(row));
}

QStringList TestQuotePdf::rawLines(const QString &path, int page) const
{
    QProcess p;
    p.start(u"pdftotext"_s,
            {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), path, u"-"_s});
    p.waitForFinished(30000);
    QStringList lines;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
        lines << normalise(line).trimmed();
    return lines;
}

// The images of a PDF as `pdfimages -list` lists them (rows after its two header lines).
int TestQuotePdf::imageCount(const QString &path, QStringList *types) const
{
    QProcess p;
    p.start(u"pdfimages"_s, {u"-list"_s, path});
    p.waitForFinished(30000);
    const QStringList rows =
        QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
    if (types)
        for (const QString &row : rows)
            *types << row.simplified().section(u' ', 2, 2); // page num type …
    return int(rows.size());
}

void TestQuotePdf::signatureImageIsDrawn()
{
    if (QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty())
        QSKIP("pdfimages is not installed");
    // A stroke on a transparent background, as a signature pad gives it.
    QImage pad(400, 120, QImage::Format_ARGB32);
    pad.fill(Qt::transparent);
    {
        QPainter p(&pad);
        p.setPen(QPen(QColor(10, 20, 120), 4));
        p.drawLine(20, 90, 150, 20);
        p.drawLine(150, 20, 380, 100);
    }
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(pad.save(&buffer, "PNG"));

    const Quote without = makeQuote(m_pb, 2, u"fr"_s, true);
    Quote with = without;
    with.signature->image = png;
    const QString plain = m_dir.filePath(u"signed-plain.pdf"_s);
    const QString drawn = m_dir.filePath(u"signed-drawn.pdf"_s);
    QVERIFY(QuotePdf::write(document(without), plain).ok());
    QVERIFY(QuotePdf::write(document(with), drawn).ok());
    QStringList types;
    QCOMPARE(imageCount(drawn, &types), imageCount(plain) + 1);
    // Flattened: PDF/A-1b allows no soft mask.
    QVERIFY2(!types.contains(u"smask"_s), qPrintable(types.join(u' ')));
    // Inside the signature block, with the fingerprint in the footer as before.
    const QString t = text(drawn);
    QVERIFY(t.contains(document(with).fingerprint()));
    QVERIFY(t.contains(u"ENV-12345"_s));
    QCOMPARE(document(with).fingerprint(), document(without).fingerprint());

    // A quote not signed, or an image that does not decode, draws none.
    Quote broken = with;
    broken.signature->image = QByteArray("\x89PNG not really", 16);
    const QString brokenPath = m_dir.filePath(u"signed-broken.pdf"_s);
    QVERIFY(QuotePdf::write(document(broken), brokenPath).ok());
    QCOMPARE(imageCount(brokenPath), imageCount(plain));
}

void TestQuotePdf::termsHeadingStaysWithItsText_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << u"fr"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestQuotePdf::termsHeadingStaysWithItsText()
{
    // However many lines push the terms down, their heading is on the page of their text, and
    // the signature block's title on the page of its content.
    QFETCH(QString, language);
    const bool fr = language == "fr"_L1;
    const QString heading = fr ? u"Conditions"_s : u"Terms"_s;
    const QString firstLine = fr ? u"Contrat"_s : u"Contract:"_s;
    const QString approved = fr ? u"Bon pour accord"_s : u"Approved"_s;
    for (int lines = 1; lines <= 45; ++lines) {
        const QString path = m_dir.filePath(u"terms-%1-%2.pdf"_s.arg(language).arg(lines));
        QVERIFY(QuotePdf::write(document(makeQuote(m_pb, lines, language, true)), path).ok());
        const int pages = pageCount(path);
        int headingPage = 0;
        int textPage = 0;
        int approvedPage = 0;
        int referencePage = 0;
        for (int page = 1; page <= pages; ++page) {
            const QStringList raw = rawLines(path, page);
            if (raw.contains(heading))
                headingPage = page;
            for (const QString &line : raw) {
                if (line.startsWith(firstLine))
                    textPage = page;
                if (line.contains(approved))
                    approvedPage = page;
                if (line.contains(u"ENV-12345"_s))
                    referencePage = page;
            }
        }
        const QString where = u"%1 lines: heading on page %2, text on page %3 (of %4)"_s.arg(lines)
                                  .arg(headingPage)
                                  .arg(textPage)
                                  .arg(pages);
        QVERIFY2(headingPage > 0 && headingPage == textPage, qPrintable(where));
        QVERIFY2(approvedPage > 0 && approvedPage == referencePage, qPrintable(where));
    }
}

QTEST_MAIN(TestQuotePdf)
#include "tst_quotepdf.moc"

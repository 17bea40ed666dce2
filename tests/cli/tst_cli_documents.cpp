// End-to-end tests of the document commands: seller show/set, quote pdf and quote verify, the
// handwritten signature of quote sign --image, and deal move pointing at quote sign.

#include "clirunner.h"
#include "storage/database.h"

#include <QBuffer>
#include <QImage>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace dealboard::clitest;

class TestCliDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sellerShowBeforeAnySet();
    void sellerRefusals_data();
    void sellerRefusals();
    void sellerSetOnlyChangesWhatIsGiven();
    void quotePdfWritesAndRecords();
    void quotePdfRefusals();
    void quoteVerify();
    void quoteVerifyJson();
    void signWithImage();
    void dealMovePointsAtQuoteSign();
    void help_data();
    void help();

private:
    QString db() const { return m_fx->db(); }
    Run cli(const QStringList &arguments) { return m_fx->cli(arguments); }
    Run ok(const QStringList &arguments) { return m_fx->ok(arguments); }
    Run run(const QStringList &arguments) { return cli(QStringList{u"--db"_s, db()} + arguments); }
    // Exit 1, one line on stderr, nothing on stdout, the database untouched.
    bool refused(const QStringList &arguments, const QString &named)
    {
        const QByteArray before = fileHash(db());
        const Run r = run(arguments);
        const bool clean = r.code == 1 && r.oneErrorLine() && r.out.isEmpty() &&
                           fileHash(db()) == before && r.err.contains(named);
        if (!clean)
            qWarning("not a clean refusal naming \"%s\": %s", qPrintable(named),
                     qPrintable(r.describe()));
        return clean;
    }
    QString file(const QString &name) const { return m_fx->dir.filePath(name); }
    bool writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile f(file(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    static QByteArray image(const char *format, int width = 300, int height = 90)
    {
        QImage img(width, height, QImage::Format_ARGB32);
        img.fill(Qt::transparent);
        for (int x = 10; x < width - 10; ++x)
            img.setPixelColor(x, height / 2 + (x % 20) - 10, QColor(10, 20, 120));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, format);
        return bytes;
    }
    // A deal in Proposal with its quote sent: returns the quote's id.
    QString sentQuote()
    {
        const Run deal = ok({u"deal"_s, u"add"_s, u"--title"_s, u"Cloud"_s, u"--company"_s,
                             u"Acme"_s, u"--mrr"_s, u"800"_s, u"--stage"_s, u"demo"_s, u"--email"_s,
                             u"camille@acme.example"_s, u"--json"_s});
        const QString dealId = QString::number(deal.json()[u"id"_s].toInteger());
        const Run quote = ok({u"quote"_s, u"create"_s, dealId, u"--line"_s, u"vps-m:2"_s,
                              u"--contract"_s, u"annual-standard"_s, u"--json"_s});
        const QString id = QString::number(quote.json()[u"id"_s].toInteger());
        ok({u"quote"_s, u"send"_s, id, u"--check"_s, u"demo-done"_s, u"--check"_s,
            u"interest-confirmed"_s, u"--check"_s, u"timeline-under-3-months"_s});
        return id;
    }
    qint64 issuedCount()
    {
        auto opened = dealboard::Database::open(db(), dealboard::Database::Mode::ReadOnly);
        if (!opened)
            return -1;
        QSqlQuery q((*opened)->connection());
        return q.exec(u"SELECT count(*) FROM issued_documents"_s) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    std::unique_ptr<CliFixture> m_fx;
};

void TestCliDocuments::init()
{
    m_fx = std::make_unique<CliFixture>();
    QVERIFY(m_fx->dir.isValid());
    QCOMPARE(ok({u"init"_s}).code, 0);
}

void TestCliDocuments::cleanup()
{
    m_fx.reset();
}

void TestCliDocuments::sellerShowBeforeAnySet()
{
    const Run r = ok({u"seller"_s, u"show"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"seller set"_s), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
    const Run j = ok({u"seller"_s, u"show"_s, u"--json"_s});
    QCOMPARE(j.code, 0);
    QVERIFY(j.json()[u"company_name"_s].isNull());
    QVERIFY(j.json()[u"logo"_s].isNull());
}

void TestCliDocuments::sellerRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("nothing") << QStringList{} << u"Nothing to change"_s;
    QTest::newRow("no name yet") << QStringList{u"--siret"_s, u"73282932000074"_s}
                                 << u"Company name"_s;
    QTest::newRow("SIRET") << QStringList{u"--name"_s, u"X"_s, u"--siret"_s, u"73282932000075"_s}
                           << u"SIRET"_s;
    QTest::newRow("VAT") << QStringList{u"--name"_s, u"X"_s, u"--vat"_s, u"FR45732829320"_s}
                         << u"VAT number"_s;
    QTest::newRow("IBAN") << QStringList{u"--name"_s, u"X"_s, u"--iban"_s,
                                         u"FR76 3000 6000 0112 3456 7890 188"_s}
                          << u"IBAN"_s;
    QTest::newRow("URL") << QStringList{u"--name"_s, u"X"_s, u"--terms-url"_s, u"ftp://x.fr"_s}
                         << u"Terms URL"_s;
    QTest::newRow("logo not an image")
        << QStringList{u"--name"_s, u"X"_s, u"--logo"_s, u"notes.txt"_s} << u"Logo"_s;
    QTest::newRow("logo missing") << QStringList{u"--name"_s, u"X"_s, u"--logo"_s, u"none.png"_s}
                                  << u"Logo"_s;
    QTest::newRow("logo too big") << QStringList{u"--name"_s, u"X"_s, u"--logo"_s, u"big.png"_s}
                                  << u"Logo"_s;
    QTest::newRow("logo and no logo")
        << QStringList{u"--name"_s, u"X"_s, u"--logo"_s, u"logo.png"_s, u"--no-logo"_s}
        << u"Logo"_s;
    QTest::newRow("address twice")
        << QStringList{u"--name"_s, u"X"_s, u"--address"_s, u"a"_s, u"--address-line"_s, u"b"_s}
        << u"Address"_s;
}

void TestCliDocuments::sellerRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QVERIFY(writeFile(u"notes.txt"_s, "not an image\n"));
    QVERIFY(writeFile(u"logo.png"_s, image("PNG")));
    QVERIFY(writeFile(u"big.png"_s, image("PNG") + QByteArray(1024 * 1024, '\0')));
    for (QString &a : arguments)
        if (a.endsWith(".png"_L1) || a.endsWith(".txt"_L1))
            a = file(a);
    QVERIFY(refused(QStringList{u"seller"_s, u"set"_s} + arguments, named));
}

void TestCliDocuments::sellerSetOnlyChangesWhatIsGiven()
{
    QVERIFY(writeFile(u"logo.png"_s, image("PNG", 120, 60)));
    const Run set = ok({u"seller"_s, u"set"_s, u"--name"_s, u"VMCloud SAS"_s, u"--address"_s,
                        u"12 rue de la Paix\\n75002 Paris"_s, u"--siret"_s, u"732 829 320 00074"_s,
                        u"--vat"_s, u"FR44732829320"_s, u"--logo"_s, file(u"logo.png"_s)});
    QCOMPARE(set.code, 0);
    QVERIFY2(set.out.contains(u"VMCloud SAS"_s), qPrintable(set.out));
    QJsonObject s = ok({u"seller"_s, u"show"_s, u"--json"_s}).json().toObject();
    QCOMPARE(s[u"company_name"_s].toString(), u"VMCloud SAS"_s);
    QCOMPARE(s[u"address_lines"_s].toArray().size(), 2);
    QCOMPARE(s[u"address_lines"_s].toArray().at(1).toString(), u"75002 Paris"_s);
    QCOMPARE(s[u"logo"_s][u"width"_s].toInt(), 120);
    QCOMPARE(s[u"logo"_s][u"format"_s].toString(), u"png"_s);

    // Only the IBAN changes; then the address by lines; then the logo goes.
    QCOMPARE(ok({u"seller"_s, u"set"_s, u"--iban"_s, u"DE89 3704 0044 0532 0130 00"_s}).code, 0);
    QCOMPARE(ok({u"seller"_s, u"set"_s, u"--address-line"_s, u"1 place Bellecour"_s,
                 u"--address-line"_s, u"69002 Lyon"_s, u"--address-line"_s, u"France"_s})
                 .code,
             0);
    QCOMPARE(ok({u"seller"_s, u"set"_s, u"--no-logo"_s, u"--json"_s}).code, 0);
    s = ok({u"seller"_s, u"show"_s, u"--json"_s}).json().toObject();
    QCOMPARE(s[u"company_name"_s].toString(), u"VMCloud SAS"_s);
    QCOMPARE(s[u"siret"_s].toString(), u"732 829 320 00074"_s);
    QCOMPARE(s[u"iban"_s].toString(), u"DE89 3704 0044 0532 0130 00"_s);
    QCOMPARE(s[u"address_lines"_s].toArray().size(), 3);
    QVERIFY(s[u"logo"_s].isNull());

    const Run text = ok({u"seller"_s, u"show"_s});
    for (const QString &expected :
         {u"VMCloud SAS"_s, u"69002 Lyon"_s, u"FR44732829320"_s, u"DE89 3704 0044 0532 0130 00"_s})
        QVERIFY2(text.out.contains(expected), qPrintable(text.out));
    // The same again: nothing changes.
    const Run same = ok({u"seller"_s, u"set"_s, u"--name"_s, u"VMCloud SAS"_s});
    QVERIFY2(same.out.contains(u"nothing changed"_s), qPrintable(same.out));
}

void TestCliDocuments::quotePdfWritesAndRecords()
{
    ok({u"seller"_s, u"set"_s, u"--name"_s, u"VMCloud SAS"_s});
    const QString id = sentQuote();
    const QString path = file(u"devis.pdf"_s);
    const Run r = ok({u"quote"_s, u"pdf"_s, id, path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no Qt Gui noise on stderr
    const QString sha = QString::fromLatin1(fileHash(path).toHex());
    QVERIFY2(r.out.contains(path) && r.out.contains(u"SHA-256: "_s + sha) &&
                 r.out.contains(u"DEV-2026-"_s),
             qPrintable(r.out));
    QCOMPARE(issuedCount(), 1);

    const QString second = file(u"again.pdf"_s);
    const Run j = ok({u"quote"_s, u"pdf"_s, u"DEV-2026-0001"_s, second, u"--json"_s});
    QCOMPARE(j.code, 0);
    const QJsonObject o = j.json().toObject();
    QCOMPARE(o[u"sha256"_s].toString(), QString::fromLatin1(fileHash(second).toHex()));
    QCOMPARE(o[u"path"_s].toString(), second);
    QCOMPARE(o[u"pages"_s].toInt(), 1);
    QCOMPARE(o[u"number"_s].toString(), u"DEV-2026-0001"_s);
    QCOMPARE(o[u"status"_s].toString(), u"sent"_s);
    QCOMPARE(o[u"file_name"_s].toString(), u"again.pdf"_s);
    QCOMPARE(o[u"fingerprint"_s].toString().size(), 64);
    QCOMPARE(issuedCount(), 2);
    QVERIFY(!r.out.contains(u"seller set"_s));
}

void TestCliDocuments::quotePdfRefusals()
{
    const QString id = sentQuote();
    // Without the seller's details the PDF is written, with a word on how to set them.
    const Run noSeller = ok({u"quote"_s, u"pdf"_s, id, file(u"bare.pdf"_s)});
    QCOMPARE(noSeller.code, 0);
    QVERIFY2(noSeller.out.contains(u"dealboard-cli seller set"_s), qPrintable(noSeller.out));
    QVERIFY(refused({u"quote"_s, u"pdf"_s, u"99"_s, file(u"x.pdf"_s)}, u"99"_s));
    QVERIFY(refused({u"quote"_s, u"pdf"_s, id}, u"file"_s));
    const QString missingDir = file(u"no-such-dir/devis.pdf"_s);
    QVERIFY(refused({u"quote"_s, u"pdf"_s, id, missingDir}, missingDir));
    QCOMPARE(issuedCount(), 1); // bare.pdf only
}

void TestCliDocuments::quoteVerify()
{
    const QString id = sentQuote();
    const QString path = file(u"devis.pdf"_s);
    QCOMPARE(ok({u"quote"_s, u"pdf"_s, id, path}).code, 0);

    const Run match = run({u"quote"_s, u"verify"_s, path});
    QCOMPARE(match.code, 0);
    QVERIFY2(match.out.startsWith(path + u" is DEV-2026-0001 (quote %1), issued "_s.arg(id)) &&
                 match.out.contains(u"as sent, fingerprint "_s),
             qPrintable(match.describe()));

    // Altered: a byte flipped in the middle, a byte appended.
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray pristine = original.readAll();
    QByteArray flipped = pristine;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x20);
    QVERIFY(writeFile(u"flipped.pdf"_s, flipped));
    QVERIFY(writeFile(u"appended.pdf"_s, pristine + QByteArray("\n")));
    for (const QString &name : {u"flipped.pdf"_s, u"appended.pdf"_s}) {
        const Run r = run({u"quote"_s, u"verify"_s, file(name)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(file(name) + u" is not a PDF Dealboard issued: it claims to be "
                                             "DEV-2026-0001 but its content was altered."_s),
                 qPrintable(r.describe()));
    }

    // Unknown: not a PDF, or an empty file.
    QVERIFY(writeFile(u"notes.txt"_s, "Devis DEV-2026-0001\n"));
    const Run unknown = run({u"quote"_s, u"verify"_s, file(u"notes.txt"_s)});
    QCOMPARE(unknown.code, 1);
    QCOMPARE(unknown.out, file(u"notes.txt"_s) + u" is not a PDF Dealboard issued.\n"_s);

    // A missing file is an error, on stderr.
    const Run missing = run({u"quote"_s, u"verify"_s, file(u"missing.pdf"_s)});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.oneErrorLine() && missing.out.isEmpty());

    // Read-only: it verifies a database another process has open for writing.
    auto writer = dealboard::Database::open(db());
    QVERIFY(writer.ok());
    QCOMPARE(run({u"quote"_s, u"verify"_s, path}).code, 0);
}

void TestCliDocuments::quoteVerifyJson()
{
    const QString id = sentQuote();
    const QString path = file(u"devis.pdf"_s);
    QCOMPARE(ok({u"quote"_s, u"pdf"_s, id, path}).code, 0);
    Run r = run({u"quote"_s, u"verify"_s, path, u"--json"_s});
    QCOMPARE(r.code, 0);
    QJsonObject o = r.json().toObject();
    QVERIFY(o[u"issued"_s].toBool());
    QVERIFY(!o[u"altered"_s].toBool());
    QCOMPARE(o[u"record"_s][u"number"_s].toString(), u"DEV-2026-0001"_s);
    QCOMPARE(o[u"record"_s][u"quote_id"_s].toInteger(), id.toLongLong());
    QCOMPARE(o[u"record"_s][u"status"_s].toString(), u"sent"_s);

    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(u"altered.pdf"_s, original.readAll() + QByteArray(" ")));
    r = run({u"quote"_s, u"verify"_s, file(u"altered.pdf"_s), u"--json"_s});
    QCOMPARE(r.code, 1);
    o = r.json().toObject();
    QVERIFY(!o[u"issued"_s].toBool());
    QVERIFY(o[u"altered"_s].toBool());
    QCOMPARE(o[u"claimed_number"_s].toString(), u"DEV-2026-0001"_s);
    QVERIFY(o[u"record"_s].isNull());

    QVERIFY(writeFile(u"other.bin"_s, "%PDF-1.4\n"));
    r = run({u"quote"_s, u"verify"_s, file(u"other.bin"_s), u"--json"_s});
    QCOMPARE(r.code, 1);
    o = r.json().toObject();
    QVERIFY(!o[u"issued"_s].toBool() && !o[u"altered"_s].toBool());
    QVERIFY(o[u"claimed_number"_s].isNull());
}

void TestCliDocuments::signWithImage()
{
    const QString id = sentQuote();
    QVERIFY(writeFile(u"notes.txt"_s, "not an image"));
    QVERIFY(refused({u"quote"_s, u"sign"_s, id, u"--by"_s, u"Camille Martin"_s, u"--method"_s,
                     u"in-person"_s, u"--image"_s, file(u"notes.txt"_s)},
                    u"Signature image"_s));
    // A blank image has no signature on it.
    QImage blank(200, 80, QImage::Format_ARGB32);
    blank.fill(Qt::transparent);
    QVERIFY(blank.save(file(u"blank.png"_s), "PNG"));
    QVERIFY(refused({u"quote"_s, u"sign"_s, id, u"--by"_s, u"Camille Martin"_s, u"--method"_s,
                     u"in-person"_s, u"--image"_s, file(u"blank.png"_s)},
                    u"no signature"_s));
    // A JPEG is kept as PNG, cropped and scaled as the app's pad keeps it (at most 600 × 200).
    QVERIFY(writeFile(u"signature.jpg"_s, image("JPEG", 1600, 400)));
    const Run sign = ok({u"quote"_s, u"sign"_s, id, u"--by"_s, u"Camille Martin"_s, u"--method"_s,
                         u"in-person"_s, u"--image"_s, file(u"signature.jpg"_s)});
    QCOMPARE(sign.code, 0);
    {
        auto opened = dealboard::Database::open(db(), dealboard::Database::Mode::ReadOnly);
        QVERIFY(opened.ok());
        QSqlQuery q((*opened)->connection());
        QVERIFY(q.exec(u"SELECT signature_image FROM quotes WHERE id = %1"_s.arg(id)) && q.next());
        QVERIFY(q.value(0).toByteArray().startsWith("\x89PNG"));
        const QImage stored = QImage::fromData(q.value(0).toByteArray());
        QVERIFY(!stored.isNull());
        QVERIFY2(stored.width() <= 600 && stored.height() <= 200,
                 qPrintable(u"%1×%2"_s.arg(stored.width()).arg(stored.height())));
    }
    // Drawn in the signed PDF: its only image (no logo here).
    const QString path = file(u"signed.pdf"_s);
    const Run pdf = ok({u"quote"_s, u"pdf"_s, id, path});
    QCOMPARE(pdf.code, 0);
    QVERIFY2(pdf.out.contains(u"Fingerprint"_s), qPrintable(pdf.out));
    if (QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty())
        QSKIP("pdfimages is not installed");
    QProcess p;
    p.start(u"pdfimages"_s, {u"-list"_s, path});
    p.waitForFinished(30000);
    const QStringList rows =
        QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QCOMPARE(rows.size(), 1);
}

void TestCliDocuments::dealMovePointsAtQuoteSign()
{
    const QString id = sentQuote();
    ok({u"deal"_s, u"move"_s, u"1"_s, u"nego"_s, u"--check"_s, u"feedback-received"_s});
    const Run r = run({u"deal"_s, u"move"_s, u"1"_s, u"won"_s, u"--check"_s, u"price-agreed"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"dealboard-cli quote sign DEV-2026-0001"_s) &&
                 !r.err.contains(u"Tick them with --check KEY"_s),
             qPrintable(r.describe()));
    // Without the price ticked: the tickable one is named for --check, the signature for
    // quote sign.
    const Run both = run({u"deal"_s, u"move"_s, u"1"_s, u"won"_s});
    QVERIFY2(both.err.contains(u"Tick price-agreed with --check KEY"_s) &&
                 both.err.contains(u"quote sign DEV-2026-0001"_s),
             qPrintable(both.describe()));
    // Signed: the deal moves.
    QCOMPARE(ok({u"quote"_s, u"sign"_s, id, u"--by"_s, u"Camille"_s, u"--method"_s, u"in-person"_s})
                 .code,
             0);
    QCOMPARE(ok({u"deal"_s, u"move"_s, u"1"_s, u"won"_s, u"--check"_s, u"price-agreed"_s,
                 u"--reason"_s, u"support"_s})
                 .code,
             0);
}

void TestCliDocuments::help_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("option");
    QTest::newRow("quote pdf") << QStringList{u"quote"_s, u"pdf"_s} << u"FILE"_s;
    QTest::newRow("quote verify") << QStringList{u"quote"_s, u"verify"_s} << u"FILE"_s;
    QTest::newRow("quote sign") << QStringList{u"quote"_s, u"sign"_s} << u"--image"_s;
    QTest::newRow("seller show") << QStringList{u"seller"_s, u"show"_s} << u"--json"_s;
    QTest::newRow("seller set") << QStringList{u"seller"_s, u"set"_s} << u"--no-logo"_s;
}

void TestCliDocuments::help()
{
    QFETCH(QStringList, command);
    QFETCH(QString, option);
    const Run r = cli(command + QStringList{u"--help"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(option), qPrintable(r.out));
}

QTEST_MAIN(TestCliDocuments)
#include "tst_cli_documents.moc"

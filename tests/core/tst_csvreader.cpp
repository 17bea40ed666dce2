#include "csvsupport.h"
#include "io/csvreader.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;
using csvtest::readAll;

namespace {

QList<QStringList> fieldsOf(const csvtest::ReadOutcome &outcome)
{
    QList<QStringList> out;
    for (const auto &r : outcome.records)
        out.append(r.fields);
    return out;
}

QList<qint64> linesOf(const csvtest::ReadOutcome &outcome)
{
    QList<qint64> out;
    for (const auto &r : outcome.records)
        out.append(r.line);
    return out;
}

CsvFormat formatWith(QChar delimiter)
{
    return CsvFormat{CsvEncoding::Utf8, delimiter, false, true};
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8WithoutBom();
    void utf8WithBom();
    void excelSepLine();
    void windows1252Semicolons();
    void windows1252AfterLongAsciiStart();
    void utf8SequenceAcrossChunks();
    void delimiters_data();
    void delimiters();
    void quotedFields();
    void lineEnds_data();
    void lineEnds();
    void lineNumbersAcrossMultiLineFields();
    void blankLinesAndTrailingDelimiters();
    void lenientQuotes();
    void emptyInput();
    void fieldLimit();
    void fieldLimitDefaultIsOneMegabyte();
    void recordLimits();
    void unterminatedQuote();
    void binaryGarbage();
    void utf16IsRefused();
    void sparseTwoGigabyteFile();
    void endlessDevices_data();
    void endlessDevices();
    void progressAndCancel();
};

void TestCsvReader::utf8WithoutBom()
{
    const auto out = readAll("Nom,Ville\nSociété Générale,Paris 😀\n"_ba);
    QCOMPARE(out.error, QString());
    QCOMPARE(out.format.encoding, CsvEncoding::Utf8);
    QCOMPARE(out.format.delimiter, u',');
    QCOMPARE(out.format.hasBom, false);
    QCOMPARE(fieldsOf(out),
             (QList<QStringList>{{u"Nom"_s, u"Ville"_s}, {u"Société Générale"_s, u"Paris 😀"_s}}));
}

void TestCsvReader::excelSepLine()
{
    // Excel writes "sep=;" first when asked to: it names the delimiter and is no record.
    const auto out = readAll("\xEF\xBB\xBFsep=;\r\nNom;Montant\r\nA, B;1,5\r\n"_ba);
    QCOMPARE(out.error, QString());
    QCOMPARE(out.format.delimiter, u';');
    QVERIFY(out.format.excelSepLine);
    QCOMPARE(fieldsOf(out), (QList<QStringList>{{u"Nom"_s, u"Montant"_s}, {u"A, B"_s, u"1,5"_s}}));
    QCOMPARE(out.records.at(0).line, 2);
    QCOMPARE(out.records.at(1).line, 3);
    const auto tabs = readAll("sep=\t\nNom\tMontant\nA;B\t2\n"_ba);
    QCOMPARE(tabs.format.delimiter, u'\t');
    QCOMPARE(fieldsOf(tabs), (QList<QStringList>{{u"Nom"_s, u"Montant"_s}, {u"A;B"_s, u"2"_s}}));
    // A first field that only looks like it is read as data.
    const auto data = readAll("sep=x,b\n1,2\n"_ba);
    QVERIFY(!data.format.excelSepLine);
    QCOMPARE(data.records.size(), 2);
}

void TestCsvReader::utf8WithBom()
{
    QBuffer buffer;
    buffer.setData("\xEF\xBB\xBFName;Amount\nÉlodie;12\n"_ba);
    buffer.open(QIODevice::ReadOnly);
    const auto format = CsvReader::sniff(buffer);
    QVERIFY(format.ok());
    QCOMPARE(format->hasBom, true);
    QCOMPARE(format->encoding, CsvEncoding::Utf8);
    QCOMPARE(format->delimiter, u';');
    QCOMPARE(buffer.pos(), 0); // sniffing only peeks
    const auto out = readAll(buffer, *format);
    QCOMPARE(fieldsOf(out), (QList<QStringList>{{u"Name"_s, u"Amount"_s}, {u"Élodie"_s, u"12"_s}}));
}

void TestCsvReader::windows1252Semicolons()
{
    // What Excel writes on a French Windows: "CSV (séparateur : point-virgule)".
    const QByteArray bytes = "Nom de la transaction;Montant;Entreprise associ\xE9"
                             "e\r\nH\xE9"
                             "bergement;1 234,50 \x80;Caf\xE9 \x93Le Lys\x94\r\n"_ba;
    const auto out = readAll(bytes);
    QCOMPARE(out.error, QString());
    QCOMPARE(out.format.encoding, CsvEncoding::Windows1252);
    QCOMPARE(out.format.delimiter, u';');
    QCOMPARE(fieldsOf(out).value(0).value(2), u"Entreprise associée"_s);
    QCOMPARE(fieldsOf(out).value(1),
             (QStringList{u"Hébergement"_s, u"1 234,50 €"_s, u"Café “Le Lys”"_s}));
}

void TestCsvReader::windows1252AfterLongAsciiStart()
{
    QByteArray bytes = "name,city\n"_ba;
    while (bytes.size() < 200 * 1024)
        bytes += "Acme,Paris\n"_ba;
    bytes += "Soci\xE9t\xE9,Orl\xE9"
             "ans\n"_ba;
    const auto out = readAll(bytes);
    QCOMPARE(out.error, QString());
    QCOMPARE(out.format.encoding, CsvEncoding::Windows1252);
    QCOMPARE(out.records.last().fields, (QStringList{u"Société"_s, u"Orléans"_s}));
}

void TestCsvReader::utf8SequenceAcrossChunks()
{
    // 'é' is two bytes: put them on both sides of the 64 KB chunk boundary, with the encoding
    // certain (a BOM) and not (ASCII before it).
    for (const bool bom : {true, false}) {
        QByteArray bytes = bom ? "\xEF\xBB\xBF"_ba : QByteArray();
        bytes += "a\n"_ba;
        bytes += QByteArray(64 * 1024 - 1 - bytes.size(), 'x');
        bytes += "\xC3\xA9"
                 "\n"_ba;
        const auto out = readAll(bytes);
        QCOMPARE(out.error, QString());
        QCOMPARE(out.format.encoding, CsvEncoding::Utf8);
        QCOMPARE(out.records.size(), 2);
        QVERIFY(out.records.at(1).fields.at(0).endsWith(u"xé"_s));
    }
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << "a,b,c\n1,2,3\n"_ba << QChar(u',');
    QTest::newRow("semicolon") << "a;b;c\n1;2;3\n"_ba << QChar(u';');
    QTest::newRow("tab") << "a\tb\tc\n1\t2\t3\n"_ba << QChar(u'\t');
    QTest::newRow("semicolon, decimal commas")
        << "Nom;Montant;Ville\nA;1,5;Lyon\nB;2;Paris\nC;3,25;Nice\n"_ba << QChar(u';');
    QTest::newRow("comma, semicolons in quotes")
        << "name,notes\n\"x\",\"a;b;c;d\"\n\"y\",\"e;f\"\n"_ba << QChar(u',');
    QTest::newRow("one column") << "name\nAcme\n"_ba << QChar(u',');
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    const auto out = readAll(bytes);
    QCOMPARE(out.error, QString());
    QCOMPARE(out.format.delimiter, delimiter);
    for (const auto &r : out.records)
        QCOMPARE(r.fields.size(), out.records.first().fields.size());
}

void TestCsvReader::quotedFields()
{
    const auto out =
        readAll("\"a,b\",\"say \"\"hi\"\"\",\"line1\nline2\"\nnext,\"\",3\n"_ba, formatWith(u','));
    QCOMPARE(out.error, QString());
    QCOMPARE(fieldsOf(out), (QList<QStringList>{{u"a,b"_s, u"say \"hi\""_s, u"line1\nline2"_s},
                                                {u"next"_s, QString(), u"3"_s}}));
    QCOMPARE(linesOf(out), (QList<qint64>{1, 3}));
}

void TestCsvReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF") << "a,b\nc,d\ne,f\n"_ba;
    QTest::newRow("CRLF") << "a,b\r\nc,d\r\ne,f\r\n"_ba;
    QTest::newRow("CR") << "a,b\rc,d\re,f\r"_ba;
    QTest::newRow("no final line end") << "a,b\nc,d\ne,f"_ba;
}

void TestCsvReader::lineEnds()
{
    QFETCH(QByteArray, bytes);
    const auto out = readAll(bytes);
    QCOMPARE(out.error, QString());
    QCOMPARE(fieldsOf(out),
             (QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}, {u"e"_s, u"f"_s}}));
    QCOMPARE(linesOf(out), (QList<qint64>{1, 2, 3}));
}

void TestCsvReader::lineNumbersAcrossMultiLineFields()
{
    const auto out =
        readAll("h1,h2\r\n\"two\r\nlines\",x\r\n\"three\rlines\nhere\",y\r\nlast,z\r\n"_ba,
                formatWith(u','));
    QCOMPARE(out.error, QString());
    QCOMPARE(linesOf(out), (QList<qint64>{1, 2, 4, 7}));
    QCOMPARE(out.records.at(1).fields.at(0), u"two\r\nlines"_s); // kept as written
    QCOMPARE(out.records.at(2).fields.at(0), u"three\rlines\nhere"_s);
}

void TestCsvReader::blankLinesAndTrailingDelimiters()
{
    const auto out = readAll("a,\n\n\r\n,\nb\n"_ba, formatWith(u','));
    QCOMPARE(fieldsOf(out),
             (QList<QStringList>{{u"a"_s, QString()}, {QString(), QString()}, {u"b"_s}}));
    QCOMPARE(linesOf(out), (QList<qint64>{1, 4, 5}));
}

void TestCsvReader::lenientQuotes()
{
    const auto out = readAll("\"abc\"def,ab\"c, \"x\"\n"_ba, formatWith(u','));
    QCOMPARE(out.error, QString());
    QCOMPARE(fieldsOf(out), (QList<QStringList>{{u"abcdef"_s, u"ab\"c"_s, u" \"x\""_s}}));
}

void TestCsvReader::emptyInput()
{
    const auto out = readAll(QByteArray());
    QCOMPARE(out.error, QString());
    QVERIFY(out.records.isEmpty());
    QVERIFY(readAll("\xEF\xBB\xBF"_ba).records.isEmpty());
}

void TestCsvReader::fieldLimit()
{
    CsvLimits limits;
    limits.maxFieldChars = 10;
    const auto out = readAll("a,b\nc,d\ne,0123456789ABC\n"_ba, formatWith(u','), limits);
    QCOMPARE(out.records.size(), 2);
    QVERIFY2(out.error.startsWith(u"Line 3: a field is longer than 10 characters"_s),
             qPrintable(out.error));
    const auto exact = readAll("0123456789\n"_ba, formatWith(u','), limits);
    QCOMPARE(exact.error, QString());
}

void TestCsvReader::fieldLimitDefaultIsOneMegabyte()
{
    QByteArray bytes;
    for (int i = 1; i < 12; ++i)
        bytes += "row,"_ba + QByteArray::number(i) + "\n"_ba;
    bytes += "big,\""_ba + QByteArray(3 << 20, 'x') + "\"\n"_ba;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto out = readAll(buffer);
    QCOMPARE(out.records.size(), 11);
    QCOMPARE(out.error, u"Line 12: a field is longer than 1 MB."_s);
    QVERIFY(buffer.pos() < 2 << 20); // it stopped at the limit, not at the end
}

void TestCsvReader::recordLimits()
{
    CsvLimits limits;
    limits.maxFields = 5;
    const auto out = readAll("a,b,c,d,e\n1,2,3,4,5,6\n"_ba, formatWith(u','), limits);
    QCOMPARE(out.records.size(), 1);
    QVERIFY2(out.error.startsWith(u"Line 2: a row has more than 5 columns"_s),
             qPrintable(out.error));

    const auto defaults = readAll(QByteArray(1000, ',') + "\n"_ba, formatWith(u','));
    QVERIFY2(defaults.error.contains(u"more than 1000 columns"_s), qPrintable(defaults.error));

    CsvLimits row;
    row.maxFieldChars = 10;
    row.maxRecordChars = 25;
    const auto wide = readAll("0123456789,0123456789\n0123456789,0123456789,0123456789\n"_ba,
                              formatWith(u','), row);
    QCOMPARE(wide.records.size(), 1);
    QVERIFY2(wide.error.startsWith(u"Line 2: a row is longer than 25 characters"_s),
             qPrintable(wide.error));
}

void TestCsvReader::unterminatedQuote()
{
    QByteArray bytes = "title,amount\n"_ba;
    for (int line = 2; line < 40; ++line)
        bytes += "deal,"_ba + QByteArray::number(line) + "\n"_ba;
    bytes += "\"never closed,12\nmore,13\n"_ba;
    const auto out = readAll(bytes);
    QCOMPARE(out.records.size(), 39); // the header and lines 2 to 39
    QCOMPARE(out.error, u"Line 40: a quoted field is never closed."_s);

    // The error sticks.
    QBuffer buffer;
    buffer.setData("\"x"_ba);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, formatWith(u','));
    QVERIFY(!reader.next().ok());
    QVERIFY(!reader.next().ok());
}

void TestCsvReader::binaryGarbage()
{
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage += char((i * 7919) % 256);
    QCOMPARE(readAll(garbage).error, u"This is not a text file: it contains binary data."_s);

    // A NUL past the sniffed sample: the reader stops there, with its line.
    QByteArray late = "a,b\n"_ba;
    while (late.size() < 100 * 1024)
        late += "1,2\n"_ba;
    const qsizetype lines = late.count('\n');
    late += "3,\0"_ba + "4\n"_ba;
    const auto out = readAll(late);
    QCOMPARE(out.records.size(), lines);
    QCOMPARE(out.error,
             u"Line %1: this is not a text file (it contains a NUL byte)."_s.arg(lines + 1));
}

void TestCsvReader::utf16IsRefused()
{
    QVERIFY(readAll("\xFF\xFEn\0a\0"_ba).error.contains(u"UTF-16"_s));
}

void TestCsvReader::sparseTwoGigabyteFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("name,amount\nAcme,12\n");
    QVERIFY(file.resize(qint64(2) << 30)); // a hole: reads as NUL bytes, takes no disk space
    file.seek(0);
    QCOMPARE(readAll(file).error, u"This is not a text file: it contains binary data."_s);

    file.seek(0);
    const auto out = readAll(file, formatWith(u','));
    QCOMPARE(out.records.size(), 2);
    QVERIFY(out.error.startsWith(u"Line 3: this is not a text file"_s));
    QVERIFY(file.pos() < 1 << 20);
}

void TestCsvReader::endlessDevices_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QString>("error");
    QTest::newRow("no line break")
        << QByteArray() << "x"_ba << u"Line 1: a field is longer than 1 MB."_s;
    QTest::newRow("delimiters") << QByteArray() << ","_ba
                                << u"Line 1: a row has more than 1000 columns."_s;
    QTest::newRow("doubled quotes")
        << QByteArray() << "\""_ba << u"Line 1: a field is longer than 1 MB."_s;
    QTest::newRow("quoted line breaks")
        << "a,b\n\""_ba
        << "line\r\n"_ba << u"Line 2: a field is longer than 1 MB."_s;
    QTest::newRow("many short fields") << QByteArray() << "abcdefghijklmnopqrstuvwxyz0123456789,"_ba
                                       << u"Line 1: a row has more than 1000 columns."_s;
}

void TestCsvReader::endlessDevices()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, pattern);
    QFETCH(QString, error);
    csvtest::EndlessDevice device(prefix, pattern);
    const auto out = readAll(device, formatWith(u','));
    QCOMPARE(out.error, error);
    QVERIFY2(device.given() < 4 << 20, qPrintable(QString::number(device.given())));
}

void TestCsvReader::progressAndCancel()
{
    QByteArray bytes = "a,b\n"_ba;
    while (bytes.size() < 300 * 1024)
        bytes += "12345,67890\n"_ba;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, formatWith(u','));
    QCOMPARE(reader.totalBytes(), bytes.size());
    QList<qint64> seen;
    reader.setProgress([&seen](qint64 read, qint64 total) {
        Q_UNUSED(total);
        seen.append(read);
        return seen.size() < 2;
    });
    int records = 0;
    Result<std::optional<CsvRecord>> r = reader.next();
    for (; r.ok() && r.value(); r = reader.next())
        ++records;
    QVERIFY(!r.ok());
    QVERIFY(reader.wasCancelled());
    QCOMPARE(seen.size(), 2);
    QVERIFY(seen.at(0) > 0 && seen.at(1) > seen.at(0));
    QVERIFY(records > 1000 && records < bytes.count('\n'));
    QCOMPARE(reader.bytesRead(), seen.at(1));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

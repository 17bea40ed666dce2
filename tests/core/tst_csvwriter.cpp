#include "csvsupport.h"
#include "io/csvwriter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

QByteArray written(const QList<QStringList> &records, QChar delimiter, bool bom = false,
                   bool crlf = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer, delimiter);
        writer.setBom(bom);
        writer.setCrlf(crlf);
        for (const auto &r : records)
            if (!writer.writeRecord(r).ok())
                return {};
        if (!writer.flush().ok())
            return {};
    }
    return bytes;
}

// A random field from what breaks CSV writers: quotes, delimiters, line breaks, spaces at the
// ends, accents and characters outside the BMP.
QString randomField(QRandomGenerator &random)
{
    static const QStringList pieces = {
        u"a"_s,    u"Zoé"_s, u"\""_s, u","_s, u";"_s,        u"\t"_s,   u"\n"_s,   u"\r"_s,
        u"\r\n"_s, u" "_s,   u"😀"_s,  u"€"_s, u"1 234,50"_s, u"\"\""_s, u"x\"y"_s, u"Ω"_s,
    };
    QString field;
    const int length = random.bounded(0, 8);
    for (int i = 0; i < length; ++i)
        field += pieces.at(random.bounded(pieces.size()));
    return field;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void bomAndLineEnds();
    void emptyRecord();
    void roundTrip_data();
    void roundTrip();
    void roundTripThroughSniffing();
    void writeError();
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Acme SAS"_s << QChar(u',') << u"Acme SAS"_s;
    QTest::newRow("empty") << QString() << QChar(u',') << QString();
    QTest::newRow("comma") << u"a,b"_s << QChar(u',') << u"\"a,b\""_s;
    QTest::newRow("comma, semicolon file") << u"a,b"_s << QChar(u';') << u"a,b"_s;
    QTest::newRow("semicolon") << u"a;b"_s << QChar(u';') << u"\"a;b\""_s;
    QTest::newRow("tab") << u"a\tb"_s << QChar(u'\t') << u"\"a\tb\""_s;
    QTest::newRow("quotes") << u"say \"hi\""_s << QChar(u',') << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("LF") << u"a\nb"_s << QChar(u',') << u"\"a\nb\""_s;
    QTest::newRow("CR") << u"a\rb"_s << QChar(u',') << u"\"a\rb\""_s;
    QTest::newRow("leading space") << u" a"_s << QChar(u',') << u"\" a\""_s;
    QTest::newRow("trailing space") << u"a "_s << QChar(u',') << u"\"a \""_s;
    QTest::newRow("accents") << u"Société Générale"_s << QChar(u';') << u"Société Générale"_s;
}

void TestCsvWriter::quoting()
{
    QFETCH(QString, field);
    QFETCH(QChar, delimiter);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escaped(field, delimiter), expected);
}

void TestCsvWriter::bomAndLineEnds()
{
    const QList<QStringList> records = {{u"title"_s, u"mrr"_s}, {u"Hébergement"_s, u"12,50"_s}};
    QCOMPARE(written(records, u';', true, true), "\xEF\xBB\xBFtitle;mrr\r\nH\xC3\xA9"
                                                 "bergement;12,50\r\n"_ba);
    QCOMPARE(written(records, u',', false, false), "title,mrr\nH\xC3\xA9"
                                                   "bergement,\"12,50\"\n"_ba);

    // What Excel needs is what the sniffer finds.
    const auto out = csvtest::readAll(written(records, u';', true, true));
    QCOMPARE(out.format.hasBom, true);
    QCOMPARE(out.format.delimiter, u';');
    QCOMPARE(out.records.value(1).fields, records.at(1));
}

void TestCsvWriter::emptyRecord()
{
    const QByteArray bytes = written({{u"a"_s}, {}, {QString()}, {u"b"_s}}, u',');
    QCOMPARE(bytes, "a\n\"\"\n\"\"\nb\n"_ba);
    const auto out = csvtest::readAll(bytes, CsvFormat{CsvEncoding::Utf8, u',', false, true});
    QCOMPARE(out.records.size(), 4);
    QCOMPARE(out.records.at(1).fields, QStringList{QString()});
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("crlf");
    QTest::newRow("comma, LF") << QChar(u',') << false << false;
    QTest::newRow("comma, CRLF, BOM") << QChar(u',') << true << true;
    QTest::newRow("semicolon, CRLF") << QChar(u';') << false << true;
    QTest::newRow("tab, BOM") << QChar(u'\t') << true << false;
}

void TestCsvWriter::roundTrip()
{
    QFETCH(QChar, delimiter);
    QFETCH(bool, bom);
    QFETCH(bool, crlf);
    QRandomGenerator random(20261124);
    for (int round = 0; round < 20; ++round) {
        QList<QStringList> records;
        const int count = random.bounded(1, 60);
        for (int i = 0; i < count; ++i) {
            QStringList fields;
            const int width = random.bounded(1, 12);
            for (int f = 0; f < width; ++f)
                fields.append(randomField(random));
            records.append(fields);
        }
        const QByteArray bytes = written(records, delimiter, bom, crlf);
        QVERIFY(!bytes.isEmpty());
        const auto out =
            csvtest::readAll(bytes, CsvFormat{CsvEncoding::Utf8, delimiter, bom, true});
        QCOMPARE(out.error, QString());
        QCOMPARE(out.records.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i)
            QCOMPARE(out.records.at(i).fields, records.at(i));
    }
}

void TestCsvWriter::roundTripThroughSniffing()
{
    // A realistic export: the sniffer must find the delimiter the writer used.
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        QList<QStringList> records = {{u"title"_s, u"company"_s, u"mrr"_s, u"notes"_s}};
        for (int i = 0; i < 500; ++i)
            records.append({u"Deal %1"_s.arg(i), u"Société %1, \"SAS\""_s.arg(i),
                            u"1 234,%1"_s.arg(i % 100, 2, 10, QChar(u'0')),
                            i % 7 ? QString() : u"line 1\nline 2 😀"_s});
        const auto out = csvtest::readAll(written(records, delimiter, true, true));
        QCOMPARE(out.error, QString());
        QCOMPARE(out.format.delimiter, delimiter);
        QCOMPARE(out.records.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i)
            QCOMPARE(out.records.at(i).fields, records.at(i));
    }
}

void TestCsvWriter::writeError()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly); // not writable
    CsvWriter writer(buffer, u',');
    QVERIFY(writer.writeRecord({u"a"_s}).ok()); // buffered
    const Status flushed = writer.flush();
    QVERIFY(!flushed.ok());
    QCOMPARE(flushed.errorKind(), ErrorKind::Internal);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"

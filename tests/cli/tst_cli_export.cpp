#include "clirunner.h"
#include "io/csvexport.h"
#include "io/csvreader.h"
#include "io/databasejson.h"
#include "storage/database.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::clitest;

namespace {

// The records of a CSV file, its header first; empty when it cannot be read.
QList<QStringList> readCsv(const QString &path, CsvFormat *format = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Result<CsvFormat> sniffed = CsvReader::sniff(file);
    if (!sniffed)
        return {};
    if (format)
        *format = *sniffed;
    CsvReader reader(file, *sniffed);
    QList<QStringList> records;
    for (;;) {
        auto record = reader.next();
        if (!record || !record.value())
            break;
        records << record.value()->fields;
    }
    return records;
}

} // namespace

// `dealboard-cli export`: every entity to CSV, the whole database to JSON.
class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void help();
    void eachEntity_data();
    void eachEntity();
    void delimiterAndBom();
    void badArgumentsAreRefused();
    void jsonExportReimports();

private:
    std::unique_ptr<CliFixture> m_fx;
};

void TestCliExport::init()
{
    m_fx = std::make_unique<CliFixture>();
    const Run demo = m_fx->ok({u"demo"_s, u"--deals"_s, u"40"_s});
    QVERIFY2(demo.code == 0, qPrintable(demo.describe()));
}

void TestCliExport::cleanup()
{
    m_fx.reset();
}

void TestCliExport::help()
{
    const Run r = m_fx->cli({u"export"_s, u"--help"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"dealboard-cli export"_s));
    QVERIFY(r.out.contains(u"--delimiter"_s));
    QVERIFY(r.out.contains(u"--no-bom"_s));
    QVERIFY(r.out.contains(u"json"_s));
}

void TestCliExport::eachEntity_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("table");
    QTest::newRow("deals") << u"deals"_s << u"deals"_s;
    QTest::newRow("companies") << u"companies"_s << u"companies"_s;
    QTest::newRow("contacts") << u"contacts"_s << u"contacts"_s;
    QTest::newRow("activities") << u"activities"_s << u"activities"_s;
    QTest::newRow("quotes") << u"quotes"_s << QString();
}

void TestCliExport::eachEntity()
{
    QFETCH(QString, what);
    QFETCH(QString, table);
    const QString file = m_fx->dir.filePath(what + u".csv"_s);
    const Run r = m_fx->ok({u"--lang"_s, u"en"_s, u"export"_s, what, file});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QList<QStringList> records = readCsv(file);
    QVERIFY(records.size() > 1);
    QCOMPARE(records.first(), CsvExport::columns(*CsvExport::fromKey(what)));
    const qint64 rows = records.size() - 1;
    QVERIFY2(r.out.startsWith(u"%1 "_s.arg(rows)), qPrintable(r.out));
    QVERIFY(r.out.contains(u"written to"_s));
    QVERIFY(r.out.contains(QDir::toNativeSeparators(file)));

    auto db = Database::open(m_fx->db(), Database::Mode::ReadOnly);
    QVERIFY(db.ok());
    QSqlQuery q((*db)->connection());
    const QString count =
        table.isEmpty()
            ? u"SELECT count(*) FROM quotes q LEFT JOIN quote_lines l ON l.quote_id = q.id"_s
            : u"SELECT count(*) FROM %1 WHERE deleted_at IS NULL"_s.arg(table);
    QVERIFY(q.exec(count) && q.next());
    QCOMPARE(rows, q.value(0).toLongLong());

    const Run json = m_fx->ok({u"export"_s, what, file, u"--json"_s});
    QCOMPARE(json.code, 0);
    QCOMPARE(json.json()[u"rows"_s].toInteger(), rows);
}

void TestCliExport::delimiterAndBom()
{
    const QString file = m_fx->dir.filePath(u"deals.csv"_s);
    QCOMPARE(m_fx->ok({u"export"_s, u"deals"_s, file, u"--delimiter"_s, u";"_s}).code, 0);
    CsvFormat format;
    QList<QStringList> records = readCsv(file, &format);
    QCOMPARE(format.delimiter, QChar(u';'));
    QVERIFY(format.hasBom);
    const qsizetype mrr = records.first().indexOf(u"mrr"_s);
    for (qsizetype i = 1; i < records.size(); ++i)
        QVERIFY2(records.at(i).at(mrr).contains(u','), qPrintable(records.at(i).at(mrr)));

    QCOMPARE(
        m_fx->ok({u"export"_s, u"deals"_s, file, u"--delimiter"_s, u"tab"_s, u"--no-bom"_s}).code,
        0);
    records = readCsv(file, &format);
    QCOMPARE(format.delimiter, QChar(u'\t'));
    QVERIFY(!format.hasBom);
    for (qsizetype i = 1; i < records.size(); ++i)
        QVERIFY(records.at(i).at(mrr).contains(u'.'));
}

void TestCliExport::badArgumentsAreRefused()
{
    const QString file = m_fx->dir.filePath(u"out.csv"_s);
    const QStringList db{u"--db"_s, m_fx->db()};
    for (const QStringList &args :
         {QStringList{u"export"_s, u"deals"_s, file, u"--delimiter"_s, u"|"_s},
          QStringList{u"export"_s, u"invoices"_s, file}, QStringList{u"export"_s, u"deals"_s},
          QStringList{u"export"_s, u"json"_s, file, u"--no-bom"_s},
          QStringList{u"export"_s, u"deals"_s, m_fx->dir.filePath(u"no/such/dir.csv"_s)}}) {
        const Run r = m_fx->cli(db + args);
        QVERIFY2(r.code == 1, qPrintable(r.describe()));
        QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
    }
    QVERIFY(!QFile::exists(file));
}

void TestCliExport::jsonExportReimports()
{
    const QString file = m_fx->dir.filePath(u"all.json"_s);
    const Run r = m_fx->ok({u"--lang"_s, u"en"_s, u"export"_s, u"json"_s, file});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(u"written to"_s));
    QFile json(file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(u"format"_s).toString(), u"dealboard"_s);

    auto target = Database::open(m_fx->db(u"copy.db"_s));
    QVERIFY(target.ok());
    const auto imported = DatabaseJson(**target).readFile(file);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    target = Database::open(m_fx->db(u"copy.db"_s)); // closes the first one
    const Run deals = m_fx->ok({u"deal"_s, u"list"_s, u"--json"_s});
    const Run copied = m_fx->ok({u"deal"_s, u"list"_s, u"--json"_s}, m_fx->db(u"copy.db"_s));
    QCOMPARE(copied.code, 0);
    QCOMPARE(copied.json(), deals.json());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"

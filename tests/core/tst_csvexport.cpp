#include "csvsupport.h"
#include "demo/demogenerator.h"
#include "io/csvexport.h"
#include "model/activity.h"
#include "rules/quotetotals.h"
#include "storage/activityrepository.h"
#include "storage/contactrepository.h"
#include "storage/productrepository.h"
#include "storage/quoterepository.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

namespace {

const QString kTrickyName = u"Café «Zoé»; \"Le Bon\"\nCoin, Ærø"_s;

// The expected CSV of each entity, computed by SQLite itself: an independent spelling of the
// format (decimals by printf, date-times by strftime, booleans by CASE).
QString cents(const QString &e, const QString &sep)
{
    return u"CASE WHEN %1 IS NULL THEN '' ELSE replace(printf('%.2f', %1 / 100.0), '.', '%2') END"_s
        .arg(e, sep);
}
QString trimmed(const QString &e, int digits, const QString &sep)
{
    return u"CASE WHEN %1 IS NULL THEN '' ELSE replace(rtrim(rtrim(printf('%.%2f', %1 / %3.0), "
           "'0'), '.'), '.', '%4') END"_s.arg(e)
               .arg(digits)
               .arg(digits == 3 ? 1000 : 100)
               .arg(sep);
}
QString iso(const QString &e)
{
    return u"coalesce(strftime('%Y-%m-%dT%H:%M:%SZ', %1 / 1000, 'unixepoch'), '')"_s.arg(e);
}
QString text(const QString &e)
{
    return u"coalesce(CAST(%1 AS TEXT), '')"_s.arg(e);
}
QString boolean(const QString &e)
{
    return u"CASE %1 WHEN 1 THEN 'true' ELSE 'false' END"_s.arg(e);
}

QString expectedSql(ExportEntity entity, const QString &sep)
{
    switch (entity) {
    case ExportEntity::Deals:
        return u"SELECT "_s +
               QStringList{text(u"d.id"_s),
                           text(u"d.title"_s),
                           text(u"(SELECT name FROM companies WHERE id = d.company_id)"_s),
                           text(u"(SELECT segment FROM companies WHERE id = d.company_id)"_s),
                           text(u"(SELECT external_id FROM companies WHERE id = d.company_id)"_s),
                           text(u"(SELECT name FROM contacts WHERE id = d.contact_id)"_s),
                           text(u"(SELECT email FROM contacts WHERE id = d.contact_id)"_s),
                           text(u"(SELECT external_id FROM contacts WHERE id = d.contact_id)"_s),
                           text(u"d.stage"_s),
                           cents(u"d.mrr_cents"_s, sep),
                           cents(u"d.one_time_cents"_s, sep),
                           text(u"d.currency"_s),
                           text(u"d.expected_close"_s),
                           text(u"d.source"_s),
                           text(u"d.owner"_s),
                           text(u"d.next_step"_s),
                           text(u"d.next_step_due"_s),
                           boolean(u"d.verbal_agreement"_s),
                           boolean(u"d.timeline_confirmed"_s),
                           text(u"d.lost_reason"_s),
                           text(u"d.lost_competitor"_s),
                           iso(u"d.stage_entered_at"_s),
                           iso(u"d.created_at"_s),
                           iso(u"d.updated_at"_s),
                           text(u"d.hubspot_id"_s),
                           text(u"d.pipedrive_id"_s)}
                   .join(u", "_s) +
               u" FROM deals d WHERE d.deleted_at IS NULL ORDER BY d.id"_s;
    case ExportEntity::Companies:
        return u"SELECT "_s +
               QStringList{text(u"id"_s),          text(u"name"_s),      text(u"segment"_s),
                           text(u"sector"_s),      text(u"website"_s),   text(u"source"_s),
                           text(u"external_id"_s), iso(u"created_at"_s), iso(u"updated_at"_s)}
                   .join(u", "_s) +
               u" FROM companies WHERE deleted_at IS NULL ORDER BY id"_s;
    case ExportEntity::Contacts:
        return u"SELECT "_s +
               QStringList{text(u"ct.id"_s),
                           text(u"ct.name"_s),
                           text(u"(SELECT name FROM companies WHERE id = ct.company_id)"_s),
                           text(u"(SELECT external_id FROM companies WHERE id = ct.company_id)"_s),
                           text(u"ct.email"_s),
                           text(u"ct.phone"_s),
                           text(u"ct.role"_s),
                           text(u"ct.decision_role"_s),
                           text(u"ct.linkedin"_s),
                           text(u"ct.external_id"_s),
                           iso(u"ct.created_at"_s),
                           iso(u"ct.updated_at"_s)}
                   .join(u", "_s) +
               u" FROM contacts ct WHERE ct.deleted_at IS NULL ORDER BY ct.id"_s;
    case ExportEntity::Activities:
        return u"SELECT "_s +
               QStringList{text(u"a.id"_s),
                           text(u"a.deal_id"_s),
                           text(u"d.title"_s),
                           text(u"(SELECT name FROM companies WHERE id = d.company_id)"_s),
                           text(u"a.kind"_s),
                           text(u"a.title"_s),
                           text(u"a.due"_s),
                           iso(u"a.done_at"_s),
                           iso(u"a.created_at"_s),
                           text(u"a.note"_s)}
                   .join(u", "_s) +
               u" FROM activities a JOIN deals d ON d.id = a.deal_id "
               "WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL ORDER BY a.id"_s;
    case ExportEntity::Quotes:
        return u"SELECT "_s +
               QStringList{text(u"q.number"_s),
                           text(u"q.revision"_s),
                           text(u"q.deal_id"_s),
                           text(u"d.title"_s),
                           text(u"(SELECT name FROM companies WHERE id = d.company_id)"_s),
                           text(u"q.status"_s),
                           text(u"q.contract"_s),
                           text(u"q.term_months"_s),
                           text(u"q.language"_s),
                           text(u"q.currency"_s),
                           text(u"q.valid_until"_s),
                           iso(u"q.created_at"_s),
                           iso(u"q.sent_at"_s),
                           iso(u"q.signed_at"_s),
                           text(u"q.signer"_s),
                           text(u"q.signature_method"_s),
                           text(u"l.position"_s),
                           text(u"l.description"_s),
                           trimmed(u"l.quantity_milli"_s, 3, sep),
                           cents(u"l.unit_price_cents"_s, sep),
                           text(u"l.billing"_s),
                           trimmed(u"l.vat_bp"_s, 2, sep),
                           text(u"q.id"_s)} // replaced by the totals in the comparison
                   .join(u", "_s) +
               u" FROM quotes q JOIN deals d ON d.id = q.deal_id LEFT JOIN quote_lines l ON "
               "l.quote_id = q.id WHERE d.deleted_at IS NULL ORDER BY q.id, l.position"_s;
    }
    return {};
}

QByteArray exported(Database &db, ExportEntity entity, QChar delimiter, bool bom = true)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Result<qint64> rows =
        CsvExport(db).write(entity, buffer, CsvExportOptions{delimiter, bom});
    return rows ? bytes : QByteArray();
}

} // namespace

// Exports to CSV read back with CsvReader, field by field against the database.
class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void headers();
    void knownValues();
    void decimalCommaAndSemicolon();
    void bomPresentOrAbsent();
    void everyFieldMatchesTheDatabase_data();
    void everyFieldMatchesTheDatabase();
    void unwritablePathLeavesNoFile();
    void cancelLeavesNoFile();

private:
    Database &db() { return *m_fx->db; }
    void compareWithDatabase(ExportEntity entity, QChar delimiter);

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_deal = 0;
    qint64 m_activity = 0;
};

void TestCsvExport::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"export.db"_s), QString());
    Company c = sampleCompany(kTrickyName);
    c.externalId = u"HS-77"_s;
    const auto company = CompanyRepository(db()).create(c);
    QVERIFY(company.ok());
    Company gone = sampleCompany(u"Gone SARL"_s);
    const auto goneId = CompanyRepository(db()).create(gone);
    QVERIFY(goneId.ok());
    DB_CHECK(CompanyRepository(db()).remove(*goneId));

    Contact ct;
    ct.companyId = *company;
    ct.name = u"Zoé Martin"_s;
    ct.email = u"zoe@example.fr"_s;
    ct.decisionRole = u"decision-maker"_s;
    ct.externalId = u"C-9"_s;
    DB_CHECK(ContactRepository(db()).create(ct));

    Deal d = sampleDeal(*company, u"Migration \"cloud\"; phase 1"_s, u"lead"_s, 123450);
    d.contactId = ct.id;
    d.oneTime = Money(5);
    d.verbalAgreement = true;
    d.expectedClose = QDate(2026, 6, 30);
    d.hubspotId = u"4242"_s;
    const auto deal = DealRepository(db()).create(d);
    QVERIFY(deal.ok());
    m_deal = *deal;

    Activity a;
    a.dealId = m_deal;
    a.kind = Activity::Kind::Call;
    a.title = u"Rappeler Zoé"_s;
    a.due = QDate(2026, 3, 5);
    a.note = u"ligne 1\nligne 2"_s;
    const auto activity = ActivityRepository(db()).add(a);
    QVERIFY(activity.ok());
    m_activity = *activity;

    Quote q;
    q.dealId = m_deal;
    q.contract = u"annual-standard"_s;
    const auto vps = ProductRepository(db()).findByKey(u"vps-m"_s);
    QVERIFY(vps.ok());
    QuoteLine l;
    l.productId = vps->id;
    l.description = u"VPS M"_s;
    l.quantityMilli = 2500;
    l.unitPrice = Money(3990);
    l.vatBp = 550;
    q.lines << l;
    DB_CHECK(QuoteRepository(db()).create(q));
    Quote empty;
    empty.dealId = m_deal;
    empty.contract = u"annual-standard"_s;
    DB_CHECK(QuoteRepository(db()).create(empty));
}

void TestCsvExport::cleanup()
{
    m_fx.reset();
}

void TestCsvExport::headers()
{
    QCOMPARE(CsvExport::columns(ExportEntity::Companies),
             (QStringList{u"dealboardId"_s, u"name"_s, u"segment"_s, u"sector"_s, u"website"_s,
                          u"source"_s, u"externalId"_s, u"createdAt"_s, u"updatedAt"_s}));
    QCOMPARE(CsvExport::columns(ExportEntity::Deals).size(), 26);
    QCOMPARE(CsvExport::columns(ExportEntity::Deals).last(), u"pipedriveId"_s);
    QCOMPARE(CsvExport::columns(ExportEntity::Contacts).size(), 12);
    QCOMPARE(CsvExport::columns(ExportEntity::Activities).size(), 10);
    QCOMPARE(CsvExport::columns(ExportEntity::Quotes).mid(16, 6),
             (QStringList{u"linePosition"_s, u"lineDescription"_s, u"quantity"_s, u"unitPrice"_s,
                          u"billing"_s, u"vatRate"_s}));
    for (const QString &key :
         {u"deals"_s, u"companies"_s, u"contacts"_s, u"activities"_s, u"quotes"_s})
        QCOMPARE(CsvExport::key(*CsvExport::fromKey(key)), key);
    QVERIFY(!CsvExport::fromKey(u"json"_s));
}

void TestCsvExport::knownValues()
{
    const auto deals = csvtest::readAll(exported(db(), ExportEntity::Deals, u','));
    QCOMPARE(deals.error, QString());
    QCOMPARE(deals.records.size(), 2);
    QCOMPARE(deals.records.at(0).fields, CsvExport::columns(ExportEntity::Deals));
    const QStringList deal = deals.records.at(1).fields;
    QCOMPARE(deal.at(0), QString::number(m_deal));
    QCOMPARE(deal.at(1), u"Migration \"cloud\"; phase 1"_s);
    QCOMPARE(deal.at(2), kTrickyName);
    QCOMPARE(deal.at(3), u"pme"_s);
    QCOMPARE(deal.at(4), u"HS-77"_s);
    QCOMPARE(deal.at(5), u"Zoé Martin"_s);
    QCOMPARE(deal.at(7), u"C-9"_s);
    QCOMPARE(deal.at(9), u"1234.50"_s);
    QCOMPARE(deal.at(10), u"0.05"_s);
    QCOMPARE(deal.at(12), u"2026-06-30"_s);
    QCOMPARE(deal.at(17), u"true"_s);
    QCOMPARE(deal.at(18), u"false"_s);
    QCOMPARE(deal.at(19), QString());
    QCOMPARE(deal.at(22), u"2026-03-02T09:00:00Z"_s);
    QCOMPARE(deal.at(24), u"4242"_s);

    const auto companies = csvtest::readAll(exported(db(), ExportEntity::Companies, u','));
    QCOMPARE(companies.records.size(), 2); // the deleted company is not exported
    QCOMPARE(companies.records.at(1).fields.at(1), kTrickyName);

    const auto activities = csvtest::readAll(exported(db(), ExportEntity::Activities, u','));
    QCOMPARE(activities.records.size(), 2);
    QCOMPARE(activities.records.at(1).fields,
             (QStringList{QString::number(m_activity), QString::number(m_deal),
                          u"Migration \"cloud\"; phase 1"_s, kTrickyName, u"call"_s,
                          u"Rappeler Zoé"_s, u"2026-03-05"_s, QString(), u"2026-03-02T09:00:00Z"_s,
                          u"ligne 1\nligne 2"_s}));

    const auto quotes = csvtest::readAll(exported(db(), ExportEntity::Quotes, u','));
    QCOMPARE(quotes.records.size(), 3); // a line of the first, the second without lines
    const QStringList line = quotes.records.at(1).fields;
    QCOMPARE(line.at(1), u"1"_s);
    QCOMPARE(line.at(5), u"draft"_s);
    QCOMPARE(line.at(18), u"2.5"_s);
    QCOMPARE(line.at(19), u"39.90"_s);
    QCOMPARE(line.at(20), u"monthly"_s);
    QCOMPARE(line.at(21), u"5.5"_s);
    const QStringList bare = quotes.records.at(2).fields;
    QCOMPARE(bare.at(16), QString());
    QCOMPARE(bare.at(18), QString());
    QCOMPARE(bare.at(22), u"0.00"_s);
}

void TestCsvExport::decimalCommaAndSemicolon()
{
    QCOMPARE(CsvExport::decimalSeparator(u';'), QChar(u','));
    QCOMPARE(CsvExport::decimalSeparator(u'\t'), QChar(u'.'));
    const auto deals = csvtest::readAll(exported(db(), ExportEntity::Deals, u';'));
    QCOMPARE(deals.error, QString());
    QCOMPARE(deals.format.delimiter, QChar(u';'));
    QCOMPARE(deals.records.at(1).fields.at(9), u"1234,50"_s);
    QCOMPARE(deals.records.at(1).fields.at(2), kTrickyName);
    const auto quotes = csvtest::readAll(exported(db(), ExportEntity::Quotes, u';'));
    QCOMPARE(quotes.records.at(1).fields.at(18), u"2,5"_s);
    QCOMPARE(quotes.records.at(1).fields.at(21), u"5,5"_s);
    const auto tabs = csvtest::readAll(exported(db(), ExportEntity::Deals, u'\t'));
    QCOMPARE(tabs.format.delimiter, QChar(u'\t'));
    QCOMPARE(tabs.records.at(1).fields.at(9), u"1234.50"_s);
}

void TestCsvExport::bomPresentOrAbsent()
{
    const QByteArray with = exported(db(), ExportEntity::Companies, u',', true);
    QVERIFY(with.startsWith("\xEF\xBB\xBF"));
    QVERIFY(with.contains("\r\n"));
    QVERIFY(csvtest::readAll(with).format.hasBom);
    const QByteArray without = exported(db(), ExportEntity::Companies, u',', false);
    QVERIFY(without.startsWith("dealboardId,"));
    QVERIFY(!csvtest::readAll(without).format.hasBom);
    QCOMPARE(csvtest::readAll(without).records.at(1).fields.at(1), kTrickyName);
}

void TestCsvExport::everyFieldMatchesTheDatabase_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QChar>("delimiter");
    for (const ExportEntity e :
         {ExportEntity::Deals, ExportEntity::Companies, ExportEntity::Contacts,
          ExportEntity::Activities, ExportEntity::Quotes}) {
        QTest::addRow("%s comma", qPrintable(CsvExport::key(e))) << int(e) << QChar(u',');
        QTest::addRow("%s semicolon", qPrintable(CsvExport::key(e))) << int(e) << QChar(u';');
    }
}

void TestCsvExport::everyFieldMatchesTheDatabase()
{
    QFETCH(int, entity);
    QFETCH(QChar, delimiter);
    DemoGenerator::Options options;
    options.deals = 80;
    options.now = fixedNow();
    DB_CHECK(DemoGenerator(db()).generate(options));
    QVERIFY(countRows(db(), u"SELECT count(*) FROM quote_lines"_s) > 0);
    QVERIFY(countRows(db(), u"SELECT count(*) FROM activities"_s) > 0);
    compareWithDatabase(ExportEntity(entity), delimiter);
}

void TestCsvExport::compareWithDatabase(ExportEntity entity, QChar delimiter)
{
    const QByteArray bytes = exported(db(), entity, delimiter);
    QVERIFY(!bytes.isEmpty());
    const auto read = csvtest::readAll(bytes);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.records.first().fields, CsvExport::columns(entity));

    QHash<qint64, QuoteTotals> totals;
    QuoteRepository quotes(db());
    for (const Quote &q : quotes.list().value()) {
        const auto t = QuoteTotals::compute(q, quotes.decision(q));
        QVERIFY(t.ok());
        totals.insert(q.id, *t);
    }
    const QString sep = CsvExport::decimalSeparator(delimiter);
    const auto money = [&](const Money &m) {
        return QString::number(double(m.cents()) / 100.0, 'f', 2).replace(u'.', sep);
    };
    QSqlQuery q(db().connection());
    QVERIFY2(q.exec(expectedSql(entity, sep)), qPrintable(q.lastError().text()));
    qsizetype row = 1;
    while (q.next()) {
        QVERIFY2(row < read.records.size(), "fewer rows than in the database");
        QStringList expected;
        for (int i = 0; i < q.record().count(); ++i)
            expected << q.value(i).toString();
        if (entity == ExportEntity::Quotes) {
            const QuoteTotals t = totals.value(expected.takeLast().toLongLong());
            expected << money(t.monthlyDiscountedHt) << money(t.firstYearHt);
        }
        QCOMPARE(read.records.at(row).fields, expected);
        ++row;
    }
    QCOMPARE(row, read.records.size());
    QVERIFY(row > 1);
}

void TestCsvExport::unwritablePathLeavesNoFile()
{
    const QString path = m_fx->dir.filePath(u"missing-folder/deals.csv"_s);
    const auto rows = CsvExport(db()).writeFile(ExportEntity::Deals, path, {});
    QVERIFY(!rows.ok());
    QVERIFY(rows.errorMessage().contains(u"missing-folder"_s));
    QVERIFY(!QFile::exists(path));
}

void TestCsvExport::cancelLeavesNoFile()
{
    const QString path = m_fx->dir.filePath(u"deals.csv"_s);
    const auto cancelled = CsvExport(db()).writeFile(ExportEntity::Deals, path, {},
                                                     [](qint64, qint64) { return false; });
    QVERIFY(!cancelled.ok());
    QVERIFY(!QFile::exists(path));
    qint64 lastDone = -1;
    const auto rows =
        CsvExport(db()).writeFile(ExportEntity::Deals, path, {}, [&](qint64 done, qint64 total) {
            lastDone = done;
            return done <= total;
        });
    QCOMPARE(rows.ok(), true);
    QCOMPARE(*rows, qint64(1));
    QCOMPARE(lastDone, qint64(1));
    QVERIFY(QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"

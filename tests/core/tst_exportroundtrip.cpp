#include "demo/demogenerator.h"
#include "io/csvexport.h"
#include "io/importer.h"
#include "io/importscanner.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

namespace {

// What an export must carry over, without the ids (a new database numbers its own rows).
const QString kCompanies = u"SELECT name, coalesce(segment, ''), coalesce(sector, ''), "
                           "coalesce(website, ''), coalesce(source, ''), "
                           "coalesce(external_id, '') FROM companies WHERE deleted_at IS NULL"_s;
const QString kContacts =
    u"SELECT ct.name, coalesce(c.name, ''), coalesce(ct.email, ''), coalesce(ct.phone, ''), "
    "coalesce(ct.role, ''), coalesce(ct.decision_role, ''), coalesce(ct.linkedin, ''), "
    "coalesce(ct.external_id, '') FROM contacts ct LEFT JOIN companies c ON c.id = "
    "ct.company_id WHERE ct.deleted_at IS NULL"_s;
const QString kDeals =
    u"SELECT d.title, c.name, coalesce(ct.name, ''), d.stage, d.mrr_cents, d.one_time_cents, "
    "d.currency, coalesce(d.expected_close, ''), coalesce(d.source, ''), "
    "coalesce(d.owner, ''), coalesce(d.next_step, ''), coalesce(d.next_step_due, ''), "
    "d.verbal_agreement, d.timeline_confirmed, coalesce(d.lost_reason, ''), "
    "coalesce(d.lost_competitor, ''), coalesce(d.hubspot_id, ''), coalesce(d.pipedrive_id, '') "
    "FROM deals d JOIN companies c ON c.id = d.company_id LEFT JOIN contacts ct ON "
    "ct.id = d.contact_id WHERE d.deleted_at IS NULL"_s;

QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {q.lastError().text()};
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        out << fields.join(u" | "_s);
    }
    out.sort();
    return out;
}

} // namespace

// An export imported into an empty database gives the same companies, contacts and deals.
class TestExportRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reimportGivesTheSameData_data();
    void reimportGivesTheSameData();
};

void TestExportRoundTrip::reimportGivesTheSameData_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
}

void TestExportRoundTrip::reimportGivesTheSameData()
{
    QFETCH(QChar, delimiter);
    DatabaseFixture source;
    QCOMPARE(source.open(u"source.db"_s), QString());
    DemoGenerator::Options options;
    options.deals = 120;
    options.now = fixedNow();
    DB_CHECK(DemoGenerator(*source.db).generate(options));
    // The demo names some companies alike, and gives some deals of one company the same title:
    // each row's id in the file keeps them apart.
    QVERIFY(countRows(*source.db, u"SELECT count(*) FROM (SELECT 1 FROM companies GROUP BY "
                                  "lower(name) HAVING count(*) > 1)"_s) > 0);
    QVERIFY(countRows(*source.db, u"SELECT count(*) FROM (SELECT 1 FROM deals GROUP BY "
                                  "company_id, title HAVING count(*) > 1)"_s) > 0);

    auto target = Database::open(source.dir.filePath(u"target.db"_s));
    QVERIFY(target.ok());
    // Twice: the second import finds every row's record again and changes nothing.
    for (int pass = 0; pass < 2; ++pass)
        for (const ExportEntity entity :
             {ExportEntity::Companies, ExportEntity::Contacts, ExportEntity::Deals}) {
            QByteArray bytes;
            QBuffer out(&bytes);
            out.open(QIODevice::WriteOnly);
            DB_CHECK(CsvExport(*source.db).write(entity, out, CsvExportOptions{delimiter, true}));
            QBuffer in(&bytes);
            in.open(QIODevice::ReadOnly);
            const Result<ImportMapping> mapping = ImportScanner::scan(in, (*target)->playbook());
            QVERIFY2(mapping.ok(), qPrintable(mapping.errorMessage()));
            QVERIFY2(mapping->unmappedStages().isEmpty(),
                     qPrintable(mapping->unmappedStages().join(u", "_s)));
            in.seek(0);
            const Result<ImportReport> report = Importer(**target).run(in, *mapping, {});
            QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
            QVERIFY2(report->problems.isEmpty(),
                     qPrintable(report->problems.isEmpty() ? QString()
                                                           : report->problems.first().message));
            QCOMPARE(report->committed, pass == 0);
            if (pass == 1) {
                QCOMPARE(report->deals.created + report->deals.updated, 0);
                QCOMPARE(report->companies.created + report->companies.updated, 0);
                QCOMPARE(report->contacts.created + report->contacts.updated, 0);
            }
        }
    QCOMPARE(rows(**target, kCompanies), rows(*source.db, kCompanies));
    QCOMPARE(rows(**target, kContacts), rows(*source.db, kContacts));
    QCOMPARE(rows(**target, kDeals), rows(*source.db, kDeals));
}

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_exportroundtrip.moc"

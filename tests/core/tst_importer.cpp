#include "io/importer.h"
#include "io/importrowparser.h"
#include "io/importscanner.h"
#include "storage/contactrepository.h"
#include "storage/eventlog.h"
#include "storage/importbatchrepository.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(DEALBOARD_TEST_DATA_DIR) + u"/import/"_s + QString::fromLatin1(name);
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hubspotEnglish();
    void hubspotFrench();
    void pipedriveFrenchWindows1252();
    void pipedriveEnglishStatus();
    void sameFileTwiceChangesNothing();
    void changedFileUpdatesAndUndoSetsBack();
    void problemsNameTheirLines();
    void brokenFileMidwayWritesNothing();
    void cancelWritesNothing();
    void ambiguousDatesAreReported();
    void companiesMatchByDomainContactsByEmail();
    void undoRefusesTwiceAndCountsLaterChanges();
    void everyOfferedFieldIsImported();
    void manyRowsFoundAgain();
    void anotherCrmIdIsAnotherRecord();
    void aDealWithoutCompanyGoesToItsContactsDomain();
    void undoingInAnyOrderKeepsDeletedRowsDeleted();
    void aLostReasonChangeIsLogged();

private:
    ImportReport import(const char *file, Importer::Options options = {},
                        ImportMapping *scanned = nullptr);
    Deal dealTitled(const QString &title);
    std::unique_ptr<DatabaseFixture> m_fx;
};

void TestImporter::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"import.db"_s), QString());
}

void TestImporter::cleanup()
{
    m_fx.reset();
}

ImportReport TestImporter::import(const char *file, Importer::Options options,
                                  ImportMapping *scanned)
{
    Result<ImportMapping> m = ImportScanner::scanFile(sample(file), m_fx->db->playbook());
    if (!m) {
        qWarning() << m.errorMessage();
        return {};
    }
    if (scanned)
        *scanned = *m;
    Result<ImportReport> r = Importer(*m_fx->db).runFile(sample(file), *m, options);
    if (!r) {
        qWarning() << r.errorMessage();
        return {};
    }
    return *r;
}

Deal TestImporter::dealTitled(const QString &title)
{
    const Result<QList<Deal>> deals = DealRepository(*m_fx->db).list();
    if (deals)
        for (const Deal &d : *deals)
            if (d.title == title)
                return d;
    return {};
}

void TestImporter::hubspotEnglish()
{
    ImportMapping m;
    const ImportReport r = import("hubspot-deals-en.csv", {}, &m);
    QCOMPARE(m.source, CsvSource::HubSpot);
    QCOMPARE(m.entity, CsvEntity::Deal);
    QVERIFY(m.format.hasBom);
    QVERIFY(m.unmappedStages().isEmpty());
    QVERIFY(r.committed);
    QVERIFY(r.batchId > 0);
    QCOMPARE(r.rows, 6);
    QCOMPARE(r.deals.created, 6);
    QCOMPARE(r.companies.created, 4);
    QCOMPARE(r.contacts.created, 2);

    const Deal quoted = dealTitled(u"Hébergement \"Sécurisé\" — Mairie"_s);
    QCOMPARE(quoted.mrr.cents(), 125050);
    QCOMPARE(quoted.stage, u"qualified"_s);
    QCOMPARE(quoted.hubspotId, u"9002"_s);
    QCOMPARE(quoted.companyName, u"Mairie de Lyon"_s);
    QCOMPARE(quoted.contactName, u"Jean Dupont"_s);
    QCOMPARE(quoted.expectedClose, QDate(2026, 12, 20));
    QCOMPARE(quoted.createdAt.toUTC().date(), QDate(2026, 10, 5));
    QCOMPARE(dealTitled(u"Multi-line\nnote deal"_s).stage, u"nego"_s);

    const Deal lost = dealTitled(u"PaaS for agency"_s);
    QCOMPARE(lost.stage, u"lost"_s);
    QCOMPARE(lost.lostReason, u"budget"_s); // "Price too high"
    const Deal won = dealTitled(u"Backup offsite"_s);
    QCOMPARE(won.stage, u"won"_s);
    // Created in the first stage, then won: the analytics count it as a win.
    const Result<QList<Event>> history = DealRepository(*m_fx->db).history(won.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).kind, Event::Kind::Created);
    QCOMPARE(history->at(0).newValue, u"lead"_s);
    QCOMPARE(history->at(1).kind, Event::Kind::Won);
    const Result<Company> company = CompanyRepository(*m_fx->db).find(won.companyId);
    QVERIFY(company);
    QCOMPARE(company->externalId, u"501"_s);
}

void TestImporter::hubspotFrench()
{
    ImportMapping m;
    const ImportReport r = import("hubspot-deals-fr.csv", {}, &m);
    QCOMPARE(m.dateOrder, ValueParsers::DateOrder::DayMonthYear);
    QCOMPARE(m.decimal, ValueParsers::Decimal::Comma);
    QVERIFY(r.committed);
    QCOMPARE(r.deals.created, 4);
    const Deal d = dealTitled(u"Migration VPS — Boulangerie"_s);
    QCOMPARE(d.mrr.cents(), 123450);
    QCOMPARE(d.expectedClose, QDate(2026, 12, 15));
    QCOMPARE(d.stage, u"lead"_s);
    QCOMPARE(d.owner, u"Fondateur"_s);
    QCOMPARE(dealTitled(u"Cloud souverain mairie"_s).stage, u"nego"_s);
    QCOMPARE(dealTitled(u"Sauvegardes"_s).lostReason, u"budget"_s); // "Trop cher"
}

void TestImporter::pipedriveFrenchWindows1252()
{
    ImportMapping m;
    ImportReport r = import("pipedrive-deals-fr-1252.csv", {}, &m);
    QCOMPARE(m.source, CsvSource::Pipedrive);
    QCOMPARE(m.format.encoding, CsvEncoding::Windows1252);
    QCOMPARE(m.format.delimiter, u';');
    QVERIFY(r.committed);
    QCOMPARE(r.deals.created, 5);
    const Deal d = dealTitled(u"Hébergement Crèche Étoile"_s);
    QCOMPARE(d.mrr.cents(), 125050);
    QCOMPARE(d.pipedriveId, u"301"_s);
    QCOMPARE(d.contactEmail, u"elodie@creche-etoile.fr"_s);
    QCOMPARE(d.companyName, u"Crèche Étoile"_s);
    QCOMPARE(dealTitled(u"VPS développeur"_s).mrr.cents(), 999);
    QCOMPARE(dealTitled(u"VPS développeur"_s).stage, u"lead"_s);  // "Prospect"
    QCOMPARE(dealTitled(u"Stockage archives"_s).stage, u"won"_s); // status "Gagné"
    const Deal lost = dealTitled(u"GPU rendu 3D"_s);
    QCOMPARE(lost.stage, u"lost"_s);
    QCOMPARE(lost.lostReason, u"competitor"_s);
}

void TestImporter::pipedriveEnglishStatus()
{
    const ImportReport r = import("pipedrive-deals-en.csv");
    QVERIFY(r.committed);
    QCOMPARE(r.rows, 6);
    QCOMPARE(r.deleted, 1);
    QCOMPARE(r.deals.created, 5);
    QCOMPARE(r.companies.created, 4); // Northwind twice
    QCOMPARE(r.contacts.created, 4);
    QCOMPARE(dealTitled(u"Managed Kubernetes pilot"_s).mrr.cents(), 240000);
    QCOMPARE(dealTitled(u"CDN for e-shop"_s).stage, u"won"_s);
    QCOMPARE(dealTitled(u"VPS fleet"_s).lostReason, u"competitor"_s);
    QVERIFY(dealTitled(u"Old duplicate"_s).title.isEmpty());
}

void TestImporter::sameFileTwiceChangesNothing()
{
    QVERIFY(import("hubspot-companies.csv").committed);
    QVERIFY(import("hubspot-contacts.csv").committed);
    const ImportReport first = import("hubspot-deals-en.csv");
    QVERIFY(first.committed);
    QCOMPARE(first.companies.created, 1); // Studio Brume; the others came with the companies
    QCOMPARE(first.contacts.created, 0);  // matched by name within their company
    const qint64 events = countRows(*m_fx->db, u"SELECT COUNT(*) FROM events"_s);
    const qint64 companies = countRows(*m_fx->db, u"SELECT COUNT(*) FROM companies"_s);

    for (const char *file :
         {"hubspot-companies.csv", "hubspot-contacts.csv", "hubspot-deals-en.csv"}) {
        const ImportReport again = import(file);
        QVERIFY2(!again.committed, file);
        QCOMPARE(again.batchId, 0);
        QCOMPARE(again.deals.created + again.deals.updated, 0);
        QCOMPARE(again.companies.created + again.companies.updated, 0);
        QCOMPARE(again.contacts.created + again.contacts.updated, 0);
    }
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM events"_s), events);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM companies"_s), companies);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM import_batches"_s), 3);
}

void TestImporter::changedFileUpdatesAndUndoSetsBack()
{
    QVERIFY(import("hubspot-deals-en.csv").committed);
    const Deal before = dealTitled(u"GPU for ML team"_s);
    QByteArray csv = "Record ID,Deal Name,Deal Stage,Amount,Associated Company\n"
                     "9003,GPU for ML team,contractsent,3100,DataForge\n"
                     "9100,New one,qualifiedtobuy,10,DataForge\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const Result<ImportMapping> m = ImportScanner::scan(buffer, m_fx->db->playbook());
    QVERIFY(m);
    buffer.seek(0);
    m_fx->clock.advanceSecs(3600);
    const Result<ImportReport> r = Importer(*m_fx->db).run(buffer, *m, {});
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QVERIFY(r->committed);
    QCOMPARE(r->deals.updated, 1);
    QCOMPARE(r->deals.created, 1);
    QCOMPARE(r->companies.unchanged, 1);
    const Deal after = dealTitled(u"GPU for ML team"_s);
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.mrr.cents(), 310000);
    QCOMPARE(after.stage, u"nego"_s);
    QCOMPARE(after.expectedClose, before.expectedClose); // not in the file: kept

    ImportBatchRepository batches(*m_fx->db);
    QCOMPARE(batches.changedSince(r->batchId).value(), 0);
    const Result<ImportUndoOutcome> undone = batches.undo(r->batchId);
    QVERIFY2(undone, qPrintable(undone.errorMessage()));
    QCOMPARE(undone->restored, 1);
    QCOMPARE(undone->removed, 1);
    const Deal back = dealTitled(u"GPU for ML team"_s);
    QCOMPARE(back.mrr.cents(), before.mrr.cents());
    QCOMPARE(back.stage, before.stage);
    QCOMPARE(back.position, before.position);
    QCOMPARE(back.updatedAt, before.updatedAt);
    QVERIFY(dealTitled(u"New one"_s).title.isEmpty());
    // The events of the import are undone: the history reads as before it.
    const Result<QList<Event>> history =
        DealRepository(*m_fx->db).history(before.id, EventLog::History::Effective);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().kind, Event::Kind::Created);
}

void TestImporter::problemsNameTheirLines()
{
    const ImportReport r = import("bad-rows.csv");
    QVERIFY(!r.committed);
    QCOMPARE(r.rows, 6);
    QCOMPARE(r.skipped, 5);
    QCOMPARE(r.problems.size(), 5);
    const QList<qint64> lines{3, 4, 5, 6, 7};
    for (qsizetype i = 0; i < lines.size(); ++i)
        QCOMPARE(r.problems.at(i).line, lines.at(i));
    QVERIFY(r.problems.at(0).message.contains(u"title"_s));
    QVERIFY(r.problems.at(1).message.contains(u"Waiting for Godot"_s));
    QCOMPARE(r.problems.at(2).column, u"Amount"_s);
    QVERIFY(r.problems.at(2).message.contains(u"negative"_s));
    QCOMPARE(r.problems.at(3).column, u"Contact email"_s);
    QCOMPARE(r.problems.at(4).column, u"Close Date"_s);
    // Refused as a whole: nothing written, not even the good row.
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM deals"_s), 0);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM companies"_s), 0);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM import_batches"_s), 0);

    Importer::Options skip;
    skip.skipProblemRows = true;
    const ImportReport skipped = import("bad-rows.csv", skip);
    QVERIFY(skipped.committed);
    QCOMPARE(skipped.deals.created, 1);
    QCOMPARE(dealTitled(u"Good one"_s).contactEmail, u"ann@alpha.fr"_s);
}

void TestImporter::brokenFileMidwayWritesNothing()
{
    Result<ImportMapping> m =
        ImportScanner::scanFile(sample("broken-midway.csv"), m_fx->db->playbook());
    QVERIFY(!m);
    QVERIFY2(m.errorMessage().contains(u"62"_s), qPrintable(m.errorMessage()));
    // Even when the mapping was made on a good copy, the importer stops and writes nothing.
    QByteArray good = "Deal Name,Deal Stage,Amount,Associated Company\nA,Qualified to buy,1,X\n";
    QBuffer buffer(&good);
    buffer.open(QIODevice::ReadOnly);
    m = ImportScanner::scan(buffer, m_fx->db->playbook());
    QVERIFY(m);
    const Result<ImportReport> r = Importer(*m_fx->db).runFile(sample("broken-midway.csv"), *m, {});
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(u"62"_s), qPrintable(r.errorMessage()));
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM deals"_s), 0);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM companies"_s), 0);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM events"_s), 0);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM import_batches"_s), 0);
}

void TestImporter::cancelWritesNothing()
{
    QByteArray csv = "Deal Name,Deal Stage,Amount,Associated Company\n";
    for (int i = 0; i < 20000; ++i)
        csv += "Deal " + QByteArray::number(i) + ",Qualified to buy,10,Company " +
               QByteArray::number(i % 50) + "\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const Result<ImportMapping> m = ImportScanner::scan(buffer, m_fx->db->playbook());
    QVERIFY(m);
    QCOMPARE(m->rows, 20000);
    buffer.seek(0);
    int calls = 0;
    const Result<ImportReport> r =
        Importer(*m_fx->db).run(buffer, *m, {}, [&calls](qint64 done, qint64 total) {
            Q_UNUSED(total);
            return ++calls < 3 || done == 0;
        });
    QVERIFY(!r);
    QCOMPARE(calls, 3);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM deals"_s), 0);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM import_batches"_s), 0);
}

void TestImporter::ambiguousDatesAreReported()
{
    QByteArray csv = "Deal Name,Close Date,Associated Company\nA,03/04/2026,X\nB,05/06/2026,X\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    Result<ImportMapping> m = ImportScanner::scan(buffer, m_fx->db->playbook());
    QVERIFY(m);
    QVERIFY(m->datesAmbiguous);
    m.value().dateOrder = ValueParsers::DateOrder::MonthDayYear;
    buffer.seek(0);
    const Result<ImportReport> r = Importer(*m_fx->db).run(buffer, *m, {});
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(dealTitled(u"A"_s).expectedClose, QDate(2026, 3, 4));
}

void TestImporter::companiesMatchByDomainContactsByEmail()
{
    Company existing = sampleCompany(u"Atelier Nuage SARL"_s);
    existing.website = u"https://www.ateliernuage.fr/"_s;
    DB_CHECK(CompanyRepository(*m_fx->db).create(existing));
    Contact claire;
    claire.name = u"C. Martin"_s;
    claire.email = u"Claire@AtelierNuage.fr"_s;
    claire.companyId = existing.id;
    DB_CHECK(ContactRepository(*m_fx->db).create(claire));

    const ImportReport companies = import("hubspot-companies.csv");
    QCOMPARE(companies.companies.created, 2);
    QCOMPARE(companies.companies.updated, 1); // by its domain: now named as in HubSpot
    QCOMPARE(CompanyRepository(*m_fx->db).find(existing.id)->name, u"Atelier Nuage"_s);
    QCOMPARE(CompanyRepository(*m_fx->db).find(existing.id)->externalId, u"501"_s);

    const ImportReport contacts = import("hubspot-contacts.csv");
    QCOMPARE(contacts.contacts.created, 2);
    QCOMPARE(contacts.contacts.updated, 1); // by email, whatever its case
    QCOMPARE(ContactRepository(*m_fx->db).find(claire.id)->name, u"Claire Martin"_s);
    QCOMPARE(ContactRepository(*m_fx->db).find(claire.id)->role, u"CEO"_s);
}

void TestImporter::undoRefusesTwiceAndCountsLaterChanges()
{
    const ImportReport r = import("hubspot-deals-en.csv");
    QVERIFY(r.committed);
    ImportBatchRepository batches(*m_fx->db);
    Deal d = dealTitled(u"GPU for ML team"_s);
    d.nextStep = u"Call back"_s;
    DB_CHECK(DealRepository(*m_fx->db).update(d));
    Company other = sampleCompany(u"Later Inc"_s);
    DB_CHECK(CompanyRepository(*m_fx->db).create(other));
    // A deal added by hand to a company the import created.
    Deal manual = sampleDeal(dealTitled(u"PaaS for agency"_s).companyId, u"By hand"_s);
    DB_CHECK(DealRepository(*m_fx->db).create(manual));
    QCOMPARE(batches.changedSince(r.batchId).value(), 2);

    const Result<QList<ImportBatch>> list = batches.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().fileName, u"hubspot-deals-en.csv"_s);
    QCOMPARE(list->first().created, 12);
    QVERIFY(list->first().firstEvent > 0);

    QVERIFY(batches.undo(r.batchId));
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM deals WHERE deleted_at IS NULL"_s), 1);
    QVERIFY(batches.find(r.batchId)->undoneAt.isValid());
    const Result<ImportUndoOutcome> again = batches.undo(r.batchId);
    QVERIFY(!again);
    QVERIFY(again.errorMessage().contains(u"already"_s));
}

void TestImporter::everyOfferedFieldIsImported()
{
    // What the mapping step offers is what the parser takes, and every header of the samples
    // that names a field the parser takes is recognised.
    const QList<HeaderField> fields = ImportRowParser::fields();
    for (const HeaderField &f : fields)
        QVERIFY2(ImportRowParser::supports(f), qPrintable(f.key));
    QVERIFY(!ImportRowParser::supports(HeaderField{CsvEntity::Company, u"city"_s}));
    QVERIFY(!ImportRowParser::supports(HeaderField{CsvEntity::Deal, u"probability"_s}));
    // A column recognised but not imported is shown as not imported.
    QByteArray csv = "Deal Name,Probability,City,Associated Company\nA,50,Lyon,X\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const Result<ImportMapping> m = ImportScanner::scan(buffer, m_fx->db->playbook());
    QVERIFY(m);
    QCOMPARE(m->columns.at(1).entity, CsvEntity::None);
    QCOMPARE(m->columns.at(2).entity, CsvEntity::None);
    QCOMPARE(m->samples.at(0), u"A"_s);
}

void TestImporter::manyRowsFoundAgain()
{
    // Past a few hundred deals found, the importer reads them all at once: the same answers.
    auto file = [](int amount) {
        QByteArray csv = "Record ID,Deal Name,Deal Stage,Amount,Associated Company\n";
        for (int i = 0; i < 1200; ++i)
            csv += QByteArray::number(5000 + i) + ",Deal " + QByteArray::number(i % 700) +
                   ",qualifiedtobuy," + QByteArray::number(amount + i) + ",Company " +
                   QByteArray::number(i % 40) + "\n";
        return csv;
    };
    auto run = [this](QByteArray csv) {
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        const Result<ImportMapping> m = ImportScanner::scan(buffer, m_fx->db->playbook());
        buffer.seek(0);
        return m ? Importer(*m_fx->db).run(buffer, *m, {}) : Result<ImportReport>(m.error());
    };
    Result<ImportReport> r = run(file(100));
    QVERIFY(r);
    QCOMPARE(r->deals.created, 1200);
    r = run(file(100));
    QVERIFY(r);
    QCOMPARE(r->deals.unchanged, 1200);
    QVERIFY(!r->committed);
    r = run(file(200));
    QVERIFY(r);
    QCOMPARE(r->deals.updated, 1200);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM deals"_s), 1200);
    QCOMPARE(countRows(*m_fx->db, u"SELECT SUM(mrr_cents) FROM deals"_s),
             (200LL * 1200 + 1199LL * 1200 / 2) * 100);
}

namespace {

Result<ImportReport> importBytes(Database &db, QByteArray csv, Importer::Options options = {})
{
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const Result<ImportMapping> m = ImportScanner::scan(buffer, db.playbook());
    if (!m)
        return m.error();
    buffer.seek(0);
    return Importer(db).run(buffer, *m, options);
}

} // namespace

void TestImporter::anotherCrmIdIsAnotherRecord()
{
    // Two companies of one name, each its own record in HubSpot: two companies here.
    QVERIFY(importBytes(*m_fx->db, "Record ID,Company name\nA,Acme\n"));
    const Result<ImportReport> second = importBytes(*m_fx->db, "Record ID,Company name\nB,Acme\n");
    QVERIFY(second);
    QCOMPARE(second->companies.created, 1);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM companies WHERE name = 'Acme'"_s), 2);
    // And deals of one title at one company.
    QVERIFY(importBytes(*m_fx->db, "Record ID,Deal Name,Associated Company IDs,Amount\n"
                                   "1,Renewal,A,10\n"));
    const Result<ImportReport> deals =
        importBytes(*m_fx->db, "Record ID,Deal Name,Associated Company IDs,Amount\n"
                               "2,Renewal,A,20\n1,Renewal,A,10\n");
    QVERIFY(deals);
    QCOMPARE(deals->deals.created, 1);
    QCOMPARE(deals->deals.unchanged, 1);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM deals WHERE hubspot_id = '1'"_s), 1);
}

void TestImporter::aDealWithoutCompanyGoesToItsContactsDomain()
{
    Company known = sampleCompany(u"Atelier Nuage"_s);
    known.website = u"https://ateliernuage.fr"_s;
    DB_CHECK(CompanyRepository(*m_fx->db).create(known));
    const Result<ImportReport> r =
        importBytes(*m_fx->db, "Deal Name,Deal Stage,Amount,Contact email,Associated Contact\n"
                               "Hosting,qualifiedtobuy,10,claire@ateliernuage.fr,Claire\n"
                               "VPS,qualifiedtobuy,10,jo@gmail.com,Jo Martin\n");
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(dealTitled(u"Hosting"_s).companyId, known.id);
    QCOMPARE(dealTitled(u"VPS"_s).companyName, u"Jo Martin"_s); // not "gmail.com"
    QCOMPARE(r->companies.created, 1);
}

void TestImporter::undoingInAnyOrderKeepsDeletedRowsDeleted()
{
    const Result<ImportReport> first = importBytes(*m_fx->db, "Record ID,Company name\nA,Acme\n");
    const Result<ImportReport> second =
        importBytes(*m_fx->db, "Record ID,Company name,Industry\nA,Acme,Cloud\n");
    QVERIFY(first && second);
    QCOMPARE(second->companies.updated, 1);
    ImportBatchRepository batches(*m_fx->db);
    QVERIFY(batches.undo(first->batchId)); // the company goes
    const Result<ImportUndoOutcome> undone = batches.undo(second->batchId);
    QVERIFY(undone);
    QCOMPARE(countRows(*m_fx->db, u"SELECT COUNT(*) FROM companies WHERE deleted_at IS NULL"_s),
             0); // and stays gone
}

void TestImporter::aLostReasonChangeIsLogged()
{
    QVERIFY(importBytes(*m_fx->db, "Record ID,Deal Name,Deal Stage,Closed lost reason,"
                                   "Associated Company\n1,Lost one,closedlost,Price,X\n"));
    const Result<ImportReport> r =
        importBytes(*m_fx->db, "Record ID,Deal Name,Deal Stage,Closed lost reason,"
                               "Associated Company\n1,Lost one,closedlost,Went elsewhere "
                               "(competitor),X\n");
    QVERIFY(r);
    QCOMPARE(r->deals.updated, 1);
    QCOMPARE(dealTitled(u"Lost one"_s).lostReason, u"competitor"_s);
    ImportBatchRepository batches(*m_fx->db);
    const ImportBatch b = batches.find(r->batchId).value();
    QVERIFY(b.lastEvent >= b.firstEvent); // the edit is in the log
    QCOMPARE(batches.changedSince(r->batchId).value(), 0);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"

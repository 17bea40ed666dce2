#include "storage/migrations.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

namespace {

// What each step must create: "type name" as sqlite_master lists them.
QStringList expectedObjects(int step)
{
    switch (step) {
    case 1:
        return {u"table playbook"_s,         u"table companies"_s,
                u"table contacts"_s,         u"table deals"_s,
                u"table events"_s,           u"index events_entity"_s,
                u"index contacts_company"_s, u"index deals_company"_s};
    case 2:
        return {u"trigger events_no_update"_s,
                u"trigger events_no_delete"_s,
                u"index deals_stage_position"_s,
                u"index deals_hubspot"_s,
                u"index deals_pipedrive"_s,
                u"index companies_name"_s,
                u"index events_at"_s};
    case 3:
        return {u"table deal_checks"_s, u"table qualifications"_s, u"index qualifications_deal"_s};
    case 4:
        return {u"table activities"_s, u"index activities_deal"_s, u"index activities_open"_s};
    case 5:
        return {u"table kpi_entries"_s,         u"index events_stage"_s,
                u"index events_undone"_s,       u"index deals_created"_s,
                u"index deals_deleted"_s,       u"index activities_reply"_s,
                u"index activities_kind_due"_s, u"index deals_stage_mrr"_s};
    case 6: {
        QStringList out{u"table products"_s,
                        u"table quote_numbers"_s,
                        u"table quotes"_s,
                        u"index quotes_deal"_s,
                        u"table quote_lines"_s,
                        u"table quote_discounts"_s,
                        u"trigger quotes_signed_frozen"_s,
                        u"trigger quotes_signed_kept"_s};
        for (const QString &table : {u"quote_lines"_s, u"quote_discounts"_s})
            for (const QString &change : {u"insert"_s, u"update"_s, u"delete"_s})
                out << u"trigger %1_frozen_%2"_s.arg(table, change);
        return out;
    }
    case 7:
        return {u"table seller"_s, u"table issued_documents"_s, u"index issued_documents_quote"_s,
                u"trigger issued_documents_no_update"_s, u"trigger issued_documents_no_delete"_s};
    default:
        return {};
    }
}

// Every schema object but SQLite's own, as "type name", sorted.
QStringList schemaObjects(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
           "ORDER BY 1"_s);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QSet<QString> tables(const QSqlDatabase &db)
{
    QSet<QString> out;
    for (const QString &o : schemaObjects(db))
        if (o.startsWith("table "_L1))
            out.insert(o.mid(6));
    return out;
}

// Inserts one row in each table that exists at this version; returns the statements that
// failed (none expected).
QStringList insertRows(const RawConnection &raw)
{
    const QSet<QString> present = tables(raw.db());
    QStringList errors;
    auto run = [&](const QString &sql) {
        if (const QString e = raw.exec(sql); !e.isEmpty())
            errors << e;
    };
    if (present.contains(u"companies"_s))
        run(u"INSERT INTO companies (name, segment, external_id, created_at, updated_at) "
            "VALUES ('Acme', 'pme', 'hs-1', 1000, 2000)"_s);
    if (present.contains(u"contacts"_s))
        run(u"INSERT INTO contacts (company_id, name, email, created_at, updated_at) "
            "VALUES (1, 'Jean Dupont', 'jean@acme.fr', 1000, 1000)"_s);
    if (present.contains(u"deals"_s))
        run(u"INSERT INTO deals (title, company_id, contact_id, mrr_cents, stage, "
            "stage_entered_at, created_at, updated_at, hubspot_id) "
            "VALUES ('Migration', 1, 1, 123450, 'demo', 3000, 3000, 3000, 'hs-9')"_s);
    if (present.contains(u"events"_s))
        run(u"INSERT INTO events (at, actor, entity, entity_id, kind, new_value) "
            "VALUES (3000, 'me', 'deal', 1, 'created', 'demo')"_s);
    if (present.contains(u"playbook"_s))
        run(u"INSERT INTO playbook (id, json, updated_at) VALUES (1, '{}', 1)"_s);
    // A new criterion each time: (deal_id, criterion) is the key.
    if (present.contains(u"deal_checks"_s))
        run(u"INSERT INTO deal_checks (deal_id, criterion, checked_at) VALUES (1, "
            "'need-identified-' || (SELECT count(*) FROM deal_checks), 3000)"_s);
    if (present.contains(u"activities"_s))
        run(u"INSERT INTO activities (deal_id, kind, title, due, created_at) "
            "VALUES (1, 'call', 'Demo call', '2026-11-27', 3000)"_s);
    // A new month each time: (month, kpi) is the key.
    if (present.contains(u"kpi_entries"_s))
        run(u"INSERT INTO kpi_entries (month, kpi, value, updated_at) VALUES ('2026-' || "
            "printf('%02d', 1 + (SELECT count(*) FROM kpi_entries)), 'nps', 42, 3000)"_s);
    if (present.contains(u"qualifications"_s))
        run(u"INSERT INTO qualifications (deal_id, at, budget, authority, need, timeline, fit, "
            "total, answers) VALUES (1, 3000, 3, 2, 4, 3, 2, 14, '{\"q\":1}')"_s);
    // A new key, number and position each time.
    if (present.contains(u"products"_s))
        run(u"INSERT INTO products (key, name_fr, name_en, unit_fr, unit_en, price_cents, "
            "billing, created_at, updated_at) VALUES ('test-' || (SELECT count(*) FROM "
            "products), 'Test', 'Test', 'VM', 'VM', 1000, 'monthly', 3000, 3000)"_s);
    if (present.contains(u"quotes"_s))
        run(u"INSERT INTO quotes (number, deal_id, contract, valid_until, created_at, "
            "updated_at) VALUES ('DEV-2026-' || printf('%04d', 1 + (SELECT count(*) FROM "
            "quotes)), 1, 'annual-standard', '2026-04-01', 3000, 3000)"_s);
    if (present.contains(u"quote_lines"_s))
        run(u"INSERT INTO quote_lines (quote_id, position, product_id, description, "
            "quantity_milli, unit_price_cents, billing, vat_bp) VALUES (1, (SELECT count(*) "
            "FROM quote_lines), 1, 'VPS', 1500, 1990, 'monthly', 2000)"_s);
    if (present.contains(u"quote_discounts"_s))
        run(u"INSERT INTO quote_discounts (quote_id, position, kind, bp, automatic) VALUES "
            "(1, (SELECT count(*) FROM quote_discounts), 'annual', 1700, 1)"_s);
    // The single seller row: written again the second time, with the same content.
    if (present.contains(u"seller"_s))
        run(u"INSERT OR REPLACE INTO seller (id, company_name, address, siret, logo, updated_at) "
            "VALUES (1, 'VM Cloud', 'line 1' || char(10) || 'line 2', '73282932000074', "
            "x'89504e47', 3000)"_s);
    // A new SHA-256 each time: it is unique.
    if (present.contains(u"issued_documents"_s))
        run(u"INSERT INTO issued_documents (sha256, quote_id, display_number, status, "
            "fingerprint, language, file_name, issued_at) VALUES (printf('%064d', (SELECT "
            "count(*) FROM issued_documents)), 1, 'DEV-2026-0001', 'draft', 'ab12', 'fr', "
            "'q.pdf', 3000)"_s);
    return errors;
}

// The content of every user table (or of `only`), one line per row, to compare before and after.
QStringList dump(const QSqlDatabase &db, const QSet<QString> &only = {})
{
    QStringList out;
    QStringList names = (only.isEmpty() ? tables(db) : only).values();
    names.sort();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(db);
        // By the first columns: the id, or the key of deal_checks (a table without rowid).
        q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s);
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            out << table + u": "_s + cells.join(u'|');
        }
    }
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesEverySteps();
    void eachStep_data();
    void eachStep();
    void allStepsAtOnce();
    void failedStepChangesNothing();
    void failedFirstMigrationChangesNothing();
    void refusesImpossibleTargets();
    void applicationIdInHeader();
    void databaseOpenUpgradesOldSchema();
    void step3Constraints();
    void step5KpiEntriesAndIndexes();
    void step6QuotesAndCatalogue();
    void step7SellerSignatureAndIssuedDocuments();
};

void TestMigrations::describesEverySteps()
{
    QVERIFY(Migrations::latestVersion() >= 2);
    for (int v = 1; v <= Migrations::latestVersion(); ++v) {
        QVERIFY2(!Migrations::describe(v).isEmpty(), qPrintable(QString::number(v)));
        QVERIFY2(!expectedObjects(v).isEmpty(),
                 qPrintable(u"step %1 has no expectations in this test: add them"_s.arg(v)));
    }
    QVERIFY(Migrations::describe(0).isEmpty());
    QVERIFY(Migrations::describe(Migrations::latestVersion() + 1).isEmpty());
}

void TestMigrations::eachStep_data()
{
    QTest::addColumn<int>("step");
    for (int v = 1; v <= Migrations::latestVersion(); ++v)
        QTest::addRow("step %d", v) << v;
}

void TestMigrations::eachStep()
{
    QFETCH(int, step);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RawConnection raw(dir.filePath(u"m.db"_s));
    QVERIFY(raw.isOpen());
    QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s).isEmpty());

    DB_CHECK(Migrations::migrate(raw.db(), step - 1));
    QCOMPARE(Migrations::currentVersion(raw.db()), step - 1);
    const QStringList errors = insertRows(raw);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const QStringList rowsBefore = dump(raw.db());
    QCOMPARE(rowsBefore.isEmpty(), step == 1);
    const QStringList objectsBefore = schemaObjects(raw.db());
    const QSet<QString> tablesBefore = tables(raw.db());

    DB_CHECK(Migrations::migrate(raw.db(), step));
    QCOMPARE(Migrations::currentVersion(raw.db()), step);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), step);
    QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(), Migrations::kApplicationId);
    // Every row kept as it was; a step may only append columns (NULL for the old rows).
    // New tables may come with rows (step 6 seeds the catalogue).
    const QStringList rowsAfter = dump(raw.db(), tablesBefore);
    QCOMPARE(rowsAfter.size(), rowsBefore.size());
    for (qsizetype i = 0; i < rowsBefore.size(); ++i)
        QVERIFY2(rowsAfter.at(i) == rowsBefore.at(i) ||
                     rowsAfter.at(i).startsWith(rowsBefore.at(i) + u'|'),
                 qPrintable(rowsAfter.at(i) + u" / "_s + rowsBefore.at(i)));

    // Exactly the objects of steps 1..step: the old ones kept, this step's added, none later.
    QStringList expected;
    for (int v = 1; v <= step; ++v)
        expected << expectedObjects(v);
    expected.sort();
    QCOMPARE(schemaObjects(raw.db()), expected);
    for (const QString &o : objectsBefore)
        QVERIFY2(expected.contains(o), qPrintable(o));

    // Rows can still be added at the new version, and the old ones are there.
    const QStringList more = insertRows(raw);
    QVERIFY2(more.size() <= 1, qPrintable(more.join(u'\n'))); // playbook id = 1 exists once
    QCOMPARE(raw.scalar(u"SELECT mrr_cents FROM deals WHERE id = 1"_s).toLongLong(),
             qint64(123450));
    QCOMPARE(raw.scalar(u"PRAGMA foreign_key_check"_s), QVariant());
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);

    // Migrating again to the same version does nothing.
    const QStringList objectsAfter = schemaObjects(raw.db());
    DB_CHECK(Migrations::migrate(raw.db(), step));
    QCOMPARE(schemaObjects(raw.db()), objectsAfter);
}

void TestMigrations::allStepsAtOnce()
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(u"m.db"_s));
    QCOMPARE(Migrations::currentVersion(raw.db()), 0);
    DB_CHECK(Migrations::migrate(raw.db()));
    QCOMPARE(Migrations::currentVersion(raw.db()), Migrations::latestVersion());
    QStringList expected;
    for (int v = 1; v <= Migrations::latestVersion(); ++v)
        expected << expectedObjects(v);
    expected.sort();
    QCOMPARE(schemaObjects(raw.db()), expected);
}

void TestMigrations::failedStepChangesNothing()
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(u"m.db"_s));
    DB_CHECK(Migrations::migrate(raw.db(), 1));
    QVERIFY(insertRows(raw).isEmpty());
    // Step 2 creates the index deals_hubspot: a name already taken makes step 2 fail midway,
    // after its triggers and its first index were created.
    QVERIFY(raw.exec(u"CREATE INDEX deals_hubspot ON deals (title)"_s).isEmpty());
    const QStringList objectsBefore = schemaObjects(raw.db());
    const QStringList rowsBefore = dump(raw.db());

    const Status s = Migrations::migrate(raw.db(), 2);
    QVERIFY(!s.ok());
    QCOMPARE(s.errorKind(), ErrorKind::Internal);
    QVERIFY2(s.errorMessage().contains("step 2"_L1) &&
                 s.errorMessage().contains("deals_hubspot"_L1),
             qPrintable(s.errorMessage()));
    QCOMPARE(Migrations::currentVersion(raw.db()), 1);
    QCOMPARE(schemaObjects(raw.db()), objectsBefore); // no trigger, no other index
    QCOMPARE(dump(raw.db()), rowsBefore);
    QVERIFY(raw.db().transaction()); // no transaction was left open
    QVERIFY(raw.db().rollback());

    // Once the conflict is gone, the same step goes through.
    QVERIFY(raw.exec(u"DROP INDEX deals_hubspot"_s).isEmpty());
    DB_CHECK(Migrations::migrate(raw.db(), 2));
    QCOMPARE(Migrations::currentVersion(raw.db()), 2);
    QCOMPARE(dump(raw.db()), rowsBefore);
}

void TestMigrations::failedFirstMigrationChangesNothing()
{
    // All steps run in one transaction: step 2 failing undoes step 1 too.
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(u"m.db"_s));
    QVERIFY(raw.exec(u"CREATE TABLE events_at (x INTEGER)"_s).isEmpty());
    const Status s = Migrations::migrate(raw.db());
    QVERIFY(!s.ok());
    QCOMPARE(Migrations::currentVersion(raw.db()), 0);
    QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(), 0);
    QCOMPARE(schemaObjects(raw.db()), QStringList{u"table events_at"_s});
}

void TestMigrations::refusesImpossibleTargets()
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(u"m.db"_s));
    DB_CHECK(Migrations::migrate(raw.db()));
    const QStringList objects = schemaObjects(raw.db());
    const Status down = Migrations::migrate(raw.db(), 1);
    QVERIFY(!down.ok());
    QCOMPARE(down.errorKind(), ErrorKind::Refused);
    const Status beyond = Migrations::migrate(raw.db(), Migrations::latestVersion() + 1);
    QVERIFY(!beyond.ok());
    QCOMPARE(beyond.errorKind(), ErrorKind::Refused);
    QCOMPARE(Migrations::currentVersion(raw.db()), Migrations::latestVersion());
    QCOMPARE(schemaObjects(raw.db()), objects);
}

void TestMigrations::applicationIdInHeader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.db"_s);
    {
        RawConnection raw(path);
        DB_CHECK(Migrations::migrate(raw.db()));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    QCOMPARE(header.mid(68, 4), QByteArray("DBD1")); // application_id, big-endian
    const qint32 version = Migrations::latestVersion();
    QByteArray userVersion(4, '\0'); // user_version, big-endian
    for (int i = 0; i < 4; ++i)
        userVersion[3 - i] = char((version >> (8 * i)) & 0xff);
    QCOMPARE(header.mid(60, 4), userVersion);
}

void TestMigrations::databaseOpenUpgradesOldSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        RawConnection raw(path);
        DB_CHECK(Migrations::migrate(raw.db(), 1));
        QVERIFY(raw.exec(u"INSERT INTO companies (name, created_at, updated_at) "
                         "VALUES ('Acme', 1, 1)"_s)
                    .isEmpty());
        QVERIFY(raw.exec(u"INSERT INTO deals (title, company_id, mrr_cents, stage, "
                         "stage_entered_at, created_at, updated_at) "
                         "VALUES ('Old deal', 1, 4200, 'demo', 1, 1, 1)"_s)
                    .isEmpty());
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    const auto deal = DealRepository(**db).find(1);
    QVERIFY2(deal.ok(), qPrintable(deal.errorMessage()));
    QCOMPARE(deal->title, u"Old deal"_s);
    QCOMPARE(deal->mrr.cents(), qint64(4200));
    QCOMPARE(deal->companyName, u"Acme"_s);
    // The upgraded database gets the shipped playbook.
    QCOMPARE((*db)->playbook().stageKeys().size(), 8);
}

void TestMigrations::step3Constraints()
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(u"m.db"_s));
    QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s).isEmpty());
    DB_CHECK(Migrations::migrate(raw.db(), 3));
    QVERIFY(insertRows(raw).isEmpty());
    // One tick per deal and criterion; both point to a real deal; every score is required.
    QVERIFY(!raw.exec(u"INSERT INTO deal_checks (deal_id, criterion, checked_at) "
                      "VALUES (1, 'need-identified-0', 1)"_s)
                 .isEmpty());
    QVERIFY(raw.exec(u"INSERT INTO deal_checks (deal_id, criterion, checked_at) "
                     "VALUES (1, 'demo-done', 1)"_s)
                .isEmpty());
    QVERIFY(!raw.exec(u"INSERT INTO deal_checks (deal_id, criterion, checked_at) "
                      "VALUES (99, 'demo-done', 1)"_s)
                 .isEmpty());
    QVERIFY(!raw.exec(u"INSERT INTO qualifications (deal_id, at, budget, authority, need, "
                      "timeline, fit, total) VALUES (99, 1, 1, 1, 1, 1, 0, 4)"_s)
                 .isEmpty());
    QVERIFY(!raw.exec(u"INSERT INTO qualifications (deal_id, at, budget, authority, need, "
                      "timeline, total) VALUES (1, 1, 1, 1, 1, 1, 4)"_s)
                 .isEmpty());
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM deal_checks"_s).toInt(), 2);
    QCOMPARE(raw.scalar(u"SELECT total FROM qualifications WHERE deal_id = 1"_s).toInt(), 14);
    // The latest qualification of a deal is read through the index.
    QSqlQuery plan(raw.db());
    QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT total FROM qualifications WHERE deal_id = 1 "
                      "ORDER BY id DESC LIMIT 1"_s));
    QString detail;
    while (plan.next())
        detail += plan.value(3).toString() + u';';
    QVERIFY2(detail.contains("qualifications_deal"_L1) && !detail.contains("TEMP B-TREE"_L1),
             qPrintable(detail));
}

void TestMigrations::step5KpiEntriesAndIndexes()
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(u"m.db"_s));
    QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s).isEmpty());
    DB_CHECK(Migrations::migrate(raw.db(), 5));
    QVERIFY(insertRows(raw).isEmpty());
    // One value per month and KPI; every column is required.
    QVERIFY(!raw.exec(u"INSERT INTO kpi_entries (month, kpi, value, updated_at) "
                      "VALUES ('2026-01', 'nps', 10, 1)"_s)
                 .isEmpty());
    QVERIFY(raw.exec(u"INSERT INTO kpi_entries (month, kpi, value, updated_at) "
                     "VALUES ('2026-01', 'cac', 15000, 1)"_s)
                .isEmpty());
    QVERIFY(!raw.exec(u"INSERT INTO kpi_entries (month, kpi, updated_at) "
                      "VALUES ('2026-02', 'nps', 1)"_s)
                 .isEmpty());
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM kpi_entries"_s).toInt(), 2);

    // The analytics' queries are answered from the new indexes (their WHERE clauses repeat the
    // partial indexes' word for word).
    const auto plan = [&raw](const QString &sql) {
        QSqlQuery q(raw.db());
        if (!q.exec(u"EXPLAIN QUERY PLAN "_s + sql))
            return q.lastError().text();
        QString detail;
        while (q.next())
            detail += q.value(3).toString() + u';';
        return detail;
    };
    QString p = plan(u"SELECT count(*) FROM events e WHERE e.entity = 'deal' AND e.kind IN "
                     "('created', 'moved', 'won', 'lost') AND e.new_value = 'demo' "
                     "AND e.at >= 1 AND e.at < 2"_s);
    QVERIFY2(p.contains("events_stage"_L1), qPrintable(p));
    p = plan(u"SELECT CAST(detail AS INTEGER) FROM events WHERE kind = 'undone'"_s);
    QVERIFY2(p.contains("events_undone"_L1), qPrintable(p));
    p = plan(u"SELECT count(*) FROM deals WHERE deleted_at IS NULL AND created_at >= 1 "
             "AND created_at < 2"_s);
    QVERIFY2(p.contains("COVERING INDEX deals_created"_L1), qPrintable(p));
    p = plan(u"SELECT id FROM deals WHERE deleted_at IS NOT NULL"_s);
    QVERIFY2(p.contains("deals_deleted"_L1), qPrintable(p));
    p = plan(u"SELECT min(a.done_at) FROM activities a WHERE a.deal_id = 1 AND "
             "a.deleted_at IS NULL AND a.kind IN ('email', 'call') AND a.done_at >= 1"_s);
    QVERIFY2(p.contains("activities_reply"_L1), qPrintable(p));
    p = plan(u"SELECT count(*) FROM activities a WHERE a.kind = 'demo' AND a.due >= '2026-01-01' "
             "AND a.due <= '2026-03-31'"_s);
    QVERIFY2(p.contains("activities_kind_due"_L1), qPrintable(p));
    p = plan(u"SELECT stage, sum(mrr_cents) FROM deals WHERE +deleted_at IS NULL "
             "AND +created_at < 1 AND +updated_at < 1 GROUP BY 1"_s);
    QVERIFY2(p.contains("COVERING INDEX deals_stage_mrr"_L1), qPrintable(p));
    // The live deals are still read from the board's index, as before.
    p = plan(u"SELECT id, title FROM deals WHERE deleted_at IS NULL"_s);
    QVERIFY2(!p.contains("deals_created"_L1), qPrintable(p));
}

void TestMigrations::step6QuotesAndCatalogue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.db"_s);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s).isEmpty());
        DB_CHECK(Migrations::migrate(raw.db(), 5));
        QVERIFY(insertRows(raw).isEmpty());
        DB_CHECK(Migrations::migrate(raw.db(), 6));
        // The catalogue the seed names, the starter offer at 9,99 €.
        QCOMPARE(raw.scalar(u"SELECT price_cents FROM products WHERE key = 'starter'"_s).toInt(),
                 999);
        QCOMPARE(insertRows(raw).size(), 1); // the playbook's single row
        // One row per number and revision (quote 1 is DEV-2026-0001); a real deal.
        for (const QString &values : {u"'DEV-2026-0001', 1"_s, u"'DEV-2026-0099', 99"_s})
            QVERIFY(!raw.exec(u"INSERT INTO quotes (number, deal_id, contract, valid_until, "
                              "created_at, updated_at) VALUES (%1, 'x', '2026-01-01', 1, 1)"_s.arg(
                                  values))
                         .isEmpty());
        // A draft changes; a signed one needs its signature, then is frozen (see tst_quotes).
        QVERIFY(raw.exec(u"UPDATE quote_lines SET quantity_milli = 2000 WHERE quote_id = 1"_s)
                    .isEmpty());
        QVERIFY(!raw.exec(u"UPDATE quotes SET status = 'signed' WHERE id = 1"_s).isEmpty());
        QVERIFY(raw.exec(u"UPDATE quotes SET status = 'signed', signer = 'Claire', "
                         "signed_at = 5000, signature_method = 'email' WHERE id = 1"_s)
                    .isEmpty());
        QVERIFY(raw.exec(u"UPDATE quotes SET contract = 'x' WHERE id = 1"_s).contains("frozen"_L1));
        QVERIFY(raw.exec(u"DELETE FROM playbook"_s).isEmpty()); // insertRows' is not valid
    }
    // Opening the database does not seed the catalogue again.
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE(countRows(**db, u"SELECT count(*) FROM products WHERE key = 'starter'"_s), 1);
}

void TestMigrations::step7SellerSignatureAndIssuedDocuments()
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(u"m.db"_s));
    QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s).isEmpty());
    DB_CHECK(Migrations::migrate(raw.db(), 6));
    QVERIFY(insertRows(raw).isEmpty());
    DB_CHECK(Migrations::migrate(raw.db(), 7));
    QCOMPARE(insertRows(raw).size(), 1); // the playbook's single row

    // One seller row, id 1 only.
    QVERIFY(!raw.exec(u"INSERT INTO seller (id, company_name, updated_at) VALUES (2, 'X', 1)"_s)
                 .isEmpty());
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM seller"_s).toInt(), 1);
    QCOMPARE(raw.scalar(u"SELECT address FROM seller"_s).toString(), u"line 1\nline 2"_s);

    // The signature image is written with the signature, then frozen with the quote.
    QVERIFY(raw.scalar(u"SELECT signature_image FROM quotes WHERE id = 1"_s).isNull());
    QVERIFY(raw.exec(u"UPDATE quotes SET status = 'signed', signer = 'Claire', signed_at = 5000, "
                     "signature_method = 'in-person', signature_image = x'89504e470d0a' "
                     "WHERE id = 1"_s)
                .isEmpty());
    QCOMPARE(raw.scalar(u"SELECT signature_image FROM quotes WHERE id = 1"_s).toByteArray(),
             QByteArray::fromHex("89504e470d0a"));
    QVERIFY(
        raw.exec(u"UPDATE quotes SET signature_image = NULL WHERE id = 1"_s).contains("frozen"_L1));

    // The register: one row per SHA-256, for a real quote, never changed nor removed.
    const QString insert = u"INSERT INTO issued_documents (sha256, quote_id, display_number, "
                           "status, language, issued_at) VALUES (%1, %2, 'DEV-2026-0001', "
                           "'draft', 'fr', 1)"_s;
    QVERIFY(!raw.exec(insert.arg(u"printf('%064d', 0)"_s).arg(1)).isEmpty());  // duplicate
    QVERIFY(!raw.exec(insert.arg(u"printf('%064d', 7)"_s).arg(99)).isEmpty()); // no quote 99
    QVERIFY(!raw.exec(insert.arg(u"'short'"_s).arg(1)).isEmpty());             // not a SHA-256
    QVERIFY(raw.exec(insert.arg(u"printf('%064d', 7)"_s).arg(1)).isEmpty());
    QVERIFY(
        raw.exec(u"UPDATE issued_documents SET status = 'signed'"_s).contains("append-only"_L1));
    QVERIFY(raw.exec(u"DELETE FROM issued_documents"_s).contains("append-only"_L1));
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM issued_documents"_s).toInt(), 2);
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

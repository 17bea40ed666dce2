#include "migrationsupport.h"
#include "storage/migrations.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;
using namespace dealboard::test::migrations;

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
    void step8ImportBatches();
    void step9ActivitiesTemplatesSmtp();
    void step10ReviewsObjectionsWinLoss();
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

void TestMigrations::step8ImportBatches()
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(u"m.db"_s));
    QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s).isEmpty());
    DB_CHECK(Migrations::migrate(raw.db(), 7));
    QVERIFY(insertRows(raw).isEmpty());
    DB_CHECK(Migrations::migrate(raw.db(), 8));
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 8);
    QVERIFY(raw.exec(u"INSERT INTO import_batches (at, file_name, source, entity, rows, skipped, "
                     "created, updated) VALUES (1, 'deals.csv', 'hubspot', 'deal', 1, 0, 1, 0)"_s)
                .isEmpty());
    const QString change = u"INSERT INTO import_changes (batch_id, entity, entity_id, before) "
                           "VALUES (%1, '%2', 1, %3)"_s;
    QVERIFY(raw.exec(change.arg(1).arg(u"deal"_s, u"'{}'"_s)).isEmpty());
    QVERIFY(!raw.exec(change.arg(1).arg(u"deal"_s, u"'{}'"_s)).isEmpty()); // once per row
    QVERIFY(!raw.exec(change.arg(2).arg(u"deal"_s, u"'{}'"_s)).isEmpty()); // no batch 2
    QVERIFY(!raw.exec(change.arg(1).arg(u"quote"_s, u"'{}'"_s)).isEmpty());
    QVERIFY(!raw.exec(change.arg(1).arg(u"company"_s, u"NULL"_s)).isEmpty());
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void TestMigrations::step9ActivitiesTemplatesSmtp()
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(u"m.db"_s));
    QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s).isEmpty());
    DB_CHECK(Migrations::migrate(raw.db(), 8));
    QVERIFY(insertRows(raw).isEmpty());
    DB_CHECK(Migrations::migrate(raw.db(), 9));
    // Older activities keep their rows, the new columns empty.
    QVERIFY(raw.scalar(u"SELECT count(*) FROM activities"_s).toInt() > 0);
    QVERIFY(raw.scalar(u"SELECT rule FROM activities LIMIT 1"_s).isNull());
    const QString activity =
        u"INSERT INTO activities (deal_id, kind, title, due, created_at, "
        "rule, minutes) VALUES (1, 'email', 'Reply', '2026-03-02', 1, %1, %2)"_s;
    QVERIFY(raw.exec(activity.arg(u"'inbound-reply'"_s).arg(0)).isEmpty());
    QVERIFY(!raw.exec(activity.arg(u"'inbound-reply'"_s).arg(0)).isEmpty()); // once per deal
    QVERIFY(raw.exec(activity.arg(u"NULL"_s).arg(0)).isEmpty());
    QVERIFY(raw.exec(activity.arg(u"NULL"_s).arg(0)).isEmpty()); // no rule: as many as wanted
    QVERIFY(!raw.exec(activity.arg(u"NULL"_s).arg(-5)).isEmpty());
    QVERIFY(!raw.exec(u"INSERT INTO activities (deal_id, kind, title, due, created_at, "
                      "contact_id) VALUES (1, 'call', 'Call', '2026-03-02', 1, 999)"_s)
                 .isEmpty()); // no contact 999
    const QString tpl = u"INSERT INTO email_templates (key, language, subject, body, updated_at) "
                        "VALUES ('inbound-reply', '%1', 'S', 'B', 1)"_s;
    QVERIFY(raw.exec(tpl.arg(u"fr"_s)).isEmpty());
    QVERIFY(!raw.exec(tpl.arg(u"fr"_s)).isEmpty());
    QVERIFY(!raw.exec(tpl.arg(u"de"_s)).isEmpty());
    const QString smtp = u"INSERT INTO smtp_settings (id, host, port, security, sender_email, "
                         "updated_at) VALUES (%1, 'smtp.example.fr', %2, '%3', 'a@b.fr', 1)"_s;
    QVERIFY(!raw.exec(smtp.arg(1).arg(0).arg(u"tls"_s)).isEmpty());
    QVERIFY(!raw.exec(smtp.arg(1).arg(587).arg(u"ssl3"_s)).isEmpty());
    QVERIFY(!raw.exec(smtp.arg(2).arg(587).arg(u"starttls"_s)).isEmpty());
    QVERIFY(raw.exec(smtp.arg(1).arg(587).arg(u"starttls"_s)).isEmpty());
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void TestMigrations::step10ReviewsObjectionsWinLoss()
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(u"m.db"_s));
    QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s).isEmpty());
    DB_CHECK(Migrations::migrate(raw.db(), 9));
    QVERIFY(insertRows(raw).isEmpty());
    DB_CHECK(Migrations::migrate(raw.db(), 10));
    const QString note =
        u"INSERT INTO weekly_notes (week_start, priorities, updated_at) VALUES ('%1', 'P', 1)"_s;
    QVERIFY(raw.exec(note.arg(u"2026-03-02"_s)).isEmpty());
    QVERIFY(!raw.exec(note.arg(u"2026-03-02"_s)).isEmpty()); // one per week
    const QString objection =
        u"INSERT INTO objections (key, language, category, objection, answer, updated_at) "
        "VALUES ('price-ovh', '%1', '%2', 'O', 'A', 1)"_s;
    QVERIFY(raw.exec(objection.arg(u"fr"_s, u"price"_s)).isEmpty());
    QVERIFY(raw.exec(objection.arg(u"en"_s, u"price"_s)).isEmpty());
    QVERIFY(!raw.exec(objection.arg(u"fr"_s, u"price"_s)).isEmpty());
    QVERIFY(!raw.exec(objection.arg(u"de"_s, u"price"_s)).isEmpty());
    QVERIFY(!raw.exec(objection.arg(u"en"_s, u"weather"_s)).isEmpty());
    const QString met = u"INSERT INTO deal_objections (deal_id, objection_key, category, met_at) "
                        "VALUES (%1, 'price-ovh', 'price', 1)"_s;
    QVERIFY(raw.exec(met.arg(1)).isEmpty());
    QVERIFY(raw.exec(met.arg(1)).isEmpty());    // met again
    QVERIFY(!raw.exec(met.arg(999)).isEmpty()); // no deal 999
    const QString review = u"INSERT INTO win_loss_reviews (deal_id, outcome, updated_at) "
                           "VALUES (%1, '%2', 1)"_s;
    QVERIFY(!raw.exec(review.arg(1).arg(u"maybe"_s)).isEmpty());
    QVERIFY(raw.exec(review.arg(1).arg(u"won"_s)).isEmpty());
    QVERIFY(!raw.exec(review.arg(1).arg(u"lost"_s)).isEmpty()); // one per deal
    QVERIFY(!raw.exec(review.arg(999).arg(u"lost"_s)).isEmpty());
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

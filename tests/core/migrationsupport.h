#pragma once

// What tst_migrations checks each schema step against: the objects a step creates, the schema
// and rows as they stand, and one row inserted in every table a version has (header only).

#include "testsupport.h"

#include <QSet>
#include <QSqlRecord>

namespace dealboard::test::migrations {

using namespace Qt::StringLiterals;

// What each step must create: "type name" as sqlite_master lists them.
inline QStringList expectedObjects(int step)
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
    case 8:
        return {u"table import_batches"_s, u"table import_changes"_s};
    case 9:
        return {u"index activities_rule"_s, u"table email_templates"_s, u"table smtp_settings"_s};
    case 10:
        return {u"table weekly_notes"_s,        u"table objections"_s,
                u"table deal_objections"_s,     u"index deal_objections_deal"_s,
                u"index deal_objections_met"_s, u"table win_loss_reviews"_s};
    default:
        return {};
    }
}

// Every schema object but SQLite's own, as "type name", sorted.
inline QStringList schemaObjects(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
           "ORDER BY 1"_s);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

inline QSet<QString> tables(const QSqlDatabase &db)
{
    QSet<QString> out;
    for (const QString &o : schemaObjects(db))
        if (o.startsWith("table "_L1))
            out.insert(o.mid(6));
    return out;
}

// Inserts one row in each table that exists at this version; returns the statements that
// failed (none expected).
inline QStringList insertRows(const RawConnection &raw)
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
inline QStringList dump(const QSqlDatabase &db, const QSet<QString> &only = {})
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

} // namespace dealboard::test::migrations

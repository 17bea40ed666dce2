#include "migrations.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

struct Step
{
    const char *description;
    QStringList (*statements)();
};

QStringList step1()
{
    const QString pk = SqlDialect::autoIncrementKey();
    return {
        u"CREATE TABLE playbook (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, "
        "updated_at INTEGER NOT NULL)"_s,
        u"CREATE TABLE companies (id %1, name TEXT NOT NULL CHECK (name <> ''), segment TEXT, "
        "sector TEXT, website TEXT, source TEXT, external_id TEXT, created_at INTEGER NOT NULL, "
        "updated_at INTEGER NOT NULL, deleted_at INTEGER)"_s.arg(pk),
        u"CREATE TABLE contacts (id %1, company_id INTEGER REFERENCES companies(id), "
        "name TEXT NOT NULL CHECK (name <> ''), email TEXT, phone TEXT, role TEXT, "
        "decision_role TEXT, linkedin TEXT, external_id TEXT, created_at INTEGER NOT NULL, "
        "updated_at INTEGER NOT NULL, deleted_at INTEGER)"_s.arg(pk),
        u"CREATE TABLE deals (id %1, title TEXT NOT NULL CHECK (title <> ''), "
        "company_id INTEGER NOT NULL REFERENCES companies(id), "
        "contact_id INTEGER REFERENCES contacts(id), "
        "mrr_cents INTEGER NOT NULL DEFAULT 0 CHECK (mrr_cents >= 0), "
        "one_time_cents INTEGER NOT NULL DEFAULT 0 CHECK (one_time_cents >= 0), "
        "currency TEXT NOT NULL DEFAULT 'EUR', stage TEXT NOT NULL, "
        "position INTEGER NOT NULL DEFAULT 0, expected_close TEXT, source TEXT, owner TEXT, "
        "next_step TEXT, next_step_due TEXT, verbal_agreement INTEGER NOT NULL DEFAULT 0, "
        "timeline_confirmed INTEGER NOT NULL DEFAULT 0, lost_reason TEXT, lost_competitor TEXT, "
        "stage_entered_at INTEGER NOT NULL, created_at INTEGER NOT NULL, "
        "updated_at INTEGER NOT NULL, deleted_at INTEGER, hubspot_id TEXT, pipedrive_id TEXT)"_s
            .arg(pk),
        u"CREATE TABLE events (id %1, at INTEGER NOT NULL, actor TEXT, entity TEXT NOT NULL, "
        "entity_id INTEGER NOT NULL, kind TEXT NOT NULL, field TEXT, old_value TEXT, "
        "new_value TEXT, detail TEXT)"_s.arg(pk),
        u"CREATE INDEX events_entity ON events (entity, entity_id, id)"_s,
        u"CREATE INDEX contacts_company ON contacts (company_id)"_s,
        u"CREATE INDEX deals_company ON deals (company_id)"_s,
    };
}

QStringList step2()
{
    return {
        // The event log is history: rows are added, never changed or removed.
        u"CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
        "BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"_s,
        u"CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
        "BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"_s,
        // The board reads each column in order; imports find deals by their CRM id.
        u"CREATE INDEX deals_stage_position ON deals (stage, position) WHERE deleted_at IS NULL"_s,
        u"CREATE INDEX deals_hubspot ON deals (hubspot_id) WHERE hubspot_id IS NOT NULL"_s,
        u"CREATE INDEX deals_pipedrive ON deals (pipedrive_id) WHERE pipedrive_id IS NOT NULL"_s,
        u"CREATE INDEX companies_name ON companies (name COLLATE NOCASE)"_s,
        u"CREATE INDEX events_at ON events (at)"_s,
    };
}

QStringList step3()
{
    const QString pk = SqlDialect::autoIncrementKey();
    return {
        // The gate criteria the user ticked for a deal (PLAYBOOK.md "Stage gates").
        u"CREATE TABLE deal_checks (deal_id INTEGER NOT NULL REFERENCES deals(id), "
        "criterion TEXT NOT NULL, checked_at INTEGER NOT NULL, PRIMARY KEY (deal_id, criterion))"_s +
            SqlDialect::clusteredByPrimaryKey(),
        // BANT+ qualifications; re-qualifying adds a row, the latest counts.
        u"CREATE TABLE qualifications (id %1, deal_id INTEGER NOT NULL REFERENCES deals(id), "
        "at INTEGER NOT NULL, budget INTEGER NOT NULL, authority INTEGER NOT NULL, "
        "need INTEGER NOT NULL, timeline INTEGER NOT NULL, fit INTEGER NOT NULL, "
        "total INTEGER NOT NULL, answers TEXT)"_s.arg(pk),
        u"CREATE INDEX qualifications_deal ON qualifications (deal_id, id)"_s,
    };
}

QStringList step4()
{
    const QString pk = SqlDialect::autoIncrementKey();
    return {
        // A draft qualification leaves criteria unanswered (comma-separated keys, NULL: none).
        u"ALTER TABLE qualifications ADD COLUMN unanswered TEXT"_s,
        // Follow-ups and tasks on deals; the Today view lists the open ones by due date.
        u"CREATE TABLE activities (id %1, deal_id INTEGER NOT NULL REFERENCES deals(id), "
        "kind TEXT NOT NULL, title TEXT NOT NULL CHECK (title <> ''), due TEXT NOT NULL, "
        "done_at INTEGER, created_at INTEGER NOT NULL, note TEXT, deleted_at INTEGER)"_s.arg(pk),
        u"CREATE INDEX activities_deal ON activities (deal_id, due)"_s,
        u"CREATE INDEX activities_open ON activities (due) WHERE done_at IS NULL AND "
        "deleted_at IS NULL"_s,
    };
}

QStringList step5()
{
    return {
        // The monthly KPIs no data in Dealboard can prove (docs/analytics.md, "KPIs"):
        // month "YYYY-MM"; kpi nps | churn_m1 | expansion_m6 | cac; value: NPS −100…100,
        // churn and expansion in basis points, CAC in cents.
        u"CREATE TABLE kpi_entries (month TEXT NOT NULL, kpi TEXT NOT NULL, "
        "value INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (month, kpi))"_s +
            SqlDialect::clusteredByPrimaryKey(),
        // What the analytics count from, mostly without reading a table: stage entries by stage
        // and day (demos, wins), undone events, deals by creation, first replies, demos by day.
        // Measured on 100,000 demo deals and 165,000 activities, per query over a quarter:
        // 12-135 ms before, 3-30 ms after; 0.7 s to build them on that base.
        u"CREATE INDEX events_stage ON events (new_value, at, entity_id, kind) "
        "WHERE entity = 'deal' AND kind IN ('created', 'moved', 'won', 'lost')"_s,
        u"CREATE INDEX events_undone ON events (detail) WHERE kind = 'undone'"_s,
        // Not partial on "deleted_at IS NULL": SQLite would walk such an index, out of table
        // order, for every query on the live deals.
        u"CREATE INDEX deals_created ON deals (created_at, deleted_at)"_s,
        u"CREATE INDEX deals_deleted ON deals (deleted_at) WHERE deleted_at IS NOT NULL"_s,
        // MRR by stage without reading the deals (MRR now, pipeline): 60 ms → 12 ms.
        u"CREATE INDEX deals_stage_mrr ON deals (stage, mrr_cents, updated_at, created_at, "
        "deleted_at)"_s,
        u"CREATE INDEX activities_reply ON activities (deal_id, done_at) "
        "WHERE deleted_at IS NULL AND kind IN ('email', 'call')"_s,
        u"CREATE INDEX activities_kind_due ON activities (kind, due)"_s,
    };
}

// The catalogue the seed names (§6.2 demo, §6.3 objections: VPS, the starter offer at 9,99 €,
// PaaS, GPU, storage, backups, monitoring, CDN, support). The seed gives no price but the
// starter's; the others are our choice of French-cloud list prices, HT, editable in the
// catalogue: (key, name fr, name en, unit fr, unit en, cents, billing).
struct SeedProduct
{
    const char16_t *key;
    const char16_t *nameFr;
    const char16_t *nameEn;
    const char16_t *unitFr;
    const char16_t *unitEn;
    int cents;
    const char16_t *billing;
};

const SeedProduct kCatalogue[] = {
    {u"starter", u"Offre Starter (VPS 1 vCPU, 2 Go)", u"Starter offer (VPS 1 vCPU, 2 GB)", u"VM",
     u"VM", 999, u"monthly"},
    {u"vps-s", u"VPS S (2 vCPU, 4 Go)", u"VPS S (2 vCPU, 4 GB)", u"VM", u"VM", 1990, u"monthly"},
    {u"vps-m", u"VPS M (4 vCPU, 8 Go)", u"VPS M (4 vCPU, 8 GB)", u"VM", u"VM", 3990, u"monthly"},
    {u"vps-l", u"VPS L (8 vCPU, 32 Go)", u"VPS L (8 vCPU, 32 GB)", u"VM", u"VM", 9990, u"monthly"},
    {u"paas", u"PaaS — application managée", u"PaaS — managed application", u"app", u"app", 2990,
     u"monthly"},
    {u"gpu-l4", u"Instance GPU (NVIDIA L4)", u"GPU instance (NVIDIA L4)", u"GPU", u"GPU", 59000,
     u"monthly"},
    {u"storage", u"Stockage objet (S3)", u"Object storage (S3)", u"To", u"TB", 990, u"monthly"},
    {u"backup", u"Sauvegardes quotidiennes", u"Daily backups", u"VM", u"VM", 490, u"monthly"},
    {u"monitoring", u"Monitoring et alertes", u"Monitoring and alerts", u"VM", u"VM", 290,
     u"monthly"},
    {u"cdn", u"CDN", u"CDN", u"To", u"TB", 1990, u"monthly"},
    {u"support-business", u"Support Business (réponse < 4 h)", u"Business support (< 4 h reply)",
     u"mois", u"month", 9900, u"monthly"},
    {u"support-premium", u"Support Premium (24/7, réponse < 1 h)",
     u"Premium support (24/7, < 1 h reply)", u"mois", u"month", 29000, u"monthly"},
    {u"onboarding", u"Onboarding dédié", u"Dedicated onboarding", u"forfait", u"package", 49000,
     u"one-time"},
};

QString sqlText(const char16_t *text)
{
    return u"'"_s + QString::fromUtf16(text).replace(u"'"_s, u"''"_s) + u"'"_s;
}

QStringList step6()
{
    const QString pk = SqlDialect::autoIncrementKey();
    QStringList out{
        // The product catalogue; a quote line copies price, billing and VAT when added.
        u"CREATE TABLE products (id %1, key TEXT NOT NULL UNIQUE CHECK (key <> ''), "
        "name_fr TEXT NOT NULL CHECK (name_fr <> ''), name_en TEXT NOT NULL, "
        "unit_fr TEXT NOT NULL, unit_en TEXT NOT NULL, "
        "price_cents INTEGER NOT NULL CHECK (price_cents >= 0), "
        "currency TEXT NOT NULL DEFAULT 'EUR', "
        "billing TEXT NOT NULL CHECK (billing IN ('monthly', 'one-time')), "
        "vat_bp INTEGER NOT NULL DEFAULT 2000 CHECK (vat_bp BETWEEN 0 AND 10000), "
        "active INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL, "
        "updated_at INTEGER NOT NULL)"_s.arg(pk),
        // The last quote number of each year: allocated inside the quote's own transaction,
        // so a rolled-back quote gives its number back and numbers have no gaps.
        u"CREATE TABLE quote_numbers (year INTEGER PRIMARY KEY, last INTEGER NOT NULL "
        "CHECK (last >= 0))"_s,
        // Quotes: one row per revision of a number ("DEV-2026-0007", revision 2 = "-R2").
        u"CREATE TABLE quotes (id %1, number TEXT NOT NULL, "
        "revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1), "
        "previous_id INTEGER REFERENCES quotes(id), "
        "deal_id INTEGER NOT NULL REFERENCES deals(id), contract TEXT NOT NULL, "
        "term_months INTEGER NOT NULL DEFAULT 0 CHECK (term_months >= 0), "
        "status TEXT NOT NULL DEFAULT 'draft' "
        "CHECK (status IN ('draft', 'sent', 'signed', 'declined', 'expired')), "
        "language TEXT NOT NULL DEFAULT 'fr', currency TEXT NOT NULL DEFAULT 'EUR', "
        "referral INTEGER NOT NULL DEFAULT 0, "
        "validity_days INTEGER NOT NULL DEFAULT 30 CHECK (validity_days > 0), "
        "valid_until TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
        "sent_at INTEGER, signed_at INTEGER, signer TEXT, "
        "signature_method TEXT CHECK (signature_method IN ('email', 'esign', 'in-person')), "
        "signature_reference TEXT, UNIQUE (number, revision), "
        "CHECK (status <> 'signed' OR (signer IS NOT NULL AND signed_at IS NOT NULL AND "
        "signature_method IS NOT NULL)))"_s.arg(pk),
        u"CREATE INDEX quotes_deal ON quotes (deal_id, id)"_s,
        // Quantities in thousandths, amounts in cents (core/model/quote.h).
        u"CREATE TABLE quote_lines (quote_id INTEGER NOT NULL REFERENCES quotes(id), "
        "position INTEGER NOT NULL, product_id INTEGER REFERENCES products(id), "
        "description TEXT NOT NULL, quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0), "
        "unit_price_cents INTEGER NOT NULL, "
        "billing TEXT NOT NULL CHECK (billing IN ('monthly', 'one-time')), "
        "vat_bp INTEGER NOT NULL CHECK (vat_bp BETWEEN 0 AND 10000), "
        "PRIMARY KEY (quote_id, position))"_s +
            SqlDialect::clusteredByPrimaryKey(),
        // The discounts the policy applied, as the quote shows them (§7.2).
        u"CREATE TABLE quote_discounts (quote_id INTEGER NOT NULL REFERENCES quotes(id), "
        "position INTEGER NOT NULL, kind TEXT NOT NULL, "
        "bp INTEGER NOT NULL CHECK (bp BETWEEN 0 AND 10000), "
        "automatic INTEGER NOT NULL DEFAULT 0, months INTEGER NOT NULL DEFAULT 0, "
        "justification TEXT, validated_by TEXT, validated_on TEXT, validation_reference TEXT, "
        "exceptional INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (quote_id, position))"_s +
            SqlDialect::clusteredByPrimaryKey(),
        // A signed quote is frozen (§7.2: no change after signature), and only a draft's
        // content changes: the schema says so too, whatever the code does.
        u"CREATE TRIGGER quotes_signed_frozen BEFORE UPDATE ON quotes WHEN OLD.status = 'signed' "
        "BEGIN SELECT RAISE(ABORT, 'a signed quote is frozen'); END"_s,
        u"CREATE TRIGGER quotes_signed_kept BEFORE DELETE ON quotes WHEN OLD.status <> 'draft' "
        "BEGIN SELECT RAISE(ABORT, 'only a draft quote can be removed'); END"_s,
    };
    for (const QString &table : {u"quote_lines"_s, u"quote_discounts"_s}) {
        for (const auto &[event, row] :
             {std::pair{u"INSERT"_s, u"NEW"_s}, std::pair{u"UPDATE"_s, u"OLD"_s},
              std::pair{u"DELETE"_s, u"OLD"_s}})
            out << u"CREATE TRIGGER %1_frozen_%2 BEFORE %3 ON %1 WHEN (SELECT status FROM quotes "
                   "WHERE id = %4.quote_id) <> 'draft' BEGIN SELECT RAISE(ABORT, 'only a draft "
                   "quote can change'); END"_s.arg(table, event.toLower(), event, row);
    }
    for (const SeedProduct &p : kCatalogue)
        out << u"INSERT INTO products (key, name_fr, name_en, unit_fr, unit_en, price_cents, "
               "billing, created_at, updated_at) VALUES (%1, %2, %3, %4, %5, %6, %7, "
               "CAST(strftime('%s', 'now') AS INTEGER) * 1000, "
               "CAST(strftime('%s', 'now') AS INTEGER) * 1000)"_s
                   .arg(sqlText(p.key), sqlText(p.nameFr), sqlText(p.nameEn), sqlText(p.unitFr),
                        sqlText(p.unitEn))
                   .arg(p.cents)
                   .arg(sqlText(p.billing));
    return out;
}

QStringList step7()
{
    const QString pk = SqlDialect::autoIncrementKey();
    return {
        // The seller's details the quotes show (SellerRepository): one row, in the database so
        // the CLI and the app issue the same PDF. Address lines joined with "\n".
        u"CREATE TABLE seller (id INTEGER PRIMARY KEY CHECK (id = 1), company_name TEXT, "
        "address TEXT, siret TEXT, vat_number TEXT, iban TEXT, terms_url TEXT, logo BLOB, "
        "updated_at INTEGER NOT NULL)"_s,
        // The handwritten signature (PNG), written by the UPDATE that makes the quote signed;
        // quotes_signed_frozen keeps it from changing afterwards.
        u"ALTER TABLE quotes ADD COLUMN signature_image BLOB"_s,
        // Every PDF Dealboard wrote, by the SHA-256 of its bytes (`quote verify`): append-only.
        u"CREATE TABLE issued_documents (id %1, sha256 TEXT NOT NULL UNIQUE "
        "CHECK (length(sha256) = 64), quote_id INTEGER NOT NULL REFERENCES quotes(id), "
        "display_number TEXT NOT NULL, status TEXT NOT NULL, fingerprint TEXT, "
        "language TEXT NOT NULL, file_name TEXT, issued_at INTEGER NOT NULL)"_s.arg(pk),
        u"CREATE INDEX issued_documents_quote ON issued_documents (quote_id, id)"_s,
        u"CREATE TRIGGER issued_documents_no_update BEFORE UPDATE ON issued_documents "
        "BEGIN SELECT RAISE(ABORT, 'the register of issued documents is append-only'); END"_s,
        u"CREATE TRIGGER issued_documents_no_delete BEFORE DELETE ON issued_documents "
        "BEGIN SELECT RAISE(ABORT, 'the register of issued documents is append-only'); END"_s,
    };
}

QStringList step8()
{
    const QString pk = SqlDialect::autoIncrementKey();
    return {
        // Each import, so that it can be undone as a whole later (ImportBatchRepository). Its
        // rows were written in one transaction: the events it logged are first_event…last_event,
        // and the rows it created are those of its "created" events.
        u"CREATE TABLE import_batches (id %1, at INTEGER NOT NULL, actor TEXT, "
        "file_name TEXT NOT NULL, source TEXT NOT NULL, entity TEXT NOT NULL, "
        "rows INTEGER NOT NULL, skipped INTEGER NOT NULL, created INTEGER NOT NULL, "
        "updated INTEGER NOT NULL, first_event INTEGER, last_event INTEGER, undone_at INTEGER)"_s
            .arg(pk),
        // The rows an import updated, each with the columns it had before (a JSON object), so
        // that undoing sets them back.
        u"CREATE TABLE import_changes (batch_id INTEGER NOT NULL REFERENCES import_batches(id), "
        "entity TEXT NOT NULL CHECK (entity IN ('deal', 'company', 'contact')), "
        "entity_id INTEGER NOT NULL, before TEXT NOT NULL, "
        "PRIMARY KEY (batch_id, entity, entity_id))"_s +
            SqlDialect::clusteredByPrimaryKey(),
    };
}

QStringList step9()
{
    return {
        // Activities (§1.1, §6, annex A): with whom, at what time of the day, how it went, the
        // part of the founder's time it counts in, the minutes logged, and the playbook rule that
        // made it. A rule makes its follow-up once per deal, whatever the user does with it after.
        u"ALTER TABLE activities ADD COLUMN contact_id INTEGER REFERENCES contacts(id)"_s,
        u"ALTER TABLE activities ADD COLUMN due_time TEXT"_s, // "HH:MM", local; NULL: that day
        u"ALTER TABLE activities ADD COLUMN outcome TEXT"_s,
        u"ALTER TABLE activities ADD COLUMN category TEXT"_s,
        u"ALTER TABLE activities ADD COLUMN minutes INTEGER CHECK (minutes IS NULL OR minutes >= 0)"_s,
        u"ALTER TABLE activities ADD COLUMN rule TEXT"_s,
        u"CREATE UNIQUE INDEX activities_rule ON activities (deal_id, rule) WHERE rule IS NOT NULL"_s,
        // The email templates as the user edited them; the built-in ones (annex A) stand for the
        // others.
        u"CREATE TABLE email_templates (key TEXT NOT NULL, language TEXT NOT NULL "
        "CHECK (language IN ('fr', 'en')), subject TEXT NOT NULL, body TEXT NOT NULL, "
        "updated_at INTEGER NOT NULL, PRIMARY KEY (key, language))"_s +
            SqlDialect::clusteredByPrimaryKey(),
        // How emails are sent: the SMTP server and the sender. The password is in the OS
        // keychain, never in the database.
        u"CREATE TABLE smtp_settings (id INTEGER PRIMARY KEY CHECK (id = 1), host TEXT NOT NULL, "
        "port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535), security TEXT NOT NULL "
        "CHECK (security IN ('starttls', 'tls', 'none')), user_name TEXT, sender_name TEXT, "
        "sender_email TEXT NOT NULL, booking_link TEXT, updated_at INTEGER NOT NULL)"_s,
    };
}

QStringList step10()
{
    const QString pk = SqlDialect::autoIncrementKey();
    return {
        // The weekly review (§8.2): the "priorities next week" note, one per week (its Monday,
        // yyyy-MM-dd).
        u"CREATE TABLE weekly_notes (week_start TEXT PRIMARY KEY, priorities TEXT NOT NULL, "
        "updated_at INTEGER NOT NULL)"_s +
            SqlDialect::clusteredByPrimaryKey(),
        // The objection library (§6.3) as the user edited it: the playbook's objections stand
        // for the others; a row with the key of a built-in one overrides it (hidden: removed),
        // another key adds one.
        u"CREATE TABLE objections (key TEXT NOT NULL, language TEXT NOT NULL "
        "CHECK (language IN ('fr', 'en')), category TEXT NOT NULL CHECK (category IN "
        "('price', 'competition', 'technical', 'risk', 'timing')), objection TEXT NOT NULL, "
        "answer TEXT NOT NULL, hidden INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL, "
        "PRIMARY KEY (key, language))"_s +
            SqlDialect::clusteredByPrimaryKey(),
        // "Objection met: X" on a deal, so that the weekly review counts them.
        u"CREATE TABLE deal_objections (id %1, deal_id INTEGER NOT NULL REFERENCES deals(id), "
        "objection_key TEXT NOT NULL, category TEXT NOT NULL CHECK (category IN "
        "('price', 'competition', 'technical', 'risk', 'timing')), note TEXT, "
        "met_at INTEGER NOT NULL, deleted_at INTEGER)"_s.arg(pk),
        u"CREATE INDEX deal_objections_deal ON deal_objections (deal_id)"_s,
        u"CREATE INDEX deal_objections_met ON deal_objections (met_at)"_s,
        // The win/loss form (§8.3), filled when a deal is won or lost; the reason itself is the
        // closing event's (won or lost reason), this keeps the rest.
        u"CREATE TABLE win_loss_reviews (deal_id INTEGER PRIMARY KEY REFERENCES deals(id), "
        "outcome TEXT NOT NULL CHECK (outcome IN ('won', 'lost')), decisive_factor TEXT, "
        "competitor TEXT, learning TEXT, could_have_done TEXT, recontact_on TEXT, "
        "product_feedback TEXT, process_improvement TEXT, updated_at INTEGER NOT NULL)"_s +
            SqlDialect::clusteredByPrimaryKey(),
    };
}

const Step kSteps[] = {
    {QT_TRANSLATE_NOOP("Migrations", "Companies, contacts, deals, event log and playbook"), &step1},
    {QT_TRANSLATE_NOOP("Migrations", "Append-only event log, board and import indexes"), &step2},
    {QT_TRANSLATE_NOOP("Migrations", "Gate checklists and BANT+ qualifications"), &step3},
    {QT_TRANSLATE_NOOP("Migrations", "Draft qualifications and follow-up activities"), &step4},
    {QT_TRANSLATE_NOOP("Migrations", "Monthly KPI entries and analytics indexes"), &step5},
    {QT_TRANSLATE_NOOP("Migrations", "Product catalogue, quotes, their lines and discounts"),
     &step6},
    {QT_TRANSLATE_NOOP("Migrations",
                       "Seller's details, signature images and the register of issued PDFs"),
     &step7},
    {QT_TRANSLATE_NOOP("Migrations", "Import batches, so that an import can be undone"), &step8},
    {QT_TRANSLATE_NOOP("Migrations",
                       "Activities with their contact, time, outcome and rule; email templates "
                       "and the SMTP settings"),
     &step9},
    {QT_TRANSLATE_NOOP("Migrations",
                       "Weekly priorities, the objection library, objections met and the "
                       "win/loss form"),
     &step10},
};

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(std::size(kSteps));
}

QString Migrations::describe(int version)
{
    if (version < 1 || version > latestVersion())
        return {};
    return tr(kSteps[version - 1].description);
}

QStringList Migrations::statements(int version)
{
    return kSteps[version - 1].statements();
}

int Migrations::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Migrations::migrate(QSqlDatabase db, int target)
{
    const int current = currentVersion(db);
    if (current < 0)
        return internalError(tr("Cannot read the schema version: %1").arg(db.lastError().text()));
    if (target > latestVersion() || current > target)
        return refusal(
            tr("Cannot migrate the schema from version %1 to %2.").arg(current).arg(target));
    if (current == target)
        return {};
    if (!db.transaction())
        return internalError(tr("Cannot start the migration: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    for (int version = current + 1; version <= target; ++version) {
        QStringList all = statements(version);
        all << u"PRAGMA user_version = %1"_s.arg(version);
        for (const QString &sql : std::as_const(all)) {
            if (!q.exec(sql)) {
                const QString message = tr("Schema step %1 failed: %2 (%3)")
                                            .arg(version)
                                            .arg(q.lastError().text(), sql);
                q.finish();
                db.rollback();
                return internalError(message);
            }
        }
    }
    if (!q.exec(u"PRAGMA application_id = %1"_s.arg(kApplicationId)) || !db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return internalError(tr("Cannot commit the schema migration: %1").arg(message));
    }
    return {};
}

} // namespace dealboard

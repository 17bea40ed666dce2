#include "importer.h"

#include "clock.h"
#include "csvreader.h"
#include "importindex.h"
#include "importrowparser.h"
#include "importwriter.h"
#include "storage/bulkwrite.h"
#include "storage/database.h"
#include "storage/eventlog.h"
#include "storage/importbatchrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// Below this, keeping the indexes up to date row by row costs less than building them again.
constexpr qint64 kRebuildIndexesFrom = 5000;

template<typename T>
void take(T &field, const std::optional<T> &value)
{
    if (value)
        field = *value;
}

bool sameCompany(const Company &a, const Company &b)
{
    return a.name == b.name && a.segment == b.segment && a.sector == b.sector &&
           a.website == b.website && a.source == b.source && a.externalId == b.externalId;
}

bool sameContact(const Contact &a, const Contact &b)
{
    return a.companyId == b.companyId && a.name == b.name && a.email == b.email &&
           a.phone == b.phone && a.role == b.role && a.decisionRole == b.decisionRole &&
           a.linkedin == b.linkedin && a.externalId == b.externalId;
}

bool sameDeal(const Deal &a, const Deal &b)
{
    return a.title == b.title && a.companyId == b.companyId && a.contactId == b.contactId &&
           a.mrr.cents() == b.mrr.cents() && a.oneTime.cents() == b.oneTime.cents() &&
           a.stage == b.stage && a.expectedClose == b.expectedClose && a.source == b.source &&
           a.owner == b.owner && a.nextStep == b.nextStep && a.nextStepDue == b.nextStepDue &&
           a.verbalAgreement == b.verbalAgreement && a.timelineConfirmed == b.timelineConfirmed &&
           a.lostReason == b.lostReason && a.lostCompetitor == b.lostCompetitor &&
           a.hubspotId == b.hubspotId && a.pipedriveId == b.pipedriveId;
}

// The unique rows of one entity an import touched.
struct Touched
{
    QSet<qint64> created, updated, seen;
    ImportCounts counts() const
    {
        const qint64 unchanged = seen.size() - (seen & (created + updated)).size();
        return ImportCounts{created.size(), updated.size(), unchanged};
    }
};

// Applies one parsed row after another.
class RowImporter
{
public:
    RowImporter(Database &db, const ImportMapping &mapping, qint64 batchId, ImportIndex &index)
        : m_db(db)
        , m_mapping(mapping)
        , m_index(index)
        , m_writer(db, batchId)
        , m_now(Clock::current().now().toUTC())
    {}

    Result<ImportRowOutcome> apply(const ImportRow &row);

    Touched companies, contacts, deals;

private:
    Result<qint64> company(const ImportRow &row);
    Result<qint64> contact(const ImportRow &row, qint64 companyId);
    Result<ImportRowOutcome::Action> deal(const ImportRow &row, qint64 companyId, qint64 contactId);

    Database &m_db;
    const ImportMapping &m_mapping;
    ImportIndex &m_index;
    ImportWriter m_writer;
    QDateTime m_now;
};

Result<qint64> RowImporter::company(const ImportRow &row)
{
    ImportCompanyValues v = row.company;
    if (!v.name && !v.externalId && !v.website) {
        if (m_mapping.entity != CsvEntity::Deal)
            return qint64(0); // a contact without a company
        // Dealboard files every deal under a company: the contact's domain, else the deal.
        const QString domain = row.contact.email ? row.contact.email->section(u'@', 1) : QString();
        v.name = domain.isEmpty() ? row.deal.title.value_or(QString()) : domain;
    }
    const QString identity = identityOf(v.rowId, v.externalId);
    if (Company *found = m_index.company(v, identity)) {
        m_index.claimCompany(found->id, identity);
        Company merged = *found;
        take(merged.name, v.name);
        take(merged.website, v.website);
        take(merged.externalId, v.externalId);
        take(merged.segment, v.segment);
        take(merged.sector, v.sector);
        take(merged.source, v.source);
        companies.seen.insert(found->id);
        if (sameCompany(merged, *found))
            return found->id;
        merged.updatedAt = v.updatedAt.value_or(m_now);
        if (Status s = m_writer.updateCompany(*found, merged); !s)
            return s.error();
        companies.updated.insert(merged.id);
        m_index.put(merged);
        return merged.id;
    }
    Company c;
    c.name = v.name.value_or(QString());
    if (c.name.isEmpty())
        c.name = v.website ? ImportIndex::domainOf(*v.website) : *v.externalId;
    take(c.website, v.website);
    take(c.externalId, v.externalId);
    take(c.segment, v.segment);
    take(c.sector, v.sector);
    take(c.source, v.source);
    c.createdAt = v.createdAt.value_or(row.deal.createdAt.value_or(m_now));
    c.updatedAt = v.updatedAt.value_or(c.createdAt);
    if (Status s = m_writer.createCompany(c); !s)
        return s.error();
    companies.created.insert(c.id);
    companies.seen.insert(c.id);
    m_index.put(c);
    m_index.claimCompany(c.id, identity);
    return c.id;
}

Result<qint64> RowImporter::contact(const ImportRow &row, qint64 companyId)
{
    const ImportContactValues &v = row.contact;
    if (!v.name && !v.email && !v.externalId)
        return qint64(0);
    const QString identity = identityOf(v.rowId, v.externalId);
    if (Contact *found = m_index.contact(v, companyId, identity)) {
        m_index.claimContact(found->id, identity);
        Contact merged = *found;
        take(merged.name, v.name);
        take(merged.email, v.email);
        take(merged.externalId, v.externalId);
        take(merged.phone, v.phone);
        take(merged.role, v.role);
        take(merged.linkedin, v.linkedin);
        take(merged.decisionRole, v.decisionRole);
        if (companyId > 0)
            merged.companyId = companyId;
        contacts.seen.insert(found->id);
        if (sameContact(merged, *found))
            return found->id;
        merged.updatedAt = v.updatedAt.value_or(m_now);
        if (Status s = m_writer.updateContact(*found, merged); !s)
            return s.error();
        contacts.updated.insert(merged.id);
        m_index.put(merged);
        return merged.id;
    }
    Contact c;
    c.companyId = companyId;
    c.name = v.name.value_or(v.email.value_or(v.externalId.value_or(QString())));
    take(c.email, v.email);
    take(c.externalId, v.externalId);
    take(c.phone, v.phone);
    take(c.role, v.role);
    take(c.linkedin, v.linkedin);
    take(c.decisionRole, v.decisionRole);
    c.createdAt = v.createdAt.value_or(row.deal.createdAt.value_or(m_now));
    c.updatedAt = v.updatedAt.value_or(c.createdAt);
    if (Status s = m_writer.createContact(c); !s)
        return s.error();
    contacts.created.insert(c.id);
    contacts.seen.insert(c.id);
    m_index.put(c);
    m_index.claimContact(c.id, identity);
    return c.id;
}

Result<ImportRowOutcome::Action> RowImporter::deal(const ImportRow &row, qint64 companyId,
                                                   qint64 contactId)
{
    const ImportDealValues &v = row.deal;
    const Playbook &pb = m_db.playbook();
    auto fill = [&](Deal &d) {
        take(d.title, v.title);
        take(d.mrr, v.mrr);
        take(d.oneTime, v.oneTime);
        if (v.stage && !v.stage->isEmpty())
            d.stage = *v.stage;
        take(d.expectedClose, v.expectedClose);
        take(d.source, v.source);
        take(d.owner, v.owner);
        take(d.nextStep, v.nextStep);
        take(d.nextStepDue, v.nextStepDue);
        take(d.verbalAgreement, v.verbalAgreement);
        take(d.timelineConfirmed, v.timelineConfirmed);
        if (d.stage == pb.lostStage()) {
            take(d.lostReason, v.lostReason);
            take(d.lostCompetitor, v.lostCompetitor);
        }
        take(d.hubspotId, v.hubspotId);
        take(d.pipedriveId, v.pipedriveId);
        if (m_mapping.source == CsvSource::HubSpot)
            take(d.hubspotId, v.externalId);
        else if (m_mapping.source == CsvSource::Pipedrive)
            take(d.pipedriveId, v.externalId);
        d.companyId = companyId;
        if (contactId > 0)
            d.contactId = contactId;
    };
    const ImportWriter::DealHistory history{v.closedAt.value_or(QDateTime()), v.lostNote,
                                            v.wonReason.value_or(QString())};
    const QString identity = identityOf(v.rowId, v.externalId);
    const Result<Deal *> match = m_index.deal(v, m_mapping.source, companyId, identity);
    if (!match)
        return match.error();
    if (Deal *found = *match) {
        m_index.claimDeal(found->id, identity);
        Deal merged = *found;
        fill(merged);
        deals.seen.insert(found->id);
        if (sameDeal(merged, *found))
            return ImportRowOutcome::Action::Unchanged;
        merged.updatedAt = v.updatedAt.value_or(m_now);
        if (merged.stage != found->stage)
            merged.stageEnteredAt = v.stageEnteredAt.value_or(v.closedAt.value_or(m_now));
        if (Status s = m_writer.updateDeal(*found, merged, history); !s)
            return s.error();
        deals.updated.insert(merged.id);
        m_index.put(merged);
        return ImportRowOutcome::Action::Updated;
    }
    Deal d;
    d.stage = pb.stages().isEmpty() ? QString() : pb.stages().first().key;
    fill(d);
    d.createdAt = v.createdAt.value_or(m_now);
    d.stageEnteredAt = v.stageEnteredAt.value_or(v.closedAt.value_or(d.createdAt));
    d.updatedAt = v.updatedAt.value_or(std::max(d.createdAt, d.stageEnteredAt));
    if (Status s = m_writer.createDeal(d, history); !s)
        return s.error();
    deals.created.insert(d.id);
    deals.seen.insert(d.id);
    m_index.putNew(d);
    m_index.claimDeal(d.id, identity);
    return ImportRowOutcome::Action::Created;
}

Result<ImportRowOutcome> RowImporter::apply(const ImportRow &row)
{
    const qsizetype createdBefore = companies.created.size() + contacts.created.size();
    const qsizetype updatedBefore = companies.updated.size() + contacts.updated.size();
    const Result<qint64> companyId = company(row);
    if (!companyId)
        return companyId.error();
    const Result<qint64> contactId = contact(row, *companyId);
    if (!contactId)
        return contactId.error();
    ImportRowOutcome out{row.line, ImportRowOutcome::Action::Unchanged, {}};
    switch (m_mapping.entity) {
    case CsvEntity::Deal: {
        const Result<ImportRowOutcome::Action> action = deal(row, *companyId, *contactId);
        if (!action)
            return action.error();
        out.action = *action;
        out.label = row.deal.title.value_or(QString());
        return out;
    }
    case CsvEntity::Company:
        out.label = row.company.name.value_or(QString());
        break;
    case CsvEntity::Contact:
        out.label = row.contact.name.value_or(QString());
        break;
    case CsvEntity::None:
    case CsvEntity::Other:
        break;
    }
    if (companies.created.size() + contacts.created.size() > createdBefore)
        out.action = ImportRowOutcome::Action::Created;
    else if (companies.updated.size() + contacts.updated.size() > updatedBefore)
        out.action = ImportRowOutcome::Action::Updated;
    return out;
}

} // namespace

QString Importer::sourceKey(CsvSource source)
{
    switch (source) {
    case CsvSource::HubSpot:
        return u"hubspot"_s;
    case CsvSource::Pipedrive:
        return u"pipedrive"_s;
    case CsvSource::Dealboard:
        return u"dealboard"_s;
    case CsvSource::Unknown:
        break;
    }
    return u"csv"_s;
}

QString Importer::entityKey(CsvEntity entity)
{
    switch (entity) {
    case CsvEntity::Deal:
        return u"deal"_s;
    case CsvEntity::Company:
        return u"company"_s;
    case CsvEntity::Contact:
        return u"contact"_s;
    case CsvEntity::None:
    case CsvEntity::Other:
        break;
    }
    return {};
}

Result<ImportReport> Importer::run(QIODevice &device, const ImportMapping &mapping,
                                   const Options &options, const Progress &progress)
{
    if (mapping.entity != CsvEntity::Deal && mapping.entity != CsvEntity::Company &&
        mapping.entity != CsvEntity::Contact)
        return userError(tr("Choose what the rows of the file are: deals, companies or contacts."));
    if (mapping.columns.size() != mapping.headers.size())
        return internalError(tr("The mapping does not match the file's columns."));
    CsvReader reader(device, mapping.format);
    if (progress)
        reader.setProgress(progress);
    const Result<std::optional<CsvRecord>> header = reader.next();
    if (!header)
        return header.error();
    if (!header->has_value())
        return userError(tr("The file is empty."));

    ImportIndex index;
    if (Status s = index.load(m_db); !s)
        return s.error();
    EventLog log(m_db);
    BulkWrite bulk(m_db);
    Database::Transaction tx(m_db);
    // A file larger than what the database holds: its indexes are built once at the end.
    const bool rebuild = mapping.rows >= kRebuildIndexesFrom && mapping.rows >= index.size();
    if (rebuild)
        if (Status s = bulk.dropIndexes(u"'events', 'deals', 'companies', 'contacts'"_s); !s)
            return s.error();
    const Result<qint64> eventsBefore = log.lastId();
    if (!eventsBefore)
        return eventsBefore.error();
    ImportBatchRepository batches(m_db);
    ImportBatch batch{0,
                      {},
                      {},
                      options.fileName,
                      sourceKey(mapping.source),
                      entityKey(mapping.entity),
                      0,
                      0,
                      0,
                      0,
                      0,
                      0,
                      {}};
    const Result<qint64> batchId = batches.begin(batch);
    if (!batchId)
        return batchId.error();
    batch.id = *batchId;

    const ImportRowParser parser(mapping, m_db.playbook());
    RowImporter rows(m_db, mapping, batch.id, index);
    ImportReport report;
    while (true) {
        Result<std::optional<CsvRecord>> record = reader.next();
        if (!record)
            return record.error();
        if (!record->has_value())
            break;
        ++report.rows;
        const ImportRow row = parser.parse(**record);
        ImportRowOutcome outcome{row.line, ImportRowOutcome::Action::Skipped, {}};
        if (row.deal.status == ImportDealValues::Status::Deleted) {
            ++report.deleted;
        } else if (!row.problems.isEmpty()) {
            report.problems << row.problems;
            ++report.skipped;
        } else {
            Result<ImportRowOutcome> applied = rows.apply(row);
            if (!applied)
                return userError(tr("Line %1: %2").arg(row.line).arg(applied.errorMessage()));
            outcome = *applied;
        }
        if (report.outcomes.size() < ImportReport::kOutcomesKept) {
            if (outcome.label.isEmpty())
                outcome.label = row.deal.title.value_or(
                    row.company.name.value_or(row.contact.name.value_or(QString())));
            report.outcomes << outcome;
        }
    }
    report.deals = rows.deals.counts();
    report.companies = rows.companies.counts();
    report.contacts = rows.contacts.counts();
    const qint64 created =
        report.deals.created + report.companies.created + report.contacts.created;
    const qint64 updated =
        report.deals.updated + report.companies.updated + report.contacts.updated;
    const bool refused = !report.problems.isEmpty() && !options.skipProblemRows;
    if (options.dryRun || refused || created + updated == 0)
        return report; // the transaction rolls back
    if (rebuild)
        if (Status s = bulk.rebuildIndexes(); !s)
            return s.error();
    const Result<qint64> eventsAfter = log.lastId();
    if (!eventsAfter)
        return eventsAfter.error();
    batch.rows = report.rows;
    batch.skipped = report.skipped;
    batch.created = created;
    batch.updated = updated;
    if (*eventsAfter > *eventsBefore) {
        batch.firstEvent = *eventsBefore + 1;
        batch.lastEvent = *eventsAfter;
    }
    if (Status s = batches.finish(batch); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    report.batchId = batch.id;
    report.committed = true;
    return report;
}

Result<ImportReport> Importer::runFile(const QString &path, const ImportMapping &mapping,
                                       const Options &options, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return userError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    Options o = options;
    if (o.fileName.isEmpty())
        o.fileName = QFileInfo(path).fileName();
    return run(file, mapping, o, progress);
}

} // namespace dealboard

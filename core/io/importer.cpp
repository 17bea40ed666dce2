#include "importer.h"

#include "clock.h"
#include "csvreader.h"
#include "importrowapplier.h"
#include "importrowparser.h"
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
// How often the rows ask whether the user cancelled.
constexpr qint64 kCancelCheckRows = 256;

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

QString Importer::sourceName(CsvSource source)
{
    switch (source) {
    case CsvSource::HubSpot:
        return u"HubSpot"_s;
    case CsvSource::Pipedrive:
        return u"Pipedrive"_s;
    case CsvSource::Dealboard:
        return u"Dealboard"_s;
    case CsvSource::Unknown:
        break;
    }
    return tr("CSV");
}

QString Importer::sourceName(const QString &key)
{
    for (const CsvSource s : {CsvSource::HubSpot, CsvSource::Pipedrive, CsvSource::Dealboard})
        if (sourceKey(s) == key)
            return sourceName(s);
    return sourceName(CsvSource::Unknown);
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
    // The reader asks after each chunk it reads; the rows of the last one, the index rebuild
    // and the commit ask here.
    auto cancelled = [&progress, &reader] {
        return progress && !progress(reader.bytesRead(), reader.totalBytes());
    };
    const Error cancel = userError(tr("The import was cancelled: nothing was written."));
    const Result<std::optional<CsvRecord>> header = reader.next();
    if (!header)
        return header.error();
    if (!header->has_value())
        return userError(tr("The file is empty."));

    EventLog log(m_db);
    BulkWrite bulk(m_db);
    Database::Transaction tx(m_db);
    // The batch's row first: it takes the write lock, so that what the index reads next is
    // what the import writes over.
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
    const Result<qint64> eventsBefore = log.lastId();
    if (!eventsBefore)
        return eventsBefore.error();
    ImportIndex index;
    if (Status s = index.load(m_db); !s)
        return s.error();
    // A file larger than what the database holds: its indexes are built once at the end (not
    // for a dry run, which writes nothing in the end).
    const bool rebuild =
        !options.dryRun && mapping.rows >= kRebuildIndexesFrom && mapping.rows >= index.size();
    if (rebuild)
        if (Status s = bulk.dropIndexes(u"'events', 'deals', 'companies', 'contacts'"_s); !s)
            return s.error();

    const ImportRowParser parser(mapping, m_db.playbook());
    ImportRowApplier rows(m_db, mapping, batch.id, index);
    ImportReport report;
    while (true) {
        Result<std::optional<CsvRecord>> record = reader.next();
        if (!record)
            return record.error();
        if (!record->has_value())
            break;
        if (++report.rows % kCancelCheckRows == 0 && cancelled())
            return cancel;
        const ImportRow row = parser.parse(**record);
        ImportRowOutcome outcome{row.line, ImportRowOutcome::Action::Skipped, {}};
        if (row.deal.status == ImportDealValues::Status::Deleted) {
            ++report.deleted;
        } else if (!row.problems.isEmpty()) {
            ++report.skipped;
            report.problemCount += row.problems.size();
            for (const ImportProblem &p : row.problems)
                if (report.problems.size() < ImportReport::kProblemsKept)
                    report.problems << p;
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
    report.deals = rows.deals();
    report.companies = rows.companies();
    report.contacts = rows.contacts();
    const qint64 created =
        report.deals.created + report.companies.created + report.contacts.created;
    const qint64 updated =
        report.deals.updated + report.companies.updated + report.contacts.updated;
    const bool refused = report.problemCount > 0 && !options.skipProblemRows;
    if (options.dryRun || refused || created + updated == 0)
        return report; // the transaction rolls back
    if (cancelled())
        return cancel;
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
    // Its events; none (first after last) when it only updated fields the log does not keep.
    batch.firstEvent = *eventsBefore + 1;
    batch.lastEvent = *eventsAfter;
    if (Status s = batches.finish(batch); !s)
        return s.error();
    if (cancelled())
        return cancel;
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

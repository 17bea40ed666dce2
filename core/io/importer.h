#pragma once

#include "importmapping.h"
#include "importreport.h"
#include "result.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace dealboard {

class Database;

// Imports a CSV file of deals, companies or contacts as an ImportMapping reads it, in one
// transaction: all of it or nothing. Rows are matched with what the database holds (see
// ImportIndex), so importing the same file twice changes nothing the second time. The import
// is recorded as a batch that ImportBatchRepository can undo later.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    struct Options
    {
        bool dryRun = false;          // do it all, report, and roll back: the preview
        bool skipProblemRows = false; // else any problem row leaves the database unchanged
        QString fileName;             // recorded with the batch
    };
    // Bytes read and the file's size; return false to cancel (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit Importer(Database &db)
        : m_db(db)
    {}

    // An error is a file that cannot be read to its end (a broken quote, a cancel) or a
    // database failure: nothing is written. Problems with rows are in the report.
    Result<ImportReport> run(QIODevice &device, const ImportMapping &mapping,
                             const Options &options, const Progress &progress = {});
    Result<ImportReport> runFile(const QString &path, const ImportMapping &mapping,
                                 const Options &options, const Progress &progress = {});

    static QString sourceKey(CsvSource source);
    static QString entityKey(CsvEntity entity);
    // For people: "HubSpot", "Pipedrive", "Dealboard", "CSV"; also from a stored key.
    static QString sourceName(CsvSource source);
    static QString sourceName(const QString &key);

private:
    Database &m_db;
};

} // namespace dealboard

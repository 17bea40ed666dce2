#include "importjob.h"

#include "io/databasejson.h"
#include "io/importer.h"
#include "io/importscanner.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QThread>

namespace dealboard {

struct ImportJob::Shared
{
    std::atomic<bool> cancelled{false};
    std::atomic<int> permille{0};
    std::optional<Result<ImportMapping>> mapping;
    std::optional<Result<ImportReport>> report;
    std::optional<Result<qint64>> jsonRows;
};

ImportJob::ImportJob(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

void ImportJob::start(Kind kind, const QString &file, const ImportMapping &mapping,
                      bool skipProblemRows)
{
    if (m_thread)
        return;
    m_kind = kind;
    m_mapping.reset();
    m_report.reset();
    m_jsonRows.reset();
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    const QString databasePath = m_databasePath;
    m_thread = QThread::create([shared, kind, file, mapping, skipProblemRows, databasePath] {
        const auto progress = [shared](qint64 done, qint64 total) {
            if (total > 0)
                shared->permille = int(done * 1000 / total);
            return !shared->cancelled.load();
        };
        Result<std::unique_ptr<Database>> db = Database::open(
            databasePath, Database::Mode::ReadWrite, Database::Lock::HeldByThisProcess);
        if (!db) {
            shared->mapping = db.error();
            shared->report = db.error();
            shared->jsonRows = db.error();
            return;
        }
        switch (kind) {
        case Kind::Scan:
            shared->mapping = ImportScanner::scanFile(
                file, (*db)->playbook(), progress,
                mapping.entity == CsvEntity::None ? std::nullopt
                                                  : std::optional<CsvEntity>(mapping.entity));
            break;
        case Kind::Preview:
        case Kind::Import: {
            Importer::Options options;
            options.dryRun = kind == Kind::Preview;
            options.skipProblemRows = skipProblemRows;
            options.fileName = QFileInfo(file).fileName();
            shared->report = Importer(**db).runFile(file, mapping, options, progress);
            break;
        }
        case Kind::Json:
            shared->jsonRows = DatabaseJson(**db).readFile(file);
            break;
        }
    });
    connect(m_thread, &QThread::finished, this, &ImportJob::collect);
    m_thread->start();
}

void ImportJob::collect()
{
    wait();
    m_mapping = std::move(m_shared->mapping);
    m_report = std::move(m_shared->report);
    m_jsonRows = std::move(m_shared->jsonRows);
    m_shared.reset();
    Q_EMIT finished();
}

void ImportJob::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
}

int ImportJob::progress() const
{
    return m_shared ? m_shared->permille.load() : 0;
}

void ImportJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace dealboard

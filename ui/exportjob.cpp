#include "exportjob.h"

#include "io/databasejson.h"
#include "storage/database.h"

#include <QThread>

#include <atomic>

namespace dealboard {

struct ExportJob::Shared
{
    std::atomic<bool> cancelled{false};
    std::atomic<int> permille{-1};
    std::optional<Result<qint64>> rows;
};

ExportJob::ExportJob(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{}

ExportJob::~ExportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ExportJob::start(const ExportDialog::Choice &choice, const QString &path)
{
    if (m_thread)
        return;
    m_rows.reset();
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    const QString databasePath = m_databasePath;
    m_thread = QThread::create([shared, choice, path, databasePath] {
        Result<std::unique_ptr<Database>> db = Database::open(
            databasePath, Database::Mode::ReadOnly, Database::Lock::HeldByThisProcess);
        if (!db) {
            shared->rows = db.error();
            return;
        }
        if (!choice.entity) {
            shared->rows = DatabaseJson(**db).writeFile(path);
            return;
        }
        shared->rows = CsvExport(**db).writeFile(
            *choice.entity, path, choice.options, [shared](qint64 done, qint64 total) {
                if (total > 0)
                    shared->permille = int(done * 1000 / total);
                return !shared->cancelled.load();
            });
    });
    connect(m_thread, &QThread::finished, this, &ExportJob::collect);
    m_thread->start();
}

void ExportJob::collect()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_rows = std::move(m_shared->rows);
    m_shared.reset();
    Q_EMIT finished();
}

void ExportJob::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
}

int ExportJob::progress() const
{
    return m_shared ? m_shared->permille.load() : -1;
}

} // namespace dealboard

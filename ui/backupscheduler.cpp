#include "backupscheduler.h"

#include "clock.h"
#include "storage/backupservice.h"
#include "storage/database.h"

#include <QThread>

using namespace std::chrono_literals;

namespace dealboard {

BackupScheduler::BackupScheduler(QObject *parent)
    : QObject(parent)
    , m_settings(BackupSettings::load())
{
    m_timer.setInterval(5min);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::check);
}

BackupScheduler::~BackupScheduler()
{
    // No signal from a destructor: only let the worker end.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupScheduler::setDatabase(Database *database)
{
    m_databasePath = database ? database->path() : QString();
    if (!database)
        stop();
}

void BackupScheduler::setSettings(const BackupSettings &settings)
{
    m_settings = settings;
    if (m_timer.isActive())
        check(); // turned on, or a shorter interval: a backup may be due at once
}

QString BackupScheduler::folder() const
{
    return m_databasePath.isEmpty() ? m_settings.folder : m_settings.folderFor(m_databasePath);
}

void BackupScheduler::start()
{
    m_timer.start();
    check();
}

void BackupScheduler::stop()
{
    m_timer.stop();
    collect();
}

void BackupScheduler::setCheckInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

QDateTime BackupScheduler::lastBackup() const
{
    QDateTime last = m_lastMade;
    if (!m_databasePath.isEmpty()) {
        const Result<QList<BackupInfo>> backups = BackupService::list(folder());
        if (backups && !backups->isEmpty() && (!last.isValid() || backups->first().time > last))
            last = backups->first().time;
    }
    return last;
}

bool BackupScheduler::backUpNow()
{
    return run();
}

void BackupScheduler::check()
{
    if (!m_settings.enabled || m_running || m_databasePath.isEmpty())
        return;
    if (BackupService::isDue(lastBackup(), m_settings.intervalHours, Clock::current().now()))
        run();
}

bool BackupScheduler::run()
{
    if (m_running || m_databasePath.isEmpty())
        return false;
    auto outcome = std::make_shared<Outcome>();
    const QString database = m_databasePath;
    const QString target = folder();
    // Its own read-only connection: Qt Sql connections stay in their thread, and reading does
    // not take the database's lock.
    m_thread = QThread::create([database, target, outcome] {
        Result<std::unique_ptr<Database>> db = Database::open(database, Database::Mode::ReadOnly);
        if (!db) {
            outcome->error = db.errorMessage();
            return;
        }
        const Result<QString> made = BackupService::backUp(*db.value(), target);
        if (made)
            outcome->path = made.value();
        else
            outcome->error = made.errorMessage();
    });
    m_outcome = outcome;
    connect(m_thread, &QThread::finished, this, &BackupScheduler::collect);
    m_running = true;
    Q_EMIT runningChanged(true);
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackupScheduler::collect()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    const std::shared_ptr<Outcome> outcome = std::exchange(m_outcome, nullptr);
    m_running = false;
    if (outcome->error.isEmpty()) {
        m_lastMade = Clock::current().now();
        Q_EMIT backedUp(outcome->path);
    } else {
        Q_EMIT failed(outcome->error);
    }
    Q_EMIT runningChanged(false);
}

} // namespace dealboard

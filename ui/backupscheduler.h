#pragma once

#include "backupsettings.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

class QThread;

namespace dealboard {

class Database;

// Makes the automatic backups while the app is open: one at start when the last is older than
// the interval, then whenever it falls due (checked every few minutes, so a laptop waking up
// catches up). A backup runs on a worker thread with its own read-only connection (a 100,000-
// deal database takes about 0.3 s, too long for the GUI thread) and ends with backedUp() or
// failed(). Stop it (or destroy it) before closing or replacing the database.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(QObject *parent = nullptr);
    ~BackupScheduler() override; // waits for a running backup

    // The database to back up (only its path is used); nullptr stops.
    void setDatabase(Database *database);
    QString databasePath() const { return m_databasePath; }
    // Applies settings (the caller saves them); the next check uses them.
    void setSettings(const BackupSettings &settings);
    BackupSettings settings() const { return m_settings; }
    QString folder() const; // where the backups go

    // Backs up now if one is due, then checks on the timer. Does nothing while disabled.
    void start();
    // Stops the timer and waits for a running backup to end.
    void stop();
    // Starts a backup now whatever the interval; false when one is running or no database.
    bool backUpNow();
    bool isRunning() const { return m_running; }
    // The newest backup in the folder, or the last made; invalid when there is none.
    QDateTime lastBackup() const;

    // How often it checks whether a backup is due (tests make it short).
    void setCheckInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    void runningChanged(bool running);
    void backedUp(const QString &path);
    void failed(const QString &message);

private:
    struct Outcome
    {
        QString path;
        QString error;
    };

    void check();
    bool run();
    void collect();

    QString m_databasePath;
    BackupSettings m_settings;
    QTimer m_timer;
    QPointer<QThread> m_thread;
    std::shared_ptr<Outcome> m_outcome; // written by the worker, read once it has finished
    QDateTime m_lastMade;
    bool m_running = false;
};

} // namespace dealboard

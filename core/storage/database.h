#pragma once

#include "playbook/playbook.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

class QLockFile;

namespace dealboard {

// One open Dealboard database: a named SQLite connection with its pragmas, the schema brought
// up to date, the lock that keeps a second Dealboard process out, and the stored playbook.
// One instance per thread (Qt Sql connections are not shared between threads).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    // Whether open() takes the lock that keeps other processes out.
    enum class Lock
    {
        Take,
        // A second connection for a worker thread of the process that holds the lock (an
        // import): SQLite itself serialises its writes with the first connection's.
        HeldByThisProcess,
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite,
                                                  Lock lock = Lock::Take);
    static QString defaultPath();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    Mode mode() const { return m_mode; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    const Playbook &playbook() const { return m_playbook; }
    Status setPlaybook(const Playbook &playbook);
    // Reads the stored playbook again: another connection (a whole-database import) wrote it.
    Status reloadPlaybook() { return loadPlaybook(); }

    // Who is recorded in the event log for changes made through this connection.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // A prepared statement kept for the life of the connection (repositories reuse them).
    QSqlQuery &prepared(const QString &sql);
    // Runs one statement; on failure the error names what was being done.
    Status exec(QSqlQuery &query, const QString &what);
    Status exec(const QString &sql, const QString &what);
    Error sqlError(const QSqlQuery &query, const QString &what) const;

    // "ok", or the problems SQLite found. `full` runs integrity_check, else quick_check.
    Result<QStringList> integrityCheck(bool full = true);
    // Copies the write-ahead log into the file without waiting for readers (a passive
    // checkpoint). The desktop app calls it when the user pauses, so that no move or edit pays
    // for it; returns whether every frame of the log is now in the file.
    Result<bool> checkpoint();
    // On: SQLite's own checkpoint (paid by the transaction that crosses the threshold, ~6 ms at
    // 100,000 deals) only comes after about 40 MB of log, as a safety net; the caller runs
    // checkpoint() when idle. Off (the default, the CLI): after about 4 MB, as SQLite does.
    Status setIdleCheckpoints(bool on);
    // Online copy through the SQLite backup API: consistent even while others write.
    Status backupTo(const QString &target);

    // A transaction; nested ones join the outer one. Rolls back unless committed.
    class Transaction
    {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool isActive() const { return m_active; }
        Status commit();

    private:
        Database &m_db;
        bool m_active = false;
        bool m_done = false;
    };

private:
    Database() = default;
    Status configure(bool check);
    Status loadPlaybook();

    QString m_path;
    QString m_connectionName;
    Mode m_mode = Mode::ReadWrite;
    QString m_actor;
    Playbook m_playbook;
    std::unique_ptr<QLockFile> m_lock;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
};

} // namespace dealboard

#include "database.h"

#include "clock.h"
#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

#include <atomic>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

std::atomic<int> s_connectionCounter{0};

// Writable by this user, and by someone at all: root may write anywhere, but a file that was
// made read-only (chmod a-w) is meant to stay untouched.
bool hasWriteBit(const QString &path)
{
    constexpr auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    const QFile::Permissions permissions = QFileInfo(path).permissions();
    return (permissions & QFile::WriteUser) && (permissions & writeBits);
}

// Refuses, before SQLite touches it, a file that cannot be a database.
Status checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refusal(Database::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        return refusal(Database::tr("%1 is not a Dealboard database (it is not an SQLite file). "
                                    "It was left untouched.")
                           .arg(path));
    return {};
}

QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"me"_s : user;
}

} // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/dealboard/dealboard.db"_s;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, Lock lock)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->m_mode = mode;
    db->m_actor = defaultActor();
    const QFileInfo info(db->m_path);
    const bool exists = info.exists();

    if (exists && !info.isFile())
        return refusal(tr("%1 is not a file.").arg(path));
    if (!exists && mode == Mode::ReadOnly)
        return userError(tr("There is no database at %1.").arg(path));
    if (exists)
        if (Status s = checkHeader(db->m_path); !s)
            return s.error();
    if (mode == Mode::ReadWrite) {
        if (!QDir().mkpath(info.absolutePath()))
            return refusal(tr("Cannot create the folder %1.").arg(info.absolutePath()));
        if ((exists && !hasWriteBit(db->m_path)) || !hasWriteBit(info.absolutePath()))
            return refusal(tr("%1 is read-only, and Dealboard needs to write to it. Open a copy, "
                              "or make the file and its folder writable.")
                               .arg(path));
        if (lock == Lock::HeldByThisProcess) {
            // Only this process may: its lock file names it.
            qint64 pid = 0;
            QString host, app;
            if (!QLockFile(db->m_path + u".lock"_s).getLockInfo(&pid, &host, &app) ||
                pid != QCoreApplication::applicationPid())
                return refusal(tr("%1 is not open in this process.").arg(path));
        } else {
            db->m_lock = std::make_unique<QLockFile>(db->m_path + u".lock"_s);
            db->m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
            if (!db->m_lock->tryLock(0)) {
                qint64 pid = 0;
                QString host, app;
                db->m_lock->getLockInfo(&pid, &host, &app);
                db->m_lock.reset();
                return refusal(tr("%1 is already open in another Dealboard process (pid %2 on %3). "
                                  "Close it there first.")
                                   .arg(path)
                                   .arg(pid)
                                   .arg(host));
            }
        }
    }

    db->m_connectionName = u"dealboard-%1"_s.arg(s_connectionCounter.fetch_add(1));
    QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    sql.setDatabaseName(db->m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (mode == Mode::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    sql.setConnectOptions(options);
    if (!sql.open())
        return refusal(tr("Cannot open %1: %2").arg(path, sql.lastError().text()));
    // A second connection of the process that opened the file has nothing new to check.
    if (Status s = db->configure(lock != Lock::HeldByThisProcess); !s)
        return s.error();
    return db;
}

Database::~Database()
{
    m_prepared.clear();
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}

// Reads before it writes: nothing below changes the file until it is known to be ours,
// not newer than this version, and sound.
Status Database::configure(bool check)
{
    QSqlDatabase sql = connection();
    if (Status s = exec(u"PRAGMA foreign_keys = ON"_s, tr("enabling foreign keys")); !s)
        return s;
    QSqlQuery q(sql);
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
        return refusal(tr("%1 cannot be read as a database: %2").arg(m_path, q.lastError().text()));
    const bool empty = q.value(0).toInt() == 0;
    q.finish();
    const int version = schemaVersion();
    qint32 applicationId = 0;
    if (q.exec(u"PRAGMA application_id"_s) && q.next())
        applicationId = q.value(0).toInt();
    q.finish();

    if (!empty &&
        (version == 0 || (applicationId != 0 && applicationId != Migrations::kApplicationId)))
        return refusal(tr("%1 is an SQLite database, but not a Dealboard one. It was left "
                          "untouched.")
                           .arg(m_path));
    if (version > Migrations::latestVersion())
        return refusal(tr("%1 was written by a newer version of Dealboard (schema %2; this "
                          "version knows up to %3). Update Dealboard to open it; the file was "
                          "left untouched.")
                           .arg(m_path)
                           .arg(version)
                           .arg(Migrations::latestVersion()));
    if (!empty && check) {
        const Result<QStringList> result = integrityCheck(false);
        if (!result)
            return refusal(tr("%1 is damaged: %2").arg(m_path, result.errorMessage()));
        if (result.value() != QStringList{u"ok"_s})
            return refusal(tr("%1 failed its integrity check and was left untouched: %2. "
                              "Restore it from a backup.")
                               .arg(m_path, result.value().mid(0, 3).join(u"; "_s)));
    }
    if (m_mode == Mode::ReadOnly) {
        if (version < Migrations::latestVersion())
            return refusal(tr("%1 uses an older schema (%2); open it once in Dealboard to "
                              "upgrade it.")
                               .arg(m_path)
                               .arg(version));
        return loadPlaybook();
    }

    if (Status s = exec(u"PRAGMA journal_mode = WAL"_s, tr("enabling the write-ahead log")); !s)
        return s;
    // NORMAL in WAL mode survives a process crash (kill -9); only a power cut may lose the
    // last commits. Measured: FULL costs a sync per commit for no gain against crashes.
    if (Status s = exec(u"PRAGMA synchronous = NORMAL"_s, tr("setting synchronous mode")); !s)
        return s;
    if (Status s = Migrations::migrate(sql); !s)
        return s;
    return loadPlaybook();
}

Status Database::loadPlaybook()
{
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT json FROM playbook WHERE id = 1"_s))
        return sqlError(q, tr("reading the playbook"));
    if (q.next()) {
        Result<Playbook> stored =
            Playbook::fromJson(q.value(0).toByteArray(), tr("stored in %1").arg(m_path));
        if (!stored)
            return refusal(stored.errorMessage());
        m_playbook = std::move(stored).value();
        return {};
    }
    q.finish();
    Result<Playbook> shipped = Playbook::loadDefault();
    if (!shipped)
        return shipped.error();
    if (m_mode == Mode::ReadOnly) {
        m_playbook = std::move(shipped).value();
        return {};
    }
    return setPlaybook(shipped.value());
}

Status Database::setPlaybook(const Playbook &playbook)
{
    QSqlQuery &q = prepared(u"INSERT INTO playbook (id, json, updated_at) VALUES (1, ?, ?) "
                            "ON CONFLICT (id) DO UPDATE SET json = excluded.json, "
                            "updated_at = excluded.updated_at"_s);
    q.addBindValue(QString::fromUtf8(playbook.toJson()));
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    if (Status s = exec(q, tr("saving the playbook")); !s)
        return s;
    m_playbook = playbook;
    return {};
}

QSqlQuery &Database::prepared(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &q = m_prepared[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(connection());
        q->prepare(sql);
    }
    return *q;
}

Status Database::exec(QSqlQuery &query, const QString &what)
{
    const bool ok = query.lastQuery().isEmpty() ? false : query.exec();
    if (!ok) {
        const Error e = sqlError(query, what);
        query.finish();
        return e;
    }
    return {};
}

Status Database::exec(const QString &sql, const QString &what)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return sqlError(q, what);
    return {};
}

Error Database::sqlError(const QSqlQuery &query, const QString &what) const
{
    const QSqlError e = query.lastError();
    const QString text = e.text().isEmpty() ? tr("unknown error") : e.text();
    if (e.nativeErrorCode() == "8"_L1) // SQLITE_READONLY
        return refusal(tr("Cannot write %1 (%2): the database is read-only.").arg(m_path, what));
    return internalError(tr("Database error while %1: %2").arg(what, text));
}

Result<bool> Database::checkpoint()
{
    if (m_mode == Mode::ReadOnly)
        return false;
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) || !q.next())
        return sqlError(q, tr("writing the log into the database"));
    // (busy, frames in the log, frames checkpointed); -1 frames: not in WAL mode.
    return q.value(0).toInt() == 0 && q.value(1).toInt() == q.value(2).toInt();
}

Status Database::setIdleCheckpoints(bool on)
{
    if (m_mode == Mode::ReadOnly)
        return {};
    return exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(on ? 10000 : 1000),
                tr("setting the checkpoint threshold"));
}

Result<QStringList> Database::integrityCheck(bool full)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s))
        return Error{ErrorKind::Refused, q.lastError().text()};
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    if (full && lines == QStringList{u"ok"_s}) {
        q.finish();
        if (!q.exec(u"PRAGMA foreign_key_check"_s))
            return Error{ErrorKind::Refused, q.lastError().text()};
        QStringList broken;
        while (q.next())
            broken << tr("row %1 of %2 points to a missing %3 row")
                          .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
        if (!broken.isEmpty())
            return broken;
    }
    return lines;
}

Database::Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.m_transactionDepth++ == 0) {
        m_db.m_transactionFailed = false;
        m_active = m_db.connection().transaction();
        if (!m_active)
            m_db.m_transactionFailed = true;
    } else {
        m_active = !m_db.m_transactionFailed;
    }
}

Database::Transaction::~Transaction()
{
    if (!m_done) {
        m_db.m_transactionFailed = true;
        if (--m_db.m_transactionDepth == 0)
            m_db.connection().rollback();
    }
}

Status Database::Transaction::commit()
{
    m_done = true;
    if (--m_db.m_transactionDepth > 0)
        return m_db.m_transactionFailed ? internalError(tr("An earlier step failed.")) : Status{};
    QSqlDatabase sql = m_db.connection();
    if (m_db.m_transactionFailed || !m_active) {
        sql.rollback();
        return internalError(tr("The change was not saved: an earlier step failed."));
    }
    if (!sql.commit()) {
        const QString message = sql.lastError().text();
        sql.rollback();
        return internalError(tr("The change was not saved: %1").arg(message));
    }
    return {};
}

} // namespace dealboard

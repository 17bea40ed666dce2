#include "databasecommand.h"

#include <QFileInfo>
#include <QLockFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

// Whether another process (the app) holds the database's lock, i.e. has it open for writing.
bool isOpenElsewhere(const QString &path)
{
    QLockFile lock(QFileInfo(path).absoluteFilePath() + u".lock"_s);
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

} // namespace

int DatabaseCommand::run(const QCommandLineParser &parser)
{
    const QString path =
        globals().databasePath.isEmpty() ? Database::defaultPath() : globals().databasePath;
    Result<std::unique_ptr<Database>> db = Database::open(path, m_mode);
    if (!db && m_readOnlyWhenBusy && m_mode == Database::Mode::ReadWrite && isOpenElsewhere(path)) {
        db = Database::open(path, Database::Mode::ReadOnly);
        if (db)
            QTextStream(stderr)
                << tr("The database is open in Dealboard: read without writing; the playbook's "
                      "new follow-ups are listed but not saved.")
                << Qt::endl;
    }
    if (!db) {
        // A missing file for a read-only command is the user's error, not a refusal.
        return fail(db.error());
    }
    return runOn(*db.value(), parser);
}

} // namespace dealboard::cli

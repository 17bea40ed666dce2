#pragma once

// Small helpers shared by the core test suites (header only).

#include "clock.h"
#include "result.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

// Fails the current test with the error message when `expr` (a Result or Status) failed.
#define DB_CHECK(expr)                                                                             \
    do {                                                                                           \
        const auto check_ = (expr);                                                                \
        if (!check_.ok())                                                                          \
            QFAIL(qPrintable(check_.errorMessage()));                                              \
    } while (false)

namespace dealboard::test {

using namespace Qt::StringLiterals;

// The "now" the tests fix: a Monday morning, UTC.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Every file of a folder, hidden ones included (-wal, -shm, .lock).
inline QStringList dirEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// A plain Qt Sql connection to a file, outside Database: no lock, no pragmas, no migration.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = {})
        : m_name(u"raw-test-%1"_s.arg(counter().fetch_add(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // Runs one statement; returns the error text, empty on success.
    QString exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) ? QString() : q.lastError().text() + u" ["_s + sql + u']';
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (q.exec(sql) && q.next())
            return q.value(0);
        return {};
    }

private:
    static std::atomic<int> &counter()
    {
        static std::atomic<int> n{0};
        return n;
    }
    QString m_name;
    bool m_open = false;
};

// Runs one statement on a Database's own connection; returns the error text, empty on success.
inline QString execOn(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) ? QString() : q.lastError().text();
}

inline qint64 countRows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

// A fresh database in a temporary folder, with "now" fixed by a ManualClock for its lifetime.
struct DatabaseFixture
{
    ManualClock clock{fixedNow()};
    ScopedClock scopedClock{clock};
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    // Returns the error, empty on success.
    QString open(const QString &name)
    {
        if (!dir.isValid())
            return dir.errorString();
        auto opened = Database::open(dir.filePath(name));
        if (!opened)
            return opened.errorMessage();
        db = std::move(opened).value();
        return {};
    }
};

inline Company sampleCompany(const QString &name = u"Boulangerie Martin"_s)
{
    Company c;
    c.name = name;
    c.segment = u"pme"_s;
    c.sector = u"Retail"_s;
    return c;
}

inline Deal sampleDeal(qint64 companyId, const QString &title = u"Cloud migration"_s,
                       const QString &stage = u"lead"_s, qint64 mrrCents = 50000)
{
    Deal d;
    d.title = title;
    d.companyId = companyId;
    d.stage = stage;
    d.mrr = Money(mrrCents);
    d.oneTime = Money(0);
    return d;
}

} // namespace dealboard::test

#include "storage/backupservice.h"
#include "storage/migrations.h"
#include "storage/restore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void restoresAGoodBackup();
    void restoresWhenThereIsNoDatabase();
    void logOfTheCurrentDatabaseGoesAlong();
    void twoRestoresInTheSameSecond();
    void refusesADamagedFile();
    void refusesANewerSchema();
    void refusesANonSqliteFile();
    void refusesAForeignDatabase();
    void refusesAnEmptyFile();
    void refusesWhileTheDatabaseIsOpen();
    void refusesTheDatabaseItself();

private:
    QString live() const { return m_fixture->dir.filePath(u"live.db"_s); }
    QString path(const QString &name) const { return m_fixture->dir.filePath(name); }
    static void addDeal(Database &db, const QString &title);
    static QStringList titles(const QString &path);
    // Restoring `backup` is refused, with `reason` in the message, and changes no file.
    void expectRefusal(const QString &backup, const QString &reason);

    std::unique_ptr<DatabaseFixture> m_fixture;
    QString m_backup;
};

void TestRestore::addDeal(Database &db, const QString &title)
{
    Company company = sampleCompany(title + u" SA"_s);
    DB_CHECK(CompanyRepository(db).create(company));
    Deal deal = sampleDeal(company.id, title);
    DB_CHECK(DealRepository(db).create(deal));
}

QStringList TestRestore::titles(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        qWarning("%s", qPrintable(db.errorMessage()));
        return {};
    }
    QStringList result;
    QSqlQuery q(db.value()->connection());
    q.exec(u"SELECT title FROM deals ORDER BY title"_s);
    while (q.next())
        result << q.value(0).toString();
    return result;
}

// A live database with two deals, a backup of it holding the first only.
void TestRestore::init()
{
    m_fixture = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fixture->open(u"live.db"_s), QString());
    addDeal(*m_fixture->db, u"Alpha"_s);
    m_backup = path(u"alpha.db"_s);
    DB_CHECK(m_fixture->db->backupTo(m_backup));
    addDeal(*m_fixture->db, u"Beta"_s);
    m_fixture->db.reset();
}

void TestRestore::cleanup()
{
    m_fixture.reset();
}

void TestRestore::restoresAGoodBackup()
{
    const QByteArray backupHash = fileHash(m_backup);
    const Result<RestoreOutcome> outcome = Restore::restore(m_backup, live());
    QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome->databasePath, live());
    QCOMPARE(outcome->backupFile, m_backup);
    QCOMPARE(outcome->schemaVersion, Migrations::latestVersion());
    QCOMPARE(outcome->keptAside, Restore::keptAsideName(live(), fixedNow().toLocalTime()));
    QVERIFY(outcome->keptAside.contains(u"live.before-restore-"_s));
    QCOMPARE(titles(live()), QStringList{u"Alpha"_s});
    QCOMPARE(titles(outcome->keptAside), (QStringList{u"Alpha"_s, u"Beta"_s}));
    QCOMPARE(fileHash(m_backup), backupHash); // the backup is only read
    // No temporary file or lock is left behind.
    const QStringList left = dirEntries(m_fixture->dir.path());
    for (const QString &name : left)
        QVERIFY2(!name.endsWith(u".tmp"_s) && !name.endsWith(u".lock"_s), qPrintable(name));
    // The restored database opens read-write as usual.
    auto reopened = Database::open(live());
    QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
}

void TestRestore::restoresWhenThereIsNoDatabase()
{
    const QString fresh = path(u"new/place/fresh.db"_s);
    const Result<RestoreOutcome> outcome = Restore::restore(m_backup, fresh);
    QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
    QVERIFY(outcome->keptAside.isEmpty());
    QCOMPARE(titles(fresh), QStringList{u"Alpha"_s});
}

void TestRestore::logOfTheCurrentDatabaseGoesAlong()
{
    // A database whose last commit is still in its -wal (as after a crash): moving the file
    // alone would lose "Gamma".
    {
        auto db = Database::open(live());
        QVERIFY(db);
        DB_CHECK(db.value()->exec(u"PRAGMA wal_autocheckpoint = 0"_s, u"test"_s));
        addDeal(*db.value(), u"Gamma"_s);
        QFile::copy(live(), path(u"crashed.db"_s));
        QFile::copy(live() + u"-wal"_s, path(u"crashed.db-wal"_s));
    }
    QFile::remove(live());
    QVERIFY(QFile::rename(path(u"crashed.db"_s), live()));
    QVERIFY(QFile::rename(path(u"crashed.db-wal"_s), live() + u"-wal"_s));
    QVERIFY(QFileInfo(live() + u"-wal"_s).size() > 0);

    const Result<RestoreOutcome> outcome = Restore::restore(m_backup, live());
    QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
    QVERIFY(!QFileInfo::exists(live() + u"-wal"_s) || QFileInfo(live() + u"-wal"_s).size() == 0);
    // The log was folded into the copy kept aside: the one file has everything.
    QVERIFY(!QFileInfo::exists(outcome->keptAside + u"-wal"_s) ||
            QFileInfo(outcome->keptAside + u"-wal"_s).size() == 0);
    QCOMPARE(titles(outcome->keptAside), (QStringList{u"Alpha"_s, u"Beta"_s, u"Gamma"_s}));
    QCOMPARE(titles(live()), QStringList{u"Alpha"_s});
}

void TestRestore::twoRestoresInTheSameSecond()
{
    const Result<RestoreOutcome> first = Restore::restore(m_backup, live());
    QVERIFY(first);
    const Result<RestoreOutcome> second = Restore::restore(m_backup, live());
    QVERIFY2(second, qPrintable(second.errorMessage()));
    QVERIFY(second->keptAside != first->keptAside);
    QCOMPARE(titles(first->keptAside), (QStringList{u"Alpha"_s, u"Beta"_s}));
    QCOMPARE(titles(second->keptAside), QStringList{u"Alpha"_s});
}

void TestRestore::expectRefusal(const QString &backup, const QString &reason)
{
    const QStringList before = dirEntries(m_fixture->dir.path());
    const QByteArray liveHash = fileHash(live());
    const QByteArray backupHash = fileHash(backup);
    const Result<RestoreOutcome> outcome = Restore::restore(backup, live());
    QVERIFY(!outcome);
    QVERIFY2(outcome.errorMessage().contains(reason), qPrintable(outcome.errorMessage()));
    QCOMPARE(fileHash(live()), liveHash);
    QCOMPARE(fileHash(backup), backupHash);
    QCOMPARE(dirEntries(m_fixture->dir.path()), before);
    QCOMPARE(titles(live()), (QStringList{u"Alpha"_s, u"Beta"_s}));
}

void TestRestore::refusesADamagedFile()
{
    // Garbage over the pages after the header: still "SQLite format 3", but broken.
    QFile file(m_backup);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8192);
    file.seek(4096);
    QByteArray garbage(size - 4096, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    file.write(garbage);
    file.close();
    QVERIFY(!Restore::restore(m_backup, live()));
    expectRefusal(m_backup, u"alpha.db"_s);
    QCOMPARE(Restore::restore(m_backup, live()).errorKind(), ErrorKind::Refused);
}

void TestRestore::refusesANewerSchema()
{
    {
        RawConnection raw(m_backup);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1)),
                 QString());
    }
    expectRefusal(m_backup, u"newer version"_s);
}

void TestRestore::refusesANonSqliteFile()
{
    QFile file(path(u"notes.db"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();
    expectRefusal(file.fileName(), u"not an SQLite file"_s);
}

void TestRestore::refusesAForeignDatabase()
{
    {
        RawConnection raw(path(u"other.db"_s));
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(u"CREATE TABLE recipes (name TEXT)"_s), QString());
    }
    expectRefusal(path(u"other.db"_s), u"not a Dealboard one"_s);
    {
        RawConnection raw(path(u"empty.db"_s));
        QCOMPARE(raw.exec(u"PRAGMA user_version = 0"_s), QString());
        QCOMPARE(raw.exec(u"VACUUM"_s), QString()); // makes a file with an empty schema
    }
    if (QFileInfo(path(u"empty.db"_s)).size() > 0)
        expectRefusal(path(u"empty.db"_s), u"empty SQLite database"_s);
}

void TestRestore::refusesAnEmptyFile()
{
    QFile file(path(u"zero.db"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    expectRefusal(file.fileName(), u"is empty"_s);
}

void TestRestore::refusesWhileTheDatabaseIsOpen()
{
    auto open = Database::open(live());
    QVERIFY(open);
    const QByteArray liveHash = fileHash(live());
    const Result<RestoreOutcome> outcome = Restore::restore(m_backup, live());
    QVERIFY(!outcome);
    QCOMPARE(outcome.errorKind(), ErrorKind::Refused);
    QVERIFY2(outcome.errorMessage().contains(u"open in Dealboard"_s),
             qPrintable(outcome.errorMessage()));
    QCOMPARE(fileHash(live()), liveHash);
    QCOMPARE(DealRepository(*open.value()).list()->size(), 2);
    open = Error{};
    QCOMPARE(titles(live()), (QStringList{u"Alpha"_s, u"Beta"_s}));
}

void TestRestore::refusesTheDatabaseItself()
{
    const Result<RestoreOutcome> outcome = Restore::restore(live(), live());
    QVERIFY(!outcome);
    QCOMPARE(outcome.errorKind(), ErrorKind::User);
    QVERIFY(!Restore::restore(path(u"missing.db"_s), live()));
}

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"

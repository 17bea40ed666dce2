#include "storage/migrations.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Overwrites `size` bytes at `offset` with a fixed noise pattern.
bool scribble(const QString &path, qint64 offset, int size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    QByteArray noise(size, '\0');
    quint32 x = 2463534242u;
    for (char &c : noise) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char(x & 0xff);
    }
    return file.write(noise) == size;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pragmasAfterOpen();
    void readOnlyOpenOfMissingFileIsUserError();
    void readOnlyOpenDoesNotWrite();
    void refusesTextFile();
    void refusesForeignSqlite_data();
    void refusesForeignSqlite();
    void refusesNewerSchema();
    void refusesReadOnlyFile();
    void refusesSecondWriter();
    void refusesCorruptedFile_data();
    void refusesCorruptedFile();
    void backupRoundTrip();
    void backupDuringAnotherWriteTransaction();
    void backupRefusesOwnPath();
    void backupToMissingFolderLeavesNothing();
    void idleCheckpoints();

private:
    QString path(const QString &name = u"test.db"_s) const { return m_dir->filePath(name); }
    // A Dealboard database with a company and `deals` deals, closed again.
    bool makeDatabase(const QString &file, int deals = 3);
    // Opening `file` is refused with a message holding `fragment`; the folder is unchanged.
    void expectRefusal(const QString &file, Database::Mode mode, const QString &fragment);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup()
{
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
    m_dir.reset();
}

bool TestDatabase::makeDatabase(const QString &file, int deals)
{
    auto db = Database::open(file);
    if (!db)
        return false;
    Company c = sampleCompany();
    if (!CompanyRepository(**db).create(c))
        return false;
    for (int i = 0; i < deals; ++i) {
        Deal d = sampleDeal(c.id, u"Deal %1"_s.arg(i), i % 2 ? u"demo"_s : u"lead"_s, 1000 * i);
        if (!DealRepository(**db).create(d))
            return false;
    }
    return true;
}

void TestDatabase::expectRefusal(const QString &file, Database::Mode mode, const QString &fragment)
{
    const QByteArray hash = fileHash(file);
    const QStringList entries = dirEntries(QFileInfo(file).absolutePath());
    {
        auto db = Database::open(file, mode);
        QVERIFY2(!db.ok(), "the database was opened");
        QCOMPARE(db.errorKind(), ErrorKind::Refused);
        QVERIFY2(db.errorMessage().contains(fragment, Qt::CaseInsensitive),
                 qPrintable(db.errorMessage()));
        QVERIFY2(db.errorMessage().contains(file), qPrintable(db.errorMessage()));
    }
    QCOMPARE(fileHash(file), hash);
    QStringList after = dirEntries(QFileInfo(file).absolutePath());
    if (mode == Database::Mode::ReadOnly) {
        // A read-only SQLite connection to a WAL-mode file needs its -shm index and cannot
        // remove it on close; it must not have written anything into the -wal though.
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            const QString sibling = QFileInfo(file).fileName() + suffix;
            if (after.contains(sibling) && !entries.contains(sibling)) {
                if (suffix == "-wal"_L1)
                    QCOMPARE(QFileInfo(file + suffix).size(), qint64(0));
                after.removeOne(sibling);
            }
        }
    }
    // No -wal, -shm or .lock left behind.
    QCOMPARE(after, entries);
}

void TestDatabase::pragmasAfterOpen()
{
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    Database &d = **db;
    QCOMPARE(d.mode(), Database::Mode::ReadWrite);
    QCOMPARE(d.path(), path());
    QCOMPARE(countRows(d, u"PRAGMA foreign_keys"_s), qint64(1));
    QSqlQuery q(d.connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QCOMPARE(countRows(d, u"PRAGMA synchronous"_s), qint64(1)); // NORMAL
    QCOMPARE(countRows(d, u"PRAGMA busy_timeout"_s), qint64(5000));
    QCOMPARE(countRows(d, u"PRAGMA application_id"_s), qint64(Migrations::kApplicationId));
    QCOMPARE(d.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(d.integrityCheck(true).value(), QStringList{u"ok"_s});
    QCOMPARE(d.integrityCheck(false).value(), QStringList{u"ok"_s});
    QVERIFY(QFile::exists(path() + u".lock"_s));
    // The shipped playbook is stored on first open.
    QCOMPARE(countRows(d, u"SELECT count(*) FROM playbook"_s), qint64(1));
    QCOMPARE(d.playbook().stageKeys().size(), 8);
    // Foreign keys are enforced.
    QVERIFY(!execOn(d, u"INSERT INTO contacts (company_id, name, created_at, updated_at) "
                       "VALUES (999, 'x', 0, 0)"_s)
                 .isEmpty());
    db = Error{};
    QVERIFY(!QFile::exists(path() + u".lock"_s));

    auto ro = Database::open(path(), Database::Mode::ReadOnly);
    QVERIFY2(ro.ok(), qPrintable(ro.errorMessage()));
    QCOMPARE(countRows(**ro, u"PRAGMA foreign_keys"_s), qint64(1));
    QCOMPARE((*ro)->mode(), Database::Mode::ReadOnly);
}

void TestDatabase::readOnlyOpenOfMissingFileIsUserError()
{
    auto db = Database::open(path(u"missing.db"_s), Database::Mode::ReadOnly);
    QVERIFY(!db.ok());
    QCOMPARE(db.errorKind(), ErrorKind::User);
    QVERIFY2(db.errorMessage().contains(path(u"missing.db"_s)), qPrintable(db.errorMessage()));
    QCOMPARE(dirEntries(m_dir->path()), QStringList());
}

void TestDatabase::readOnlyOpenDoesNotWrite()
{
    QVERIFY(makeDatabase(path()));
    const QByteArray hash = fileHash(path());
    {
        auto db = Database::open(path(), Database::Mode::ReadOnly);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QVERIFY(!QFile::exists(path() + u".lock"_s)); // readers do not lock writers out
        QCOMPARE(DealRepository(**db).list()->size(), 3);
        Company c = sampleCompany(u"Beta"_s);
        const auto id = CompanyRepository(**db).create(c);
        QVERIFY(!id.ok());
        QCOMPARE(id.errorKind(), ErrorKind::Refused);
    }
    QCOMPARE(fileHash(path()), hash);
}

void TestDatabase::refusesTextFile()
{
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "Name;Email;MRR\nJean;jean@acme.fr;1200\n";
    QVERIFY(writeFile(path(u"contacts.csv"_s), text));
    expectRefusal(path(u"contacts.csv"_s), Database::Mode::ReadWrite, u"not an SQLite"_s);
    expectRefusal(path(u"contacts.csv"_s), Database::Mode::ReadOnly, u"not an SQLite"_s);
    QVERIFY(writeFile(path(u"short.txt"_s), "hi"));
    expectRefusal(path(u"short.txt"_s), Database::Mode::ReadWrite, u"not an SQLite"_s);
}

void TestDatabase::refusesForeignSqlite_data()
{
    QTest::addColumn<QString>("setup");
    QTest::newRow("own table, user_version 0")
        << u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
           "INSERT INTO notes (text) VALUES ('keep me')"_s;
    QTest::newRow("other application id")
        << u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
           "PRAGMA user_version = 1; PRAGMA application_id = 305419896"_s;
    QTest::newRow("other application, in WAL mode")
        << u"PRAGMA journal_mode = WAL; CREATE TABLE notes (id INTEGER PRIMARY KEY);"
           "PRAGMA user_version = 1; PRAGMA application_id = 305419896"_s;
}

void TestDatabase::refusesForeignSqlite()
{
    QFETCH(QString, setup);
    {
        RawConnection raw(path(u"other.sqlite"_s));
        QVERIFY(raw.isOpen());
        for (const QString &sql : setup.split(u';'))
            QCOMPARE(raw.exec(sql.trimmed()), QString());
    }
    expectRefusal(path(u"other.sqlite"_s), Database::Mode::ReadWrite, u"not a Dealboard"_s);
    expectRefusal(path(u"other.sqlite"_s), Database::Mode::ReadOnly, u"not a Dealboard"_s);
}

void TestDatabase::refusesNewerSchema()
{
    QVERIFY(makeDatabase(path()));
    {
        RawConnection raw(path());
        QCOMPARE(raw.exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1)),
                 QString());
    }
    QCOMPARE(dirEntries(m_dir->path()), QStringList{u"test.db"_s});
    expectRefusal(path(), Database::Mode::ReadWrite, u"newer"_s);
    const QByteArray hash = fileHash(path());
    auto ro = Database::open(path(), Database::Mode::ReadOnly);
    QVERIFY(!ro.ok());
    QCOMPARE(ro.errorKind(), ErrorKind::Refused);
    QVERIFY2(ro.errorMessage().contains("newer"_L1), qPrintable(ro.errorMessage()));
    QCOMPARE(fileHash(path()), hash);
}

void TestDatabase::refusesReadOnlyFile()
{
    QVERIFY(makeDatabase(path()));
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    expectRefusal(path(), Database::Mode::ReadWrite, u"read-only"_s);
    // Reading it is fine.
    auto ro = Database::open(path(), Database::Mode::ReadOnly);
    QVERIFY2(ro.ok(), qPrintable(ro.errorMessage()));
    QCOMPARE(DealRepository(**ro).list()->size(), 3);
}

void TestDatabase::refusesSecondWriter()
{
    QVERIFY(makeDatabase(path()));
    auto first = Database::open(path());
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    const QByteArray lock = fileHash(path() + u".lock"_s);
    {
        auto second = Database::open(path());
        QVERIFY(!second.ok());
        QCOMPARE(second.errorKind(), ErrorKind::Refused);
        QVERIFY2(second.errorMessage().contains("already open"_L1),
                 qPrintable(second.errorMessage()));
        QVERIFY2(
            second.errorMessage().contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(second.errorMessage()));
    }
    // The refused attempt did not take the lock away from the first.
    QCOMPARE(fileHash(path() + u".lock"_s), lock);
    QVERIFY(!Database::open(path()).ok());
    // A reader may still look.
    auto reader = Database::open(path(), Database::Mode::ReadOnly);
    QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
    reader = Error{};

    first = Error{};
    auto again = Database::open(path());
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(DealRepository(**again).list()->size(), 3);
}

void TestDatabase::refusesCorruptedFile_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::newRow("page 3") << qint64(4096 * 2);
    QTest::newRow("page 5") << qint64(4096 * 4);
    QTest::newRow("page 8") << qint64(4096 * 7);
}

void TestDatabase::refusesCorruptedFile()
{
    QFETCH(qint64, offset);
    QVERIFY(makeDatabase(path(), 50));
    QVERIFY(QFileInfo(path()).size() >= offset + 4096);
    QVERIFY(scribble(path(), offset, 4096));
    expectRefusal(path(), Database::Mode::ReadWrite, u"integrity"_s);
    const QByteArray hash = fileHash(path());
    auto ro = Database::open(path(), Database::Mode::ReadOnly);
    QVERIFY(!ro.ok());
    QCOMPARE(ro.errorKind(), ErrorKind::Refused);
    QVERIFY2(ro.errorMessage().contains("integrity"_L1) || ro.errorMessage().contains("damaged"_L1),
             qPrintable(ro.errorMessage()));
    QCOMPARE(fileHash(path()), hash);
}

void TestDatabase::backupRoundTrip()
{
    QVERIFY(makeDatabase(path(), 20));
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    DealRepository deals(**db);
    DB_CHECK(deals.move(2, u"lost"_s, u"competitor"_s, u"Scaleway"_s));
    const QString target = path(u"backup.db"_s);
    DB_CHECK((*db)->backupTo(target));
    QVERIFY(!QFile::exists(target + u".part"_s));
    QVERIFY(QFile::exists(target));
    const QList<Deal> original = deals.list().value();
    db = Error{}; // the backup must not depend on the original being open

    auto copy = Database::open(target);
    QVERIFY2(copy.ok(), qPrintable(copy.errorMessage()));
    QCOMPARE((*copy)->integrityCheck(true).value(), QStringList{u"ok"_s});
    QCOMPARE((*copy)->schemaVersion(), Migrations::latestVersion());
    const QList<Deal> copied = DealRepository(**copy).list().value();
    QCOMPARE(copied.size(), original.size());
    for (qsizetype i = 0; i < copied.size(); ++i) {
        QCOMPARE(copied.at(i).id, original.at(i).id);
        QCOMPARE(copied.at(i).title, original.at(i).title);
        QCOMPARE(copied.at(i).stage, original.at(i).stage);
        QCOMPARE(copied.at(i).mrr, original.at(i).mrr);
        QCOMPARE(copied.at(i).lostCompetitor, original.at(i).lostCompetitor);
        QCOMPARE(copied.at(i).stageEnteredAt, original.at(i).stageEnteredAt);
    }
    QCOMPARE(DealRepository(**copy).history(2)->size(), 2);

    // A second backup replaces the first.
    DB_CHECK(DealRepository(**copy).remove(1));
    DB_CHECK((*copy)->backupTo(path(u"backup2.db"_s)));
    copy = Error{};
    QVERIFY(makeDatabase(path(u"other.db"_s), 1));
    auto other = Database::open(path(u"other.db"_s));
    DB_CHECK((*other)->backupTo(target));
    other = Error{};
    auto replaced = Database::open(target, Database::Mode::ReadOnly);
    QVERIFY2(replaced.ok(), qPrintable(replaced.errorMessage()));
    QCOMPARE(DealRepository(**replaced).list()->size(), 1);
}

void TestDatabase::backupDuringAnotherWriteTransaction()
{
    QVERIFY(makeDatabase(path(), 10));
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    RawConnection writer(path(), u"QSQLITE_BUSY_TIMEOUT=100"_s);
    QVERIFY(writer.isOpen());
    QCOMPARE(writer.exec(u"BEGIN IMMEDIATE"_s), QString());
    QCOMPARE(writer.exec(u"INSERT INTO companies (name, created_at, updated_at) "
                         "VALUES ('Uncommitted', 1, 1)"_s),
             QString());
    // The write transaction is really held: nobody else can start one now.
    {
        RawConnection probe(path(), u"QSQLITE_BUSY_TIMEOUT=50"_s);
        QVERIFY(!probe.exec(u"BEGIN IMMEDIATE"_s).isEmpty());
    }

    QElapsedTimer timer;
    timer.start();
    DB_CHECK((*db)->backupTo(path(u"backup.db"_s)));
    QVERIFY2(timer.elapsed() < 30000, "the backup waited for the writer");
    QCOMPARE(writer.exec(u"COMMIT"_s), QString());

    auto copy = Database::open(path(u"backup.db"_s), Database::Mode::ReadOnly);
    QVERIFY2(copy.ok(), qPrintable(copy.errorMessage()));
    QCOMPARE((*copy)->integrityCheck(true).value(), QStringList{u"ok"_s});
    QCOMPARE(DealRepository(**copy).list()->size(), 10);
    QVERIFY(!CompanyRepository(**copy).findByName(u"Uncommitted"_s)->has_value());
    QVERIFY(CompanyRepository(**db).findByName(u"Uncommitted"_s)->has_value());
}

void TestDatabase::backupRefusesOwnPath()
{
    QVERIFY(makeDatabase(path()));
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    for (const QString &same :
         {path(), m_dir->path() + u"/sub/../test.db"_s, m_dir->path() + u"/./test.db"_s}) {
        const Status s = (*db)->backupTo(same);
        QVERIFY2(!s.ok(), qPrintable(same));
        QCOMPARE(s.errorKind(), ErrorKind::User);
    }
    QCOMPARE(DealRepository(**db).list()->size(), 3);
    QCOMPARE((*db)->integrityCheck(true).value(), QStringList{u"ok"_s});
    QVERIFY(!QFile::exists(path() + u".part"_s));
}

void TestDatabase::backupToMissingFolderLeavesNothing()
{
    QVERIFY(makeDatabase(path()));
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    const Status s = (*db)->backupTo(path(u"no/such/folder/backup.db"_s));
    QVERIFY(!s.ok());
    QCOMPARE(s.errorKind(), ErrorKind::User);
    QVERIFY(!QFileInfo::exists(path(u"no"_s)));
}

// The desktop app writes the log into the file when the user pauses, not in the middle of a
// move: SQLite's own checkpoint then comes only after ten times more log.
void TestDatabase::idleCheckpoints()
{
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    Database &d = **db;
    QCOMPARE(countRows(d, u"PRAGMA wal_autocheckpoint"_s), qint64(1000));
    QVERIFY(d.setIdleCheckpoints(true));
    QCOMPARE(countRows(d, u"PRAGMA wal_autocheckpoint"_s), qint64(10000));
    // 2,000 small transactions: far past SQLite's usual 1,000 pages, still all in the log.
    for (int i = 0; i < 2000; ++i)
        QVERIFY(execOn(d, u"INSERT INTO companies (name, created_at, updated_at) "
                          "VALUES ('c%1', 0, 0)"_s.arg(i))
                    .isEmpty());
    const qint64 walBefore = QFileInfo(path() + u"-wal"_s).size();
    QVERIFY2(walBefore > 2000 * 4096, qPrintable(QString::number(walBefore)));
    const Result<bool> done = d.checkpoint();
    QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    QVERIFY(done.value());
    QCOMPARE(countRows(d, u"SELECT count(*) FROM companies"_s), qint64(2000));
    QVERIFY(d.setIdleCheckpoints(false));
    QCOMPARE(countRows(d, u"PRAGMA wal_autocheckpoint"_s), qint64(1000));
    // Read-only: nothing to write, nothing done.
    db = Error{};
    auto ro = Database::open(path(), Database::Mode::ReadOnly);
    QVERIFY2(ro.ok(), qPrintable(ro.errorMessage()));
    QCOMPARE((*ro)->checkpoint().value(), false);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

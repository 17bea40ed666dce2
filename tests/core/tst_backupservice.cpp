#include "storage/backupservice.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestBackupService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void backUpMakesACheckedCopy();
    void twiceInTheSameSecond();
    void rotationRemovesOnlyBackups();
    void listIsNewestFirst();
    void missingFolderListsNothing();
    void folderThatCannotBeMade();
    void defaultFolderIsBesideTheDatabase();

private:
    std::unique_ptr<DatabaseFixture> m_fixture;
    QString folder() const { return m_fixture->dir.filePath(u"backups"_s); }
};

void TestBackupService::init()
{
    m_fixture = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fixture->open(u"live.db"_s), QString());
    Database &db = *m_fixture->db;
    Company company = sampleCompany();
    DB_CHECK(CompanyRepository(db).create(company));
    Deal deal = sampleDeal(company.id);
    DB_CHECK(DealRepository(db).create(deal));
}

void TestBackupService::cleanup()
{
    m_fixture.reset();
}

void TestBackupService::backUpMakesACheckedCopy()
{
    const Result<QString> made = BackupService::backUp(*m_fixture->db, folder());
    QVERIFY2(made, qPrintable(made.errorMessage()));
    // fixedNow() is 09:00 UTC; the name is in local time.
    QCOMPARE(QFileInfo(made.value()).fileName(), BackupService::fileName(fixedNow().toLocalTime()));
    QCOMPARE(dirEntries(folder()), QStringList{QFileInfo(made.value()).fileName()});
    auto copy = Database::open(made.value(), Database::Mode::ReadOnly);
    QVERIFY2(copy, qPrintable(copy.errorMessage()));
    QCOMPARE(countRows(*copy.value(), u"SELECT count(*) FROM deals"_s), 1);
}

void TestBackupService::twiceInTheSameSecond()
{
    QStringList made;
    for (int i = 0; i < 3; ++i) {
        const Result<QString> path = BackupService::backUp(*m_fixture->db, folder());
        QVERIFY2(path, qPrintable(path.errorMessage()));
        made << QFileInfo(path.value()).fileName();
    }
    const QString first = BackupService::fileName(fixedNow().toLocalTime());
    QCOMPARE(made, (QStringList{first, BackupService::fileName(fixedNow().toLocalTime(), 2),
                                BackupService::fileName(fixedNow().toLocalTime(), 3)}));
    // Same day: the rotation keeps the newest only.
    QCOMPARE(dirEntries(folder()), QStringList{made.last()});
}

void TestBackupService::rotationRemovesOnlyBackups()
{
    QVERIFY(QDir().mkpath(folder()));
    const QDir dir(folder());
    // Forty days of old backups (with a log left beside one), and files that are not backups.
    for (int day = 1; day <= 40; ++day) {
        QFile old(dir.filePath(BackupService::fileName(fixedNow().addDays(-day).toLocalTime())));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const QString oldest = BackupService::fileName(fixedNow().addDays(-40).toLocalTime());
    const QStringList others{u"notes.txt"_s, u"dealboard.db"_s, u"dealboard-manual.db"_s,
                             u"dealboard-2026-02-01T090000.db.part"_s};
    for (const QString &name : others) {
        QFile other(dir.filePath(name));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("mine");
    }
    QFile wal(dir.filePath(oldest + u"-wal"_s));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.close();

    const Result<QString> made = BackupService::backUp(*m_fixture->db, folder());
    QVERIFY2(made, qPrintable(made.errorMessage()));
    const Result<QList<BackupInfo>> listed = BackupService::list(folder());
    QVERIFY(listed);
    // Today and the 6 days before, then 4 weeks.
    QCOMPARE(listed->size(), 11);
    QCOMPARE(listed->first().path, made.value());
    for (const QString &name : others)
        QVERIFY2(dir.exists(name), qPrintable(name));
    QVERIFY(!dir.exists(oldest));
    QVERIFY(!dir.exists(oldest + u"-wal"_s));
    QCOMPARE(dirEntries(folder()).size(), 11 + others.size());
}

void TestBackupService::listIsNewestFirst()
{
    QVERIFY(BackupService::backUp(*m_fixture->db, folder()));
    m_fixture->clock.advanceSecs(3600);
    QVERIFY(BackupService::backUp(*m_fixture->db, folder()));
    m_fixture->clock.advanceSecs(24 * 3600);
    const Result<QString> last = BackupService::backUp(*m_fixture->db, folder());
    QVERIFY(last);
    const Result<QList<BackupInfo>> listed = BackupService::list(folder());
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).path, last.value());
    QCOMPARE(listed->at(0).time, m_fixture->clock.now().toLocalTime());
    QVERIFY(listed->at(0).bytes > 0);
    QVERIFY(listed->at(0).time > listed->at(1).time);
}

void TestBackupService::missingFolderListsNothing()
{
    const Result<QList<BackupInfo>> listed = BackupService::list(folder() + u"/none"_s);
    QVERIFY(listed);
    QVERIFY(listed->isEmpty());
}

void TestBackupService::folderThatCannotBeMade()
{
    // A file where the folder should be.
    QFile file(m_fixture->dir.filePath(u"blocker"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Result<QString> made =
        BackupService::backUp(*m_fixture->db, m_fixture->dir.filePath(u"blocker/backups"_s));
    QVERIFY(!made);
    QVERIFY(made.errorMessage().contains(u"blocker"_s));
}

void TestBackupService::defaultFolderIsBesideTheDatabase()
{
    QCOMPARE(BackupService::defaultFolder(u"/data/crm/dealboard.db"_s),
             u"/data/crm/dealboard-backups"_s);
    QCOMPARE(BackupService::defaultFolder(u"/data/crm/other.db"_s), u"/data/crm/other-backups"_s);
}

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"

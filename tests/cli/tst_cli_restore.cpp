#include "clirunner.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::clitest;

class TestCliRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void backUpThenRestore();
    void backupListAndRotation();
    void refusesADamagedBackup();
    void refusesANewerBackup();
    void refusesWhileTheDatabaseIsOpen();
    void missingBackupIsAUserError();

private:
    QStringList titles();
    QString makeBackup();

    std::unique_ptr<CliFixture> m_fx;
};

void TestCliRestore::init()
{
    m_fx = std::make_unique<CliFixture>();
    QVERIFY(m_fx->addDeal(u"Alpha"_s) > 0);
}

void TestCliRestore::cleanup()
{
    m_fx.reset();
}

QStringList TestCliRestore::titles()
{
    const Run r = m_fx->ok({u"deal"_s, u"list"_s, u"--json"_s});
    QStringList result;
    const QJsonArray deals = r.json().toArray();
    for (const auto &deal : deals)
        result << deal[u"title"_s].toString();
    result.sort();
    return result;
}

QString TestCliRestore::makeBackup()
{
    const Run r = m_fx->ok({u"backup"_s, u"auto"_s, u"--json"_s});
    if (r.code != 0)
        return {};
    return r.json()[u"backup"_s].toString();
}

void TestCliRestore::backUpThenRestore()
{
    const QString backup = makeBackup();
    QVERIFY(!backup.isEmpty());
    QCOMPARE(QFileInfo(backup).absolutePath(), m_fx->dir.filePath(u"cli-backups"_s));
    QVERIFY(m_fx->addDeal(u"Beta"_s) > 0);
    QCOMPARE(titles(), (QStringList{u"Alpha"_s, u"Beta"_s}));

    const Run r = m_fx->ok({u"restore"_s, backup, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QString keptAside = r.json()[u"kept_aside"_s].toString();
    QVERIFY(QFileInfo(keptAside).fileName().startsWith(u"cli.before-restore-"_s));
    QCOMPARE(r.json()[u"schema_version"_s].toInt(), Migrations::latestVersion());
    QCOMPARE(titles(), QStringList{u"Alpha"_s});
    // The database kept aside still has everything.
    const Run old = m_fx->ok({u"deal"_s, u"list"_s, u"--json"_s}, keptAside);
    QCOMPARE(old.json().toArray().size(), 2);

    const Run text = m_fx->ok({u"restore"_s, backup});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(u"kept as"_s));
}

void TestCliRestore::backupListAndRotation()
{
    QVERIFY(!makeBackup().isEmpty());
    QVERIFY(!makeBackup().isEmpty());
    // Same day: one kept.
    const Run r = m_fx->ok({u"backup"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().toArray().size(), 1);
    const QString folder = m_fx->dir.filePath(u"elsewhere"_s);
    const Run other = m_fx->ok({u"backup"_s, u"auto"_s, u"--folder"_s, folder});
    QCOMPARE(other.code, 0);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
    const Run listed = m_fx->ok({u"backup"_s, u"list"_s, u"--folder"_s, folder});
    QVERIFY(listed.out.contains(QDir::toNativeSeparators(folder)));
}

void TestCliRestore::refusesADamagedBackup()
{
    const QString backup = makeBackup();
    QFile file(backup);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(4096);
    file.write(QByteArray(file.size() - 4096, '\x5a'));
    file.close();
    const QByteArray before = fileHash(m_fx->db());
    const Run r = m_fx->cli({u"--db"_s, m_fx->db(), u"restore"_s, backup});
    QCOMPARE(r.code, 2);
    QVERIFY(r.oneErrorLine());
    QCOMPARE(fileHash(m_fx->db()), before);
    QCOMPARE(titles(), QStringList{u"Alpha"_s});
}

void TestCliRestore::refusesANewerBackup()
{
    const QString backup = makeBackup();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(backup);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const Run r = m_fx->cli({u"--db"_s, m_fx->db(), u"restore"_s, backup});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"newer version"_s), qPrintable(r.err));
}

void TestCliRestore::refusesWhileTheDatabaseIsOpen()
{
    const QString backup = makeBackup();
    auto open = Database::open(m_fx->db());
    QVERIFY(open);
    const Run r = m_fx->cli({u"--db"_s, m_fx->db(), u"restore"_s, backup});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"Close it there first"_s), qPrintable(r.err));
    open = Error{};
    QCOMPARE(titles(), QStringList{u"Alpha"_s});
}

void TestCliRestore::missingBackupIsAUserError()
{
    const Run r = m_fx->cli({u"--db"_s, m_fx->db(), u"restore"_s, m_fx->dir.filePath(u"no.db"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY(r.oneErrorLine());
    const Run missing = m_fx->cli({u"--db"_s, m_fx->db(), u"restore"_s});
    QCOMPARE(missing.code, 1);
}

QTEST_GUILESS_MAIN(TestCliRestore)
#include "tst_cli_restore.moc"

#include "backupscheduler.h"
#include "backupsettings.h"
#include "backupsettingsform.h"
#include "clock.h"
#include "filedialog.h"
#include "messagebox.h"
#include "restoreprompt.h"
#include "storage/backupservice.h"
#include "storage/companyrepository.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace dealboard;

class TestBackupSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void defaultsAndSavedSettings();
    void backUpNowFromTheForm();
    void chosenFolderAndBackToTheDefault();
    void schedulerBacksUpAtStartAndWhenDue();
    void startSkipsWhenARecentBackupExists();
    void failureIsReported();
    void restorePromptAsksAndConfirms();

private:
    template<typename W>
    W *find(QWidget *root, const QString &name)
    {
        W *w = root->findChild<W *>(name);
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }
    QString backupFolder() const { return BackupService::defaultFolder(m_db->path()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
};

void TestBackupSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_backupsettings"_s);
    Clock::setCurrent(&m_clock);
}

void TestBackupSettings::init()
{
    QSettings().clear();
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"crm.db"_s));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    Company company;
    company.name = u"Acme"_s;
    QVERIFY(CompanyRepository(*m_db).create(company));
}

void TestBackupSettings::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestBackupSettings::defaultsAndSavedSettings()
{
    const BackupSettings defaults = BackupSettings::load();
    QVERIFY(defaults.enabled);
    QCOMPARE(defaults.intervalHours, 4);
    QVERIFY(defaults.folder.isEmpty());
    QCOMPARE(defaults.folderFor(m_db->path()), backupFolder());

    BackupScheduler scheduler;
    scheduler.setDatabase(m_db.get());
    BackupSettingsForm form(&scheduler);
    QCOMPARE(find<QLineEdit>(&form, u"backupFolder"_s)->text(),
             QDir::toNativeSeparators(backupFolder()));
    find<QSpinBox>(&form, u"backupInterval"_s)->setValue(12);
    find<QCheckBox>(&form, u"backupEnabled"_s)->setChecked(false);
    QCOMPARE(scheduler.settings().intervalHours, 12);
    QVERIFY(!scheduler.settings().enabled);
    QCOMPARE(BackupSettings::load().intervalHours, 12);
    QVERIFY(!BackupSettings::load().enabled);
    QCOMPARE(QSettings().value(u"backup/intervalHours"_s).toInt(), 12);
}

void TestBackupSettings::backUpNowFromTheForm()
{
    BackupScheduler scheduler;
    scheduler.setDatabase(m_db.get());
    BackupSettingsForm form(&scheduler);
    form.show();
    auto *list = find<QTreeWidget>(&form, u"backupList"_s);
    QCOMPARE(list->topLevelItemCount(), 0);
    QSignalSpy made(&scheduler, &BackupScheduler::backedUp);
    QTest::mouseClick(find<QPushButton>(&form, u"backupNow"_s), Qt::LeftButton);
    QVERIFY(made.wait(10000));
    const QString path = made.first().first().toString();
    QCOMPARE(QFileInfo(path).absolutePath(), backupFolder());
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), path);
    QVERIFY(
        find<QLabel>(&form, u"backupStatus"_s)->text().contains(QDir::toNativeSeparators(path)));
    QVERIFY(find<QPushButton>(&form, u"backupNow"_s)->isEnabled());
    // The backup opens as a database of its own.
    auto copy = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY2(copy, qPrintable(copy.errorMessage()));
}

void TestBackupSettings::chosenFolderAndBackToTheDefault()
{
    BackupScheduler scheduler;
    scheduler.setDatabase(m_db.get());
    BackupSettingsForm form(&scheduler);
    const QString chosen = m_dir->filePath(u"synced"_s);
    QString offered;
    form.setFolderChooser([&offered, &chosen](QWidget *, const QString &current) {
        offered = current;
        return chosen;
    });
    QTest::mouseClick(find<QPushButton>(&form, u"backupChooseFolder"_s), Qt::LeftButton);
    QCOMPARE(offered, backupFolder());
    QCOMPARE(scheduler.folder(), chosen);
    QCOMPARE(BackupSettings::load().folder, chosen);
    QCOMPARE(find<QLineEdit>(&form, u"backupFolder"_s)->text(), QDir::toNativeSeparators(chosen));
    QSignalSpy made(&scheduler, &BackupScheduler::backedUp);
    QVERIFY(scheduler.backUpNow());
    QVERIFY(!scheduler.backUpNow()); // one at a time
    QVERIFY(made.wait(10000));
    QCOMPARE(QFileInfo(made.first().first().toString()).absolutePath(), chosen);

    // Cancelling the chooser changes nothing.
    form.setFolderChooser([](QWidget *, const QString &) { return QString(); });
    QTest::mouseClick(find<QPushButton>(&form, u"backupChooseFolder"_s), Qt::LeftButton);
    QCOMPARE(scheduler.folder(), chosen);

    QTest::mouseClick(find<QPushButton>(&form, u"backupDefaultFolder"_s), Qt::LeftButton);
    QCOMPARE(scheduler.folder(), backupFolder());
    QVERIFY(BackupSettings::load().folder.isEmpty());
}

void TestBackupSettings::schedulerBacksUpAtStartAndWhenDue()
{
    QSettings().setValue(u"backup/intervalHours"_s, 1);
    BackupScheduler scheduler;
    QCOMPARE(scheduler.settings().intervalHours, 1);
    scheduler.setDatabase(m_db.get());
    scheduler.setCheckInterval(20ms);
    QSignalSpy made(&scheduler, &BackupScheduler::backedUp);
    QSignalSpy failed(&scheduler, &BackupScheduler::failed);
    scheduler.start(); // none yet: one at once
    QVERIFY(made.wait(10000));
    QCOMPARE(made.size(), 1);
    QCOMPARE(scheduler.lastBackup(), m_clock.now());

    // Not due within the hour, however often it checks.
    m_clock.advanceSecs(59 * 60);
    QTest::qWait(150);
    QCOMPARE(made.size(), 1);

    m_clock.advanceSecs(60);
    QVERIFY(made.wait(10000));
    QCOMPARE(made.size(), 2);
    QVERIFY(made.at(1).first().toString() != made.at(0).first().toString());

    // Turned off: no more backups.
    BackupSettings off = scheduler.settings();
    off.enabled = false;
    scheduler.setSettings(off);
    m_clock.advanceSecs(3 * 3600);
    QTest::qWait(150);
    QCOMPARE(made.size(), 2);
    // Turned on again: due at once.
    off.enabled = true;
    scheduler.setSettings(off);
    QVERIFY(made.wait(10000));
    QCOMPARE(made.size(), 3);
    scheduler.stop();
    QVERIFY(!scheduler.isRunning());
    QCOMPARE(failed.size(), 0);
}

void TestBackupSettings::startSkipsWhenARecentBackupExists()
{
    QVERIFY(BackupService::backUp(*m_db, backupFolder()));
    m_clock.advanceSecs(3600); // 1 h old, the interval is 4 h
    BackupScheduler scheduler;
    scheduler.setDatabase(m_db.get());
    scheduler.setCheckInterval(20ms);
    QSignalSpy made(&scheduler, &BackupScheduler::backedUp);
    scheduler.start();
    QVERIFY(!scheduler.isRunning());
    QTest::qWait(100);
    QCOMPARE(made.size(), 0);
    m_clock.advanceSecs(3 * 3600);
    QVERIFY(made.wait(10000));
}

void TestBackupSettings::failureIsReported()
{
    QFile blocker(m_dir->filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings().setValue(u"backup/folder"_s, m_dir->filePath(u"blocker/sub"_s));
    BackupScheduler scheduler;
    scheduler.setDatabase(m_db.get());
    BackupSettingsForm form(&scheduler);
    QSignalSpy failed(&scheduler, &BackupScheduler::failed);
    QVERIFY(scheduler.backUpNow());
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(u"blocker"_s));
    QVERIFY(find<QLabel>(&form, u"backupStatus"_s)->text().contains(u"failed"_s));
}

void TestBackupSettings::restorePromptAsksAndConfirms()
{
    const Result<QString> backup = BackupService::backUp(*m_db, backupFolder());
    QVERIFY(backup);
    FileDialog::setNextFileName(backup.value());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(RestorePrompt::ask(nullptr, m_db->path(), backupFolder()), backup.value());
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.contains(u"crm.before-restore-"_s), qPrintable(asked));
    QVERIFY(asked.contains(QDir::toNativeSeparators(backup.value())));

    FileDialog::setNextFileName(backup.value());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(RestorePrompt::ask(nullptr, m_db->path(), backupFolder()).isEmpty());
    FileDialog::setNextFileName(QString());
    QVERIFY(RestorePrompt::ask(nullptr, m_db->path(), backupFolder()).isEmpty());

    // The flow the main window follows: close, restore, reopen, report.
    const QString path = m_db->path();
    m_db.reset();
    const Result<RestoreOutcome> outcome = Restore::restore(backup.value(), path);
    QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    RestorePrompt::report(nullptr, outcome);
    QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(outcome->keptAside)));
    auto reopened = Database::open(path);
    QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
    m_db = std::move(reopened).value();
}

QTEST_MAIN(TestBackupSettings)
#include "tst_backupsettings.moc"

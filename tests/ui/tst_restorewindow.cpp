// Backups in the main window: the form in Settings, and File ▸ Restore from Backup…, which
// replaces the open database with a backup (the current one kept aside) and opens it again.

#include "backupscheduler.h"
#include "backupsettingsform.h"
#include "dealstore.h"
#include "filedialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestRestoreWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void settingsShowTheBackups();
    void restoreReplacesTheOpenDatabase();

private:
    std::unique_ptr<MainWindow> window(const QString &file);
    qint64 addDeal(MainWindow &w, const QString &title);

    QTemporaryDir m_dir;
};

void TestRestoreWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_restorewindow"_s);
    QSettings().clear();
    installTranslations(u"en"_s);
}

std::unique_ptr<MainWindow> TestRestoreWindow::window(const QString &file)
{
    auto db = Database::open(m_dir.filePath(file));
    if (!db)
        return nullptr;
    auto w = std::make_unique<MainWindow>(std::move(db).value());
    w->show();
    return w;
}

qint64 TestRestoreWindow::addDeal(MainWindow &w, const QString &title)
{
    Company c;
    c.name = title + u" SAS"_s;
    if (!CompanyRepository(*w.database()).create(c))
        return 0;
    Deal d;
    d.title = title;
    d.companyId = c.id;
    d.stage = u"lead"_s;
    if (!DealRepository(*w.database()).create(d))
        return 0;
    w.reload();
    return d.id;
}

void TestRestoreWindow::settingsShowTheBackups()
{
    auto w = window(u"settings.db"_s);
    QVERIFY(w);
    auto *form = w->findChild<BackupSettingsForm *>(u"backupSettings"_s);
    QVERIFY(form);
    // Windows made by tests do not back up by themselves; the application starts them.
    QVERIFY(!w->backups()->isRunning());
    QVERIFY(w->backups()->lastBackup().isNull());
}

void TestRestoreWindow::restoreReplacesTheOpenDatabase()
{
    auto w = window(u"restore.db"_s);
    QVERIFY(w);
    QVERIFY(addDeal(*w, u"Before the backup"_s) > 0);
    const QString backup = m_dir.filePath(u"restore-backup.db"_s);
    QVERIFY(w->database()->backupTo(backup));
    QVERIFY(addDeal(*w, u"After the backup"_s) > 0);
    QCOMPARE(w->store()->deals().size(), 2);
    w->undoStack()->push(new QUndoCommand(u"something to undo"_s));

    // Which backup, then yes, then the report (closed as soon as it shows).
    FileDialog::setNextFileName(backup);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QString report;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            report = box->text();
            box->accept();
        }
    });
    closer.start(20);
    w->findChild<QAction *>(u"restoreAction"_s)->trigger();
    closer.stop();

    // The window shows the backup's data; the previous database is kept aside; the undo
    // history of the replaced database is gone.
    QVERIFY2(report.contains(u"kept as"_s), qPrintable(report));
    QVERIFY(w->database());
    QCOMPARE(w->store()->deals().size(), 1);
    QCOMPARE(w->store()->deals().first().title, u"Before the backup"_s);
    QCOMPARE(w->undoStack()->count(), 0);
    const QStringList kept =
        QDir(m_dir.path()).entryList({u"restore.before-restore-*.db"_s}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    auto aside = Database::open(m_dir.filePath(kept.first()), Database::Mode::ReadOnly);
    QVERIFY2(aside, qPrintable(aside.errorMessage()));
    QCOMPARE(DealRepository(*aside.value()).list().value().size(), 2);
}

QTEST_MAIN(TestRestoreWindow)
#include "tst_restorewindow.moc"

#include "mainwindow.h"

#include "filedialog.h"
#include "import/importdialog.h"
#include "import/importhistorydialog.h"
#include "import/importjob.h"
#include "import/importpreviewpage.h"
#include "messagebox.h"
#include "storage/database.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QStatusBar>

using namespace Qt::StringLiterals;

// File ▸ Import… and Import History…, apart from the window's own file.
namespace dealboard {

void MainWindow::reopenDatabase()
{
    if (!m_database)
        return;
    // The same connection, and so the same lock: every view reads it again.
    std::unique_ptr<Database> db = std::move(m_database);
    setDatabase(nullptr);
    if (Status s = db->reloadPlaybook(); !s)
        MessageBox::critical(this, tr("Cannot read the playbook"), s.errorMessage());
    setDatabase(std::move(db));
}

void MainWindow::importData()
{
    if (!m_database)
        return;
    const QString file = FileDialog::openFileName(
        this, tr("Import"), QFileInfo(m_database->path()).absolutePath(),
        tr("HubSpot, Pipedrive or Dealboard exports (*.csv *.txt *.json);;All files (*)"));
    if (file.isEmpty())
        return;
    if (file.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        importJson(file);
        return;
    }
    const std::optional<ImportReport> report = ImportDialog::run(*m_database, file, this);
    if (!report)
        return;
    reopenDatabase();
    statusBar()->showMessage(
        tr("Imported %1. %2 File ▸ Import History… undoes it.")
            .arg(QFileInfo(file).fileName(),
                 ImportPreviewPage::countsText(*report).section(u'\n', 1).replace(u'\n', u' ')),
        15000);
}

void MainWindow::importJson(const QString &path)
{
    if (MessageBox::question(this, tr("Import a Whole Database"),
                             tr("Import every record of %1 into this database? Only an empty "
                                "database can take a whole-database export.")
                                 .arg(QDir::toNativeSeparators(path)),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Yes) != QMessageBox::Yes)
        return;
    ImportJob job(m_database->path());
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0,
                             this);
    progress.setObjectName(u"importJsonProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    connect(&job, &ImportJob::finished, &loop, &QEventLoop::quit);
    job.start(ImportJob::Kind::Json, path);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    progress.reset();
    const Result<qint64> rows = job.jsonRows().value_or(Result<qint64>(qint64(0)));
    if (!rows) {
        MessageBox::critical(this, tr("Nothing was imported"), rows.errorMessage());
        return;
    }
    reopenDatabase();
    statusBar()->showMessage(
        tr("Imported %1 rows from %2.").arg(QLocale().toString(*rows), QFileInfo(path).fileName()),
        15000);
}

void MainWindow::showImportHistory()
{
    if (!m_database)
        return;
    if (ImportHistoryDialog::run(*m_database, this))
        reopenDatabase();
}

} // namespace dealboard

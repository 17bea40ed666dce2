#include "mainwindow.h"

#include "exportdialog.h"
#include "exportjob.h"
#include "filedialog.h"
#include "io/csvexport.h"
#include "messagebox.h"
#include "storage/database.h"

#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

// File ▸ Export…, apart from the window's own file.
namespace dealboard {

void MainWindow::exportData()
{
    if (!m_database)
        return;
    const std::optional<ExportDialog::Choice> choice = ExportDialog::ask(this);
    if (!choice)
        return;

    const QFileInfo info(m_database->path());
    const QString stem = choice->entity ? CsvExport::key(*choice->entity) : info.completeBaseName();
    const QString suffix = choice->entity ? u".csv"_s : u".json"_s;
    const QString suggested = info.absolutePath() + u'/' + stem +
                              QDate::currentDate().toString(u"-yyyy-MM-dd"_s) + suffix;
    const QString filter =
        choice->entity ? tr("CSV files (*.csv)") : tr("Dealboard exports (*.json)");
    const QString path = FileDialog::saveFileName(this, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return;

    // Off the GUI thread, with a progress bar (a busy one for JSON) and Cancel for CSV.
    ExportJob job(m_database->path());
    QProgressDialog progress(tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
                             choice->entity ? tr("Cancel") : QString(), 0, 1000, this);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0); // at once: it keeps the window's menus out meanwhile
    QTimer poll;
    connect(&poll, &QTimer::timeout, &progress, [&job, &progress] {
        const int permille = job.progress();
        if (permille < 0)
            progress.setMaximum(0);
        else
            progress.setValue(permille);
    });
    connect(&progress, &QProgressDialog::canceled, &job, &ExportJob::cancel);
    QEventLoop loop;
    connect(&job, &ExportJob::finished, &loop, &QEventLoop::quit);
    job.start(*choice, path);
    poll.start(100);
    loop.exec();
    poll.stop();
    progress.reset();
    const Result<qint64> rows = job.rows().value_or(Result<qint64>(qint64(0)));
    if (!rows) {
        MessageBox::critical(this, tr("Export failed"), rows.errorMessage());
        return;
    }
    const QString count = QLocale().toString(*rows);
    const QString shown = QDir::toNativeSeparators(path);
    statusBar()->showMessage(
        choice->entity
            ? tr("%1 %2 written to %3").arg(count, CsvExport::entityName(*choice->entity), shown)
            : tr("The whole database (%1 rows) written to %2").arg(count, shown),
        8000);
}

} // namespace dealboard

#include "mainwindow.h"

#include "exportdialog.h"
#include "filedialog.h"
#include "io/csvexport.h"
#include "io/databasejson.h"
#include "messagebox.h"
#include "storage/database.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QStatusBar>

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

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<qint64> rows =
        choice->entity ? CsvExport(*m_database).writeFile(*choice->entity, path, choice->options)
                       : DatabaseJson(*m_database).writeFile(path);
    QGuiApplication::restoreOverrideCursor();
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

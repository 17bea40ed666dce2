#include "restoreprompt.h"

#include "clock.h"
#include "filedialog.h"
#include "messagebox.h"
#include "storage/backupservice.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard {

QString RestorePrompt::ask(QWidget *parent, const QString &databasePath,
                           const QString &backupFolder)
{
    const QString start =
        QFileInfo::exists(backupFolder) ? backupFolder : QFileInfo(databasePath).absolutePath();
    const QString backup = FileDialog::openFileName(
        parent, tr("Restore a Backup"), start, tr("Dealboard databases (*.db);;All files (*)"));
    if (backup.isEmpty())
        return {};
    const QFileInfo info(backup);
    QString when;
    if (const std::optional<BackupInfo> parsed = BackupService::parseFileName(info.fileName()))
        when = QLocale().toString(parsed->time, QLocale::LongFormat);
    else
        when = QLocale().toString(info.lastModified(), QLocale::LongFormat);
    const QString keptAside =
        Restore::keptAsideName(databasePath, Clock::current().now().toLocalTime());
    const QString text =
        tr("Restore the backup %1 (%2)?\n\nThe backup is checked first. Dealboard then closes "
           "the database, puts the backup in its place and opens it again: the changes made "
           "since the backup will no longer show.\n\nThe current database is not deleted: it is "
           "kept as %3.")
            .arg(QDir::toNativeSeparators(info.absoluteFilePath()), when,
                 QDir::toNativeSeparators(keptAside));
    const QMessageBox::StandardButton answer =
        MessageBox::question(parent, tr("Restore a Backup"), text,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes ? info.absoluteFilePath() : QString();
}

void RestorePrompt::report(QWidget *parent, const Result<RestoreOutcome> &outcome)
{
    if (!outcome) {
        MessageBox::critical(parent, tr("Restore a Backup"),
                             tr("The backup was not restored: %1").arg(outcome.errorMessage()));
        return;
    }
    QString text = tr("Restored %1.").arg(QDir::toNativeSeparators(outcome->backupFile));
    if (!outcome->keptAside.isEmpty())
        text += u"\n\n"_s + tr("The previous database is kept as %1.")
                                .arg(QDir::toNativeSeparators(outcome->keptAside));
    MessageBox::information(parent, tr("Restore a Backup"), text);
}

} // namespace dealboard

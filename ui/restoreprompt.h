#pragma once

#include "result.h"
#include "storage/restore.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace dealboard {

// The questions of File ▸ Restore…: which backup (FileDialog, in the backup folder), then a
// confirmation that says what will happen and where the current database is kept
// (MessageBox::question). Restores nothing: the caller closes its database, calls
// Restore::restore(), opens the database again and shows the outcome with report().
class RestorePrompt
{
    Q_DECLARE_TR_FUNCTIONS(RestorePrompt)

public:
    // The backup the user chose and confirmed; empty when they cancelled.
    static QString ask(QWidget *parent, const QString &databasePath, const QString &backupFolder);
    // Tells the user how it went: where the previous database is kept, or why nothing changed.
    static void report(QWidget *parent, const Result<RestoreOutcome> &outcome);
};

} // namespace dealboard

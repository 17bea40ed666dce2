#pragma once

#include <QString>

namespace dealboard {

// The automatic backup settings, kept in QSettings under backup/…: on, every 4 hours, in
// BackupService::defaultFolder() beside the database unless the user chose a folder.
struct BackupSettings
{
    bool enabled = true;
    int intervalHours = 4;
    QString folder; // empty: the default folder of the database

    static constexpr int kMaxIntervalHours = 7 * 24;

    static BackupSettings load();
    void save() const;
    // The folder backups of `databasePath` go to.
    QString folderFor(const QString &databasePath) const;
};

} // namespace dealboard

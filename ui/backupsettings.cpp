#include "backupsettings.h"

#include "storage/backupservice.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

BackupSettings BackupSettings::load()
{
    const QSettings settings;
    const BackupSettings defaults;
    const int hours = settings.value(u"backup/intervalHours"_s, defaults.intervalHours).toInt();
    return BackupSettings{settings.value(u"backup/enabled"_s, defaults.enabled).toBool(),
                          std::clamp(hours, 1, kMaxIntervalHours),
                          settings.value(u"backup/folder"_s).toString()};
}

void BackupSettings::save() const
{
    QSettings settings;
    settings.setValue(u"backup/enabled"_s, enabled);
    settings.setValue(u"backup/intervalHours"_s, intervalHours);
    settings.setValue(u"backup/folder"_s, folder);
}

QString BackupSettings::folderFor(const QString &databasePath) const
{
    return folder.isEmpty() ? BackupService::defaultFolder(databasePath) : folder;
}

} // namespace dealboard

#pragma once

#include <QDateTime>
#include <QString>

namespace dealboard {

// One automatic backup found in a backup folder. Its time comes from its name (local time, to
// the second); the sequence tells apart two backups made in the same second.
struct BackupInfo
{
    QString path; // absolute
    QString fileName;
    QDateTime time; // local
    int sequence = 1;
    qint64 bytes = 0;
};

} // namespace dealboard

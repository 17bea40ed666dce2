#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// A timestamped backup in the backup folder, then the rotation (7 daily, 4 weekly): what the
// app does on its own, for cron or a systemd timer.
class BackupAutoCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupAutoCommand)

public:
    BackupAutoCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

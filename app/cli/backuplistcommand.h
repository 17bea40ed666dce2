#pragma once

#include "command.h"

namespace dealboard::cli {

// The automatic backups of the database, newest first. Does not open the database.
class BackupListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupListCommand)

public:
    BackupListCommand();

protected:
    int run(const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

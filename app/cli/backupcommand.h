#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class BackupCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

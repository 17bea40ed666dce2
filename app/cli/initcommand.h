#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class InitCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    InitCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

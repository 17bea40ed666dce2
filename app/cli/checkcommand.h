#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class CheckCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    CheckCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class DealAddCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DealAddCommand)

public:
    DealAddCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

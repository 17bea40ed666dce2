#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class DealListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DealListCommand)

public:
    DealListCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class DealMoveCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DealMoveCommand)

public:
    DealMoveCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

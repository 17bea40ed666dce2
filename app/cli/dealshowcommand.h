#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class DealShowCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DealShowCommand)

public:
    DealShowCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class CompanyAddCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompanyAddCommand)

public:
    CompanyAddCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

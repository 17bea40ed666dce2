#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class CompanyListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompanyListCommand)

public:
    CompanyListCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

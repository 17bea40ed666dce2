#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class SellerSetCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(SellerSetCommand)

public:
    SellerSetCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

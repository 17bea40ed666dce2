#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class ProductSetCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProductSetCommand)

public:
    ProductSetCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

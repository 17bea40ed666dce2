#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class ProductAddCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProductAddCommand)

public:
    ProductAddCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

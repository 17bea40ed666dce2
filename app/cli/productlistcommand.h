#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class ProductListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProductListCommand)

public:
    ProductListCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

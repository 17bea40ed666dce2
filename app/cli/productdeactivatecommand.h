#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class ProductDeactivateCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProductDeactivateCommand)

public:
    ProductDeactivateCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

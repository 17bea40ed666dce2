#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class ProductActivateCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProductActivateCommand)

public:
    ProductActivateCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class SellerShowCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(SellerShowCommand)

public:
    SellerShowCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

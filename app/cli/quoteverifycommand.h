#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class QuoteVerifyCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(QuoteVerifyCommand)

public:
    QuoteVerifyCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class QuoteReviseCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(QuoteReviseCommand)

public:
    QuoteReviseCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

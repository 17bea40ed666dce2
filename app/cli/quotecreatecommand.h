#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class QuoteCreateCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(QuoteCreateCommand)

public:
    QuoteCreateCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

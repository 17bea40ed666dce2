#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class QuoteSignCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(QuoteSignCommand)

public:
    QuoteSignCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

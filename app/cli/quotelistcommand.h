#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class QuoteListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(QuoteListCommand)

public:
    QuoteListCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

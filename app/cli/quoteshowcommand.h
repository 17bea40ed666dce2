#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class QuoteShowCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(QuoteShowCommand)

public:
    QuoteShowCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

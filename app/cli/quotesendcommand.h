#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class QuoteSendCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(QuoteSendCommand)

public:
    QuoteSendCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

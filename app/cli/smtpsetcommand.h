#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class SmtpSetCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSetCommand)

public:
    SmtpSetCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

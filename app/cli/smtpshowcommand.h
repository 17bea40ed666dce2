#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class SmtpShowCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmtpShowCommand)

public:
    SmtpShowCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class EmailTemplatesCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(EmailTemplatesCommand)

public:
    EmailTemplatesCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

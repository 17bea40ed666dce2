#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class EmailRenderCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(EmailRenderCommand)

public:
    EmailRenderCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

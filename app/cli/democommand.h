#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class DemoCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    DemoCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

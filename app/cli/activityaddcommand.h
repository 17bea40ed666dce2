#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// Adds a call, email, demo, task or note to a deal.
class ActivityAddCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActivityAddCommand)

public:
    ActivityAddCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

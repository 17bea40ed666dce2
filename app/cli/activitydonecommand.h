#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// Marks an activity done, with how it went and the time it took.
class ActivityDoneCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActivityDoneCommand)

public:
    ActivityDoneCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// The activities: open ones by due date (the playbook's follow-ups made first).
class ActivityListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActivityListCommand)

public:
    ActivityListCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

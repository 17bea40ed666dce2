#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// The open follow-ups as an iCalendar file for the founder's calendar.
class FollowupsIcsCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(FollowupsIcsCommand)

public:
    FollowupsIcsCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

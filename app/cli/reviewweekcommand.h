#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// The weekly ritual (§8.2): deals at risk, the week's wins and losses, new pipeline, objections
// met, the time split against the playbook's target, and the week's priorities.
class ReviewWeekCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewWeekCommand)

public:
    ReviewWeekCommand();
    // --week DATE, any day of the week (default: today's week), with its help.
    static QCommandLineOption weekOption();
    // The Monday of the week asked for; a bad date is refused naming the option.
    static Result<QDate> week(const QCommandLineParser &parser);

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

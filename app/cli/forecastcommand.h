#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// `forecast [--from DATE] [--to DATE] [--as-of DATE]`: the weighted forecast, commit, best case
// and pipeline, now or as the pipeline stood at the end of a past day; with a period, only the
// deals expected to close in it, and how the forecast of each month compared with what was won.
class ForecastCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ForecastCommand)

public:
    ForecastCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

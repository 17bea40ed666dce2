#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// `forecast [--as-of YYYY-MM-DD]`: the weighted forecast, commit, best case and pipeline, now
// or as the pipeline stood at the end of a past day.
class ForecastCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ForecastCommand)

public:
    ForecastCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

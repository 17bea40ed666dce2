#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// `metrics [--from DATE] [--to DATE] [--as-of DATE] [--quota AMOUNT]`: the pipeline metrics of
// a period beside the playbook's targets and the previous period's figures.
class MetricsCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommand)

public:
    MetricsCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

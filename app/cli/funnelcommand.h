#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// `funnel [--from DATE] [--to DATE] [--as-of DATE]`: how far the deals created in a period got,
// and each conversion against the playbook's target.
class FunnelCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(FunnelCommand)

public:
    FunnelCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

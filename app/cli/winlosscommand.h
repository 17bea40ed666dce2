#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// `winloss [--from DATE] [--to DATE] [--as-of DATE]`: why the deals closed in a period were
// lost (reasons, competitors) or won, with their count and MRR.
class WinLossCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(WinLossCommand)

public:
    WinLossCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// `kpis set --month YYYY-MM [--nps N] [--churn PCT] [--expansion PCT] [--cac AMOUNT]`: types in
// the monthly KPIs no data in Dealboard can prove; all of them or none.
class KpisSetCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(KpisSetCommand)

public:
    KpisSetCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// `kpis unset --month YYYY-MM --kpi nps|churn_m1|expansion_m6|cac`: removes one monthly entry.
class KpisUnsetCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(KpisUnsetCommand)

public:
    KpisUnsetCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

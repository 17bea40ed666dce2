#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// `kpis [--from DATE] [--to DATE] [--as-of DATE]`: leads and demos per week, deals closed per
// month, first response, demo show rate and the manual monthly entries of a period.
class KpisCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(KpisCommand)

public:
    KpisCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

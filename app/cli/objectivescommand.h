#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// `objectives [--from DATE] [--to DATE] [--as-of DATE]`: each quarterly objective of the
// playbook against what was closed in it, and the hiring triggers with each of their conditions.
class ObjectivesCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ObjectivesCommand)

public:
    ObjectivesCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

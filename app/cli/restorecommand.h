#pragma once

#include "command.h"

namespace dealboard::cli {

// Puts a backup in place of the database, the current one kept aside. A plain Command: the
// database must not be open while it is replaced (Restore takes its lock).
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    RestoreCommand();

protected:
    int run(const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

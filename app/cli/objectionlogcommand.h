#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// Logs an objection met on a deal, for the weekly review.
class ObjectionLogCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ObjectionLogCommand)

public:
    ObjectionLogCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

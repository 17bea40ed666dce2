#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// Prints the objection library (§6.3) with the user's edits, by category.
class ObjectionListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ObjectionListCommand)

public:
    ObjectionListCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// Writes the week's priorities note (an empty text removes it).
class ReviewPrioritiesCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPrioritiesCommand)

public:
    ReviewPrioritiesCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

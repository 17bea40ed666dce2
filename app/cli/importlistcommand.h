#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// The imports recorded, latest first, with what each created and updated.
class ImportListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportListCommand)

public:
    ImportListCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

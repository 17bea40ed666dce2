#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// `export deals|companies|contacts|activities|quotes FILE [--delimiter ,|;|tab] [--no-bom]`:
// one entity as CSV (UTF-8, with a byte order mark for Excel unless told otherwise);
// `export json FILE`: the whole database as JSON, for `import` into an empty database.
class ExportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

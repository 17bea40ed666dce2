#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// Undoes one import as a whole: what it created is deleted, what it updated is set back.
class ImportUndoCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndoCommand)

public:
    ImportUndoCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

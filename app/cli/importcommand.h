#pragma once

#include "databasecommand.h"
#include "io/importmapping.h"

namespace dealboard::cli {

// Imports a CSV export of HubSpot, Pipedrive or Dealboard (deals, companies or contacts) in
// one transaction, or a whole-database JSON export into an empty database. The mapping is
// guessed and can be corrected with options; --dry-run reports without writing.
class ImportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;

private:
    int importJson(Database &db, const QString &path, const QCommandLineParser &parser);
    // The options' corrections to the scanned mapping; an error names the bad option.
    Status adjust(ImportMapping &mapping, const QCommandLineParser &parser, const Playbook &pb);
};

} // namespace dealboard::cli

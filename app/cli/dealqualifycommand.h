#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// `deal qualify ID --budget N …`: a BANT+ qualification, so the CLI can pass the score gate.
class DealQualifyCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DealQualifyCommand)

public:
    // Also registered as the top-level "qualify", the name the playbook's users know.
    explicit DealQualifyCommand(const QString &name = QStringLiteral("deal qualify"));

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

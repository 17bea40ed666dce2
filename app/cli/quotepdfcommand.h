#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class QuotePdfCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(QuotePdfCommand)

public:
    QuotePdfCommand();
    bool needsGui() const override { return true; }

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

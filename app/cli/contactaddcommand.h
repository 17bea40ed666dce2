#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class ContactAddCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContactAddCommand)

public:
    ContactAddCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class ContactListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContactListCommand)

public:
    ContactListCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

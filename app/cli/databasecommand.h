#pragma once

#include "command.h"
#include "storage/database.h"

namespace dealboard::cli {

// A command that works on the database: opens it (refusals exit with 2) before running.
class DatabaseCommand : public Command
{
protected:
    DatabaseCommand(QString name, QString description,
                    Database::Mode mode = Database::Mode::ReadWrite)
        : Command(std::move(name), std::move(description))
        , m_mode(mode)
    {}
    virtual int runOn(Database &db, const QCommandLineParser &parser) = 0;
    // For a command that writes only as a side effect (the playbook's follow-ups): when the
    // app has the database open, it runs on a read-only connection instead of being refused.
    void setReadOnlyWhenOpenElsewhere() { m_readOnlyWhenBusy = true; }

private:
    int run(const QCommandLineParser &parser) final;
    Database::Mode m_mode;
    bool m_readOnlyWhenBusy = false;
};

} // namespace dealboard::cli

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

private:
    int run(const QCommandLineParser &parser) final;
    Database::Mode m_mode;
};

} // namespace dealboard::cli

#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

class EmailSendCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(EmailSendCommand)

public:
    EmailSendCommand();
    // --attach-quote lays the quote out as a PDF: fonts, so a QGuiApplication.
    bool needsGui() const override { return true; }

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

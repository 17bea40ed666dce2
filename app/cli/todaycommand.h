#pragma once

#include "databasecommand.h"

namespace dealboard::cli {

// The daily ritual: new leads to answer, replies to send, follow-ups due, demos of the day.
class TodayCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(TodayCommand)

public:
    TodayCommand();

protected:
    int runOn(Database &db, const QCommandLineParser &parser) override;
};

} // namespace dealboard::cli

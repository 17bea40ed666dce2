#pragma once

#include <QList>
#include <QString>

namespace dealboard {

// A row the import could not take as it is: the line it starts on and why.
struct ImportProblem
{
    qint64 line = 0;
    QString column; // the header, or empty when the whole row is at fault
    QString message;
};

// What happened (or, in a dry run, would happen) to one row.
struct ImportRowOutcome
{
    enum class Action
    {
        Created,
        Updated,
        Unchanged,
        Skipped,
    };
    qint64 line = 0;
    Action action = Action::Skipped;
    QString label; // the deal's title, the company's or the contact's name
};

struct ImportCounts
{
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
};

struct ImportReport
{
    static constexpr int kOutcomesKept = 1000; // the preview shows the first rows
    static constexpr int kProblemsKept = 1000; // and the first problems

    qint64 batchId = 0; // 0: nothing written (dry run, or problems not skipped)
    qint64 rows = 0;
    qint64 skipped = 0; // rows with a problem, left out
    qint64 deleted = 0; // rows the CRM marks deleted (Pipedrive's status): never imported
    ImportCounts deals;
    ImportCounts companies;
    ImportCounts contacts;
    QList<ImportProblem> problems; // the first kProblemsKept
    qint64 problemCount = 0;
    QList<ImportRowOutcome> outcomes; // the first kOutcomesKept rows
    bool committed = false;
};

} // namespace dealboard

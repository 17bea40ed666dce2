#include "reviewprioritiescommand.h"

#include "reviewweekcommand.h"
#include "storage/weeklynoterepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ReviewPrioritiesCommand::ReviewPrioritiesCommand()
    : DatabaseCommand(u"review priorities"_s,
                      tr("Save the week's priorities for the weekly review (empty: remove them)."))
{
    addPositional({u"text"_s, tr("The priorities; quote them, new lines allowed."), u"TEXT"_s});
    addOption(ReviewWeekCommand::weekOption());
}

int ReviewPrioritiesCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Result<QDate> week = ReviewWeekCommand::week(parser);
    if (!week)
        return fail(week.error());
    const QString text = parser.positionalArguments().at(0);
    if (Status s = WeeklyNoteRepository(db).setPriorities(*week, text); !s)
        return fail(s.error());
    const bool removed = text.trimmed().isEmpty();
    if (json()) {
        printJson(QJsonObject{{u"week_start"_s, week->toString(Qt::ISODate)},
                              {u"priorities"_s, removed ? QJsonValue() : QJsonValue(text)}});
        return Success;
    }
    out() << (removed ? tr("Priorities of the week of %1 removed.")
                      : tr("Priorities of the week of %1 saved."))
                 .arg(week->toString(Qt::ISODate))
          << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

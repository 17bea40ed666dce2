#include "followupsicscommand.h"

#include "clock.h"
#include "io/followupscalendar.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

FollowupsIcsCommand::FollowupsIcsCommand()
    : DatabaseCommand(u"followups ics"_s,
                      tr("Write the open follow-ups to an iCalendar (.ics) file."))
{
    setReadOnlyWhenOpenElsewhere();
    addPositional({u"file"_s, tr("The .ics file to write (replaced if it exists)."), u"FILE"_s});
}

int FollowupsIcsCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().at(0);
    const Result<int> written = FollowUpsCalendar::write(db, path, Clock::current().now());
    if (!written)
        return fail(written.error());
    if (json())
        printJson(QJsonObject{{u"file"_s, path}, {u"events"_s, qint64(*written)}});
    else
        out() << tr("%n follow-up(s) written to %1.", nullptr, *written)
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

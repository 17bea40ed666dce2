#include "followupsicscommand.h"

#include "clock.h"
#include "io/icswriter.h"
#include "rules/followuprules.h"
#include "storage/activityrepository.h"
#include "storage/dealrepository.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

FollowupsIcsCommand::FollowupsIcsCommand()
    : DatabaseCommand(u"followups ics"_s,
                      tr("Write the open follow-ups to an iCalendar (.ics) file."))
{
    addPositional({u"file"_s, tr("The .ics file to write (replaced if it exists)."), u"FILE"_s});
}

int FollowupsIcsCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const QDateTime now = Clock::current().now();
    if (Result<QList<Activity>> made = FollowUpRules::apply(db, now); !made)
        return fail(made.error());
    ActivityQuery open;
    open.openOnly = true;
    const Result<QList<Activity>> activities = ActivityRepository(db).list(open);
    if (!activities)
        return fail(activities.error());
    QList<IcsEntry> entries;
    DealRepository deals(db);
    for (const Activity &a : *activities) {
        const Result<Deal> d = deals.find(a.dealId);
        entries << IcsEntry{a, d ? d->title : QString(), d ? d->companyName : QString()};
    }
    const QString path = parser.positionalArguments().at(0);
    if (Status s = IcsWriter::writeFile(path, entries, now, u"dealboard"_s); !s)
        return fail(s.error());
    if (json())
        printJson(QJsonObject{{u"file"_s, path}, {u"events"_s, qint64(entries.size())}});
    else
        out() << tr("%n follow-up(s) written to %1.", nullptr, int(entries.size()))
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

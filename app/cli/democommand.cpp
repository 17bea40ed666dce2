#include "democommand.h"

#include "demo/demogenerator.h"

#include <QElapsedTimer>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

DemoCommand::DemoCommand()
    : DatabaseCommand(u"demo"_s, tr("Fill the database with realistic sample data."))
{
    addOption({u"deals"_s, tr("Number of deals (default 300)."), u"N"_s, u"300"_s});
    addOption({u"seed"_s, tr("Random seed (default 1): the same seed gives the same data."), u"S"_s,
               u"1"_s});
}

int DemoCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    bool okDeals = false;
    bool okSeed = false;
    DemoGenerator::Options options;
    options.deals = parser.value(u"deals"_s).toInt(&okDeals);
    options.seed = parser.value(u"seed"_s).toUInt(&okSeed);
    if (!okDeals || options.deals < 0)
        return fail(tr("--deals needs a whole number, not \"%1\".").arg(parser.value(u"deals"_s)));
    if (!okSeed)
        return fail(tr("--seed needs a whole number, not \"%1\".").arg(parser.value(u"seed"_s)));
    QElapsedTimer timer;
    timer.start();
    const Result<DemoSummary> summary = DemoGenerator(db).generate(options);
    if (!summary)
        return fail(summary.error());
    if (json()) {
        printJson(QJsonObject{{u"companies"_s, summary->companies},
                              {u"contacts"_s, summary->contacts},
                              {u"deals"_s, summary->deals},
                              {u"events"_s, summary->events},
                              {u"quotes"_s, summary->quotes},
                              {u"milliseconds"_s, timer.elapsed()}});
    } else {
        out() << tr("Added %1 companies, %2 contacts, %3 deals and %4 events in %5 ms.")
                     .arg(summary->companies)
                     .arg(summary->contacts)
                     .arg(summary->deals)
                     .arg(summary->events)
                     .arg(timer.elapsed())
              << Qt::endl;
    }
    return Success;
}

} // namespace dealboard::cli

#include "deallistcommand.h"

#include "analytics/pipelinesummary.h"
#include "cliformat.h"
#include "storage/dealrepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

DealListCommand::DealListCommand()
    : DatabaseCommand(u"deal list"_s, tr("List the deals."), Database::Mode::ReadOnly)
{
    addOption({u"stage"_s, tr("Only the deals in this stage."), u"stage"_s});
}

int DealListCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Playbook &pb = db.playbook();
    DealQuery query;
    query.stage = parser.value(u"stage"_s);
    if (!query.stage.isEmpty() && !pb.stage(query.stage))
        return fail(tr("Unknown stage \"%1\"; use one of: %2.")
                        .arg(query.stage, pb.stageKeys().join(u", "_s)));
    const Result<QList<Deal>> deals = DealRepository(db).list(query);
    if (!deals)
        return fail(deals.error());
    if (json()) {
        QJsonArray array;
        for (const Deal &d : deals.value())
            array.append(toJson(d));
        printJson(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const Deal &d : deals.value())
        rows.append({QString::number(d.id),
                     pb.stage(d.stage) ? pb.stage(d.stage)->name.text() : d.stage, d.companyName,
                     d.title, d.mrr.format(QLocale(), Money::Cents::WhenNeeded)});
    out() << table({tr("ID"), tr("Stage"), tr("Company"), tr("Title"), tr("MRR")}, rows);
    const PipelineSummary sum = PipelineSummary::of(deals.value(), pb);
    out() << tr("%n deal(s); open pipeline %1 MRR, weighted %2.", nullptr, int(deals->size()))
                 .arg(sum.openMrr.format(), sum.weightedMrr.format())
          << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

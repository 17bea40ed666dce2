#include "funnelcommand.h"

#include "analytics/funnel.h"
#include "analytics/kpis.h"
#include "cliformat.h"
#include "playbook/playbook.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

FunnelCommand::FunnelCommand()
    : DatabaseCommand(u"funnel"_s,
                      tr("Show the funnel of the deals created in a period and its conversions."),
                      Database::Mode::ReadOnly)
{
    for (const QCommandLineOption &o : periodOptions())
        addOption(o);
}

int FunnelCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Playbook &pb = db.playbook();
    const Result<PeriodOptions> options = parsePeriodOptions(parser);
    if (!options)
        return fail(options.error());
    const Result<Funnel> funnel = FunnelCalculator::compute(db, pb, options->period, options->asOf);
    if (!funnel)
        return fail(funnel.error());
    const Funnel &f = funnel.value();
    const auto stageName = [&pb](const QString &key) {
        const Stage *s = pb.stage(key);
        return s ? s->name.text() : key;
    };

    if (json()) {
        QJsonArray steps;
        for (const FunnelStep &s : f.steps)
            steps.append(QJsonObject{{u"stage"_s, s.stage}, {u"reached"_s, s.reached}});
        QJsonArray conversions;
        for (const FunnelConversion &c : f.conversions)
            conversions.append(QJsonObject{{u"from"_s, c.from},
                                           {u"to"_s, c.to},
                                           {u"actual_bp"_s, jsonOptional(c.actualBp)},
                                           {u"target_bp"_s, c.targetBp},
                                           {u"gap_bp"_s, jsonOptional(c.gapBp)},
                                           {u"from_count"_s, c.fromCount},
                                           {u"to_count"_s, c.toCount}});
        QJsonObject o = periodJson(f.period, f.asOf);
        o.insert(u"cohort"_s, f.cohort);
        o.insert(u"steps"_s, steps);
        o.insert(u"conversions"_s, conversions);
        printJson(o);
        return Success;
    }

    out() << periodHeading(f.period, f.asOf) << Qt::endl
          << tr("%n deal(s) created in the period.", nullptr, f.cohort) << Qt::endl
          << Qt::endl;
    QList<QStringList> steps;
    for (const FunnelStep &s : f.steps)
        steps.append({stageName(s.stage), QString::number(s.reached),
                      percentText(KpiCalculator::ratioBp(s.reached, f.cohort))});
    out() << table({tr("Stage"), tr("Reached"), tr("Of the cohort")}, steps) << Qt::endl;
    QList<QStringList> conversions;
    for (const FunnelConversion &c : f.conversions)
        conversions.append({tr("%1 → %2").arg(stageName(c.from), stageName(c.to)),
                            percentText(c.actualBp), percentText(c.targetBp), gapText(c.gapBp),
                            tr("%1 of %2").arg(c.toCount).arg(c.fromCount)});
    out() << table({tr("Conversion"), tr("Actual"), tr("Target"), tr("Gap"), tr("Deals")},
                   conversions);
    out().flush();
    return Success;
}

} // namespace dealboard::cli

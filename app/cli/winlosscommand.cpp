#include "winlosscommand.h"

#include "analytics/winloss.h"
#include "cliformat.h"
#include "playbook/playbook.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

WinLossCommand::WinLossCommand()
    : DatabaseCommand(u"winloss"_s, tr("Show why the deals closed in a period were won or lost."),
                      Database::Mode::ReadOnly)
{
    for (const QCommandLineOption &o : periodOptions())
        addOption(o);
}

int WinLossCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Playbook &pb = db.playbook();
    const Result<PeriodOptions> options = parsePeriodOptions(parser);
    if (!options)
        return fail(options.error());
    const Result<WinLoss> result =
        WinLossCalculator::compute(db, pb, options->period, options->asOf);
    if (!result)
        return fail(result.error());
    const WinLoss &w = result.value();
    const auto lostName = [&pb](const QString &key) {
        const LostReason *r = pb.lostReason(key);
        return r ? r->name.text() : key;
    };
    const auto wonName = [&pb](const QString &key) {
        if (key.isEmpty())
            return tr("not given");
        const LostReason *r = pb.wonReason(key);
        return r ? r->name.text() : key;
    };

    if (json()) {
        const auto rows = [](const QList<ReasonCount> &counts, const QString &key,
                             const auto &value) {
            QJsonArray a;
            for (const ReasonCount &c : counts)
                a.append(QJsonObject{
                    {key, value(c)}, {u"count"_s, c.count}, {u"mrr_cents"_s, c.mrr.cents()}});
            return a;
        };
        QJsonObject o = periodJson(w.period, w.asOf);
        o.insert(u"won"_s, w.won);
        o.insert(u"lost"_s, w.lost);
        o.insert(u"won_mrr_cents"_s, w.wonMrr.cents());
        o.insert(u"lost_mrr_cents"_s, w.lostMrr.cents());
        o.insert(u"lost_reasons"_s, rows(w.lostReasons, u"reason"_s,
                                         [](const ReasonCount &c) { return QJsonValue(c.key); }));
        o.insert(u"competitors"_s, rows(w.competitors, u"competitor"_s, [](const ReasonCount &c) {
                     return QJsonValue(c.competitor);
                 }));
        // A won event without a reason: null.
        o.insert(u"won_reasons"_s, rows(w.wonReasons, u"reason"_s, [](const ReasonCount &c) {
                     return c.key.isEmpty() ? QJsonValue() : QJsonValue(c.key);
                 }));
        printJson(o);
        return Success;
    }

    const auto section = [this](const QString &title, const QList<ReasonCount> &counts,
                                const auto &name) {
        QList<QStringList> rows;
        for (const ReasonCount &c : counts)
            rows.append({name(c), QString::number(c.count), moneyText(c.mrr)});
        out() << Qt::endl;
        if (rows.isEmpty())
            out() << tr("%1: none").arg(title) << Qt::endl;
        else
            out() << table({title, tr("Deals"), tr("MRR")}, rows);
    };
    out() << periodHeading(w.period, w.asOf) << Qt::endl
          << tr("Won: %1 (%2) · Lost: %3 (%4)")
                 .arg(QString::number(w.won), moneyText(w.wonMrr), QString::number(w.lost),
                      moneyText(w.lostMrr))
          << Qt::endl;
    section(tr("Lost reason"), w.lostReasons,
            [&lostName](const ReasonCount &c) { return lostName(c.key); });
    section(tr("Competitor"), w.competitors, [](const ReasonCount &c) { return c.competitor; });
    section(tr("Won reason"), w.wonReasons,
            [&wonName](const ReasonCount &c) { return wonName(c.key); });
    out().flush();
    return Success;
}

} // namespace dealboard::cli

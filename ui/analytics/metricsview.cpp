#include "metricsview.h"

#include "analytics/pipelinemetrics.h"
#include "figureformat.h"
#include "metrictile.h"
#include "playbook/playbook.h"

#include <QGridLayout>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// "▲ +3.1 pts vs previous period" for ratios; money and days compare as amounts.
QString trend(const QString &change, bool up, bool same)
{
    if (same)
        return MetricsView::tr("= previous period");
    return MetricsView::tr("%1 %2 vs previous period")
        .arg(up ? QString(QChar(0x25B2)) : QString(QChar(0x25BC)), change);
}

QString ratioTrend(const std::optional<int> &now, const std::optional<int> &before)
{
    if (!now || !before)
        return {};
    return trend(FigureFormat::points(*now - *before), *now > *before, *now == *before);
}

QString moneyTrend(const std::optional<Money> &now, const std::optional<Money> &before)
{
    if (!now || !before)
        return {};
    const qint64 diff = now->cents() - before->cents();
    return trend(Money(std::abs(diff), now->currency()).format(QLocale(), Money::Cents::WhenNeeded),
                 diff > 0, diff == 0);
}

MetricTile::State against(const std::optional<qint64> &value, qint64 target, bool higherIsBetter)
{
    if (!value)
        return MetricTile::State::Neutral;
    const bool met = higherIsBetter ? *value >= target : *value <= target;
    return met ? MetricTile::State::Met : MetricTile::State::Missed;
}

} // namespace

MetricsView::MetricsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"metricsView"_s);
    auto *grid = new QGridLayout(this);
    const QList<MetricTile *> tiles{
        add(u"pipelineTotal"_s, tr("Pipeline"),
            tr("MRR of the open deals from Qualified on, as of the chosen day.")),
        add(u"pipelineAnnualised"_s, tr("Pipeline, annualised"), tr("Pipeline MRR × 12.")),
        add(u"coverage"_s, tr("Coverage"),
            tr("Pipeline ÷ quota; the quota is the new-MRR objective of the quarter the period "
               "ends in.")),
        add(u"winRate"_s, tr("Win rate"),
            tr("Won ÷ (won + lost), over the deals closed in the period.")),
        add(u"qualifiedWinRate"_s, tr("Qualified win rate"),
            tr("Won ÷ the deals closed in the period that had reached Demo.")),
        add(u"averageDeal"_s, tr("Average deal size"),
            tr("Mean MRR of the deals won in the period.")),
        add(u"cycle"_s, tr("Average cycle"),
            tr("Mean days from creation to Won, over the deals won in the period.")),
        add(u"velocity"_s, tr("Sales velocity"),
            tr("Open deals × win rate × average deal size ÷ average cycle: the MRR the "
               "pipeline brings per day.")),
        add(u"newMrr"_s, tr("New MRR"), tr("MRR of the deals won in the period.")),
    };
    const int columns = 3;
    for (int i = 0; i < tiles.size(); ++i)
        grid->addWidget(tiles.at(i), i / columns, i % columns);
    grid->setRowStretch(int(tiles.size() + columns - 1) / columns, 1);
}

MetricTile *MetricsView::add(const QString &name, const QString &caption, const QString &how)
{
    auto *t = new MetricTile(name, caption, how, this);
    return t;
}

MetricTile *MetricsView::tile(const QString &objectName) const
{
    return findChild<MetricTile *>(objectName);
}

void MetricsView::show(const PipelineMetrics &m, const PipelineMetrics &b, const Playbook &pb)
{
    const QJsonObject targets = pb.section(u"kpiTargets"_s).toObject();
    const auto target = [&targets](const char *key) {
        return targets.value(QLatin1StringView(key)).toInteger();
    };
    const QString cur = pb.currency();

    MetricTile *t = tile(u"pipelineTotal"_s);
    t->setValue(FigureFormat::money(m.pipeline));
    t->setTarget(tr("%Ln open deal(s)", nullptr, m.openDeals));
    t->setTrend(moneyTrend(m.pipeline, b.pipeline));

    const qint64 annualTarget = target("pipelineAnnualisedCents");
    t = tile(u"pipelineAnnualised"_s);
    t->setValue(FigureFormat::money(m.pipelineAnnualised),
                against(m.pipelineAnnualised.cents(), annualTarget, true));
    t->setTarget(tr("Target %1").arg(FigureFormat::money(Money(annualTarget, cur))));
    t->setTrend(moneyTrend(m.pipelineAnnualised, b.pipelineAnnualised));

    const qint64 coverageTarget = target("pipelineCoverageX100");
    t = tile(u"coverage"_s);
    t->setValue(FigureFormat::times(m.coverageX100),
                against(m.coverageX100 ? std::optional<qint64>(*m.coverageX100) : std::nullopt,
                        coverageTarget, true));
    t->setTarget(
        m.quota ? tr("Target %1 of a %2 quota")
                      .arg(FigureFormat::times(int(coverageTarget)), FigureFormat::money(*m.quota))
                : tr("No objective for this quarter: no quota"));
    t->setTrend({});

    const auto ratioTile = [&](const QString &name, const std::optional<int> &now,
                               const std::optional<int> &before, qint64 goal,
                               const QString &detail) {
        MetricTile *r = tile(name);
        r->setValue(FigureFormat::percent(now),
                    against(now ? std::optional<qint64>(*now) : std::nullopt, goal, true));
        r->setTarget(tr("Target %1 · %2").arg(FigureFormat::percent(int(goal)), detail));
        r->setTrend(ratioTrend(now, before));
    };
    ratioTile(u"winRate"_s, m.winRateBp, b.winRateBp, target("winRateBp"),
              tr("%1 won, %2 lost").arg(m.won).arg(m.lost));
    ratioTile(u"qualifiedWinRate"_s, m.qualifiedWinRateBp, b.qualifiedWinRateBp,
              target("qualifiedWinRateBp"),
              tr("%1 of %2 past Demo").arg(m.wonReachedDemo).arg(m.closedReachedDemo));

    const qint64 dealTarget = target("averageDealSizeCents");
    t = tile(u"averageDeal"_s);
    t->setValue(FigureFormat::money(m.averageDealSize),
                against(m.averageDealSize ? std::optional<qint64>(m.averageDealSize->cents())
                                          : std::nullopt,
                        dealTarget, true));
    t->setTarget(tr("Target %1").arg(FigureFormat::money(Money(dealTarget, cur))));
    t->setTrend(moneyTrend(m.averageDealSize, b.averageDealSize));

    const qint64 cycleTarget = target("assistedCycleDays");
    t = tile(u"cycle"_s);
    t->setValue(FigureFormat::days(m.averageCycleDays),
                against(m.averageCycleDays ? std::optional<qint64>(qint64(*m.averageCycleDays))
                                           : std::nullopt,
                        cycleTarget, false));
    t->setTarget(tr("Target %1 (assisted sales)").arg(FigureFormat::days(double(cycleTarget))));
    if (m.averageCycleDays && b.averageCycleDays) {
        const double diff = *m.averageCycleDays - *b.averageCycleDays;
        t->setTrend(trend(FigureFormat::days(std::abs(diff)), diff > 0, diff == 0.0));
    } else {
        t->setTrend({});
    }

    t = tile(u"velocity"_s);
    t->setValue(m.velocityPerDay ? tr("%1 / day").arg(FigureFormat::money(*m.velocityPerDay))
                                 : FigureFormat::none());
    t->setTarget(tr("Higher is better"));
    t->setTrend(moneyTrend(m.velocityPerDay, b.velocityPerDay));

    t = tile(u"newMrr"_s);
    t->setValue(FigureFormat::money(m.newMrr));
    t->setTarget(tr("%Ln deal(s) won", nullptr, m.won));
    t->setTrend(moneyTrend(m.newMrr, b.newMrr));
}

} // namespace dealboard

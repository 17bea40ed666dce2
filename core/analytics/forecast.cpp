#include "forecast.h"

#include "playbook/playbook.h"

#include <QHash>

#include <map>

namespace dealboard {

namespace {

// Sums kept in cents (weighted: cents × percent) and turned into Money at the end.
struct Totals
{
    qint64 weightedCentPercent = 0;
    qint64 commit = 0;
    qint64 bestCase = 0;
    qint64 pipeline = 0;
    qint64 open = 0;
    int deals = 0;
};

Money weightedMoney(qint64 centPercent, const QString &currency)
{
    // Rounded once, half away from zero.
    return Money(centPercent, currency).scaled(1, 100).value();
}

} // namespace

Forecast ForecastCalculator::compute(const QList<Deal> &deals, const Playbook &pb,
                                     const std::optional<Period> &period)
{
    const QList<Stage> &stages = pb.stages();
    QHash<QString, int> probability; // open stages only
    QString commitStage;
    int commitIndex = -1;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const Stage &s = stages.at(i);
        if (!s.isOpen())
            continue;
        probability.insert(s.key, s.probability);
        if (s.probability < 100 &&
            (commitIndex < 0 || s.probability >= stages.at(commitIndex).probability)) {
            commitIndex = int(i);
            commitStage = s.key;
        }
    }
    // The open stage just before the commit stage, in playbook order.
    QString bestCaseStage;
    for (int i = commitIndex - 1; i >= 0; --i) {
        if (stages.at(i).isOpen()) {
            bestCaseStage = stages.at(i).key;
            break;
        }
    }

    Totals all;
    std::map<QDate, Totals> months; // an invalid QDate sorts first; moved last below
    for (const Deal &d : deals) {
        const auto it = probability.constFind(d.stage);
        if (it == probability.cend())
            continue;
        if (period && !(d.expectedClose.isValid() && period->contains(d.expectedClose)))
            continue;
        const qint64 mrr = d.mrr.cents();
        const QDate month = d.expectedClose.isValid()
                                ? QDate(d.expectedClose.year(), d.expectedClose.month(), 1)
                                : QDate();
        Totals &m = months[month];
        for (Totals *t : {&all, &m}) {
            ++t->deals;
            t->open += mrr;
            t->weightedCentPercent += mrr * it.value();
            if (it.value() > 0)
                t->pipeline += mrr;
            const bool commit =
                !commitStage.isEmpty() && d.stage == commitStage && d.verbalAgreement;
            if (commit)
                t->commit += mrr;
            if (commit ||
                (!bestCaseStage.isEmpty() && d.stage == bestCaseStage && d.timelineConfirmed))
                t->bestCase += mrr;
        }
    }

    const QString cur = pb.currency();
    Forecast f;
    f.weighted = weightedMoney(all.weightedCentPercent, cur);
    f.commit = Money(all.commit, cur);
    f.bestCase = Money(all.bestCase, cur);
    f.pipeline = Money(all.pipeline, cur);
    f.openMrr = Money(all.open, cur);
    f.openDeals = all.deals;
    const auto toMonth = [&cur](const QDate &month, const Totals &t) {
        MonthForecast m;
        m.month = month;
        m.weighted = weightedMoney(t.weightedCentPercent, cur);
        m.commit = Money(t.commit, cur);
        m.bestCase = Money(t.bestCase, cur);
        m.pipeline = Money(t.pipeline, cur);
        m.deals = t.deals;
        return m;
    };
    for (const auto &[month, totals] : months)
        if (month.isValid())
            f.byMonth.append(toMonth(month, totals));
    if (const auto it = months.find(QDate()); it != months.end())
        f.byMonth.append(toMonth(it->first, it->second));
    return f;
}

} // namespace dealboard

#include "pipelinesummary.h"

#include "playbook/playbook.h"

#include <QHash>

namespace dealboard {

PipelineSummary PipelineSummary::of(const QList<Deal> &deals, const Playbook &playbook)
{
    QHash<QString, int> probability; // open stages only
    for (const Stage &s : playbook.stages())
        if (s.isOpen())
            probability.insert(s.key, s.probability);
    PipelineSummary sum;
    qint64 open = 0;
    qint64 weightedBp = 0; // in cent × percent, rounded once at the end
    qint64 pipeline = 0;
    for (const Deal &d : deals) {
        const auto it = probability.constFind(d.stage);
        if (it == probability.cend())
            continue;
        ++sum.openDeals;
        open += d.mrr.cents();
        weightedBp += d.mrr.cents() * it.value();
        if (it.value() > 0)
            pipeline += d.mrr.cents();
    }
    sum.openMrr = Money(open, playbook.currency());
    sum.pipelineMrr = Money(pipeline, playbook.currency());
    sum.weightedMrr = Money(weightedBp, playbook.currency()).scaled(1, 100).value();
    return sum;
}

} // namespace dealboard

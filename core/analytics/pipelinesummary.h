#pragma once

#include "model/deal.h"
#include "money.h"

#include <QList>

namespace dealboard {

class Playbook;

// Totals of the open pipeline, as the status bar and `deal list` show them.
struct PipelineSummary
{
    int openDeals = 0;
    Money openMrr;     // Σ MRR of open deals
    Money weightedMrr; // Σ MRR × stage probability, rounded once (half away from zero)
    Money pipelineMrr; // Σ MRR of the open deals in a stage above 0 % (the forecast's pipeline)

    static PipelineSummary of(const QList<Deal> &deals, const Playbook &playbook);
};

} // namespace dealboard

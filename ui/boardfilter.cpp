#include "boardfilter.h"

#include "playbook/playbook.h"

using namespace Qt::StringLiterals;

namespace dealboard {

bool BoardFilter::isEmpty() const
{
    return text.isEmpty() && segment.isEmpty() && band.isEmpty() && owner.isEmpty() &&
           !onlyRotting && !onlyOverdue;
}

bool BoardFilter::isRotting(const Deal &deal, const Playbook &playbook, const QDate &today)
{
    const Stage *stage = playbook.stage(deal.stage);
    if (!stage || !stage->isOpen() || stage->rottingDays <= 0)
        return false;
    return deal.stageEnteredAt.date().daysTo(today) > stage->rottingDays;
}

bool BoardFilter::isOverdue(const Deal &deal, const QDate &today)
{
    return deal.nextStepDue.isValid() && deal.nextStepDue < today;
}

QString BoardFilter::bandKey(const Deal &deal, const Playbook &playbook)
{
    if (!deal.bantTotal)
        return {};
    const BantBand *band = playbook.bandFor(*deal.bantTotal);
    return band ? band->key : QString();
}

bool BoardFilter::accepts(const Deal &deal, const Playbook &playbook, const QDate &today) const
{
    if (!segment.isEmpty() && deal.companySegment != segment)
        return false;
    if (!owner.isEmpty() && deal.owner != owner)
        return false;
    if (!band.isEmpty()) {
        const QString key = bandKey(deal, playbook);
        if (band == "unscored"_L1 ? !key.isEmpty() : key != band)
            return false;
    }
    if (onlyRotting && !isRotting(deal, playbook, today))
        return false;
    if (onlyOverdue && !isOverdue(deal, today))
        return false;
    if (!text.isEmpty() && !deal.companyName.contains(text, Qt::CaseInsensitive) &&
        !deal.title.contains(text, Qt::CaseInsensitive) &&
        !deal.contactName.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace dealboard

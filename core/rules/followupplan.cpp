#include "followupplan.h"

#include "playbook/playbook.h"

using namespace Qt::StringLiterals;

namespace dealboard {

QList<Activity> FollowUpPlan::forBand(const Playbook &playbook, const BantBand &band, qint64 dealId,
                                      const QDate &today)
{
    Q_UNUSED(playbook)
    auto make = [dealId](Activity::Kind kind, const QString &title, const QDate &due) {
        Activity a;
        a.dealId = dealId;
        a.kind = kind;
        a.title = title;
        a.due = due;
        return a;
    };
    const QDate due = today.addDays(band.followUpDays.value_or(0));
    if (band.key == "hot"_L1)
        return {make(Activity::Kind::Demo, tr("Demo call (fast track, this week)"), due)};
    if (band.key == "warm"_L1)
        return {make(Activity::Kind::Call, tr("Call (nurture, within 2 weeks)"), due)};
    if (band.key == "cool"_L1)
        return {make(Activity::Kind::Email, tr("Start the nurture email sequence"), today),
                make(Activity::Kind::Task, tr("Requalify"), due)};
    // Cold, or a band this version does not know: decide now.
    return {make(Activity::Kind::Task, tr("Disqualify or send to self-service"), today)};
}

} // namespace dealboard

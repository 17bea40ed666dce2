#pragma once

#include "model/activity.h"

#include <QCoreApplication>
#include <QList>

namespace dealboard {

class Playbook;
struct BantBand;

// The follow-ups the playbook sets after a qualification (§2.2, §6.1): Hot, a demo call this
// week; Warm, a call within 2 weeks; Cool, the nurture email sequence and a requalification in
// a month; Cold, disqualify or send to self-service. Due dates come from the band's
// followUpDays in the playbook. The user reviews them before they are created.
class FollowUpPlan
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpPlan)

public:
    static QList<Activity> forBand(const Playbook &playbook, const BantBand &band, qint64 dealId,
                                   const QDate &today);
    // Cold: the playbook proposes to mark the deal lost with this reason.
    static QString disqualifyReason() { return QStringLiteral("no-fit"); }
};

} // namespace dealboard

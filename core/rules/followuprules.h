#pragma once

#include "model/activity.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace dealboard {

class Database;

// The follow-ups the playbook makes by itself (§6, annex A), each once per deal and trigger
// (the activity's `rule`), then visible and editable like any other:
// - a new inbound lead (first stage, created within the day, not outbound, not imported, no
//   call or email yet): "reply within 4 hours", due 4 hours after it came in;
// - a demo planned: the prep checklist the day before (§6.2 "Pré-demo") and the recap email
//   2 hours after it;
// - a demo done (within the week): the post-demo follow-up at D+1 (template "post-demo");
// - a quote still unanswered 7 days after it was sent (within the month): the silent
//   follow-up, due that day;
// - a deal lost "not now" (timing, within the month): recontact in 3 months.
// The windows keep an import of old deals from flooding the Today view.
class FollowUpRules
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRules)

public:
    static constexpr int kReplyHours = 4;
    static constexpr int kRecapHours = 2;
    static constexpr int kSilentDays = 7;
    static constexpr int kRecontactMonths = 3;

    // What the rules would add now; nothing is written.
    static Result<QList<Activity>> missing(Database &db, const QDateTime &now);
    // apply() on a writable database (returns nothing to add); on a read-only one, the
    // follow-ups that would be made, for the caller to show beside the stored ones.
    static Result<QList<Activity>> applyOrPreview(Database &db, const QDateTime &now);
    // Adds them, in one transaction; returns what was added.
    static Result<QList<Activity>> apply(Database &db, const QDateTime &now);
};

} // namespace dealboard

#pragma once

#include "model/activity.h"
#include "result.h"

#include <QString>

#include <optional>

namespace dealboard {

class Database;

// Which template a deal calls for, and which of the playbook's follow-ups (activities made by
// FollowUpRules, see their `rule`) an email of that template answers: sending the inbound
// reply closes the "inbound-reply" follow-up, the post-demo email "post-demo:…", and so on.
class EmailFollowUp
{
public:
    // Whether an activity made by `rule` is answered by an email of `templateKey`.
    static bool answers(const QString &templateKey, const QString &rule);
    // The deal's open follow-up the template answers, the one due first; nullopt when none.
    static Result<std::optional<Activity>> openFollowUp(Database &db, qint64 dealId,
                                                        const QString &templateKey);
    // The template to start from: the one an open follow-up of the deal calls for (due first),
    // else the one its stage suggests (lead: inbound reply, qualified: recap, demo: post-demo,
    // proposal and after: silent follow-up, lost: nurture).
    static Result<QString> suggestedTemplate(Database &db, qint64 dealId);
};

} // namespace dealboard

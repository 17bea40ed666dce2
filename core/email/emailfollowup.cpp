#include "emailfollowup.h"

#include "email/emailtemplates.h"
#include "playbook/playbook.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// The open rule-made follow-ups of a deal, the one due first first.
Result<QList<Activity>> openRuleFollowUps(Database &db, qint64 dealId)
{
    ActivityQuery query;
    query.dealId = dealId;
    query.openOnly = true;
    Result<QList<Activity>> all = ActivityRepository(db).list(query);
    if (!all)
        return all.error();
    QList<Activity> out;
    for (const auto &a : all.value())
        if (!a.rule.isEmpty() && !a.isDone())
            out.append(a);
    std::stable_sort(out.begin(), out.end(),
                     [](const Activity &a, const Activity &b) { return a.dueAt() < b.dueAt(); });
    return out;
}

} // namespace

bool EmailFollowUp::answers(const QString &templateKey, const QString &rule)
{
    if (templateKey == "inbound-reply"_L1)
        return rule == "inbound-reply"_L1;
    if (templateKey == "post-demo"_L1)
        return rule.startsWith("post-demo:"_L1) || rule.startsWith("demo-recap:"_L1);
    if (templateKey == "silent-followup"_L1)
        return rule.startsWith("silent:"_L1);
    if (templateKey == "nurture"_L1)
        return rule == "recontact"_L1;
    return false; // the qualified recap answers no rule of its own
}

Result<std::optional<Activity>> EmailFollowUp::openFollowUp(Database &db, qint64 dealId,
                                                            const QString &templateKey)
{
    const Result<QList<Activity>> open = openRuleFollowUps(db, dealId);
    if (!open)
        return open.error();
    for (const auto &a : open.value())
        if (answers(templateKey, a.rule))
            return std::optional<Activity>(a);
    return std::optional<Activity>();
}

Result<QString> EmailFollowUp::suggestedTemplate(Database &db, qint64 dealId)
{
    const Result<QList<Activity>> open = openRuleFollowUps(db, dealId);
    if (!open)
        return open.error();
    for (const auto &a : open.value())
        for (const auto &key : EmailTemplates::keys())
            if (answers(key, a.rule))
                return key;
    const Result<Deal> deal = DealRepository(db).find(dealId);
    if (!deal)
        return deal.error();
    const QString &stage = deal->stage;
    if (stage == db.playbook().lostStage())
        return u"nurture"_s;
    if (stage == "qualified"_L1)
        return u"qualified-recap"_s;
    if (stage == "demo"_L1)
        return u"post-demo"_s;
    if (stage == "proposal"_L1 || stage == "nego"_L1)
        return u"silent-followup"_s;
    return u"inbound-reply"_s;
}

} // namespace dealboard

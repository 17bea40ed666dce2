#pragma once

#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dealboard {

class Database;
class Playbook;

// An open deal the weekly review flags (§8.2 "deals à risque"), with every reason that applies.
struct AtRiskDeal
{
    enum class Reason
    {
        Rotting,          // longer in its stage than the playbook's limit
        PastClose,        // the expected close date has passed
        NoNextStep,       // no next step written and no open activity
        StalledAfterDemo, // in the demo stage past its limit, or nothing done since the demo
    };
    static QString reasonKey(Reason reason);

    qint64 dealId = 0;
    QString title;
    QString company;
    QString stage;
    Money mrr;
    int daysInStage = 0;
    QDate expectedClose;
    QList<Reason> reasons;
};

// A deal won or lost during the week, from its closing event.
struct ClosedDeal
{
    qint64 dealId = 0;
    QString title;
    QString company;
    Money mrr;
    QDateTime closedAt; // UTC
    QString reason;     // the playbook's won- or lost-reason key (may be empty)
    QString reasonName; // its name in the playbook, else the key
    QString competitor; // lost to a competitor
};

struct CategoryCount
{
    QString category;
    int count = 0;
};

struct TimeShare
{
    QString category;
    int minutes = 0;
    int targetPercent = 0;
};

// Everything the weekly review shows for one week (Monday to Sunday, local time).
struct WeekReview
{
    QDate weekStart; // a Monday
    QList<AtRiskDeal> atRisk;
    QList<ClosedDeal> wins;
    QList<ClosedDeal> losses;
    int newDeals = 0;
    Money newMrr;
    QList<CategoryCount> objections; // every category, in a fixed order
    QList<TimeShare> timeSplit;      // every time category, in Activity::categories() order
    int categorisedMinutes = 0;
    int uncategorisedMinutes = 0;
    QString priorities;

    Money wonMrr() const;
    Money lostMrr() const;
};

class WeeklyReview
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReview)

public:
    // The Monday of `day`'s week.
    static QDate weekOf(const QDate &day);
    // The week's bounds as epoch ms: local midnight of its Monday, and of the next one.
    static qint64 startMs(const QDate &weekStart);
    static qint64 endMs(const QDate &weekStart) { return startMs(weekStart.addDays(7)); }
    // The categories of met objections (the deal_objections table), in display order.
    static QStringList objectionCategories();
    // Names for the user.
    static QString reasonText(AtRiskDeal::Reason reason);
    static QString objectionCategoryName(const QString &category);
    static QString timeCategoryName(const QString &category); // Activity::categories()

    // The review of the week of `weekStart` (any day of it is taken as its Monday). The deals at
    // risk are those of `now`, whatever the week; the rest is what happened in the week.
    static Result<WeekReview> build(Database &db, const Playbook &pb, const QDate &weekStart,
                                    const QDateTime &now);
};

} // namespace dealboard

#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace dealboard {

class PlaybookParser;

// How the founder means to split the week (§1.1): a percentage per activity time category
// (Activity::categories()), summing to 100. The weekly review sets the logged minutes against it.
struct TimeSplit
{
    Q_DECLARE_TR_FUNCTIONS(TimeSplit)

public:
    struct Target
    {
        QString category;
        int percent = 0;
    };
    QList<Target> targets; // in Activity::categories() order

    int percent(const QString &category) const;
    // §1.1: 30 / 25 / 20 / 15 / 10 %, for a playbook without a "timeSplit" section.
    static TimeSplit defaults();
    // The "timeSplit" object: keys are categories, values percents summing to 100; a category
    // left out gets 0. Problems go to `p` with their path.
    static TimeSplit parse(PlaybookParser &p, const QJsonValue &value, const QString &path);
};

} // namespace dealboard

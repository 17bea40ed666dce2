#include "timesplit.h"

#include "model/activity.h"
#include "playbookparser.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard {

int TimeSplit::percent(const QString &category) const
{
    for (const Target &t : targets)
        if (t.category == category)
            return t.percent;
    return 0;
}

TimeSplit TimeSplit::defaults()
{
    const QStringList categories = Activity::categories();
    const int percents[] = {30, 25, 20, 15, 10};
    TimeSplit split;
    for (qsizetype i = 0; i < categories.size(); ++i)
        split.targets.append({categories.at(i), i < 5 ? percents[i] : 0});
    return split;
}

TimeSplit TimeSplit::parse(PlaybookParser &p, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = p.object(value, path);
    TimeSplit split;
    if (p.failed())
        return split;
    const QStringList categories = Activity::categories();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!categories.contains(it.key()))
            p.fail(path + u'.' + it.key(),
                   tr("unknown time category (expected one of %1)").arg(categories.join(u", "_s)));
    int sum = 0;
    for (const QString &category : categories) {
        const int percent = o.contains(category) ? p.integer(o, path, category, 0, 100) : 0;
        split.targets.append({category, percent});
        sum += percent;
    }
    if (!p.failed() && sum != 100)
        p.fail(path, tr("the percentages add up to %1, not 100").arg(sum));
    return split;
}

} // namespace dealboard

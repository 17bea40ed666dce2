#include "objective.h"

#include "playbook.h"
#include "playbookparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dealboard {

Objective Objective::parse(PlaybookParser &p, const QJsonObject &o, const QString &path)
{
    Objective obj;
    obj.quarter = p.string(o, path, u"quarter"_s);
    static const QRegularExpression quarterKey(u"^\\d{4}-Q[1-4]$"_s);
    if (!p.failed() && !quarterKey.match(obj.quarter).hasMatch())
        p.fail(path + u".quarter"_s, Playbook::tr("expected a quarter such as 2025-Q1"));
    obj.newMrrCents = p.integer64(o, path, u"newMrrCents"_s);
    obj.totalMrrCents = p.integer64(o, path, u"totalMrrCents"_s);
    obj.dealsMin = p.integer(o, path, u"dealsMin"_s, 0, 1000000);
    obj.dealsMax = p.integer(o, path, u"dealsMax"_s, obj.dealsMin, 1000000);
    obj.averageDealCents = p.integer64(o, path, u"averageDealCents"_s);
    obj.winRateBp = p.integer(o, path, u"winRateBp"_s, 0, 10000);
    obj.focus = LocalizedText::fromJson(o.value("focus"_L1));
    for (const auto &[key, value] : {std::pair{u"newMrrCents"_s, obj.newMrrCents},
                                     std::pair{u"totalMrrCents"_s, obj.totalMrrCents},
                                     std::pair{u"averageDealCents"_s, obj.averageDealCents}}) {
        if (value < 0)
            p.fail(path + u'.' + key, Playbook::tr("cannot be negative"));
    }
    return obj;
}

QJsonObject Objective::toJson() const
{
    return {{u"quarter"_s, quarter},
            {u"newMrrCents"_s, newMrrCents},
            {u"totalMrrCents"_s, totalMrrCents},
            {u"dealsMin"_s, dealsMin},
            {u"dealsMax"_s, dealsMax},
            {u"averageDealCents"_s, averageDealCents},
            {u"winRateBp"_s, winRateBp},
            {u"focus"_s, QJsonObject{{u"en"_s, focus.en}, {u"fr"_s, focus.fr}}}};
}

} // namespace dealboard

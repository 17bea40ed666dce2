#include "activity.h"

using namespace Qt::StringLiterals;

namespace dealboard {

QString Activity::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Call:
        return u"call"_s;
    case Kind::Email:
        return u"email"_s;
    case Kind::Demo:
        return u"demo"_s;
    case Kind::Task:
        return u"task"_s;
    case Kind::Note:
        return u"note"_s;
    }
    return u"task"_s;
}

Activity::Kind Activity::kindFromKey(const QString &key)
{
    for (const Kind k : kinds())
        if (kindKey(k) == key)
            return k;
    if (key == "meeting"_L1)
        return Kind::Demo;
    return Kind::Task;
}

QList<Activity::Kind> Activity::kinds()
{
    return {Kind::Call, Kind::Email, Kind::Demo, Kind::Task, Kind::Note};
}

QStringList Activity::categories()
{
    return {u"inbound"_s, u"demos"_s, u"pipeline"_s, u"customer-success"_s, u"partnerships"_s};
}

} // namespace dealboard

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
    }
    return u"task"_s;
}

Activity::Kind Activity::kindFromKey(const QString &key)
{
    if (key == "call"_L1)
        return Kind::Call;
    if (key == "email"_L1)
        return Kind::Email;
    if (key == "demo"_L1)
        return Kind::Demo;
    return Kind::Task;
}

} // namespace dealboard

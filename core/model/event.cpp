#include "event.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
const std::array<std::pair<Event::Kind, QLatin1StringView>, 10> kKinds{{
    {Event::Kind::Created, "created"_L1},
    {Event::Kind::Edited, "edited"_L1},
    {Event::Kind::Moved, "moved"_L1},
    {Event::Kind::Lost, "lost"_L1},
    {Event::Kind::Won, "won"_L1},
    {Event::Kind::Deleted, "deleted"_L1},
    {Event::Kind::Restored, "restored"_L1},
    {Event::Kind::Checked, "checked"_L1},
    {Event::Kind::Qualified, "qualified"_L1},
    {Event::Kind::Undone, "undone"_L1},
}};
} // namespace

QString Event::kindKey(Kind kind)
{
    for (const auto &[k, key] : kKinds)
        if (k == kind)
            return key;
    return {};
}

Event::Kind Event::kindFromKey(const QString &key)
{
    for (const auto &[k, name] : kKinds)
        if (name == key)
            return k;
    return Kind::Edited;
}

} // namespace dealboard

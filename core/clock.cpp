#include "clock.h"

#include <atomic>

namespace dealboard {

namespace {
const SystemClock s_systemClock;
std::atomic<const Clock *> s_current{&s_systemClock};
} // namespace

const Clock &Clock::current()
{
    return *s_current.load();
}

void Clock::setCurrent(const Clock *clock)
{
    s_current.store(clock ? clock : &s_systemClock);
}

} // namespace dealboard

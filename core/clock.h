#pragma once

#include <QDateTime>

namespace dealboard {

// The time source of the core. Tests and the demo generator swap it to fix or replay "now".
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    // The process-wide clock; the system clock unless a test replaced it.
    static const Clock &current();
    static void setCurrent(const Clock *clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stays where it is put.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime at = QDateTime::currentDateTimeUtc())
        : m_at(at.toUTC())
    {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at.toUTC(); }
    void advanceSecs(qint64 secs) { m_at = m_at.addSecs(secs); }

private:
    QDateTime m_at;
};

// Replaces the current clock for a scope.
class ScopedClock
{
public:
    explicit ScopedClock(const Clock &clock)
        : m_previous(&Clock::current())
    {
        Clock::setCurrent(&clock);
    }
    ~ScopedClock() { Clock::setCurrent(m_previous); }
    ScopedClock(const ScopedClock &) = delete;
    ScopedClock &operator=(const ScopedClock &) = delete;

private:
    const Clock *m_previous;
};

} // namespace dealboard

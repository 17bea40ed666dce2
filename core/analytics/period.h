#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>

namespace dealboard {

// A closed range of days [from, to], read in UTC, over which an analytic counts.
struct Period
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    QDate from;
    QDate to;

    static Period month(const QDate &day);
    static Period quarter(const QDate &day);
    static Period year(const QDate &day);
    // From --from/--to (ISO dates, either may be empty): a missing `to` is `today`, a missing
    // `from` is the first day of the quarter of `to`. Refuses bad dates and from > to.
    static Result<Period> parse(const QString &from, const QString &to, const QDate &today);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(const QDate &day) const { return day >= from && day <= to; }
    int days() const { return int(from.daysTo(to)) + 1; }
    qint64 startMs() const { return startOfDayMs(from); }        // inclusive
    qint64 endMs() const { return startOfDayMs(to.addDays(1)); } // exclusive
    bool containsMs(qint64 ms) const { return ms >= startMs() && ms < endMs(); }
    // The period of the same kind just before: the previous month, quarter or year when this
    // is one, else as many days ending the day before `from`.
    Period previous() const;
    // "2026-Q4" when the period is exactly a calendar quarter, else empty.
    QString quarterKey() const;
    static Result<Period> fromQuarterKey(const QString &key); // "2025-Q1"

    static qint64 startOfDayMs(const QDate &day);
    // The instant a date's data is read up to: the end of that day (exclusive), UTC.
    static qint64 endOfDayMs(const QDate &day) { return startOfDayMs(day.addDays(1)); }

    friend bool operator==(const Period &a, const Period &b)
    {
        return a.from == b.from && a.to == b.to;
    }
};

} // namespace dealboard

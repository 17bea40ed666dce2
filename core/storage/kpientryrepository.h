#pragma once

#include "analytics/period.h"
#include "model/kpientry.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dealboard {

class Database;

// The monthly KPI entries (kpi_entries): NPS, first-month churn, month-6 expansion and CAC.
// Every change is logged: entity "kpi", entity id 0, kind "edited", field "YYYY-MM/kpi".
class KpiEntryRepository
{
    Q_DECLARE_TR_FUNCTIONS(KpiEntryRepository)

public:
    explicit KpiEntryRepository(Database &db)
        : m_db(db)
    {}

    // Stores `value` for `kpi` in the month of `month` (any day of it), replacing the value
    // there, and logs old → new, in one transaction (joins the caller's). Refuses an unknown KPI
    // or a value out of its range, writing nothing. The value already stored: nothing to do.
    Status set(const QDate &month, const QString &kpi, qint64 value);
    // Removes the entry and logs old → nothing; a user error when there is none.
    Status remove(const QDate &month, const QString &kpi);
    // The entries of the months from `fromMonth` to `toMonth` (any days of them), by month,
    // then in KpiEntry::keys() order.
    Result<QList<KpiEntry>> list(const QDate &fromMonth, const QDate &toMonth);
    // The entries of every month the period overlaps.
    Result<QList<KpiEntry>> list(const Period &period);
    // The entry of `kpi` for the month of `month`, else the latest before it; none at all: empty.
    Result<std::optional<KpiEntry>> latest(const QString &kpi, const QDate &month);

    // NPS −100…100, churn and expansion 0…10,000 basis points, CAC ≥ 0 cents.
    static Status validate(const QString &kpi, qint64 value);
    // The KPI's name as the user reads it ("NPS", "CAC" …).
    static QString name(const QString &kpi);
    // "2026-10" → 1 October 2026; a user error for anything else.
    static Result<QDate> parseMonth(const QString &text);

private:
    Result<std::optional<qint64>> stored(const QString &monthKey, const QString &kpi);
    Status log(const QString &monthKey, const QString &kpi, const std::optional<qint64> &before,
               const std::optional<qint64> &after);

    Database &m_db;
};

} // namespace dealboard

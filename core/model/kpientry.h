#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace dealboard {

// A monthly KPI typed in by hand: what no data in Dealboard can prove (docs/analytics.md,
// "Manual monthly entries"). One value per KPI and month.
struct KpiEntry
{
    // The KPIs, as stored in kpi_entries.kpi.
    static QString nps() { return QStringLiteral("nps"); }                      // −100 … 100
    static QString churnFirstMonth() { return QStringLiteral("churn_m1"); }     // basis points
    static QString expansionMonth6() { return QStringLiteral("expansion_m6"); } // basis points
    static QString cac() { return QStringLiteral("cac"); }                      // cents
    static QStringList keys() { return {nps(), churnFirstMonth(), expansionMonth6(), cac()}; }

    // "2026-10" for any day of October 2026, as kpi_entries.month stores it.
    static QString monthKey(const QDate &day) { return day.toString(QStringLiteral("yyyy-MM")); }
    static QDate monthFromKey(const QString &key)
    {
        return QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    }

    QDate month; // the 1st of the month
    QString kpi;
    qint64 value = 0;
    QDateTime updatedAt;

    friend bool operator==(const KpiEntry &, const KpiEntry &) = default;
};

} // namespace dealboard

#pragma once

#include "analytics/period.h"
#include "model/company.h"
#include "model/contact.h"
#include "model/deal.h"
#include "model/event.h"
#include "model/kpientry.h"
#include "model/qualification.h"
#include "money.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace dealboard {
class Playbook;
}

namespace dealboard::cli {

// How records look on stdout: JSON objects (money as *_cents integers) and plain tables.
QJsonObject toJson(const Company &company);
QJsonObject toJson(const Contact &contact);
QJsonObject toJson(const Deal &deal);
QJsonObject toJson(const Event &event);
QJsonObject toJson(const Qualification &qualification);
QString describe(const Event &event, const Playbook &playbook);
// Columns padded to their widest cell; the header row first.
QString table(const QStringList &header, const QList<QStringList> &rows);

// The period and the as-of day of the analytics commands (docs/analytics.md, "Common rules").
struct PeriodOptions
{
    Period period;            // Period::parse's defaults when --from and --to are left out
    QDate asOf;               // --as-of, else today (UTC)
    bool periodGiven = false; // --from or --to was given
    bool asOfGiven = false;
};
// --from, --to and --as-of, with their help.
QList<QCommandLineOption> periodOptions();
// A bad date is refused with one line naming its option; so is a period that ends before it
// starts.
Result<PeriodOptions> parsePeriodOptions(const QCommandLineParser &parser);

// JSON of the analytics: ISO dates, months as "YYYY-MM", an undefined figure as null.
QJsonValue jsonDate(const QDate &day);
QJsonValue jsonMonth(const QDate &month);
QJsonValue jsonOptional(const std::optional<int> &value);
QJsonValue jsonCents(const std::optional<Money> &money);
QJsonValue jsonNumber(const std::optional<double> &value); // two decimals at most
// "from", "to" and "as_of".
QJsonObject periodJson(const Period &period, const QDate &asOf);

// Text of the analytics, as the screens write it: the locale's money, percentages with one
// decimal at most, and "—" for a figure without data.
QString noFigure();
QString moneyText(const Money &money);
QString moneyText(const std::optional<Money> &money);
QString percentText(const std::optional<int> &bp); // 3050 → "30.5%"
QString pointsText(int bp);                        // −4130 → "−41.3 pts"
QString gapText(const std::optional<int> &bp);     // below target: "▼ −41.3 pts"
QString timesText(const std::optional<int> &x100); // 260 → "2.6×"
QString daysText(const std::optional<double> &days);
QString hoursText(const std::optional<double> &hours);
// The manual KPI entries of one month: "month", then "nps", "churn_m1_bp", "expansion_m6_bp"
// and "cac_cents", null when not entered.
QJsonObject kpiMonthJson(const QDate &month, const QList<KpiEntry> &entries);
// "45", "4.5%", "120 €".
QString kpiValueText(const QString &kpi, qint64 value);
// "2026-01: NPS 45 · CAC 120 €", or "2026-01: no entries".
QString kpiMonthText(const QDate &month, const QList<KpiEntry> &entries);
// "Period 2026-01-01 → 2026-03-31, as of 2026-03-02"
QString periodHeading(const Period &period, const QDate &asOf);

} // namespace dealboard::cli

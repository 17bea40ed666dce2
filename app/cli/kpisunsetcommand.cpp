#include "kpisunsetcommand.h"

#include "cliformat.h"
#include "storage/kpientryrepository.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

KpisUnsetCommand::KpisUnsetCommand()
    : DatabaseCommand(u"kpis unset"_s, tr("Remove a monthly KPI entry."))
{
    addOption({u"month"_s, tr("The month of the entry (YYYY-MM)."), u"month"_s});
    addOption({u"kpi"_s, tr("The KPI: nps, churn_m1, expansion_m6 or cac."), u"kpi"_s});
}

int KpisUnsetCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    for (const QString &required : {u"month"_s, u"kpi"_s})
        if (!parser.isSet(required))
            return fail(tr("Missing --%1. See: dealboard-cli kpis unset --help").arg(required));
    const Result<QDate> month = KpiEntryRepository::parseMonth(parser.value(u"month"_s));
    if (!month)
        return fail(tr("--month: %1").arg(month.errorMessage()));
    const QString kpi = parser.value(u"kpi"_s);
    if (!KpiEntry::keys().contains(kpi))
        return fail(tr("--kpi: unknown KPI \"%1\"; use one of: %2.")
                        .arg(kpi, KpiEntry::keys().join(u", "_s)));

    KpiEntryRepository repo(db);
    if (Status s = repo.remove(month.value(), kpi); !s)
        return fail(s.error());
    const Result<QList<KpiEntry>> stored = repo.list(month.value(), month.value());
    if (!stored)
        return fail(stored.error());
    if (json())
        printJson(kpiMonthJson(month.value(), stored.value()));
    else
        out() << kpiMonthText(month.value(), stored.value()) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

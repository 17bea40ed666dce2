#include "kpissetcommand.h"

#include "cliformat.h"
#include "storage/kpientryrepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

// "4.5", "4,5" or "4.5 %" → 450 basis points; two decimals at most (a basis point).
std::optional<qint64> percentToBp(const QString &text)
{
    static const QRegularExpression re(uR"(^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*%?\s*$)"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toLongLong();
}

} // namespace

KpisSetCommand::KpisSetCommand()
    : DatabaseCommand(u"kpis set"_s, tr("Enter monthly KPIs: NPS, first-month churn, month-6 "
                                        "expansion, CAC."))
{
    addOption({u"month"_s, tr("The month the values are for (YYYY-MM)."), u"month"_s});
    addOption({u"nps"_s, tr("Net promoter score, -100 to 100."), u"n"_s});
    addOption({u"churn"_s, tr("Churn in the first month, in percent (4.5)."), u"pct"_s});
    addOption({u"expansion"_s, tr("Expansion at month 6, in percent (25)."), u"pct"_s});
    addOption({u"cac"_s, tr("Customer acquisition cost in euros (150 or 1 234,50)."), u"amount"_s});
}

int KpisSetCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    if (!parser.isSet(u"month"_s))
        return fail(tr("Missing --month. See: dealboard-cli kpis set --help"));
    const Result<QDate> month = KpiEntryRepository::parseMonth(parser.value(u"month"_s));
    if (!month)
        return fail(tr("--month: %1").arg(month.errorMessage()));

    // Every value is read and checked before anything is written.
    struct Value
    {
        QString option;
        QString kpi;
        qint64 value = 0;
    };
    QList<Value> values;
    if (parser.isSet(u"nps"_s)) {
        bool ok = false;
        const int nps = parser.value(u"nps"_s).trimmed().toInt(&ok);
        if (!ok)
            return fail(tr("--nps: \"%1\" is not a whole number from -100 to 100.")
                            .arg(parser.value(u"nps"_s)));
        values.append({u"nps"_s, KpiEntry::nps(), nps});
    }
    for (const auto &[option, kpi] : {std::pair{u"churn"_s, KpiEntry::churnFirstMonth()},
                                      std::pair{u"expansion"_s, KpiEntry::expansionMonth6()}}) {
        if (!parser.isSet(option))
            continue;
        const std::optional<qint64> bp = percentToBp(parser.value(option));
        if (!bp)
            return fail(tr("--%1: \"%2\" is not a percentage like 4.5 (two decimals at most).")
                            .arg(option, parser.value(option)));
        values.append({option, kpi, *bp});
    }
    if (parser.isSet(u"cac"_s)) {
        const Result<Money> cac =
            Money::parse(parser.value(u"cac"_s), QLocale(), db.playbook().currency());
        if (!cac)
            return fail(tr("--cac: %1").arg(cac.errorMessage()));
        values.append({u"cac"_s, KpiEntry::cac(), cac->cents()});
    }
    if (values.isEmpty())
        return fail(tr("Nothing to set: give --nps, --churn, --expansion or --cac."));
    for (const Value &v : std::as_const(values))
        if (Status s = KpiEntryRepository::validate(v.kpi, v.value); !s)
            return fail(tr("--%1: %2").arg(v.option, s.errorMessage()));

    KpiEntryRepository repo(db);
    Database::Transaction tx(db);
    for (const Value &v : std::as_const(values))
        if (Status s = repo.set(month.value(), v.kpi, v.value); !s)
            return fail(s.error());
    if (Status s = tx.commit(); !s)
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

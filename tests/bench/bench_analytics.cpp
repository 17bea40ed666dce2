// Analytics benchmarks: run on demand (`ninja bench`), print figures, assert nothing about time.
//
//   bench_analytics [DEALS | FILE.db]     (default 100000)
//
// Every analytic of the Forecast and Funnel & KPIs screens over a demo database (made here, or
// a copy of FILE.db), for this quarter and this year, read as of today; the snapshot-based ones
// also as of 30 days ago. Target: under 50 ms each (docs/analytics.md).

#include "analytics/forecast.h"
#include "analytics/forecastaccuracy.h"
#include "analytics/funnel.h"
#include "analytics/hiringtriggers.h"
#include "analytics/kpis.h"
#include "analytics/objectiveprogress.h"
#include "analytics/pipelinemetrics.h"
#include "analytics/pipelinesnapshot.h"
#include "analytics/winloss.h"
#include "clock.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::bench;

namespace {

template<typename T>
void orDie(const Result<T> &r, const QString &what)
{
    if (!r)
        die(what, r.errorMessage());
}

// The median of 5 runs, in milliseconds.
double medianMs(const std::function<void()> &f)
{
    QList<qint64> ns;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ns << t.nsecsElapsed();
    }
    std::sort(ns.begin(), ns.end());
    return double(ns.at(2)) / 1e6;
}

void row(const QString &what, double quarterMs, double yearMs, const QString &note = {})
{
    const auto text = [](double v) {
        return v < 0 ? u"—"_s : u"%1 ms"_s.arg(v, 0, 'f', v < 10 ? 2 : 1);
    };
    out() << "  " << what.leftJustified(44) << text(quarterMs).rightJustified(11)
          << text(yearMs).rightJustified(11) << "  " << note << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString arg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"temporary folder"_s, dir.errorString());
    const QString path = dir.filePath(u"bench.db"_s);
    int dealCount = 100000;
    if (arg.endsWith(u".db"_s)) {
        if (!QFile::copy(arg, path))
            die(arg, u"cannot be copied"_s);
        dealCount = 0;
    } else if (!arg.isEmpty()) {
        dealCount = arg.toInt();
    }
    auto opened = Database::open(path);
    orDie(opened, u"open"_s);
    std::unique_ptr<Database> db = std::move(opened).value();
    if (dealCount > 0) {
        DemoGenerator::Options options;
        options.deals = dealCount;
        options.seed = 1;
        orDie(DemoGenerator(*db).generate(options), u"demo"_s);
    }
    const Playbook &pb = db->playbook();
    const QDate today = Clock::current().now().date();
    const Period quarter = Period::quarter(today);
    const Period year = Period::year(today);
    const QDate monthAgo = today.addDays(-30);
    const auto deals = DealRepository(*db).list({});
    orDie(deals, u"list"_s);

    out() << Qt::endl
          << "Dealboard analytics benchmarks: " << deals->size() << " deals, Qt " << qVersion()
          << ", " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
          << " cores" << Qt::endl
          << "  (median of 5 runs; as of today unless noted; target < 50 ms each)" << Qt::endl
          << QString(80, u'-') << Qt::endl
          << "  " << QString().leftJustified(44) << u"quarter"_s.rightJustified(11)
          << u"year"_s.rightJustified(11) << Qt::endl;

    const auto both = [&](const QString &what,
                          const std::function<void(const Period &, const QDate &)> &f,
                          const QDate &asOf, const QString &note = {}) {
        row(what, medianMs([&] { f(quarter, asOf); }), medianMs([&] { f(year, asOf); }), note);
    };
    row(u"ForecastCalculator::compute (in memory)"_s,
        medianMs([&] { (void)ForecastCalculator::compute(deals.value(), pb, quarter); }),
        medianMs([&] { (void)ForecastCalculator::compute(deals.value(), pb, year); }),
        u"the deals already loaded, as the app has them"_s);
    row(u"PipelineSnapshot::asOf (30 days ago)"_s,
        medianMs([&] { orDie(PipelineSnapshot::asOf(*db, monthAgo), u"snapshot"_s); }), -1,
        u"the pipeline rebuilt from the event log"_s);
    both(
        u"ForecastAccuracy::compute"_s,
        [&](const Period &p, const QDate &d) {
            orDie(ForecastAccuracy::compute(*db, pb, p, d), u"accuracy"_s);
        },
        today, u"one snapshot per month started"_s);
    both(
        u"PipelineMetricsCalculator::compute"_s,
        [&](const Period &p, const QDate &d) {
            orDie(PipelineMetricsCalculator::compute(*db, pb, p, d), u"metrics"_s);
        },
        today);
    both(
        u"PipelineMetricsCalculator (as of 30 days ago)"_s,
        [&](const Period &p, const QDate &d) {
            orDie(PipelineMetricsCalculator::compute(*db, pb, p, d), u"metrics"_s);
        },
        monthAgo, u"pipeline from the snapshot"_s);
    both(
        u"FunnelCalculator::compute"_s,
        [&](const Period &p, const QDate &d) {
            orDie(FunnelCalculator::compute(*db, pb, p, d), u"funnel"_s);
        },
        today);
    both(
        u"KpiCalculator::compute"_s,
        [&](const Period &p, const QDate &d) {
            orDie(KpiCalculator::compute(*db, pb, p, d), u"kpis"_s);
        },
        today);
    both(
        u"WinLossCalculator::compute"_s,
        [&](const Period &p, const QDate &d) {
            orDie(WinLossCalculator::compute(*db, pb, p, d), u"winloss"_s);
        },
        today);
    row(u"ObjectiveProgressCalculator::compute"_s,
        medianMs([&] { orDie(ObjectiveProgressCalculator::compute(*db, pb, today), u"obj"_s); }),
        -1, u"every objective of the playbook"_s);
    row(u"HiringInputs::load + evaluate"_s, medianMs([&] {
            const auto in = HiringInputs::load(*db, pb, today);
            orDie(in, u"hiring"_s);
            (void)HiringTrigger::evaluate(pb, in.value());
        }),
        -1);
    out() << QString(80, u'-') << Qt::endl;
    return 0;
}

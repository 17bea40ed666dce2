// Core benchmarks: run on demand (`ninja bench`), print figures, assert nothing about time.
//
//   bench_core [DEALS]     (default 100000)
//
// (a) DemoGenerator for DEALS deals into a fresh database, and the resulting file size;
// (b) opening the database and loading every open deal (DealRepository::list, openOnly);
// (c) DealRepository::move, each move its own transaction, over 1,000 random moves, with the
//     desktop app's checkpoint policy (Database::setIdleCheckpoints: the log is written into the
//     file during pauses, here every 100 moves, timed apart);
// (d) Database::open alone (it runs PRAGMA quick_check), and the checks on their own;
// (e) DealWorkflow::reorder over 1,000 random reorders within open columns (sparse positions:
//     a midpoint, and a renumbered column only when no gap is left).

#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "workflow/dealworkflow.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::bench;

namespace {

std::unique_ptr<Database> openOrDie(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        die(u"open"_s, db.errorMessage());
    return std::move(db).value();
}

double ms(qint64 nsecs)
{
    return double(nsecs) / 1e6;
}

// Runs `f` `runs` times and returns the sorted durations in nanoseconds.
QList<qint64> timed(int runs, const std::function<void()> &f)
{
    QList<qint64> ns;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ns << t.nsecsElapsed();
    }
    std::sort(ns.begin(), ns.end());
    return ns;
}

qint64 percentile(const QList<qint64> &sorted, double p)
{
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size()))) - 1;
    return sorted.at(std::clamp<qsizetype>(rank, 0, sorted.size() - 1));
}

void row(const QString &what, const QString &value, const QString &note = {})
{
    out() << "  " << what.leftJustified(46) << value.rightJustified(14) << "  " << note << Qt::endl;
}

QString msText(double v)
{
    return u"%1 ms"_s.arg(v, 0, 'f', v < 10 ? 3 : 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int dealCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"temporary folder"_s, dir.errorString());
    const QString path = dir.filePath(u"bench.db"_s);

    // (a) Demo data.
    DemoSummary summary;
    qint64 generateNs = 0;
    QString sqliteVersion;
    {
        auto db = openOrDie(path);
        QSqlQuery q(db->connection());
        if (q.exec(u"SELECT sqlite_version()"_s) && q.next())
            sqliteVersion = q.value(0).toString();
        q.finish();
        DemoGenerator::Options options;
        options.deals = dealCount;
        options.seed = 1;
        QElapsedTimer t;
        t.start();
        auto result = DemoGenerator(*db).generate(options);
        generateNs = t.nsecsElapsed();
        if (!result)
            die(u"demo"_s, result.errorMessage());
        summary = result.value();
    }
    const double sizeMb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);

    // (d) Database::open alone, then the checks it runs, on the same file.
    const QList<qint64> openNs = timed(5, [&] { openOrDie(path); });
    auto db = openOrDie(path);
    auto check = [&db](bool full) {
        const auto result = db->integrityCheck(full);
        if (!result || result.value() != QStringList{u"ok"_s})
            die(u"integrity check"_s, result ? result->join(u"; "_s) : result.errorMessage());
    };
    const QList<qint64> quickNs = timed(3, [&] { check(false); });
    const QList<qint64> fullNs = timed(1, [&] { check(true); });
    db.reset();

    // (b) Open and load every open deal.
    qsizetype openDeals = 0;
    const QList<qint64> loadNs = timed(5, [&] {
        auto d = openOrDie(path);
        const auto deals = DealRepository(*d).list({.stage = {}, .openOnly = true});
        if (!deals)
            die(u"list"_s, deals.errorMessage());
        openDeals = deals->size();
    });

    // (c) 1,000 moves of random open deals between open stages.
    db = openOrDie(path);
    if (Status s = db->setIdleCheckpoints(true); !s)
        die(u"checkpoints"_s, s.errorMessage());
    DealRepository repo(*db);
    QList<qint64> checkpointNs;
    QList<Deal> open = repo.list({.stage = {}, .openOnly = true}).value();
    QStringList stages;
    for (const Stage &s : db->playbook().openStages())
        stages << s.key;
    QRandomGenerator rng(42);
    QList<qint64> moveNs;
    for (int i = 0; i < 1000 && !open.isEmpty(); ++i) {
        Deal &d = open[rng.bounded(int(open.size()))];
        QString to;
        do
            to = stages.at(rng.bounded(int(stages.size())));
        while (to == d.stage);
        QElapsedTimer t;
        t.start();
        const Status s = repo.move(d.id, to);
        moveNs << t.nsecsElapsed();
        if (!s)
            die(u"move"_s, s.errorMessage());
        d.stage = to;
        if (i % 100 == 99) { // the user pauses: the app checkpoints
            t.restart();
            if (const Result<bool> c = db->checkpoint(); !c)
                die(u"checkpoint"_s, c.errorMessage());
            checkpointNs << t.nsecsElapsed();
        }
    }
    std::sort(moveNs.begin(), moveNs.end());
    std::sort(checkpointNs.begin(), checkpointNs.end());
    qint64 moveTotal = 0;
    for (const qint64 v : std::as_const(moveNs))
        moveTotal += v;

    // (e) 1,000 reorders: a random open deal before another random deal of its column.
    QHash<QString, QList<qint64>> columns;
    for (const Deal &d : repo.list({.stage = {}, .openOnly = true}).value())
        columns[d.stage] << d.id;
    DealWorkflow workflow(*db);
    QList<qint64> reorderNs;
    for (int i = 0; i < 1000; ++i) {
        const QList<qint64> &ids = columns[stages.at(rng.bounded(int(stages.size())))];
        if (ids.size() < 2)
            continue;
        const qint64 id = ids.at(rng.bounded(int(ids.size())));
        qint64 before = id;
        while (before == id)
            before = ids.at(rng.bounded(int(ids.size())));
        QElapsedTimer t;
        t.start();
        const auto r = workflow.reorder(id, before);
        reorderNs << t.nsecsElapsed();
        if (!r)
            die(u"reorder"_s, r.errorMessage());
        if (i % 100 == 99)
            (void)db->checkpoint(); // a pause, as above
    }
    std::sort(reorderNs.begin(), reorderNs.end());
    db.reset();

    out() << Qt::endl
          << "Dealboard core benchmarks: " << QLocale(QLocale::English).toString(dealCount)
          << " demo deals, "
          << "Qt " << qVersion() << ", SQLite " << sqliteVersion << ", "
          << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " cores"
          << Qt::endl
          << "  (warm page cache: the file was just written; medians of 5 runs unless noted)"
          << Qt::endl
          << QString(80, u'-') << Qt::endl;
    row(u"(a) DemoGenerator::generate"_s, u"%1 s"_s.arg(double(generateNs) / 1e9, 0, 'f', 2),
        u"%1 companies, %2 contacts, %3 events"_s.arg(summary.companies)
            .arg(summary.contacts)
            .arg(summary.events));
    row(u"    database file size"_s, u"%1 MB"_s.arg(sizeMb, 0, 'f', 1),
        u"%1 bytes/deal"_s.arg(QFileInfo(path).size() / std::max(1, dealCount)));
    row(u"(b) open + list(openOnly) into memory"_s, msText(ms(percentile(loadNs, 0.5))),
        u"%1 open deals; min %2, max %3"_s.arg(openDeals).arg(msText(ms(loadNs.first())),
                                                              msText(ms(loadNs.last()))));
    row(u"(c) DealRepository::move, p50"_s, msText(ms(percentile(moveNs, 0.5))),
        u"%1 moves, one transaction each"_s.arg(moveNs.size()));
    row(u"    DealRepository::move, p99"_s, msText(ms(percentile(moveNs, 0.99))),
        u"max %1, mean %2"_s.arg(
            msText(ms(moveNs.last())),
            msText(ms(moveTotal) / double(std::max<qsizetype>(1, moveNs.size())))));
    if (!checkpointNs.isEmpty())
        row(u"    checkpoint after 100 moves (idle)"_s, msText(ms(percentile(checkpointNs, 0.5))),
            u"median of %1, max %2"_s.arg(checkpointNs.size())
                .arg(msText(ms(checkpointNs.last()))));
    if (!reorderNs.isEmpty()) {
        row(u"(e) DealWorkflow::reorder, p50"_s, msText(ms(percentile(reorderNs, 0.5))),
            u"%1 reorders, one transaction each"_s.arg(reorderNs.size()));
        row(u"    DealWorkflow::reorder, p99"_s, msText(ms(percentile(reorderNs, 0.99))),
            u"max %1"_s.arg(msText(ms(reorderNs.last()))));
    }
    row(u"(d) Database::open (runs quick_check)"_s, msText(ms(percentile(openNs, 0.5))),
        u"min %1, max %2"_s.arg(msText(ms(openNs.first())), msText(ms(openNs.last()))));
    row(u"    PRAGMA quick_check alone"_s, msText(ms(percentile(quickNs, 0.5))), u"median of 3"_s);
    row(u"    PRAGMA integrity_check + foreign_key_check"_s, msText(ms(fullNs.first())),
        u"one run (what `dealboard-cli check` does)"_s);
    out() << QString(80, u'-') << Qt::endl;
    return 0;
}

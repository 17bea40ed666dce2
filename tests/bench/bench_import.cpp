// Import benchmark (issue 8): run on demand (`ninja bench`), prints figures, asserts nothing.
//
//   bench_import [ROWS]     (default 100000)
//
// Writes ROWS HubSpot-like deal rows (5% as many companies, 25% as many contacts; quoted
// fields, accents, multi-line notes) to a temporary CSV file, then measures side by side:
//   (a) sqlite3's own `.import` of the file into an empty table (the sqlite3 shell, started
//       as a process: the floor for "read a CSV into SQLite"),
//   (b) Dealboard's import into an empty database: the scan (format, mapping, stages, date
//       order), then the import itself (parse, match, deals + companies + contacts + their
//       events + the batch, one transaction),
//   (c) the same file imported again: everything matched, nothing written,
//   (d) the deals exported back to CSV, and the whole database to JSON.

#include "io/csvexport.h"
#include "io/csvwriter.h"
#include "io/databasejson.h"
#include "io/importer.h"
#include "io/importscanner.h"
#include "storage/database.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::bench;

namespace {

const QStringList kStages = {u"appointmentscheduled"_s,
                             u"qualifiedtobuy"_s,
                             u"presentationscheduled"_s,
                             u"decisionmakerboughtin"_s,
                             u"contractsent"_s,
                             u"closedwon"_s,
                             u"closedlost"_s};

void writeFile(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        die(file.errorString());
    CsvWriter writer(file, u',');
    writer.setBom(true);
    writer.setCrlf(true);
    const QStringList header = {
        u"Record ID"_s,  u"Deal Name"_s,          u"Deal Stage"_s,         u"Amount"_s,
        u"Close Date"_s, u"Create Date"_s,        u"Associated Company"_s, u"Associated Contact"_s,
        u"Deal owner"_s, u"Closed lost reason"_s, u"Pipeline"_s,           u"Next step"_s};
    if (!writer.writeRecord(header).ok())
        die(u"write"_s);
    const int companies = std::max(1, rows / 20);
    const int contacts = std::max(1, rows / 4);
    for (int i = 0; i < rows; ++i) {
        const QString &stage = kStages.at(i % kStages.size());
        const int company = i % companies;
        const QStringList row = {
            QString::number(9000000000LL + i),
            u"Hébergement cloud – lot %1"_s.arg(i),
            stage,
            u"%1.%2"_s.arg(100 + i % 4000).arg(i % 100, 2, 10, QChar(u'0')),
            u"2026-%1-%2"_s.arg(1 + i % 12, 2, 10, QChar(u'0')).arg(1 + i % 28, 2, 10, QChar(u'0')),
            u"2026-01-%1 10:%2"_s.arg(1 + i % 28, 2, 10, QChar(u'0'))
                .arg(i % 60, 2, 10, QChar(u'0')),
            u"Société %1, \"SAS\""_s.arg(company),
            u"Contact %1 %2"_s.arg(i % contacts).arg(company),
            u"Marie Curie"_s,
            stage == "closedlost"_L1 ? u"Budget"_s : QString(),
            u"Sales Pipeline"_s,
            i % 10 ? QString() : u"Rappeler mardi\nDevis envoyé"_s,
        };
        if (!writer.writeRecord(row).ok())
            die(u"write"_s);
    }
    if (!writer.flush().ok())
        die(u"flush"_s);
}

double sqliteImport(const QString &csv, const QString &db)
{
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty())
        return -1;
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(sqlite3, {db, u".mode csv"_s, u".import '%1' deals"_s.arg(csv)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        die(u"sqlite3"_s, QString::fromLocal8Bit(p.readAllStandardError()));
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(u"bench_import"_s);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"deals.csv"_s);
    writeFile(csv, rows);
    out() << "bench_import: " << rows << " deal rows, " << QFile(csv).size() / 1024 << " KiB"
          << Qt::endl;

    const double floor = sqliteImport(csv, dir.filePath(u"plain.db"_s));
    if (floor < 0)
        out() << "  sqlite3 .import: sqlite3 not found (apt-get install sqlite3)" << Qt::endl;
    else
        out() << "  sqlite3 .import into one table:     " << QString::number(floor, 'f', 3)
              << " s, " << qint64(rows / floor) << " rows/s" << Qt::endl;

    auto db = Database::open(dir.filePath(u"dealboard.db"_s));
    if (!db)
        die(db.errorMessage());
    QElapsedTimer t;
    t.start();
    const Result<ImportMapping> mapping = ImportScanner::scanFile(csv, (*db)->playbook());
    if (!mapping)
        die(u"scan"_s, mapping.errorMessage());
    const double scan = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    const Result<ImportReport> report = Importer(**db).runFile(csv, *mapping, {});
    if (!report || !report->committed)
        die(u"import"_s, report ? u"not committed"_s : report.errorMessage());
    const double run = double(t.nsecsElapsed()) / 1e9;
    out() << "  Dealboard scan:                     " << QString::number(scan, 'f', 3) << " s"
          << Qt::endl;
    out() << "  Dealboard import (" << report->deals.created << " deals, "
          << report->companies.created << " companies, " << report->contacts.created
          << " contacts): " << QString::number(run, 'f', 3) << " s, " << qint64(rows / run)
          << " rows/s" << Qt::endl;
    out() << "  scan + import:                      " << QString::number(scan + run, 'f', 3)
          << " s, " << qint64(rows / (scan + run)) << " rows/s";
    if (floor > 0)
        out() << ", " << QString::number((scan + run) / floor, 'f', 2) << "x sqlite3";
    out() << Qt::endl;

    t.restart();
    const Result<ImportReport> again = Importer(**db).runFile(csv, *mapping, {});
    if (!again || again->committed)
        die(u"re-import"_s, again ? u"wrote something"_s : again.errorMessage());
    const double second = double(t.nsecsElapsed()) / 1e9;
    out() << "  the same file again (all matched):  " << QString::number(second, 'f', 3) << " s, "
          << qint64(rows / second) << " rows/s" << Qt::endl;

    // And back out: the deals as CSV, the whole database as JSON.
    t.restart();
    const Result<qint64> exported = CsvExport(**db).writeFile(
        ExportEntity::Deals, dir.filePath(u"out.csv"_s), CsvExportOptions{u';', true});
    if (!exported)
        die(u"export"_s, exported.errorMessage());
    const double csvOut = double(t.nsecsElapsed()) / 1e9;
    out() << "  export of the deals to CSV:         " << QString::number(csvOut, 'f', 3) << " s, "
          << qint64(double(*exported) / csvOut) << " rows/s" << Qt::endl;
    t.restart();
    const Result<qint64> json = DatabaseJson(**db).writeFile(dir.filePath(u"out.json"_s));
    if (!json)
        die(u"json"_s, json.errorMessage());
    out() << "  the whole database to JSON:         "
          << QString::number(double(t.nsecsElapsed()) / 1e9, 'f', 3) << " s, " << *json << " rows, "
          << QFileInfo(dir.filePath(u"out.json"_s)).size() / 1024 << " KiB" << Qt::endl;
    return 0;
}

// CSV benchmark (issue 8): run on demand (`ninja bench`), prints figures, asserts nothing.
//
//   bench_csv [ROWS]     (default 100000)
//
// Writes ROWS HubSpot-like deal rows (quoted fields, accents, a multi-line note on some) with
// CsvWriter to a temporary file, then reads them back: (a) CsvReader alone (sniff + every
// record), (b) the same plus what an import does per row before the database: header matching
// once, then the amount, the dates and the stage of every row.

#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/headernames.h"
#include "io/stagenames.h"
#include "io/valueparsers.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::bench;

namespace {

const QStringList kHeader = {u"Record ID"_s,
                             u"Deal Name"_s,
                             u"Deal Stage"_s,
                             u"Amount"_s,
                             u"Close Date"_s,
                             u"Create Date"_s,
                             u"Associated Company"_s,
                             u"Deal owner"_s,
                             u"Closed lost reason"_s,
                             u"Pipeline"_s,
                             u"Notes"_s};
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
    if (!writer.writeRecord(kHeader).ok())
        die(u"write"_s);
    for (int i = 0; i < rows; ++i) {
        const QString &stage = kStages.at(i % kStages.size());
        const QStringList row = {
            QString::number(9000000000LL + i),
            u"Hébergement cloud – Société %1"_s.arg(i % 5000),
            stage,
            u"%1.%2"_s.arg(100 + i % 4000).arg(i % 100, 2, 10, QChar(u'0')),
            u"2026-%1-%2"_s.arg(1 + i % 12, 2, 10, QChar(u'0')).arg(1 + i % 28, 2, 10, QChar(u'0')),
            u"2026-01-%1 10:%2"_s.arg(1 + i % 28, 2, 10, QChar(u'0'))
                .arg(i % 60, 2, 10, QChar(u'0')),
            u"Société %1, \"SAS\""_s.arg(i % 5000),
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

struct Run
{
    qint64 rows = 0;
    qint64 nsecs = 0;
};

Run read(const QString &path, bool parseValues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die(file.errorString());
    QElapsedTimer timer;
    timer.start();
    const auto format = CsvReader::sniff(file);
    if (!format)
        die(format.errorMessage());
    CsvReader reader(file, *format);
    auto header = reader.next();
    if (!header || !header.value())
        die(u"no header"_s);
    qsizetype amountColumn = -1;
    qsizetype closeColumn = -1;
    qsizetype stageColumn = -1;
    const QStringList headers = header.value()->fields;
    const CsvEntity entity = HeaderNames::guessEntity(headers);
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const auto field = HeaderNames::match(headers.at(c), entity);
        if (field && field->key == "amount"_L1)
            amountColumn = c;
        else if (field && field->key == "expectedClose"_L1)
            closeColumn = c;
        else if (field && field->key == "stage"_L1)
            stageColumn = c;
    }
    Run run;
    qint64 checksum = 0;
    for (;;) {
        auto record = reader.next();
        if (!record)
            die(record.errorMessage());
        if (!record.value())
            break;
        ++run.rows;
        if (!parseValues)
            continue;
        const QStringList &f = record.value()->fields;
        if (const auto amount =
                ValueParsers::parseAmount(f.at(amountColumn), ValueParsers::Decimal::Point))
            checksum += amount->cents();
        if (const auto date =
                ValueParsers::parseDate(f.at(closeColumn), ValueParsers::DateOrder::Iso))
            checksum += date->day();
        checksum += StageNames::stageKey(f.at(stageColumn)).value_or(QString()).size();
    }
    run.nsecs = timer.nsecsElapsed();
    if (parseValues && checksum == 0)
        die(u"nothing parsed"_s);
    return run;
}

void report(const QString &what, const Run &run)
{
    const double seconds = double(run.nsecs) / 1e9;
    out() << what << ": " << run.rows << " rows in " << QString::number(seconds * 1000, 'f', 1)
          << " ms = " << QString::number(double(run.rows) / seconds, 'f', 0) << " rows/s"
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"deals.csv"_s);
    QElapsedTimer timer;
    timer.start();
    writeFile(path, rows);
    const qint64 writeNs = timer.nsecsElapsed();
    const qint64 bytes = QFileInfo(path).size();
    out() << "bench_csv: " << rows << " HubSpot-like deal rows, "
          << QString::number(double(bytes) / (1 << 20), 'f', 1) << " MB" << Qt::endl;
    report(u"(0) CsvWriter"_s, Run{rows, writeNs});
    read(path, false); // warm the page cache
    report(u"(a) CsvReader: sniff and read"_s, read(path, false));
    report(u"(b) read, match headers, parse amount, date and stage"_s, read(path, true));
    return 0;
}

#include "importreportformat.h"

#include "io/importer.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

QJsonObject countsJson(const ImportCounts &c)
{
    return QJsonObject{
        {u"created"_s, c.created}, {u"updated"_s, c.updated}, {u"unchanged"_s, c.unchanged}};
}

QString dateOrderKey(ValueParsers::DateOrder order)
{
    switch (order) {
    case ValueParsers::DateOrder::DayMonthYear:
        return u"dmy"_s;
    case ValueParsers::DateOrder::MonthDayYear:
        return u"mdy"_s;
    case ValueParsers::DateOrder::Iso:
    case ValueParsers::DateOrder::Unknown:
        break;
    }
    return u"iso"_s;
}

} // namespace

QString ImportReportFormat::entityName(CsvEntity entity)
{
    switch (entity) {
    case CsvEntity::Deal:
        return tr("deals");
    case CsvEntity::Company:
        return tr("companies");
    case CsvEntity::Contact:
        return tr("contacts");
    case CsvEntity::None:
    case CsvEntity::Other:
        break;
    }
    return tr("unknown rows");
}

void ImportReportFormat::print(QTextStream &out, const QString &file, const ImportMapping &m,
                               const ImportReport &r, bool dryRun)
{
    const QLocale l;
    out << tr("%1: %2 rows of %3 %4.")
               .arg(QDir::toNativeSeparators(file), l.toString(r.rows),
                    Importer::sourceName(m.source), entityName(m.entity))
        << Qt::endl;
    auto line = [&out, &l](const QString &what, const ImportCounts &c) {
        if (c.created + c.updated + c.unchanged == 0)
            return;
        out << tr("  %1: %2 new, %3 updated, %4 unchanged")
                   .arg(what, l.toString(c.created), l.toString(c.updated), l.toString(c.unchanged))
            << Qt::endl;
    };
    line(tr("Deals"), r.deals);
    line(tr("Companies"), r.companies);
    line(tr("Contacts"), r.contacts);
    if (r.deleted > 0)
        out << tr("  %n row(s) marked deleted in %1 left out.", nullptr, int(r.deleted))
                   .arg(Importer::sourceName(m.source))
            << Qt::endl;
    for (const ImportProblem &p : r.problems)
        out << (p.column.isEmpty() ? tr("  line %1: %2").arg(p.line).arg(p.message)
                                   : tr("  line %1, %2: %3").arg(p.line).arg(p.column, p.message))
            << Qt::endl;
    if (r.problemCount > r.problems.size())
        out << tr("  … and %1 more problems.").arg(l.toString(r.problemCount - r.problems.size()))
            << Qt::endl;
    if (dryRun)
        out << tr("Dry run: nothing was written.") << Qt::endl;
    else if (r.committed)
        out << tr("Imported as batch %1 (undo it with: dealboard-cli import undo %1).")
                   .arg(r.batchId)
            << Qt::endl;
    else if (!r.problems.isEmpty())
        out << tr("Nothing was imported: %n row(s) have problems. Correct the file or the "
                  "mapping, or leave those rows out with --skip-problems.",
                  nullptr, int(r.skipped))
            << Qt::endl;
    else
        out << tr("Nothing to import: every row is already in the database.") << Qt::endl;
}

QJsonObject ImportReportFormat::json(const QString &file, const ImportMapping &m,
                                     const ImportReport &r, bool dryRun)
{
    QJsonArray problems;
    for (const ImportProblem &p : r.problems)
        problems << QJsonObject{
            {u"line"_s, p.line},
            {u"column"_s, p.column.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.column)},
            {u"message"_s, p.message}};
    QJsonArray columns;
    for (qsizetype i = 0; i < m.headers.size(); ++i) {
        const HeaderField &f = m.columns.at(i);
        columns << QJsonObject{
            {u"header"_s, m.headers.at(i)},
            {u"entity"_s, f.entity == CsvEntity::None ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(Importer::entityKey(f.entity))},
            {u"field"_s, f.key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.key)}};
    }
    QJsonObject stages;
    for (auto it = m.stages.cbegin(); it != m.stages.cend(); ++it)
        stages.insert(it.key(),
                      it.value().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(it.value()));
    return QJsonObject{
        {u"file"_s, file},
        {u"source"_s, Importer::sourceKey(m.source)},
        {u"entity"_s, Importer::entityKey(m.entity)},
        {u"encoding"_s, m.format.encoding == CsvEncoding::Utf8 ? u"utf-8"_s : u"windows-1252"_s},
        {u"delimiter"_s, QString(m.format.delimiter)},
        {u"dates"_s, dateOrderKey(m.dateOrder)},
        {u"decimal"_s, m.decimal == ValueParsers::Decimal::Comma ? u"comma"_s : u"point"_s},
        {u"columns"_s, columns},
        {u"stages"_s, stages},
        {u"rows"_s, r.rows},
        {u"skipped"_s, r.skipped},
        {u"deleted"_s, r.deleted},
        {u"deals"_s, countsJson(r.deals)},
        {u"companies"_s, countsJson(r.companies)},
        {u"contacts"_s, countsJson(r.contacts)},
        {u"problems"_s, problems}, // the first ImportReport::kProblemsKept
        {u"problem_count"_s, r.problemCount},
        {u"dry_run"_s, dryRun},
        {u"committed"_s, r.committed},
        {u"batch"_s, r.batchId > 0 ? QJsonValue(r.batchId) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace dealboard::cli

#include "importcommand.h"

#include "importreportformat.h"
#include "io/databasejson.h"
#include "io/importer.h"
#include "io/importscanner.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ImportCommand::ImportCommand()
    : DatabaseCommand(u"import"_s,
                      tr("Import deals, companies or contacts from a CSV export of HubSpot, "
                         "Pipedrive or Dealboard, in one transaction; or a whole-database "
                         "JSON export into an empty database."))
{
    addPositional({u"file"_s, tr("The CSV or JSON file."), u"FILE"_s});
    addOption({u"format"_s,
               tr("Who wrote the file: auto (default), hubspot, pipedrive or "
                  "dealboard. It decides which column holds the CRM's id."),
               tr("format"), u"auto"_s});
    addOption({u"entity"_s,
               tr("What the rows are, when the headers do not say: deals, "
                  "companies or contacts."),
               tr("entity")});
    addOption({u"stage"_s,
               tr("Map a stage of the file to a playbook stage, as "
                  "\"VALUE=STAGE\" (repeatable): --stage \"Closed won=won\"."),
               tr("mapping")});
    addOption({u"dates"_s,
               tr("How the dates are written: iso, dmy (24/11/2026) or mdy "
                  "(11/24/2026). Needed when every date reads both ways."),
               tr("order")});
    addOption({u"decimal"_s, tr("The decimal separator of the amounts: point or comma."),
               tr("separator")});
    addOption({u"amount"_s,
               tr("What an \"Amount\" or \"Value\" column is: monthly (MRR, the "
                  "default) or one-time."),
               tr("kind")});
    addOption({u"skip-problems"_s, tr("Import the other rows when some have problems.")});
    addOption({u"dry-run"_s, tr("Report what would be created or updated, write nothing.")});
}

Status ImportCommand::adjust(ImportMapping &m, const QCommandLineParser &parser, const Playbook &pb)
{
    const QString format = parser.value(u"format"_s).toLower();
    if (format == "hubspot"_L1)
        m.source = CsvSource::HubSpot;
    else if (format == "pipedrive"_L1)
        m.source = CsvSource::Pipedrive;
    else if (format == "dealboard"_L1)
        m.source = CsvSource::Dealboard;
    else if (format != "auto"_L1)
        return userError(
            tr("Unknown --format \"%1\": use auto, hubspot, pipedrive or dealboard.").arg(format));
    for (const QString &pair : parser.values(u"stage"_s)) {
        const qsizetype at = pair.lastIndexOf(u'=');
        const QString value = pair.left(at).trimmed();
        const QString key = pair.mid(at + 1).trimmed();
        if (at <= 0 || !pb.stage(key))
            return userError(tr("--stage \"%1\": write VALUE=STAGE with one of: %2.")
                                 .arg(pair, pb.stageKeys().join(u", "_s)));
        m.stages.insert(value, key);
    }
    if (parser.isSet(u"dates"_s)) {
        const QString d = parser.value(u"dates"_s).toLower();
        if (d == "iso"_L1)
            m.dateOrder = ValueParsers::DateOrder::Iso;
        else if (d == "dmy"_L1)
            m.dateOrder = ValueParsers::DateOrder::DayMonthYear;
        else if (d == "mdy"_L1)
            m.dateOrder = ValueParsers::DateOrder::MonthDayYear;
        else
            return userError(tr("Unknown --dates \"%1\": use iso, dmy or mdy.").arg(d));
        m.datesAmbiguous = false;
    } else if (m.datesAmbiguous) {
        return userError(tr("Every date of the file reads both day first and month first "
                            "(03/04/2026): say which with --dates dmy or --dates mdy."));
    }
    if (parser.isSet(u"decimal"_s)) {
        const QString d = parser.value(u"decimal"_s).toLower();
        if (d != "point"_L1 && d != "comma"_L1)
            return userError(tr("Unknown --decimal \"%1\": use point or comma.").arg(d));
        m.decimal = d == "comma"_L1 ? ValueParsers::Decimal::Comma : ValueParsers::Decimal::Point;
        m.decimalAmbiguous = false;
    } else if (m.decimalAmbiguous) {
        return userError(tr("The amounts of the file (such as 1,234) read both as thousands and "
                            "as decimals: say which with --decimal point or --decimal comma."));
    }
    if (parser.isSet(u"amount"_s)) {
        const QString a = parser.value(u"amount"_s).toLower();
        if (a != "monthly"_L1 && a != "one-time"_L1)
            return userError(tr("Unknown --amount \"%1\": use monthly or one-time.").arg(a));
        m.amount =
            a == "monthly"_L1 ? ImportMapping::Amount::Monthly : ImportMapping::Amount::OneTime;
    }
    return {};
}

int ImportCommand::importJson(Database &db, const QString &path, const QCommandLineParser &parser)
{
    if (parser.isSet(u"dry-run"_s))
        return fail(tr("--dry-run is for CSV files; a JSON export goes whole into an empty "
                       "database."));
    const Result<qint64> rows = DatabaseJson(db).readFile(path);
    if (!rows)
        return fail(rows.error());
    if (json())
        printJson(QJsonObject{{u"file"_s, path}, {u"rows"_s, *rows}, {u"committed"_s, true}});
    else
        out() << tr("Imported %1 rows from %2.")
                     .arg(QLocale().toString(*rows), QDir::toNativeSeparators(path))
              << Qt::endl;
    return Success;
}

int ImportCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().at(0);
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive))
        return importJson(db, path, parser);
    std::optional<CsvEntity> entity;
    if (parser.isSet(u"entity"_s)) {
        const QString e = parser.value(u"entity"_s).toLower();
        if (e == "deals"_L1 || e == "deal"_L1)
            entity = CsvEntity::Deal;
        else if (e == "companies"_L1 || e == "company"_L1)
            entity = CsvEntity::Company;
        else if (e == "contacts"_L1 || e == "contact"_L1)
            entity = CsvEntity::Contact;
        else
            return fail(tr("Unknown --entity \"%1\": use deals, companies or contacts.").arg(e));
    }
    Result<ImportMapping> mapping = ImportScanner::scanFile(path, db.playbook(), {}, entity);
    if (!mapping)
        return fail(mapping.error());
    if (Status s = adjust(mapping.value(), parser, db.playbook()); !s)
        return fail(s.error());
    Importer::Options options;
    options.dryRun = parser.isSet(u"dry-run"_s);
    options.skipProblemRows = parser.isSet(u"skip-problems"_s);
    const Result<ImportReport> report = Importer(db).runFile(path, *mapping, options);
    if (!report)
        return fail(report.error());
    if (json())
        printJson(ImportReportFormat::json(path, *mapping, *report, options.dryRun));
    else
        ImportReportFormat::print(out(), path, *mapping, *report, options.dryRun);
    const bool refused = !report->problems.isEmpty() && !options.skipProblemRows;
    return refused ? UserError : Success;
}

} // namespace dealboard::cli

#include "exportcommand.h"

#include "io/csvexport.h"
#include "io/databasejson.h"

#include <QDir>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

std::optional<QChar> delimiterFromText(const QString &text)
{
    if (text == ","_L1)
        return QChar(u',');
    if (text == ";"_L1)
        return QChar(u';');
    if (text == "tab"_L1 || text == "\t"_L1)
        return QChar(u'\t');
    return std::nullopt;
}

} // namespace

ExportCommand::ExportCommand()
    : DatabaseCommand(u"export"_s,
                      tr("Export deals, companies, contacts, activities or quotes to CSV, or the "
                         "whole database to JSON."),
                      Database::Mode::ReadOnly)
{
    addPositional({u"what"_s,
                   tr("deals, companies, contacts, activities, quotes (CSV; quotes: one row per "
                      "line) or json (the whole database)."),
                   u"deals|companies|contacts|activities|quotes|json"_s});
    addPositional({u"file"_s, tr("The file to write (replaced if it exists)."), u"FILE"_s});
    addOption({u"delimiter"_s,
               tr("The CSV delimiter: \",\" (default), \";\" (Excel in a French locale; "
                  "decimals then use a comma) or \"tab\"."),
               tr("delimiter"), u","_s});
    addOption({u"no-bom"_s, tr("Write the CSV without the UTF-8 byte order mark Excel needs.")});
}

int ExportCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const QString what = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    const QString shown = QDir::toNativeSeparators(file);
    const QLocale locale;

    if (what == "json"_L1) {
        if (parser.isSet(u"delimiter"_s) || parser.isSet(u"no-bom"_s))
            return fail(tr("--delimiter and --no-bom apply to CSV exports only."));
        const Result<qint64> rows = DatabaseJson(db).writeFile(file);
        if (!rows)
            return fail(rows.error());
        if (json())
            printJson(QJsonObject{{u"what"_s, what}, {u"file"_s, file}, {u"rows"_s, *rows}});
        else
            out() << tr("The whole database (%1 rows) written to %2.")
                         .arg(locale.toString(*rows), shown)
                  << Qt::endl;
        return Success;
    }

    const std::optional<ExportEntity> entity = CsvExport::fromKey(what);
    if (!entity)
        return fail(tr("Unknown export \"%1\": use deals, companies, contacts, activities, "
                       "quotes or json.")
                        .arg(what));
    const std::optional<QChar> delimiter = delimiterFromText(parser.value(u"delimiter"_s));
    if (!delimiter)
        return fail(tr("Unknown delimiter \"%1\": use \",\", \";\" or \"tab\".")
                        .arg(parser.value(u"delimiter"_s)));
    const CsvExportOptions options{*delimiter, !parser.isSet(u"no-bom"_s)};
    const Result<qint64> rows = CsvExport(db).writeFile(*entity, file, options);
    if (!rows)
        return fail(rows.error());
    if (json())
        printJson(QJsonObject{{u"what"_s, what}, {u"file"_s, file}, {u"rows"_s, *rows}});
    else
        out() << tr("%1 %2 written to %3.")
                     .arg(locale.toString(*rows), CsvExport::entityName(*entity), shown)
              << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

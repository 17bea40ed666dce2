#include "importlistcommand.h"

#include "cliformat.h"
#include "storage/importbatchrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ImportListCommand::ImportListCommand()
    : DatabaseCommand(u"import list"_s, tr("List the imports, latest first."),
                      Database::Mode::ReadOnly)
{}

int ImportListCommand::runOn(Database &db, const QCommandLineParser &)
{
    const Result<QList<ImportBatch>> batches = ImportBatchRepository(db).list();
    if (!batches)
        return fail(batches.error());
    if (json()) {
        QJsonArray out;
        for (const ImportBatch &b : *batches)
            out << QJsonObject{
                {u"id"_s, b.id},
                {u"at"_s, b.at.toUTC().toString(Qt::ISODate)},
                {u"file"_s, b.fileName},
                {u"source"_s, b.source},
                {u"entity"_s, b.entity},
                {u"rows"_s, b.rows},
                {u"skipped"_s, b.skipped},
                {u"created"_s, b.created},
                {u"updated"_s, b.updated},
                {u"undone_at"_s, b.undoneAt.isValid()
                                     ? QJsonValue(b.undoneAt.toUTC().toString(Qt::ISODate))
                                     : QJsonValue(QJsonValue::Null)}};
        printJson(out);
        return Success;
    }
    if (batches->isEmpty()) {
        out() << tr("No imports.") << Qt::endl;
        return Success;
    }
    const QLocale l;
    for (const ImportBatch &b : *batches) {
        out() << tr("%1  %2  %3 (%4, %5): %6 rows, %7 created, %8 updated")
                     .arg(b.id)
                     .arg(l.toString(b.at.toLocalTime(), QLocale::ShortFormat), b.fileName,
                          b.source, b.entity, l.toString(b.rows), l.toString(b.created),
                          l.toString(b.updated));
        if (b.undoneAt.isValid())
            out() << tr(", undone %1")
                         .arg(l.toString(b.undoneAt.toLocalTime(), QLocale::ShortFormat));
        out() << Qt::endl;
    }
    return Success;
}

} // namespace dealboard::cli

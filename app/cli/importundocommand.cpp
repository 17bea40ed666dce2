#include "importundocommand.h"

#include "storage/importbatchrepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ImportUndoCommand::ImportUndoCommand()
    : DatabaseCommand(u"import undo"_s,
                      tr("Undo an import as a whole: the rows it created are deleted, the ones "
                         "it updated are set back."))
{
    addPositional({u"batch"_s, tr("The import's number (see import list)."), u"ID"_s});
    addOption({u"force"_s, tr("Undo even when rows of the import were changed since.")});
}

int ImportUndoCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(tr("\"%1\" is not an import number.").arg(parser.positionalArguments().at(0)));
    ImportBatchRepository batches(db);
    const Result<qint64> changed = batches.changedSince(id);
    if (!changed)
        return fail(changed.error());
    if (*changed > 0 && !parser.isSet(u"force"_s))
        return fail(tr("%n row(s) of import %1 changed since it: undoing would set them back or "
                       "delete them. Pass --force to undo anyway.",
                       nullptr, int(*changed))
                        .arg(id));
    const Result<ImportUndoOutcome> outcome = batches.undo(id);
    if (!outcome)
        return fail(outcome.error());
    if (json())
        printJson(QJsonObject{{u"batch"_s, id},
                              {u"removed"_s, outcome->removed},
                              {u"restored"_s, outcome->restored}});
    else
        out() << tr("Import %1 undone: %2 rows removed, %3 set back.")
                     .arg(id)
                     .arg(outcome->removed)
                     .arg(outcome->restored)
              << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

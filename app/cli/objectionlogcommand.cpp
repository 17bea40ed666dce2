#include "objectionlogcommand.h"

#include "storage/dealobjectionrepository.h"
#include "storage/objectionrepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ObjectionLogCommand::ObjectionLogCommand()
    : DatabaseCommand(u"objection log"_s,
                      tr("Log an objection met on a deal (see objection list for the keys)."))
{
    addPositional({u"deal"_s, tr("The deal's id."), u"DEAL"_s});
    addPositional({u"key"_s, tr("The objection's key, e.g. competition-aws."), u"KEY"_s});
    addOption({u"note"_s, tr("What the prospect said."), tr("text")});
}

int ObjectionLogCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 dealId = parser.positionalArguments().at(0).toLongLong(&ok);
    if (!ok)
        return fail(tr("\"%1\" is not a deal id.").arg(parser.positionalArguments().at(0)));
    const QString key = parser.positionalArguments().at(1);
    DealObjectionRepository repo(db);
    const Result<qint64> id = repo.log(dealId, key, parser.value(u"note"_s));
    if (!id)
        return fail(id.error());
    const DealObjection logged = repo.find(*id).value();
    if (json()) {
        printJson(QJsonObject{{u"id"_s, logged.id},
                              {u"deal"_s, logged.dealId},
                              {u"key"_s, logged.objectionKey},
                              {u"category"_s, logged.category},
                              {u"note"_s, logged.note},
                              {u"metAt"_s, logged.metAt.toString(Qt::ISODate)}});
        return Success;
    }
    out() << tr("Objection %1 (%2) logged on deal %3.")
                 .arg(key, ObjectionRepository::categoryName(logged.category))
                 .arg(dealId)
          << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

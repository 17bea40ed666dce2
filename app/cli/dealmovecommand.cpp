#include "dealmovecommand.h"

#include "cliformat.h"
#include "storage/dealrepository.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

DealMoveCommand::DealMoveCommand()
    : DatabaseCommand(u"deal move"_s, tr("Move a deal to another stage."))
{
    addPositional({u"id"_s, tr("The deal's id."), u"ID"_s});
    addPositional({u"stage"_s,
                   tr("The stage key: lead, qualified, demo, proposal, nego, won, "
                      "lost or customer."),
                   u"STAGE"_s});
    addOption({u"reason"_s, tr("Why it was lost: budget, timing, competitor, no-fit, no-response."),
               u"reason"_s});
    addOption({u"competitor"_s, tr("Who it was lost to (with --reason competitor)."), u"name"_s});
}

int DealMoveCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(0).toLongLong(&ok);
    if (!ok)
        return fail(tr("\"%1\" is not a deal id.").arg(parser.positionalArguments().at(0)));
    const QString stage = parser.positionalArguments().at(1);
    const Playbook &pb = db.playbook();
    if (stage == pb.lostStage() && !parser.isSet(u"reason"_s)) {
        QStringList keys;
        for (const LostReason &r : pb.lostReasons())
            keys << r.key;
        return fail(tr("Moving to lost needs --reason (%1).").arg(keys.join(u", "_s)));
    }
    if (!parser.value(u"reason"_s).isEmpty() && !pb.lostReason(parser.value(u"reason"_s)))
        return fail(tr("Unknown reason \"%1\".").arg(parser.value(u"reason"_s)));
    DealRepository deals(db);
    if (Status s = deals.move(id, stage, parser.value(u"reason"_s), parser.value(u"competitor"_s));
        !s)
        return fail(s.error());
    const Result<Deal> deal = deals.find(id);
    if (!deal)
        return fail(deal.error());
    if (json())
        printJson(toJson(*deal));
    else
        out() << tr("Deal %1 is now in %2.").arg(id).arg(pb.stage(stage)->name.text()) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

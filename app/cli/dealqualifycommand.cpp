#include "dealqualifycommand.h"

#include "cliformat.h"
#include "storage/qualificationrepository.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {
const QStringList &scoreKeys()
{
    static const QStringList keys{u"budget"_s, u"authority"_s, u"need"_s, u"timeline"_s, u"fit"_s};
    return keys;
}
} // namespace

DealQualifyCommand::DealQualifyCommand(const QString &name)
    : DatabaseCommand(name, tr("Score a deal with BANT+ (Budget, Authority, Need, "
                               "Timeline, Fit)."))
{
    addPositional({u"id"_s, tr("The deal's id."), u"ID"_s});
    addOption({u"budget"_s, tr("Budget, 1–4: < 100 €, 100–500 €, 500–2K €, > 2K €."), u"N"_s});
    addOption({u"authority"_s,
               tr("Authority, 1–4: user, influencer, decision maker, economic buyer."), u"N"_s});
    addOption({u"need"_s, tr("Need, 1–4: nice-to-have, important, urgent, critical."), u"N"_s});
    addOption({u"timeline"_s, tr("Timeline, 1–4: > 6 months, 3–6 months, 1–3 months, < 1 month."),
               u"N"_s});
    addOption({u"fit"_s, tr("Fit, 0–3: none, partial, good, perfect."), u"N"_s});
}

int DealQualifyCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    bool ok = false;
    Qualification q;
    q.dealId = parser.positionalArguments().at(0).toLongLong(&ok);
    if (!ok)
        return fail(tr("\"%1\" is not a deal id.").arg(parser.positionalArguments().at(0)));
    int *scores[] = {&q.budget, &q.authority, &q.need, &q.timeline, &q.fit};
    for (qsizetype i = 0; i < scoreKeys().size(); ++i) {
        const QString &key = scoreKeys().at(i);
        if (!parser.isSet(key))
            return fail(tr("Missing --%1. See: dealboard-cli deal qualify --help").arg(key));
        *scores[i] = parser.value(key).toInt(&ok);
        if (!ok)
            return fail(tr("--%1 needs a whole number, not \"%2\".").arg(key, parser.value(key)));
    }
    QualificationRepository repo(db);
    if (Result<qint64> id = repo.add(q); !id)
        return fail(id.error());
    const Playbook &pb = db.playbook();
    const BantBand *band = pb.bandFor(q.total());
    if (json()) {
        QJsonObject o = toJson(q);
        o.insert(u"band"_s, band ? QJsonValue(band->key) : QJsonValue());
        printJson(o);
        return Success;
    }
    int max = 0;
    for (const BantCriterion &c : pb.bantCriteria())
        max += c.max;
    out() << tr("Deal %1 qualified: BANT+ %2/%3").arg(q.dealId).arg(q.total()).arg(max);
    if (band)
        out() << u" ("_s << band->name.text() << u"). "_s << band->nextStep.text();
    out() << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

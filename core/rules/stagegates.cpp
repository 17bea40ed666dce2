#include "stagegates.h"

#include "money.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kBantMin = u"bant-min"_s;
const QString kValidEmail = u"valid-email"_s;
const QString kSignedQuote = u"signed-quote"_s;

// The playbook's "online terms" ceiling: below it no signed quote is needed (§7.3).
std::optional<qint64> onlineTermsMaxCents(const Playbook &playbook)
{
    for (const auto &v : playbook.section(u"signature"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value("key"_L1).toString() == "online-terms"_L1 &&
            o.value("mrrMaxCents"_L1).isDouble())
            return o.value("mrrMaxCents"_L1).toInteger();
    }
    return std::nullopt;
}

int bantMaxTotal(const Playbook &playbook)
{
    int total = 0;
    for (const BantCriterion &c : playbook.bantCriteria())
        total += c.max;
    return total;
}

// The stages a forward move steps through, `from` and `to` included.
QStringList path(const Playbook &playbook, const QString &from, const QString &to)
{
    const int first = playbook.stageIndex(from);
    const int last = playbook.stageIndex(to);
    QStringList out{from};
    for (int i = first + 1; i <= last; ++i) {
        const Stage &s = playbook.stages().at(i);
        if (s.isOpen() || s.key == to)
            out << s.key;
    }
    return out;
}

CriterionState evaluateOne(const Playbook &playbook, const Gate &gate,
                           const GateCriterion &criterion, const GateEvidence &evidence)
{
    CriterionState state{gate.from, gate.to, criterion, false, true, {}};
    if (criterion.key == kBantMin) {
        state.tickable = false;
        if (!evidence.bantTotal) {
            state.explanation = StageGates::tr("Not qualified yet");
        } else if (evidence.bantUnanswered > 0) {
            state.explanation = StageGates::tr("The qualification is a draft: %n criterion(s) "
                                               "not answered",
                                               nullptr, evidence.bantUnanswered);
        } else {
            state.met = *evidence.bantTotal >= criterion.minScore;
            state.explanation = state.met ? StageGates::tr("BANT+ score %1/%2")
                                                .arg(*evidence.bantTotal)
                                                .arg(bantMaxTotal(playbook))
                                          : StageGates::tr("BANT+ score %1/%2, needs %3")
                                                .arg(*evidence.bantTotal)
                                                .arg(bantMaxTotal(playbook))
                                                .arg(criterion.minScore);
        }
    } else if (criterion.key == kValidEmail) {
        state.tickable = false; // the user types an email instead
        const QString email = evidence.contactEmail.trimmed();
        state.met = isValidEmail(email);
        if (email.isEmpty())
            state.explanation = StageGates::tr("No contact email");
        else if (!state.met)
            state.explanation = StageGates::tr("“%1” is not a valid email").arg(email);
        else
            state.explanation = email;
    } else if (criterion.key == kSignedQuote) {
        // Proved by a signed quote of the deal; still tickable for a signature obtained
        // outside Dealboard (a contract signed on paper before the quote existed).
        const std::optional<qint64> online = onlineTermsMaxCents(playbook);
        if (evidence.signedQuote) {
            state.met = true;
            state.explanation = StageGates::tr("A signed quote is recorded");
        } else if (online && evidence.mrrCents < *online) {
            state.met = true;
            state.explanation =
                StageGates::tr("Under %1/month: online terms, no signed quote needed")
                    .arg(Money(*online, playbook.currency())
                             .format(QLocale(), Money::Cents::WhenNeeded));
        } else if (evidence.checked.contains(criterion.key)) {
            state.met = true;
            state.explanation = StageGates::tr("Signature recorded by hand");
        } else {
            state.explanation =
                StageGates::tr("Sign a quote of the deal, or record the signature by hand");
        }
    } else {
        state.met = evidence.checked.contains(criterion.key);
    }
    return state;
}

} // namespace

bool StageGates::isForward(const Playbook &playbook, const QString &from, const QString &to)
{
    const Stage *a = playbook.stage(from);
    const Stage *b = playbook.stage(to);
    if (!a || !b || !a->isOpen())
        return false;
    if (!b->isOpen() && b->kind != Stage::Kind::Won)
        return false;
    return playbook.stageIndex(to) > playbook.stageIndex(from);
}

QList<CriterionState> StageGates::evaluate(const Playbook &playbook, const QString &from,
                                           const QString &to, const GateEvidence &evidence)
{
    QList<CriterionState> out;
    if (!isForward(playbook, from, to))
        return out;
    const QStringList steps = path(playbook, from, to);
    for (qsizetype i = 0; i + 1 < steps.size(); ++i) {
        for (const Gate &gate : playbook.gates()) {
            if (gate.from != steps.at(i) || gate.to != steps.at(i + 1))
                continue;
            for (const GateCriterion &c : gate.criteria)
                out.append(evaluateOne(playbook, gate, c, evidence));
        }
    }
    return out;
}

bool StageGates::allMet(const QList<CriterionState> &states)
{
    return std::all_of(states.cbegin(), states.cend(),
                       [](const CriterionState &s) { return s.met; });
}

QStringList StageGates::unmetKeys(const QList<CriterionState> &states)
{
    QStringList keys;
    for (const CriterionState &s : states)
        if (!s.met)
            keys << s.criterion.key;
    return keys;
}

} // namespace dealboard

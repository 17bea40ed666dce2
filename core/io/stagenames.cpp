#include "stagenames.h"

#include "headernames.h"

#include <QHash>

#include <utility>

namespace dealboard {

namespace {

// Stage names as HubSpot and Pipedrive write them, English and French, with the playbook's
// own keys and names. HubSpot's default pipeline: appointment (discovery call) → lead,
// qualified to buy → qualified, presentation → demo, decision maker bought in → proposal,
// contract sent → negotiation.
const std::pair<const char16_t *, const char16_t *> kStages[] = {
    // The playbook's keys and names (resources/playbook/vmcloud.json).
    {u"lead", u"lead"},
    {u"prospect", u"lead"},
    {u"qualified", u"qualified"},
    {u"qualifié", u"qualified"},
    {u"demo", u"demo"},
    {u"démo", u"demo"},
    {u"proposal", u"proposal"},
    {u"proposition", u"proposal"},
    {u"nego", u"nego"},
    {u"negotiation", u"nego"},
    {u"négociation", u"nego"},
    {u"won", u"won"},
    {u"gagné", u"won"},
    {u"lost", u"lost"},
    {u"perdu", u"lost"},
    {u"customer", u"customer"},
    {u"client", u"customer"},
    // HubSpot's internal ids and labels.
    {u"appointmentscheduled", u"lead"},
    {u"Appointment scheduled", u"lead"},
    {u"Rendez-vous programmé", u"lead"},
    {u"Rendez-vous planifié", u"lead"},
    {u"qualifiedtobuy", u"qualified"},
    {u"Qualified to buy", u"qualified"},
    {u"Qualifié pour acheter", u"qualified"},
    {u"Qualifié pour l'achat", u"qualified"},
    {u"presentationscheduled", u"demo"},
    {u"Presentation scheduled", u"demo"},
    {u"Présentation programmée", u"demo"},
    {u"Présentation planifiée", u"demo"},
    {u"decisionmakerboughtin", u"proposal"},
    {u"Decision maker bought-in", u"proposal"},
    {u"Décideur convaincu", u"proposal"},
    {u"Adhésion du décideur", u"proposal"},
    {u"contractsent", u"nego"},
    {u"Contract sent", u"nego"},
    {u"Contrat envoyé", u"nego"},
    {u"closedwon", u"won"},
    {u"Closed won", u"won"},
    {u"Conclue gagnée", u"won"},
    {u"Fermée gagnée", u"won"},
    {u"Fermé gagné", u"won"},
    {u"closedlost", u"lost"},
    {u"Closed lost", u"lost"},
    {u"Conclue perdue", u"lost"},
    {u"Fermée perdue", u"lost"},
    {u"Fermé perdu", u"lost"},
    // Pipedrive's default pipelines, and its deal statuses.
    {u"Lead in", u"lead"},
    {u"Prospect entrant", u"lead"},
    {u"Contact made", u"lead"},
    {u"Contact établi", u"lead"},
    {u"Needs defined", u"qualified"},
    {u"Besoins définis", u"qualified"},
    {u"Demo scheduled", u"demo"},
    {u"Démo planifiée", u"demo"},
    {u"Démo programmée", u"demo"},
    {u"Proposal made", u"proposal"},
    {u"Proposition faite", u"proposal"},
    {u"Proposition envoyée", u"proposal"},
    {u"Negotiations started", u"nego"},
    {u"Négociations commencées", u"nego"},
    {u"Négociation en cours", u"nego"},
    {u"gagnée", u"won"},
    {u"perdue", u"lost"},
};

QString keyOf(const QString &stage)
{
    return HeaderNames::normalize(stage).remove(u' ');
}

} // namespace

std::optional<QString> StageNames::stageKey(const QString &stage)
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> out;
        for (const auto &[name, key] : kStages)
            out.insert(keyOf(QString::fromUtf16(name)), QString::fromUtf16(key));
        return out;
    }();
    const auto it = table.constFind(keyOf(stage));
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

} // namespace dealboard

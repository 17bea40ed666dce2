#include "builtinobjections.h"

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

struct Text
{
    const char16_t *objection;
    const char16_t *answer;
};

struct Entry
{
    const char16_t *key;
    const char16_t *category;
    Text fr; // the seed's words
    Text en;
};

// §6.3 of the playbook, in its order.
const Entry kEntries[] = {
    {u"price-more-expensive",
     u"price",
     {u"C'est plus cher que OVH/Hetzner",
      u"\"Oui, et voici pourquoi c'est un bon investissement...\"\n"
      u"• Comparer coût total (support, backups, monitoring inclus)\n"
      u"• Calculer temps gagné (pas de gestion infra)\n"
      u"• Valeur du support réactif (vs 48h chez OVH)\n"
      u"→ Proposer calcul TCO ensemble"},
     {u"It's more expensive than OVH/Hetzner",
      u"\"Yes, and here is why it's a good investment...\"\n"
      u"• Compare the total cost (support, backups, monitoring included)\n"
      u"• Work out the time saved (no infrastructure to manage)\n"
      u"• The value of responsive support (vs 48 h at OVH)\n"
      u"→ Offer to work out the TCO together"}},
    {u"price-no-budget",
     u"price",
     {u"On n'a pas le budget", u"• Proposer offre starter à 9.99€ pour commencer\n"
                               u"• Offrir trial étendu (30 jours vs 14)\n"
                               u"• Proposer engagement annuel (-17%)\n"
                               u"→ \"Quel budget avez-vous ? On peut adapter.\""},
     {u"We don't have the budget", u"• Offer the €9.99 starter plan to begin with\n"
                                   u"• Offer an extended trial (30 days instead of 14)\n"
                                   u"• Offer an annual commitment (-17%)\n"
                                   u"→ \"What budget do you have? We can adapt.\""}},
    {u"competition-aws",
     u"competition",
     {u"On est bien sur AWS", u"• Valider : \"Si AWS vous convient, gardez-le\"\n"
                              u"• Explorer : \"Qu'est-ce qui vous frustre parfois ?\"\n"
                              u"• Positionner : \"On cible ceux qui trouvent AWS trop complexe\"\n"
                              u"→ \"Testez gratuitement, comparez par vous-même\""},
     {u"We're fine on AWS", u"• Validate: \"If AWS suits you, keep it\"\n"
                            u"• Explore: \"What frustrates you about it sometimes?\"\n"
                            u"• Position: \"We're for those who find AWS too complex\"\n"
                            u"→ \"Try it for free, compare for yourself\""}},
    {u"competition-scaleway",
     u"competition",
     {u"On hésite avec Scaleway",
      u"• Reconnaître : \"Scaleway est un bon choix aussi\"\n"
      u"• Différencier : \"Notre différence : le support humain\"\n"
      u"• Prouver : \"Envoyez un ticket maintenant, voyez notre réactivité\"\n"
      u"→ Proposer POC comparatif"},
     {u"We're also considering Scaleway",
      u"• Acknowledge: \"Scaleway is a good choice too\"\n"
      u"• Differentiate: \"Our difference: human support\"\n"
      u"• Prove it: \"Send a ticket now, see how quickly we answer\"\n"
      u"→ Offer a side-by-side proof of concept"}},
    {u"technical-missing-feature",
     u"technical",
     {u"Vous n'avez pas [feature X]",
      u"• Écouter : \"C'est un besoin critique pour vous ?\"\n"
      u"• Roadmap : \"C'est prévu pour [date], voici comment faire en attendant\"\n"
      u"• Alternative : Proposer workaround\n"
      u"→ \"Vos retours influencent nos priorités\""},
     {u"You don't have [feature X]",
      u"• Listen: \"Is it a critical need for you?\"\n"
      u"• Roadmap: \"It's planned for [date]; here is how to do it in the meantime\"\n"
      u"• Alternative: offer a workaround\n"
      u"→ \"Your feedback shapes our priorities\""}},
    {u"technical-no-datacenter",
     u"technical",
     {u"Pas de datacenter dans [pays X]",
      u"• Factuel : \"On a Paris, Amsterdam, Frankfurt\"\n"
      u"• Latence : \"Depuis [pays], la latence reste < 20ms\"\n"
      u"• Roadmap : \"[Pays] est sur notre roadmap 2025\"\n"
      u"→ \"On peut tester ensemble la latence\""},
     {u"No data centre in [country X]",
      u"• Facts: \"We have Paris, Amsterdam, Frankfurt\"\n"
      u"• Latency: \"From [country], latency stays under 20 ms\"\n"
      u"• Roadmap: \"[Country] is on our 2025 roadmap\"\n"
      u"→ \"We can test the latency together\""}},
    {u"risk-too-small",
     u"risk",
     {u"Vous êtes petit, c'est risqué",
      u"• Infrastructure : \"Hébergé chez OVH, leader EU\"\n"
      u"• Avantage : \"Notre taille = support personnalisé impossible chez les géants\"\n"
      u"• Engagement : \"SLA contractuel, on assume nos engagements\"\n"
      u"→ \"Commencez petit, scalez avec nous\""},
     {u"You're small, it's risky",
      u"• Infrastructure: \"Hosted at OVH, the EU leader\"\n"
      u"• Advantage: \"Our size = personal support the giants cannot give\"\n"
      u"• Commitment: \"A contractual SLA; we stand by our commitments\"\n"
      u"→ \"Start small, scale with us\""}},
    {u"risk-longevity",
     u"risk",
     {u"Qui garantit la pérennité ?",
      u"• Transparence : Structure financière saine, pas de levée risquée\n"
      u"• Backup : \"Vos données sont exportables à tout moment\"\n"
      u"• Relation : \"On construit des relations long terme\"\n"
      u"→ Proposer rencontre fondateur"},
     {u"Who guarantees you'll still be around?",
      u"• Transparency: sound finances, no risky fundraising\n"
      u"• Backup: \"Your data can be exported at any time\"\n"
      u"• Relationship: \"We build long-term relationships\"\n"
      u"→ Offer a meeting with the founder"}},
    {u"timing-not-now",
     u"timing",
     {u"Pas maintenant, peut-être dans 6 mois",
      u"• Comprendre : \"Qu'est-ce qui se passe dans 6 mois ?\"\n"
      u"• Urgence : \"Le problème actuel empire-t-il ?\"\n"
      u"• Garder contact : \"Je vous recontacte dans 3 mois ?\"\n"
      u"→ Ajouter à nurture, rappel calendrier"},
     {u"Not now, maybe in 6 months", u"• Understand: \"What happens in 6 months?\"\n"
                                     u"• Urgency: \"Is the current problem getting worse?\"\n"
                                     u"• Keep in touch: \"Shall I get back to you in 3 months?\"\n"
                                     u"→ Add to nurture, set a calendar reminder"}},
};

Objection make(const Entry &e, bool french)
{
    const Text &t = french ? e.fr : e.en;
    Objection o;
    o.key = QString::fromUtf16(e.key);
    o.language = french ? u"fr"_s : u"en"_s;
    o.category = QString::fromUtf16(e.category);
    o.objection = QString::fromUtf16(t.objection);
    o.answer = QString::fromUtf16(t.answer);
    o.builtIn = true;
    return o;
}

} // namespace

QList<Objection> BuiltInObjections::all(const QString &language)
{
    const bool french = language == "fr"_L1;
    QList<Objection> out;
    for (const Entry &e : kEntries)
        out.append(make(e, french));
    return out;
}

std::optional<Objection> BuiltInObjections::find(const QString &key, const QString &language)
{
    for (const Entry &e : kEntries)
        if (key == QStringView(e.key))
            return make(e, language == "fr"_L1);
    return std::nullopt;
}

} // namespace dealboard

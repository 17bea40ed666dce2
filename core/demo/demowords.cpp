#include "demowords.h"

using namespace Qt::StringLiterals;

namespace dealboard::demo {

QStringList firstNames()
{
    return {u"Camille"_s, u"Léa"_s,     u"Manon"_s,   u"Chloé"_s,    u"Inès"_s,   u"Julie"_s,
            u"Sarah"_s,   u"Claire"_s,  u"Emma"_s,    u"Lucie"_s,    u"Hugo"_s,   u"Lucas"_s,
            u"Thomas"_s,  u"Nicolas"_s, u"Julien"_s,  u"Antoine"_s,  u"Maxime"_s, u"Mathieu"_s,
            u"Pierre"_s,  u"Louis"_s,   u"Élodie"_s,  u"Anaïs"_s,    u"Sophie"_s, u"Karim"_s,
            u"Yanis"_s,   u"Mehdi"_s,   u"Bastien"_s, u"Aurélien"_s, u"Céline"_s, u"Margaux"_s};
}

QStringList lastNames()
{
    return {u"Martin"_s,  u"Bernard"_s,  u"Dubois"_s, u"Thomas"_s,   u"Robert"_s,   u"Richard"_s,
            u"Petit"_s,   u"Durand"_s,   u"Leroy"_s,  u"Moreau"_s,   u"Simon"_s,    u"Laurent"_s,
            u"Lefèvre"_s, u"Michel"_s,   u"Garcia"_s, u"David"_s,    u"Bertrand"_s, u"Roux"_s,
            u"Vincent"_s, u"Fournier"_s, u"Morel"_s,  u"Girard"_s,   u"André"_s,    u"Mercier"_s,
            u"Dupont"_s,  u"Lambert"_s,  u"Bonnet"_s, u"François"_s, u"Martinez"_s, u"Benali"_s};
}

QStringList nameWords()
{
    return {u"Élan"_s,    u"Horizon"_s, u"Azur"_s,    u"Boréal"_s,  u"Cèdre"_s,   u"Granit"_s,
            u"Mistral"_s, u"Olympe"_s,  u"Pixel"_s,   u"Quartz"_s,  u"Sillage"_s, u"Tramontane"_s,
            u"Vauban"_s,  u"Zénith"_s,  u"Lumière"_s, u"Colibri"_s, u"Hélios"_s,  u"Nuage"_s,
            u"Orbite"_s,  u"Phare"_s,   u"Rivage"_s,  u"Sève"_s,    u"Tilleul"_s, u"Vertige"_s,
            u"Alizé"_s,   u"Brume"_s,   u"Carmin"_s,  u"Digital"_s, u"Écume"_s,   u"Fjord"_s,
            u"Garance"_s, u"Iroise"_s,  u"Jasmin"_s,  u"Lagune"_s,  u"Marelle"_s, u"Nacre"_s,
            u"Opale"_s,   u"Prisme"_s,  u"Sirocco"_s, u"Volute"_s};
}

QStringList cities()
{
    return {u"Lyon"_s,       u"Nantes"_s,      u"Bordeaux"_s,  u"Lille"_s,
            u"Toulouse"_s,   u"Rennes"_s,      u"Marseille"_s, u"Grenoble"_s,
            u"Strasbourg"_s, u"Montpellier"_s, u"Paris"_s,     u"Nice"_s};
}

QStringList sectors()
{
    return {u"SaaS"_s,      u"E-commerce"_s, u"Agence web"_s, u"Média"_s,
            u"Santé"_s,     u"Éducation"_s,  u"Industrie"_s,  u"Finance"_s,
            u"Jeu vidéo"_s, u"IA / ML"_s,    u"Tourisme"_s,   u"Immobilier"_s};
}

QStringList dealTitles()
{
    return {u"Hébergement multi-projets"_s, u"Migration depuis OVH"_s,
            u"Cluster Kubernetes managé"_s, u"VPS de production"_s,
            u"Sauvegardes externalisées"_s, u"Environnement GPU ML"_s,
            u"Plateforme e-commerce"_s,     u"CDN et stockage objet"_s,
            u"POC infrastructure"_s,        u"PaaS pour applis web"_s,
            u"Préprod et recette"_s,        u"Monitoring et alerting"_s};
}

QStringList nextSteps()
{
    return {u"Planifier la démo"_s, u"Call discovery"_s,      u"Envoyer la proposition"_s,
            u"Relance post-démo"_s, u"Relance silencieuse"_s, u"Négocier les conditions"_s,
            u"Envoyer le récap"_s,  u"Préparer le POC"_s};
}

QStringList sources()
{
    return {u"Inbound"_s, u"Site web"_s, u"Referral"_s, u"Partenaire"_s,
            u"Salon"_s,   u"Outbound"_s, u"Chat"_s};
}

QStringList competitors()
{
    return {u"OVHcloud"_s,   u"Scaleway"_s,     u"AWS"_s,   u"Hetzner"_s,
            u"Infomaniak"_s, u"Clever Cloud"_s, u"Azure"_s, u"Google Cloud"_s};
}

QString slug(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if ((c == u' ' || c == u'-') && !out.endsWith(u'-'))
            out += u'-';
    }
    return out;
}

} // namespace dealboard::demo

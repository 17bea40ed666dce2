#include "headernames.h"

#include <QHash>

#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

struct Synonyms
{
    const char16_t *key;
    std::vector<const char16_t *> names; // written as the tools write them
};

// Headers that name their entity themselves ("Deal Name", "Associated Company"): they mean
// the same in a deals, companies or contacts export.
const std::vector<Synonyms> kDealNamed = {
    {u"title", {u"Deal Name", u"Deal title", u"Nom de la transaction", u"Nom de l'affaire"}},
    {u"stage",
     {u"Deal Stage", u"Phase de la transaction", u"Étape de la transaction",
      u"Étape de l'affaire"}},
    {u"owner", {u"Deal owner", u"Propriétaire de la transaction", u"Propriétaire de l'affaire"}},
    {u"amount", {u"Deal amount", u"Deal value", u"Montant de la transaction"}},
    {u"lostReason",
     {u"Closed lost reason", u"Lost reason", u"Raison de la perte", u"Motif de la perte",
      u"Raison de perte", u"Raison de la perte (fermée)"}},
    {u"wonReason", {u"Closed won reason", u"Won reason", u"Raison du gain", u"Motif du gain"}},
    {u"pipeline", {u"Deal pipeline", u"Pipeline de transactions"}},
    {u"externalId", {u"Deal ID", u"ID de la transaction", u"ID de l'affaire"}},
    {u"hubspotId", {u"hubspotId"}},
    {u"pipedriveId", {u"pipedriveId"}},
};
const std::vector<Synonyms> kCompanyNamed = {
    {u"name",
     {u"Associated Company", u"Associated Company (Primary)", u"Entreprise associée",
      u"Company name", u"Company", u"Nom de l'entreprise", u"Organization", u"Organisation",
      u"Organization name", u"Nom de l'organisation"}},
    {u"website", {u"Company Domain Name", u"Nom de domaine de l'entreprise", u"Company website"}},
    {u"externalId",
     {u"Associated Company ID", u"Associated Company IDs", u"Associated Company IDs (Primary)",
      u"Company ID", u"Organization ID", u"ID de l'entreprise", u"ID de l'organisation",
      u"companyExternalId"}},
    {u"segment", {u"companySegment"}},
    {u"sector", {u"Company industry"}},
    {u"owner", {u"Company owner", u"Propriétaire de l'entreprise"}},
};
const std::vector<Synonyms> kContactNamed = {
    {u"name",
     {u"Associated Contact", u"Contact associé", u"contactName", u"Contact person", u"Person",
      u"Personne", u"Nom du contact", u"Personne à contacter"}},
    {u"email", {u"contactEmail", u"E-mail du contact", u"Email du contact"}},
    {u"externalId",
     {u"Associated Contact ID", u"Associated Contact IDs", u"Contact ID", u"Person ID",
      u"ID du contact", u"ID de la personne", u"contactExternalId"}},
    {u"owner", {u"Contact owner", u"Propriétaire du contact"}},
};

// Headers whose entity is the file's, or the Pipedrive prefix's.
const std::vector<Synonyms> kDeal = {
    {u"rowId", {u"dealboardId"}}, // Dealboard's own id: tells apart rows that look alike
    {u"externalId", {u"Record ID", u"ID", u"ID de fiche", u"ID d'enregistrement", u"Identifiant"}},
    {u"title", {u"Title", u"Titre", u"Name", u"Nom"}},
    {u"amount", {u"Amount", u"Value", u"Valeur", u"Montant"}},
    {u"mrr", {u"Monthly recurring revenue", u"Revenu récurrent mensuel", u"MRR"}},
    {u"oneTime", {u"One-time", u"Frais uniques"}},
    {u"currency", {u"Currency", u"Devise", u"Currency code", u"Code de devise"}},
    {u"stage", {u"Stage", u"Étape", u"Phase", u"Pipeline stage"}},
    {u"status", {u"Status", u"Statut", u"État"}},
    {u"pipeline", {u"Pipeline"}},
    {u"expectedClose",
     {u"Close Date", u"Expected close date", u"Date de fermeture", u"Date de clôture",
      u"Date de clôture prévue", u"Date de fermeture prévue", u"Date de conclusion prévue"}},
    {u"createdAt",
     {u"Create Date", u"Created", u"Add time", u"Deal created", u"Date de création",
      u"Heure d'ajout", u"Date d'ajout", u"Affaire créée", u"Créé le"}},
    {u"updatedAt",
     {u"Last Modified Date", u"Update time", u"Date de dernière modification",
      u"Heure de mise à jour", u"Dernière modification"}},
    {u"closedAt",
     {u"Won time", u"Lost time", u"Close time", u"Heure de gain", u"Heure de perte",
      u"Heure de clôture", u"Date de gain"}},
    {u"owner", {u"Owner", u"Propriétaire", u"Owner name"}},
    {u"source", {u"Source", u"Original source", u"Source d'origine", u"Lead source"}},
    {u"nextStep", {u"Next step", u"Prochaine étape"}},
    {u"nextStepDue", {u"Next activity date", u"Date de la prochaine activité"}},
    {u"probability",
     {u"Probability", u"Deal probability", u"Probabilité", u"Probabilité de la transaction"}},
    {u"lostCompetitor", {u"Competitor", u"Concurrent"}},
    {u"verbalAgreement", {u"verbalAgreement"}},
    {u"timelineConfirmed", {u"timelineConfirmed"}},
    {u"stageEnteredAt", {u"stageEnteredAt"}},
};
const std::vector<Synonyms> kCompany = {
    {u"rowId", {u"dealboardId"}},
    {u"externalId", {u"Record ID", u"ID", u"ID de fiche", u"ID d'enregistrement", u"Identifiant"}},
    {u"name", {u"Name", u"Nom"}},
    {u"website",
     {u"Website", u"Website URL", u"Site web", u"URL du site web", u"Domain", u"Domaine", u"URL"}},
    {u"sector", {u"Industry", u"Industrie", u"Secteur", u"Secteur d'activité"}},
    {u"segment", {u"Segment"}},
    {u"city", {u"City", u"Ville"}},
    {u"country", {u"Country", u"Country/Region", u"Pays", u"Pays/région"}},
    {u"phone", {u"Phone", u"Phone Number", u"Téléphone", u"Numéro de téléphone"}},
    {u"employees", {u"Number of Employees", u"Employees", u"Nombre d'employés", u"Effectif"}},
    {u"owner", {u"Owner", u"Propriétaire"}},
    {u"source", {u"Source", u"Original source", u"Source d'origine"}},
    {u"createdAt", {u"Create Date", u"Add time", u"Date de création", u"Heure d'ajout"}},
    {u"updatedAt", {u"Last Modified Date", u"Update time", u"Date de dernière modification"}},
};
const std::vector<Synonyms> kContact = {
    {u"rowId", {u"dealboardId"}},
    {u"externalId", {u"Record ID", u"ID", u"ID de fiche", u"ID d'enregistrement", u"Identifiant"}},
    {u"name", {u"Name", u"Full name", u"Nom complet"}},
    {u"firstName", {u"First Name", u"Prénom"}},
    {u"lastName", {u"Last Name", u"Nom de famille", u"Nom"}}, // HubSpot FR: Prénom, Nom
    {u"email",
     {u"Email", u"E-mail", u"Email address", u"Adresse e-mail", u"Courriel", u"Work email"}},
    {u"phone",
     {u"Phone", u"Phone Number", u"Mobile Phone Number", u"Téléphone", u"Numéro de téléphone",
      u"Numéro de téléphone portable"}},
    {u"role", {u"Job Title", u"Title", u"Fonction", u"Poste", u"Intitulé du poste", u"Role"}},
    {u"linkedin", {u"LinkedIn", u"LinkedIn URL", u"LinkedIn profile", u"Profil LinkedIn"}},
    {u"decisionRole", {u"decisionRole"}},
    {u"owner", {u"Owner", u"Propriétaire"}},
    {u"source", {u"Source", u"Original source", u"Source d'origine"}},
    {u"createdAt", {u"Create Date", u"Add time", u"Date de création", u"Heure d'ajout"}},
    {u"updatedAt", {u"Last Modified Date", u"Update time", u"Date de dernière modification"}},
};
// Pipedrive's "Personne - Nom" is the full name, HubSpot's "Nom" the last name.
const std::vector<Synonyms> kContactPrefixed = {{u"name", {u"Nom"}}};

// Pipedrive's entity prefixes, English and French.
struct Prefix
{
    const char16_t *name;
    CsvEntity entity;
};
constexpr std::array<Prefix, 19> kPrefixes = {{
    {u"deal", CsvEntity::Deal},
    {u"affaire", CsvEntity::Deal},
    {u"transaction", CsvEntity::Deal},
    {u"organization", CsvEntity::Company},
    {u"organisation", CsvEntity::Company},
    {u"company", CsvEntity::Company},
    {u"entreprise", CsvEntity::Company},
    {u"person", CsvEntity::Contact},
    {u"personne", CsvEntity::Contact},
    {u"contact", CsvEntity::Contact},
    {u"activity", CsvEntity::Other},
    {u"activite", CsvEntity::Other},
    {u"product", CsvEntity::Other},
    {u"produit", CsvEntity::Other},
    {u"note", CsvEntity::Other},
    {u"lead", CsvEntity::Other},
    {u"prospect", CsvEntity::Other},
    {u"participant", CsvEntity::Other},
    {u"projet", CsvEntity::Other},
}};

// The lookup key: the normalised name without its spaces, so that "E-mail" is "Email".
QString compact(const QString &normalized)
{
    QString out = normalized;
    out.remove(u' ');
    return out;
}

using Table = QHash<QString, HeaderField>;

// With `withKeys`, the keys themselves are headers too: Dealboard's own export.
Table tableOf(CsvEntity entity, const std::vector<Synonyms> &synonyms, bool withKeys = true)
{
    Table table;
    for (const Synonyms &s : synonyms) {
        const QString key = QString::fromUtf16(s.key);
        const HeaderField field{entity, key};
        if (withKeys)
            table.insert(compact(HeaderNames::normalize(key)), field);
        for (const char16_t *name : s.names)
            table.insert(compact(HeaderNames::normalize(QString::fromUtf16(name))), field);
    }
    return table;
}

struct Tables
{
    Table named; // entity named in the header
    Table deal;
    Table company;
    Table contact;
    Table contactPrefixed;
};

const Tables &tables()
{
    static const Tables t = [] {
        Tables out;
        const std::array<std::pair<CsvEntity, const std::vector<Synonyms> *>, 3> named = {{
            {CsvEntity::Deal, &kDealNamed},
            {CsvEntity::Company, &kCompanyNamed},
            {CsvEntity::Contact, &kContactNamed},
        }};
        for (const auto &[entity, synonyms] : named) {
            const Table part = tableOf(entity, *synonyms, false);
            for (auto it = part.cbegin(); it != part.cend(); ++it)
                out.named.insert(it.key(), it.value());
        }
        out.deal = tableOf(CsvEntity::Deal, kDeal);
        out.company = tableOf(CsvEntity::Company, kCompany);
        out.contact = tableOf(CsvEntity::Contact, kContact);
        out.contactPrefixed = tableOf(CsvEntity::Contact, kContactPrefixed);
        return out;
    }();
    return t;
}

const Table *tableFor(CsvEntity entity)
{
    switch (entity) {
    case CsvEntity::Deal:
        return &tables().deal;
    case CsvEntity::Company:
        return &tables().company;
    case CsvEntity::Contact:
        return &tables().contact;
    case CsvEntity::None:
    case CsvEntity::Other:
        break;
    }
    return nullptr;
}

std::optional<HeaderField> find(const Table *table, const QString &key)
{
    if (!table)
        return std::nullopt;
    const auto it = table->constFind(key);
    if (it == table->cend())
        return std::nullopt;
    return *it;
}

} // namespace

QString HeaderNames::normalize(const QString &header)
{
    QString text = header.trimmed();
    while (text.endsWith(u'*'))
        text = text.chopped(1).trimmed();
    // camelCase → camel case, for Dealboard's own headers.
    QString split;
    split.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && text.at(i).isUpper() && text.at(i - 1).isLower())
            split += u' ';
        split += text.at(i);
    }
    const QString decomposed = split.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of an é
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c.toCaseFolded();
        } else {
            space = true; // spaces, _ - – / ( ) ' . : and the like
        }
    }
    return out;
}

HeaderParts HeaderNames::split(const QString &header)
{
    // Pipedrive writes "Entity - Field"; a dash inside a name ("E-mail") has no spaces.
    for (const QString &dash : {u" - "_s, u" – "_s}) {
        const qsizetype at = header.indexOf(dash);
        if (at <= 0)
            continue;
        const QString prefix = normalize(header.left(at));
        for (const Prefix &p : kPrefixes)
            if (prefix == QStringView(p.name))
                return HeaderParts{p.entity, prefix, normalize(header.mid(at + dash.size()))};
    }
    return HeaderParts{CsvEntity::None, QString(), normalize(header)};
}

std::optional<HeaderField> HeaderNames::match(const QString &header, CsvEntity fileEntity)
{
    const HeaderParts parts = split(header);
    const QString key = compact(parts.name);
    if (key.isEmpty())
        return std::nullopt;
    if (parts.entity != CsvEntity::None) {
        if (parts.entity == CsvEntity::Contact)
            if (auto f = find(&tables().contactPrefixed, key))
                return f;
        if (auto f = find(tableFor(parts.entity), key))
            return f;
        // "Deal - Organization", "Deal - Contact person": the entity is in the name.
        if (auto f = find(&tables().named, key))
            return f;
        return std::nullopt;
    }
    if (auto f = find(&tables().named, key))
        return f;
    return find(tableFor(fileEntity), key);
}

CsvEntity HeaderNames::guessEntity(const QStringList &headers)
{
    std::array<int, 3> votes = {0, 0, 0}; // deal, company, contact
    auto vote = [&votes](CsvEntity e) {
        if (e == CsvEntity::Deal)
            ++votes[0];
        else if (e == CsvEntity::Company)
            ++votes[1];
        else if (e == CsvEntity::Contact)
            ++votes[2];
    };
    for (const QString &header : headers) {
        const HeaderParts parts = split(header);
        const QString key = compact(parts.name);
        if (parts.entity != CsvEntity::None) {
            vote(parts.entity);
        } else if (const auto f = find(&tables().named, key)) {
            vote(f->entity);
        } else {
            for (const CsvEntity e : {CsvEntity::Deal, CsvEntity::Company, CsvEntity::Contact})
                if (find(tableFor(e), key))
                    vote(e);
        }
    }
    if (votes[0] == 0 && votes[1] == 0 && votes[2] == 0)
        return CsvEntity::None;
    // Ties go to deals: a deals export names its company and contact too.
    if (votes[0] >= votes[1] && votes[0] >= votes[2])
        return CsvEntity::Deal;
    return votes[2] >= votes[1] ? CsvEntity::Contact : CsvEntity::Company;
}

CsvSource HeaderNames::guessSource(const QStringList &headers)
{
    if (headers.isEmpty())
        return CsvSource::Unknown;
    qsizetype prefixed = 0;
    bool keysOnly = true;
    for (const QString &header : headers) {
        if (split(header).entity != CsvEntity::None)
            ++prefixed;
        for (const QChar c : header)
            if (!c.isLetter() || c.unicode() > 0x7F)
                keysOnly = false;
        if (header.isEmpty() || header.front().isUpper())
            keysOnly = false;
    }
    if (prefixed * 2 >= headers.size())
        return CsvSource::Pipedrive;
    static const QStringList hubspot = {
        u"recordid"_s,          u"iddefiche"_s,          u"dealstage"_s, u"phasedelatransaction"_s,
        u"associatedcompany"_s, u"entrepriseassociee"_s, u"dealowner"_s, u"nomdelatransaction"_s};
    for (const QString &header : headers)
        if (hubspot.contains(compact(normalize(header))))
            return CsvSource::HubSpot;
    const CsvEntity entity = guessEntity(headers);
    if (keysOnly && entity != CsvEntity::None)
        return CsvSource::Dealboard;
    return CsvSource::Unknown;
}

} // namespace dealboard

#include "importindex.h"

#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/dealrepository.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

template<typename T>
T *itemOf(QHash<qint64, T> &items, qint64 id)
{
    if (id == 0)
        return nullptr;
    const auto it = items.find(id);
    return it == items.end() ? nullptr : &*it;
}

} // namespace

QString ImportIndex::domainOf(const QString &website)
{
    QString text = website.trimmed().toLower();
    if (text.isEmpty())
        return {};
    if (!text.contains(u"://"_s))
        text.prepend(u"http://"_s);
    QString host = QUrl(text).host();
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    return host;
}

qint64 ImportIndex::pick(const Keys &keys, const QString &key, const Claims &claims,
                         const QString &identity)
{
    if (key.isEmpty())
        return 0;
    qint64 best = 0;
    for (auto it = keys.constFind(key); it != keys.cend() && it.key() == key; ++it) {
        const qint64 id = it.value();
        const auto claimed = claims.constFind(id);
        const bool free = identity.isEmpty() || claimed == claims.cend() || *claimed == identity;
        if (free && (best == 0 || id < best))
            best = id;
    }
    return best;
}

void ImportIndex::replaceKey(Keys &keys, const QString &before, const QString &after, qint64 id)
{
    if (before == after)
        return;
    if (!before.isEmpty())
        keys.remove(before, id);
    if (!after.isEmpty())
        keys.insert(after, id);
}

void ImportIndex::claim(Claims &claims, qint64 id, const QString &identity)
{
    if (!identity.isEmpty() && !claims.contains(id))
        claims.insert(id, identity);
}

Status ImportIndex::load(Database &db)
{
    Result<QList<Company>> companies = CompanyRepository(db).list();
    if (!companies)
        return companies.error();
    for (const Company &c : *companies)
        put(c);
    Result<QList<Contact>> contacts = ContactRepository(db).list();
    if (!contacts)
        return contacts.error();
    for (const Contact &c : *contacts)
        put(c);
    Result<QList<Deal>> deals = DealRepository(db).list();
    if (!deals)
        return deals.error();
    for (const Deal &d : *deals)
        put(d);
    return {};
}

Company *ImportIndex::company(const ImportCompanyValues &v, const QString &identity)
{
    const Claims none;
    if (Company *c = itemOf(
            m_companies, pick(m_companyByExternalId, v.externalId.value_or(QString()), none, {})))
        return c;
    if (Company *c =
            itemOf(m_companies, pick(m_companyByDomain, domainOf(v.website.value_or(QString())),
                                     m_companyClaims, identity)))
        return c;
    return itemOf(m_companies, pick(m_companyByName, folded(v.name.value_or(QString())),
                                    m_companyClaims, identity));
}

Contact *ImportIndex::contact(const ImportContactValues &v, qint64 companyId,
                              const QString &identity)
{
    const Claims none;
    if (Contact *c = itemOf(
            m_contacts, pick(m_contactByExternalId, v.externalId.value_or(QString()), none, {})))
        return c;
    if (Contact *c = itemOf(m_contacts, pick(m_contactByEmail, folded(v.email.value_or(QString())),
                                             m_contactClaims, identity)))
        return c;
    if (!v.name)
        return nullptr;
    return itemOf(m_contacts, pick(m_contactByName, withinCompany(companyId, *v.name),
                                   m_contactClaims, identity));
}

Deal *ImportIndex::deal(const ImportDealValues &v, CsvSource source, qint64 companyId,
                        const QString &identity)
{
    // A CRM's own id column; Dealboard's export names both.
    const QString external = v.externalId.value_or(QString());
    const QString hubspot =
        source == CsvSource::HubSpot ? external : v.hubspotId.value_or(QString());
    const QString pipedrive =
        source == CsvSource::Pipedrive ? external : v.pipedriveId.value_or(QString());
    const Claims none;
    if (Deal *d = itemOf(m_deals, pick(m_dealByHubspot, hubspot, none, {})))
        return d;
    if (Deal *d = itemOf(m_deals, pick(m_dealByPipedrive, pipedrive, none, {})))
        return d;
    if (!v.title || companyId == 0)
        return nullptr;
    return itemOf(m_deals,
                  pick(m_dealByTitle, withinCompany(companyId, *v.title), m_dealClaims, identity));
}

void ImportIndex::put(const Company &c)
{
    const Company before = m_companies.value(c.id);
    replaceKey(m_companyByExternalId, before.externalId, c.externalId, c.id);
    replaceKey(m_companyByDomain, domainOf(before.website), domainOf(c.website), c.id);
    replaceKey(m_companyByName, before.id ? folded(before.name) : QString(), folded(c.name), c.id);
    m_companies.insert(c.id, c);
}

void ImportIndex::put(const Contact &c)
{
    const Contact before = m_contacts.value(c.id);
    replaceKey(m_contactByExternalId, before.externalId, c.externalId, c.id);
    replaceKey(m_contactByEmail, folded(before.email), folded(c.email), c.id);
    replaceKey(m_contactByName,
               before.id ? withinCompany(before.companyId, before.name) : QString(),
               withinCompany(c.companyId, c.name), c.id);
    m_contacts.insert(c.id, c);
}

void ImportIndex::put(const Deal &d)
{
    const Deal before = m_deals.value(d.id);
    replaceKey(m_dealByHubspot, before.hubspotId, d.hubspotId, d.id);
    replaceKey(m_dealByPipedrive, before.pipedriveId, d.pipedriveId, d.id);
    replaceKey(m_dealByTitle, before.id ? withinCompany(before.companyId, before.title) : QString(),
               withinCompany(d.companyId, d.title), d.id);
    m_deals.insert(d.id, d);
}

void ImportIndex::claimCompany(qint64 id, const QString &identity)
{
    claim(m_companyClaims, id, identity);
}

void ImportIndex::claimContact(qint64 id, const QString &identity)
{
    claim(m_contactClaims, id, identity);
}

void ImportIndex::claimDeal(qint64 id, const QString &identity)
{
    claim(m_dealClaims, id, identity);
}

} // namespace dealboard

#include "importindex.h"

#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/dealrepository.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

template<typename T>
T *found(QHash<qint64, T> &items, const QHash<QString, qint64> &index, const QString &key)
{
    if (key.isEmpty())
        return nullptr;
    const auto id = index.constFind(key);
    if (id == index.cend())
        return nullptr;
    const auto it = items.find(*id);
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

Company *ImportIndex::company(const ImportCompanyValues &v)
{
    if (Company *c = found(m_companies, m_companyByExternalId, v.externalId.value_or(QString())))
        return c;
    if (Company *c = found(m_companies, m_companyByDomain, domainOf(v.website.value_or(QString()))))
        return c;
    return found(m_companies, m_companyByName, folded(v.name.value_or(QString())));
}

Contact *ImportIndex::contact(const ImportContactValues &v, qint64 companyId)
{
    if (Contact *c = found(m_contacts, m_contactByExternalId, v.externalId.value_or(QString())))
        return c;
    if (Contact *c = found(m_contacts, m_contactByEmail, folded(v.email.value_or(QString()))))
        return c;
    if (!v.name)
        return nullptr;
    return found(m_contacts, m_contactByName, dealKey(companyId, *v.name));
}

Deal *ImportIndex::deal(const ImportDealValues &v, CsvSource source, qint64 companyId)
{
    // A CRM's own id column; Dealboard's export names both.
    const QString external = v.externalId.value_or(QString());
    const QString hubspot =
        source == CsvSource::HubSpot ? external : v.hubspotId.value_or(QString());
    const QString pipedrive =
        source == CsvSource::Pipedrive ? external : v.pipedriveId.value_or(QString());
    if (Deal *d = found(m_deals, m_dealByHubspot, hubspot))
        return d;
    if (Deal *d = found(m_deals, m_dealByPipedrive, pipedrive))
        return d;
    if (!v.title || companyId == 0)
        return nullptr;
    return found(m_deals, m_dealByTitle, dealKey(companyId, *v.title));
}

void ImportIndex::put(const Company &c)
{
    m_companies.insert(c.id, c);
    if (!c.externalId.isEmpty())
        m_companyByExternalId.insert(c.externalId, c.id);
    if (const QString domain = domainOf(c.website); !domain.isEmpty())
        m_companyByDomain.insert(domain, c.id);
    m_companyByName.insert(folded(c.name), c.id);
}

void ImportIndex::put(const Contact &c)
{
    m_contacts.insert(c.id, c);
    if (!c.externalId.isEmpty())
        m_contactByExternalId.insert(c.externalId, c.id);
    if (!c.email.isEmpty())
        m_contactByEmail.insert(folded(c.email), c.id);
    m_contactByName.insert(dealKey(c.companyId, c.name), c.id);
}

void ImportIndex::put(const Deal &d)
{
    m_deals.insert(d.id, d);
    if (!d.hubspotId.isEmpty())
        m_dealByHubspot.insert(d.hubspotId, d.id);
    if (!d.pipedriveId.isEmpty())
        m_dealByPipedrive.insert(d.pipedriveId, d.id);
    m_dealByTitle.insert(dealKey(d.companyId, d.title), d.id);
}

} // namespace dealboard

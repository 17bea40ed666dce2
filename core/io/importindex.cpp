#include "importindex.h"

#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/dealrepository.h"

#include <QSqlQuery>
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
                         const QString &identity, const std::function<bool(qint64)> &elsewhere)
{
    if (key.isEmpty())
        return 0;
    qint64 best = 0;
    for (auto it = keys.constFind(key); it != keys.cend() && it.key() == key; ++it) {
        const qint64 id = it.value();
        const auto claimed = claims.constFind(id);
        const bool free = identity.isEmpty() || claimed == claims.cend() || *claimed == identity;
        if (free && (best == 0 || id < best) && !(elsewhere && elsewhere(id)))
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
    m_db = &db;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, company_id, title, hubspot_id, pipedrive_id FROM deals "
                "WHERE deleted_at IS NULL"_s))
        return db.sqlError(q, DealRepository::tr("listing deals"));
    while (q.next()) {
        Deal d;
        d.id = q.value(0).toLongLong();
        d.companyId = q.value(1).toLongLong();
        d.title = q.value(2).toString();
        d.hubspotId = q.value(3).toString();
        d.pipedriveId = q.value(4).toString();
        putNew(d);
    }
    return {};
}

Company *ImportIndex::company(const ImportCompanyValues &v, const QString &identity)
{
    const Claims none;
    if (Company *c = itemOf(
            m_companies, pick(m_companyByExternalId, v.externalId.value_or(QString()), none, {})))
        return c;
    // A look-alike that another record of the other CRM already is, is not this one.
    const QString external = v.externalId.value_or(QString());
    const auto elsewhere = [this, &external](qint64 id) {
        const QString &known = m_companies[id].externalId;
        return !external.isEmpty() && !known.isEmpty() && known != external;
    };
    if (Company *c =
            itemOf(m_companies, pick(m_companyByDomain, domainOf(v.website.value_or(QString())),
                                     m_companyClaims, identity, elsewhere)))
        return c;
    return itemOf(m_companies, pick(m_companyByName, folded(v.name.value_or(QString())),
                                    m_companyClaims, identity, elsewhere));
}

Contact *ImportIndex::contact(const ImportContactValues &v, qint64 companyId,
                              const QString &identity)
{
    const Claims none;
    if (Contact *c = itemOf(
            m_contacts, pick(m_contactByExternalId, v.externalId.value_or(QString()), none, {})))
        return c;
    const QString external = v.externalId.value_or(QString());
    const auto elsewhere = [this, &external](qint64 id) {
        const QString &known = m_contacts[id].externalId;
        return !external.isEmpty() && !known.isEmpty() && known != external;
    };
    if (Contact *c = itemOf(m_contacts, pick(m_contactByEmail, folded(v.email.value_or(QString())),
                                             m_contactClaims, identity, elsewhere)))
        return c;
    if (!v.name)
        return nullptr;
    return itemOf(m_contacts, pick(m_contactByName, withinCompany(companyId, *v.name),
                                   m_contactClaims, identity, elsewhere));
}

Result<Deal *> ImportIndex::deal(const ImportDealValues &v, CsvSource source, qint64 companyId,
                                 const QString &identity)
{
    const qint64 id = dealId(v, source, companyId, identity);
    if (id == 0)
        return static_cast<Deal *>(nullptr);
    if (Deal *d = itemOf(m_deals, id))
        return d;
    // One by one at first; when the file keeps finding deals (a second import), all at once.
    if (++m_reads == kReadsBeforeAll) {
        Result<QList<Deal>> all = DealRepository(*m_db).list();
        if (!all)
            return all.error();
        for (const Deal &d : *all)
            if (!m_deals.contains(d.id))
                m_deals.insert(d.id, d);
        if (Deal *d = itemOf(m_deals, id))
            return d;
    }
    Result<Deal> read = DealRepository(*m_db).find(id);
    if (!read)
        return read.error();
    return &*m_deals.insert(id, *read);
}

qint64 ImportIndex::dealId(const ImportDealValues &v, CsvSource source, qint64 companyId,
                           const QString &identity) const
{
    // A CRM's own id column; Dealboard's export names both.
    const QString external = v.externalId.value_or(QString());
    const QString hubspot =
        source == CsvSource::HubSpot ? external : v.hubspotId.value_or(QString());
    const QString pipedrive =
        source == CsvSource::Pipedrive ? external : v.pipedriveId.value_or(QString());
    const Claims none;
    if (const qint64 id = pick(m_dealByHubspot, hubspot, none, {}))
        return id;
    if (const qint64 id = pick(m_dealByPipedrive, pipedrive, none, {}))
        return id;
    if (!v.title || companyId == 0)
        return 0;
    const auto elsewhere = [this, &hubspot, &pipedrive](qint64 id) {
        const auto ids = m_dealCrmIds.constFind(id);
        if (ids == m_dealCrmIds.cend())
            return false;
        return (!hubspot.isEmpty() && !ids->first.isEmpty() && ids->first != hubspot) ||
               (!pipedrive.isEmpty() && !ids->second.isEmpty() && ids->second != pipedrive);
    };
    return pick(m_dealByTitle, withinCompany(companyId, *v.title), m_dealClaims, identity,
                elsewhere);
}

void ImportIndex::put(const Company &c)
{
    static const Company none;
    const auto it = m_companies.constFind(c.id);
    const Company &before = it == m_companies.cend() ? none : *it;
    replaceKey(m_companyByExternalId, before.externalId, c.externalId, c.id);
    replaceKey(m_companyByDomain, domainOf(before.website), domainOf(c.website), c.id);
    replaceKey(m_companyByName, before.id ? folded(before.name) : QString(), folded(c.name), c.id);
    m_companies.insert(c.id, c);
}

void ImportIndex::put(const Contact &c)
{
    static const Contact none;
    const auto it = m_contacts.constFind(c.id);
    const Contact &before = it == m_contacts.cend() ? none : *it;
    replaceKey(m_contactByExternalId, before.externalId, c.externalId, c.id);
    replaceKey(m_contactByEmail, folded(before.email), folded(c.email), c.id);
    replaceKey(m_contactByName,
               before.id ? withinCompany(before.companyId, before.name) : QString(),
               withinCompany(c.companyId, c.name), c.id);
    m_contacts.insert(c.id, c);
}

void ImportIndex::put(const Deal &d)
{
    // Only a deal read from the database (deal()) is updated.
    const auto it = m_deals.constFind(d.id);
    if (it == m_deals.cend())
        return;
    const Deal &before = *it;
    replaceKey(m_dealByHubspot, before.hubspotId, d.hubspotId, d.id);
    replaceKey(m_dealByPipedrive, before.pipedriveId, d.pipedriveId, d.id);
    replaceKey(m_dealByTitle, withinCompany(before.companyId, before.title),
               withinCompany(d.companyId, d.title), d.id);
    m_deals.insert(d.id, d);
    keepCrmIds(d);
}

void ImportIndex::putNew(const Deal &d)
{
    if (!d.hubspotId.isEmpty())
        m_dealByHubspot.insert(d.hubspotId, d.id);
    if (!d.pipedriveId.isEmpty())
        m_dealByPipedrive.insert(d.pipedriveId, d.id);
    m_dealByTitle.insert(withinCompany(d.companyId, d.title), d.id);
    keepCrmIds(d);
    ++m_dealCount;
}

void ImportIndex::keepCrmIds(const Deal &d)
{
    if (d.hubspotId.isEmpty() && d.pipedriveId.isEmpty())
        m_dealCrmIds.remove(d.id);
    else
        m_dealCrmIds.insert(d.id, {d.hubspotId, d.pipedriveId});
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

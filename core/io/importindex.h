#pragma once

#include "headernames.h"
#include "importrow.h"
#include "model/company.h"
#include "model/contact.h"
#include "model/deal.h"
#include "result.h"
#include "storage/database.h"

#include <QHash>
#include <QMultiHash>

#include <functional>
#include <utility>

namespace dealboard {

// The live companies, contacts and deals an import matches its rows against, held in memory
// for the length of the import and kept up to date as it creates and updates them, so that a
// company named on many rows is created once. Companies are found by external id, then web
// domain, then name; contacts by external id, then email, then name within their company;
// deals by their CRM id, then title within their company.
//
// Two records that look alike (two companies of one name, two deals of one title) stay two
// when the file tells them apart by an id of its own: each record found or created for a row
// is claimed by that row's identity, and a look-alike claimed by another identity is not a
// match. Among look-alikes, the oldest comes first, so importing the same file again finds
// each row's record again.
class ImportIndex
{
public:
    Status load(Database &db);

    Company *company(const ImportCompanyValues &values, const QString &identity);
    Contact *contact(const ImportContactValues &values, qint64 companyId, const QString &identity);
    // Deals are read from the database when first matched: a large import mostly creates.
    Result<Deal *> deal(const ImportDealValues &values, CsvSource source, qint64 companyId,
                        const QString &identity);

    // After an insert or an update: the keys may have changed.
    void put(const Company &company);
    void put(const Contact &contact);
    void put(const Deal &deal);
    // A deal the import created: its keys only.
    void putNew(const Deal &deal);
    // The record is the one of the row with this identity (nothing when it is empty).
    void claimCompany(qint64 id, const QString &identity);
    void claimContact(qint64 id, const QString &identity);
    void claimDeal(qint64 id, const QString &identity);

    qsizetype size() const { return m_companies.size() + m_contacts.size() + m_dealCount; }

    // "https://www.acme.fr/contact" → "acme.fr"; empty when there is no host.
    static QString domainOf(const QString &website);

private:
    using Keys = QMultiHash<QString, qint64>;
    using Claims = QHash<qint64, QString>;

    static QString folded(const QString &text) { return text.trimmed().toCaseFolded(); }
    static QString withinCompany(qint64 companyId, const QString &text)
    {
        return QString::number(companyId) + u'\x1f' + folded(text);
    }
    qint64 dealId(const ImportDealValues &values, CsvSource source, qint64 companyId,
                  const QString &identity) const;
    // The oldest record under `key` that no other identity claimed; 0 when none.
    // `elsewhere`: whether a candidate is known as another record of the other CRM.
    static qint64 pick(const Keys &keys, const QString &key, const Claims &claims,
                       const QString &identity, const std::function<bool(qint64)> &elsewhere = {});
    void keepCrmIds(const Deal &deal);
    static void replaceKey(Keys &keys, const QString &before, const QString &after, qint64 id);
    static void claim(Claims &claims, qint64 id, const QString &identity);

    QHash<qint64, Company> m_companies;
    Keys m_companyByExternalId, m_companyByDomain, m_companyByName;
    Claims m_companyClaims;
    QHash<qint64, Contact> m_contacts;
    Keys m_contactByExternalId, m_contactByEmail, m_contactByName;
    Claims m_contactClaims;
    static constexpr int kReadsBeforeAll = 500;
    Database *m_db = nullptr;
    int m_reads = 0;
    qsizetype m_dealCount = 0;
    QHash<qint64, Deal> m_deals;                             // those read so far
    QHash<qint64, std::pair<QString, QString>> m_dealCrmIds; // HubSpot, Pipedrive
    Keys m_dealByHubspot, m_dealByPipedrive, m_dealByTitle;
    Claims m_dealClaims;
};

} // namespace dealboard

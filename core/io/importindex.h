#pragma once

#include "headernames.h"
#include "importrow.h"
#include "model/company.h"
#include "model/contact.h"
#include "model/deal.h"
#include "result.h"

#include <QHash>

#include <vector>

namespace dealboard {

class Database;

// The live companies, contacts and deals an import matches its rows against, held in memory
// for the length of the import and kept up to date as it creates and updates them, so that a
// company named on many rows is created once. Companies are found by external id, then web
// domain, then name; contacts by external id, then email, then name within their company;
// deals by their CRM id, then title within their company.
class ImportIndex
{
public:
    Status load(Database &db);

    Company *company(const ImportCompanyValues &values);
    Contact *contact(const ImportContactValues &values, qint64 companyId);
    Deal *deal(const ImportDealValues &values, CsvSource source, qint64 companyId);

    // After an insert or an update: the keys may have changed.
    void put(const Company &company);
    void put(const Contact &contact);
    void put(const Deal &deal);

    qsizetype size() const { return m_companies.size() + m_contacts.size() + m_deals.size(); }

    // "https://www.acme.fr/contact" → "acme.fr"; empty when there is no host.
    static QString domainOf(const QString &website);

private:
    static QString folded(const QString &text) { return text.trimmed().toCaseFolded(); }
    static QString dealKey(qint64 companyId, const QString &title)
    {
        return QString::number(companyId) + u'\x1f' + folded(title);
    }

    QHash<qint64, Company> m_companies;
    QHash<QString, qint64> m_companyByExternalId, m_companyByDomain, m_companyByName;
    QHash<qint64, Contact> m_contacts;
    QHash<QString, qint64> m_contactByExternalId, m_contactByEmail, m_contactByName;
    QHash<qint64, Deal> m_deals;
    QHash<QString, qint64> m_dealByHubspot, m_dealByPipedrive, m_dealByTitle;
};

} // namespace dealboard

#pragma once

#include "model/company.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dealboard {

class Database;

class CompanyRepository
{
    Q_DECLARE_TR_FUNCTIONS(CompanyRepository)

public:
    explicit CompanyRepository(Database &db)
        : m_db(db)
    {}

    Status validate(const Company &company) const;
    // Validates, stores, sets id and times, and logs "created" in one transaction.
    Result<qint64> create(Company &company);
    Status update(const Company &company);
    Status remove(qint64 id);
    Status restore(qint64 id);

    Result<Company> find(qint64 id);
    Result<std::optional<Company>> findByName(const QString &name);
    // A company given by id ("12") or by name; an error names what was not found.
    Result<Company> resolve(const QString &idOrName);
    Result<QList<Company>> list();

    // Bulk path for imports and demo data: no validation, no event; the caller owns both.
    Result<qint64> insertRow(const Company &company);

private:
    Status setDeleted(qint64 id, bool deleted);
    Database &m_db;
};

} // namespace dealboard

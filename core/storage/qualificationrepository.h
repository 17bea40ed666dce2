#pragma once

#include "model/qualification.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dealboard {

class Database;

class QualificationRepository
{
    Q_DECLARE_TR_FUNCTIONS(QualificationRepository)

public:
    explicit QualificationRepository(Database &db)
        : m_db(db)
    {}

    // Validates each score against the playbook's ranges, stores it and logs "qualified"
    // (new_value = the total) in one transaction.
    Result<qint64> add(Qualification &qualification);
    Result<std::optional<Qualification>> latest(qint64 dealId);
    Result<QList<Qualification>> history(qint64 dealId);
    // Undo of add(): removes the row (the log keeps its event, marked undone by the caller).
    Status discard(qint64 id);
    // Bulk path for demo data and imports: no validation, no event.
    Result<qint64> insertRow(const Qualification &qualification);

private:
    Database &m_db;
};

} // namespace dealboard

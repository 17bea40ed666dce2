#pragma once

#include "model/deal.h"
#include "model/event.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace dealboard {

class Database;

struct DealQuery
{
    QString stage;         // one stage key (wins over openOnly), or empty for all
    bool openOnly = false; // only the playbook's open stages
};

class DealRepository
{
    Q_DECLARE_TR_FUNCTIONS(DealRepository)

public:
    explicit DealRepository(Database &db)
        : m_db(db)
    {}

    Status validate(const Deal &deal) const;
    // Validates, puts the deal last in its column, stores it and logs "created".
    Result<qint64> create(Deal &deal);
    // Saves every field but the stage (a move is its own change) and logs each edited field.
    Status update(const Deal &deal);
    // Moves to another stage, last in its column. Lost needs a playbook reason (and the
    // competitor's name when the reason asks for one).
    Status move(qint64 id, const QString &stage, const QString &lostReason = {},
                const QString &competitor = {});
    Status remove(qint64 id);
    Status restore(qint64 id);

    Result<Deal> find(qint64 id);
    Result<QList<Deal>> list(const DealQuery &query = {});
    Result<QList<Event>> history(qint64 id);

    // Bulk path for imports and demo data: no validation, no event; the caller owns both.
    Result<qint64> insertRow(const Deal &deal);

private:
    Result<int> nextPosition(const QString &stage);
    Status setDeleted(qint64 id, bool deleted);
    Database &m_db;
};

} // namespace dealboard

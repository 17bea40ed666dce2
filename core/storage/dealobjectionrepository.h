#pragma once

#include "model/dealobjection.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace dealboard {

class Database;

// The objections met on deals (table deal_objections). met_at and deleted_at are milliseconds
// since the epoch, UTC, like every other timestamp of the database.
class DealObjectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(DealObjectionRepository)

public:
    explicit DealObjectionRepository(Database &db)
        : m_db(db)
    {}

    // Logs `objectionKey` (a known objection: its category is copied) on a live deal, met now.
    Result<qint64> log(qint64 dealId, const QString &objectionKey, const QString &note = {});
    // The deal's objections, the latest first; removed ones left out.
    Result<QList<DealObjection>> list(qint64 dealId);
    Result<DealObjection> find(qint64 id);
    // Soft: sets deleted_at; restore() clears it (the undo).
    Status remove(qint64 id);
    Status restore(qint64 id);
    // How many were met in [from, to) on live deals, by category (categories with none: 0).
    Result<QMap<QString, int>> countsByCategory(const QDateTime &from, const QDateTime &to);

private:
    Status setDeleted(qint64 id, bool deleted);

    Database &m_db;
};

} // namespace dealboard

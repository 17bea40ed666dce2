#include "boardpositions.h"

#include "database.h"

#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
constexpr qint64 kPositionMin = std::numeric_limits<int>::min();
constexpr qint64 kPositionMax = std::numeric_limits<int>::max();
} // namespace

Result<int> BoardPositions::last(const QString &stage)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery &q = m_db.prepared(
            u"SELECT max(position) FROM deals WHERE stage = ? AND deleted_at IS NULL"_s);
        q.addBindValue(stage);
        if (Status s = m_db.exec(q, tr("placing the deal")); !s)
            return s.error();
        const QVariant max = q.next() ? q.value(0) : QVariant();
        q.finish();
        const qint64 position = max.isNull() ? kStep : max.toLongLong() + kStep;
        if (position <= kPositionMax)
            return int(position);
        if (Status s = renumber(stage, 0); !s)
            return s.error();
    }
    return internalError(tr("Cannot place the deal: its column is full."));
}

Result<int> BoardPositions::before(const QString &stage, qint64 beforeId, qint64 movingId)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery &b = m_db.prepared(u"SELECT position FROM deals WHERE id = ? AND stage = ? "
                                     "AND deleted_at IS NULL"_s);
        b.addBindValue(beforeId);
        b.addBindValue(stage);
        if (Status s = m_db.exec(b, tr("placing the deal")); !s)
            return s.error();
        if (!b.next()) {
            b.finish();
            const Stage *st = m_db.playbook().stage(stage);
            return userError(
                tr("Deal %1 is not in %2.").arg(beforeId).arg(st ? st->name.text() : stage));
        }
        const qint64 before = b.value(0).toLongLong();
        b.finish();
        // The deal just before it in the column, in board order (position, then id). A row
        // value, not an OR: SQLite then reads one index entry instead of a range.
        QSqlQuery &p = m_db.prepared(
            u"SELECT position FROM deals WHERE stage = ? AND deleted_at IS NULL AND id <> ? "
            "AND (position, id) < (?, ?) ORDER BY position DESC, id DESC LIMIT 1"_s);
        p.addBindValue(stage);
        p.addBindValue(movingId);
        p.addBindValue(before);
        p.addBindValue(beforeId);
        if (Status s = m_db.exec(p, tr("placing the deal")); !s)
            return s.error();
        const QVariant previous = p.next() ? p.value(0) : QVariant();
        p.finish();
        if (previous.isNull()) {
            if (before - kStep >= kPositionMin)
                return int(before - kStep);
        } else if (before - previous.toLongLong() >= 2) {
            return int(previous.toLongLong() + (before - previous.toLongLong()) / 2);
        }
        // No gap left: spread the column out again, then place it.
        if (Status s = renumber(stage, movingId); !s)
            return s.error();
    }
    return internalError(tr("Cannot place the deal in its column."));
}

Status BoardPositions::renumber(const QString &stage, qint64 movingId)
{
    // One statement for the whole column (UPDATE … FROM: SQLite 3.33+ and PostgreSQL).
    QSqlQuery &q = m_db.prepared(
        u"UPDATE deals SET position = r.n * %1 FROM (SELECT id, row_number() OVER "
        "(ORDER BY position, id) AS n FROM deals WHERE stage = ? AND deleted_at IS NULL "
        "AND id <> ?) AS r WHERE deals.id = r.id"_s.arg(kStep));
    q.addBindValue(stage);
    q.addBindValue(movingId);
    return m_db.exec(q, tr("renumbering the column"));
}

Result<qint64> BoardPositions::following(const QString &stage, int position, qint64 id)
{
    QSqlQuery &q = m_db.prepared(u"SELECT id FROM deals WHERE stage = ? AND deleted_at IS NULL "
                                 "AND (position, id) > (?, ?) ORDER BY position, id LIMIT 1"_s);
    q.addBindValue(stage);
    q.addBindValue(position);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("placing the deal")); !s)
        return s.error();
    const qint64 next = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return next;
}

} // namespace dealboard

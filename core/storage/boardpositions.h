#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace dealboard {

class Database;

// The order of the deals within a board column (one stage): sparse positions, kStep apart.
// A deal goes last at max + kStep; placed before another one it takes the midpoint between
// that deal and the one before it (or kStep ahead of the first). Only when no gap is left is
// the column renumbered, kStep apart, in the caller's transaction. Board order is
// (position, id) throughout.
class BoardPositions
{
    Q_DECLARE_TR_FUNCTIONS(BoardPositions)

public:
    static constexpr int kStep = 1024;

    explicit BoardPositions(Database &db)
        : m_db(db)
    {}

    // The position after the last deal of `stage`.
    Result<int> last(const QString &stage);
    // The position just before deal `beforeId`, which must be in `stage`; `movingId` (the deal
    // being placed) does not count as a neighbour.
    Result<int> before(const QString &stage, qint64 beforeId, qint64 movingId);
    // The deal after (position, id) in `stage`, 0 when there is none.
    Result<qint64> following(const QString &stage, int position, qint64 id);
    // Spreads the column out again (every deal of `stage` but `movingId`).
    Status renumber(const QString &stage, qint64 movingId);

private:
    Database &m_db;
};

} // namespace dealboard

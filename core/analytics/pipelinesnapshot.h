#pragma once

#include "model/deal.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>

namespace dealboard {

class Database;

// The deals as they stood at the end of a day (UTC), rebuilt from the effective event log.
//
// Only what the forecast reads is filled in: id, stage, mrr (with its currency),
// verbalAgreement, timelineConfirmed, expectedClose and createdAt. Every other field of the
// returned deals is left empty (no title, no company, no joins): the snapshot reads the deals
// table once, lean, and the events after the earliest day asked.
class PipelineSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(PipelineSnapshot)

public:
    // A deal is in the snapshot when it was created on or before `date` (created_at, and no
    // effective 'created' event after that day) and not deleted at its end. Each tracked value
    // (stage, MRR, verbal agreement, confirmed timeline, expected close) is the old value of its
    // first effective change after `date`, else the deal as it is now. Events cancelled by an
    // 'undone' event never count, whenever they were undone.
    static Result<QList<Deal>> asOf(Database &db, const QDate &date);

    // Which deals to keep for one of the dates (all when empty): filtering while replaying keeps
    // many snapshots of a large base small.
    using Filter = std::function<bool(const Deal &deal, const QDate &date)>;
    // One snapshot per date, in the order given, from one read of the deals and the history.
    static Result<QList<QList<Deal>>> asOfDates(Database &db, const QList<QDate> &dates,
                                                const Filter &keep = {});
};

} // namespace dealboard

#pragma once

#include "model/deal.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace dealboard {

class Database;

// The deals as they stood at the end of a day (UTC), rebuilt from the effective event log.
class PipelineSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(PipelineSnapshot)

public:
    // A deal is in the snapshot when it was created on or before `date` and not deleted at its
    // end. Its stage is the last stage change on or before `date`; its MRR, verbal agreement,
    // confirmed timeline and expected close come from the last edit of the field on or before
    // `date`, else from the old value of the first later edit, else from the deal as it is now.
    // Every other field is the deal as it is now. One forward pass over the deal events.
    static Result<QList<Deal>> asOf(Database &db, const QDate &date);
};

} // namespace dealboard

#pragma once

#include "storage/companymerge.h"

#include <QUndoCommand>

#include <functional>

namespace dealboard {

class Database;

// Merges a duplicate company into the one kept (CompanyMerge); undo() takes the merge back.
// `notify` runs after every redo() and undo().
class MergeCompaniesCommand : public QUndoCommand
{
public:
    MergeCompaniesCommand(Database &db, qint64 keptId, qint64 mergedId, const QString &text,
                          std::function<void()> notify);

    void undo() override;
    void redo() override;
    const CompanyMergeRecord &record() const { return m_record; }
    bool failed() const { return m_failed; }

private:
    Database &m_db;
    CompanyMergeRecord m_record;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard

#pragma once

#include "storage/contactmerge.h"

#include <QUndoCommand>

#include <functional>

namespace dealboard {

class Database;

// Merges a duplicate contact into the one kept (ContactMerge); undo() takes the merge back.
// `notify` runs after every redo() and undo().
class MergeContactsCommand : public QUndoCommand
{
public:
    MergeContactsCommand(Database &db, qint64 keptId, qint64 mergedId, const QString &text,
                         std::function<void()> notify);

    void undo() override;
    void redo() override;
    const ContactMergeRecord &record() const { return m_record; }
    bool failed() const { return m_failed; }

private:
    Database &m_db;
    ContactMergeRecord m_record;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard

#include "mergecontactscommand.h"

#include "messagebox.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace dealboard {

MergeContactsCommand::MergeContactsCommand(Database &db, qint64 keptId, qint64 mergedId,
                                           const QString &text, std::function<void()> notify)
    : QUndoCommand(text)
    , m_db(db)
    , m_notify(std::move(notify))
{
    m_record.keptId = keptId;
    m_record.mergedId = mergedId;
}

void MergeContactsCommand::redo()
{
    Result<ContactMergeRecord> done = ContactMerge(m_db).merge(m_record.keptId, m_record.mergedId);
    if (done) {
        m_record = std::move(done).value();
    } else {
        m_failed = true;
        MessageBox::critical(
            nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot merge the contacts"),
            done.errorMessage());
        setObsolete(true);
    }
    if (m_notify)
        m_notify();
}

void MergeContactsCommand::undo()
{
    if (Status s = ContactMerge(m_db).undo(m_record); !s) {
        MessageBox::critical(nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot undo"),
                             s.errorMessage());
        setObsolete(true);
    }
    if (m_notify)
        m_notify();
}

} // namespace dealboard

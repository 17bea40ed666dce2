#include "setplaybookcommand.h"

#include "dealstore.h"
#include "messagebox.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace dealboard {

SetPlaybookCommand::SetPlaybookCommand(Database &db, DealStore &store, Playbook before,
                                       Playbook after, const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetPlaybookCommand::apply(const Playbook &playbook)
{
    if (Status s = m_db.setPlaybook(playbook); !s) {
        MessageBox::critical(
            nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot save the playbook"),
            s.errorMessage());
        setObsolete(true);
        return;
    }
    (void)m_store.load(m_db); // every view reads the playbook anew
}

void SetPlaybookCommand::undo()
{
    apply(m_before);
}

void SetPlaybookCommand::redo()
{
    apply(m_after);
}

} // namespace dealboard

#include "deletecontactcommand.h"

#include "messagebox.h"
#include "storage/contactrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace dealboard {

DeleteContactCommand::DeleteContactCommand(Database &db, Contact contact,
                                           std::function<void()> notify)
    : QUndoCommand(
          QCoreApplication::translate("dealboard::Undo", "Delete contact “%1”").arg(contact.name))
    , m_db(db)
    , m_contact(std::move(contact))
    , m_notify(std::move(notify))
{}

void DeleteContactCommand::redo()
{
    if (Status s = ContactRepository(m_db).remove(m_contact.id); !s) {
        m_failed = true;
        MessageBox::critical(
            nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot delete the contact"),
            s.errorMessage());
        setObsolete(true);
    }
    if (m_notify)
        m_notify();
}

void DeleteContactCommand::undo()
{
    if (Status s = ContactRepository(m_db).restore(m_contact.id); !s) {
        MessageBox::critical(nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot undo"),
                             s.errorMessage());
        setObsolete(true);
    }
    if (m_notify)
        m_notify();
}

} // namespace dealboard

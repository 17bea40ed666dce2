#include "savecontactcommand.h"

#include "messagebox.h"
#include "storage/contactrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace dealboard {

SaveContactCommand::SaveContactCommand(Database &db, Contact after, std::optional<Contact> before,
                                       std::function<void()> notify)
    : QUndoCommand(
          before
              ? QCoreApplication::translate("dealboard::Undo", "Edit contact “%1”").arg(after.name)
              : QCoreApplication::translate("dealboard::Undo", "New contact “%1”").arg(after.name))
    , m_db(db)
    , m_after(std::move(after))
    , m_before(std::move(before))
    , m_notify(std::move(notify))
{}

void SaveContactCommand::fail(const QString &title, const QString &message)
{
    m_failed = true;
    MessageBox::critical(nullptr, title, message);
    setObsolete(true);
}

void SaveContactCommand::redo()
{
    ContactRepository contacts(m_db);
    Status s;
    if (m_before) {
        s = contacts.update(m_after);
    } else if (m_after.id == 0) {
        if (Result<qint64> id = contacts.create(m_after); !id)
            s = id.error();
    } else {
        s = contacts.restore(m_after.id);
    }
    if (!s)
        fail(QCoreApplication::translate("dealboard::Undo", "Cannot save the contact"),
             s.errorMessage());
    if (m_notify)
        m_notify();
}

void SaveContactCommand::undo()
{
    ContactRepository contacts(m_db);
    const Status s = m_before ? contacts.update(*m_before) : contacts.remove(m_after.id);
    if (!s)
        fail(QCoreApplication::translate("dealboard::Undo", "Cannot undo"), s.errorMessage());
    if (m_notify)
        m_notify();
}

} // namespace dealboard

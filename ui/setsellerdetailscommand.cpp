#include "setsellerdetailscommand.h"

#include "messagebox.h"
#include "storage/sellerrepository.h"

#include <QCoreApplication>

namespace dealboard {

SetSellerDetailsCommand::SetSellerDetailsCommand(Database &db, SellerDetails before,
                                                 SellerDetails after, std::function<void()> notify,
                                                 const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_notify(std::move(notify))
{}

void SetSellerDetailsCommand::apply(const SellerDetails &details)
{
    if (Status s = SellerRepository(m_db).save(details); !s) {
        m_failed = true;
        MessageBox::critical(
            nullptr,
            QCoreApplication::translate("dealboard::Undo", "Cannot save the seller's details"),
            s.errorMessage());
        setObsolete(true);
        return;
    }
    if (m_notify)
        m_notify();
}

void SetSellerDetailsCommand::undo()
{
    apply(m_before);
}

void SetSellerDetailsCommand::redo()
{
    apply(m_after);
}

} // namespace dealboard

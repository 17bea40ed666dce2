#include "saveproductcommand.h"

#include "messagebox.h"
#include "storage/database.h"
#include "storage/productrepository.h"

#include <QCoreApplication>

namespace dealboard {

namespace {

QString commandText(const Product &after, const std::optional<Product> &before)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("dealboard::Undo", text);
    };
    if (!before)
        return tr("New product “%1”").arg(after.key);
    Product toggled = *before;
    toggled.active = after.active;
    const bool onlyActive = before->active != after.active && toggled == after;
    if (onlyActive)
        return after.active ? tr("Reactivate product “%1”").arg(after.key)
                            : tr("Deactivate product “%1”").arg(after.key);
    return tr("Edit product “%1”").arg(after.key);
}

} // namespace

SaveProductCommand::SaveProductCommand(Database &db, Product after, std::optional<Product> before,
                                       std::function<void()> notify)
    : QUndoCommand(commandText(after, before))
    , m_db(db)
    , m_after(std::move(after))
    , m_before(std::move(before))
    , m_notify(std::move(notify))
{}

void SaveProductCommand::fail(const QString &title, const QString &message)
{
    m_failed = true;
    MessageBox::critical(nullptr, title, message);
    setObsolete(true);
}

// The product as it is stored now, with only `active` changed: an add's undo and redo touch
// nothing else.
Status SaveProductCommand::setActive(bool active)
{
    ProductRepository products(m_db);
    Result<Product> current = products.find(m_after.id);
    if (!current)
        return current.error();
    current->active = active;
    return products.update(current.value());
}

void SaveProductCommand::redo()
{
    Status s;
    if (m_before) {
        s = ProductRepository(m_db).update(m_after);
    } else if (m_after.id == 0) {
        if (Result<qint64> id = ProductRepository(m_db).add(m_after); !id)
            s = id.error();
    } else {
        s = setActive(true);
    }
    if (!s)
        fail(QCoreApplication::translate("dealboard::Undo", "Cannot save the product"),
             s.errorMessage());
    if (m_notify)
        m_notify();
}

void SaveProductCommand::undo()
{
    const Status s = m_before ? ProductRepository(m_db).update(*m_before) : setActive(false);
    if (!s)
        fail(QCoreApplication::translate("dealboard::Undo", "Cannot undo"), s.errorMessage());
    if (m_notify)
        m_notify();
}

} // namespace dealboard

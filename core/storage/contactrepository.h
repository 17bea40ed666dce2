#pragma once

#include "model/contact.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dealboard {

class Database;

class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(Database &db)
        : m_db(db)
    {}

    Status validate(const Contact &contact) const;
    Result<qint64> create(Contact &contact);
    Status update(const Contact &contact);
    Status remove(qint64 id);

    Result<Contact> find(qint64 id);
    Result<std::optional<Contact>> findByEmail(const QString &email);
    // Every contact, or those of one company (companyId > 0).
    Result<QList<Contact>> list(qint64 companyId = 0);

    // Bulk path for imports and demo data: no validation, no event.
    Result<qint64> insertRow(const Contact &contact);
    // Undo (the caller logs "undone"): sets one field back without an event, or hides a
    // contact that the undone change created.
    Status restoreField(qint64 id, const QString &field, const QString &value);
    Status discard(qint64 id);
    // Undo of remove(): shows the contact again and logs "restored".
    Status restore(qint64 id);

private:
    Database &m_db;
};

} // namespace dealboard

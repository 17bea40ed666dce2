#include "contactrepository.h"

#include "clock.h"
#include "database.h"
#include "eventlog.h"
#include "fieldchanges.h"
#include "validation.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kColumns = u"id, company_id, name, email, phone, role, decision_role, linkedin, "
                         "external_id, created_at, updated_at"_s;

Contact read(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.companyId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.role = q.value(5).toString();
    c.decisionRole = q.value(6).toString();
    c.linkedin = q.value(7).toString();
    c.externalId = q.value(8).toString();
    c.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    c.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    return c;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Status ContactRepository::validate(const Contact &c) const
{
    if (c.name.trimmed().isEmpty())
        return userError(tr("A contact needs a name."));
    if (!c.email.isEmpty() && !isValidEmail(c.email))
        return userError(tr("\"%1\" is not a valid email address.").arg(c.email));
    if (!c.decisionRole.isEmpty() && !Contact::decisionRoles().contains(c.decisionRole))
        return userError(tr("Unknown decision role \"%1\"; use one of: %2.")
                             .arg(c.decisionRole, Contact::decisionRoles().join(u", "_s)));
    return {};
}

Result<qint64> ContactRepository::insertRow(const Contact &c)
{
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO contacts (company_id, name, email, phone, role, decision_role, linkedin, "
        "external_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(c.companyId > 0 ? QVariant(c.companyId) : QVariant());
    q.addBindValue(c.name.trimmed());
    q.addBindValue(textOrNull(c.email.trimmed()));
    q.addBindValue(textOrNull(c.phone));
    q.addBindValue(textOrNull(c.role));
    q.addBindValue(textOrNull(c.decisionRole));
    q.addBindValue(textOrNull(c.linkedin));
    q.addBindValue(textOrNull(c.externalId));
    q.addBindValue(c.createdAt.toMSecsSinceEpoch());
    q.addBindValue(c.updatedAt.toMSecsSinceEpoch());
    if (Status s = m_db.exec(q, tr("saving the contact")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<qint64> ContactRepository::create(Contact &c)
{
    if (Status s = validate(c); !s)
        return s.error();
    Database::Transaction tx(m_db);
    c.createdAt = c.updatedAt = Clock::current().now();
    const Result<qint64> id = insertRow(c);
    if (!id)
        return userError(tr("Cannot save the contact: %1").arg(id.errorMessage()));
    Event e{0, {}, {}, u"contact"_s, *id, Event::Kind::Created, {}, {}, c.name, {}};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    c.id = *id;
    return *id;
}

Status ContactRepository::update(const Contact &c)
{
    if (Status s = validate(c); !s)
        return s;
    Database::Transaction tx(m_db);
    const Result<Contact> old = find(c.id);
    if (!old)
        return old.error();
    FieldChanges changes;
    changes.compare(u"company_id"_s, old->companyId, c.companyId);
    changes.compare(u"name"_s, old->name, c.name.trimmed());
    changes.compare(u"email"_s, old->email, c.email.trimmed());
    changes.compare(u"phone"_s, old->phone, c.phone);
    changes.compare(u"role"_s, old->role, c.role);
    changes.compare(u"decision_role"_s, old->decisionRole, c.decisionRole);
    changes.compare(u"linkedin"_s, old->linkedin, c.linkedin);
    if (changes.isEmpty())
        return tx.commit();
    QSqlQuery &q = m_db.prepared(
        u"UPDATE contacts SET company_id = ?, name = ?, email = ?, phone = ?, role = ?, "
        "decision_role = ?, linkedin = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(c.companyId > 0 ? QVariant(c.companyId) : QVariant());
    q.addBindValue(c.name.trimmed());
    q.addBindValue(textOrNull(c.email.trimmed()));
    q.addBindValue(textOrNull(c.phone));
    q.addBindValue(textOrNull(c.role));
    q.addBindValue(textOrNull(c.decisionRole));
    q.addBindValue(textOrNull(c.linkedin));
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(c.id);
    if (Status s = m_db.exec(q, tr("saving the contact")); !s)
        return s;
    EventLog log(m_db);
    if (Status s = changes.record(log, u"contact"_s, c.id); !s)
        return s;
    return tx.commit();
}

Status ContactRepository::remove(qint64 id)
{
    Database::Transaction tx(m_db);
    QSqlQuery &q =
        m_db.prepared(u"UPDATE contacts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"_s);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("deleting the contact")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(tr("There is no contact with id %1.").arg(id));
    Event e{0, {}, {}, u"contact"_s, id, Event::Kind::Deleted, {}, {}, {}, {}};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    return tx.commit();
}

Status ContactRepository::restoreField(qint64 id, const QString &field, const QString &value)
{
    // The columns an undo may set back: text fields only, never ids or times.
    static const QStringList columns{u"name"_s, u"email"_s,         u"phone"_s,
                                     u"role"_s, u"decision_role"_s, u"linkedin"_s};
    if (!columns.contains(field))
        return userError(tr("The contact field \"%1\" cannot be restored.").arg(field));
    QSqlQuery &q = m_db.prepared(
        u"UPDATE contacts SET %1 = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"_s.arg(
            field));
    q.addBindValue(textOrNull(value));
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("restoring the contact")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(tr("There is no contact with id %1.").arg(id));
    return {};
}

Status ContactRepository::discard(qint64 id)
{
    QSqlQuery &q =
        m_db.prepared(u"UPDATE contacts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"_s);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(id);
    return m_db.exec(q, tr("removing the contact"));
}

Result<Contact> ContactRepository::find(qint64 id)
{
    QSqlQuery &q = m_db.prepared(
        u"SELECT %1 FROM contacts WHERE id = ? AND deleted_at IS NULL"_s.arg(kColumns));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the contact")); !s)
        return s.error();
    if (!q.next())
        return userError(tr("There is no contact with id %1.").arg(id));
    const Contact c = read(q);
    q.finish();
    return c;
}

Result<std::optional<Contact>> ContactRepository::findByEmail(const QString &email)
{
    QSqlQuery &q = m_db.prepared(u"SELECT %1 FROM contacts WHERE email = ? COLLATE NOCASE AND "
                                 "deleted_at IS NULL ORDER BY id LIMIT 1"_s.arg(kColumns));
    q.addBindValue(email.trimmed());
    if (Status s = m_db.exec(q, tr("looking up the contact")); !s)
        return s.error();
    std::optional<Contact> c;
    if (q.next())
        c = read(q);
    q.finish();
    return c;
}

Result<QList<Contact>> ContactRepository::list(qint64 companyId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM contacts WHERE deleted_at IS NULL AND (? = 0 OR company_id = ?) "
              "ORDER BY name COLLATE NOCASE"_s.arg(kColumns));
    q.addBindValue(companyId);
    q.addBindValue(companyId);
    if (!q.exec())
        return m_db.sqlError(q, tr("listing contacts"));
    QList<Contact> out;
    while (q.next())
        out.append(read(q));
    return out;
}

Status ContactRepository::restore(qint64 id)
{
    Database::Transaction tx(m_db);
    QSqlQuery &q =
        m_db.prepared(u"UPDATE contacts SET deleted_at = NULL, updated_at = ? WHERE id = ? AND "
                      "deleted_at IS NOT NULL"_s);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("restoring the contact")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(tr("There is no deleted contact with id %1.").arg(id));
    Event e{0, {}, {}, u"contact"_s, id, Event::Kind::Restored, {}, {}, {}, {}};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    return tx.commit();
}

} // namespace dealboard

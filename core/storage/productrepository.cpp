#include "productrepository.h"

#include "clock.h"
#include "database.h"
#include "eventlog.h"
#include "fieldchanges.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kColumns = u"id, key, name_fr, name_en, unit_fr, unit_en, price_cents, currency, "
                         "billing, vat_bp, active"_s;

Product read(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.key = q.value(1).toString();
    p.name = LocalizedText{q.value(3).toString(), q.value(2).toString()};
    p.unit = LocalizedText{q.value(5).toString(), q.value(4).toString()};
    p.price = Money(q.value(6).toLongLong(), q.value(7).toString());
    p.billing = billingFromKey(q.value(8).toString()).value_or(Billing::Monthly);
    p.vatBp = q.value(9).toInt();
    p.active = q.value(10).toBool();
    return p;
}

// The columns after the id, bound in kColumns' order.
void bind(QSqlQuery &q, const Product &p)
{
    q.addBindValue(p.key);
    q.addBindValue(p.name.fr.trimmed());
    q.addBindValue(p.name.en.trimmed().isEmpty() ? p.name.fr.trimmed() : p.name.en.trimmed());
    q.addBindValue(p.unit.fr.trimmed());
    q.addBindValue(p.unit.en.trimmed().isEmpty() ? p.unit.fr.trimmed() : p.unit.en.trimmed());
    q.addBindValue(p.price.cents());
    q.addBindValue(p.price.currency());
    q.addBindValue(billingKey(p.billing));
    q.addBindValue(p.vatBp);
    q.addBindValue(p.active);
}

} // namespace

Status ProductRepository::validate(const Product &p)
{
    static const QRegularExpression keyPattern(u"^[a-z0-9][a-z0-9-]*$"_s);
    if (!keyPattern.match(p.key).hasMatch())
        return userError(tr("A product key is made of lower-case letters, digits and dashes "
                            "(like \"vps-m\"); \"%1\" is not.")
                             .arg(p.key));
    if (p.name.fr.trimmed().isEmpty())
        return userError(tr("A product needs a name."));
    if (p.unit.fr.trimmed().isEmpty())
        return userError(tr("A product needs a unit (what its quantity counts: VM, To, mois …)."));
    if (p.price.cents() < 0)
        return userError(tr("A product's price cannot be negative."));
    if (p.vatBp < 0 || p.vatBp > 10000)
        return userError(tr("A VAT rate is between 0 and 100 %."));
    return {};
}

Result<qint64> ProductRepository::add(Product &p)
{
    if (Status s = validate(p); !s)
        return s.error();
    Database::Transaction tx(m_db);
    const qint64 now = Clock::current().now().toMSecsSinceEpoch();
    QSqlQuery &q = m_db.prepared(u"INSERT INTO products (key, name_fr, name_en, unit_fr, "
                                 "unit_en, price_cents, currency, billing, vat_bp, active, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?) ON CONFLICT (key) DO NOTHING"_s);
    bind(q, p);
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = m_db.exec(q, tr("saving the product")); !s)
        return s.error();
    if (q.numRowsAffected() != 1)
        return userError(tr("There is already a product \"%1\"; choose another key.").arg(p.key));
    const qint64 id = q.lastInsertId().toLongLong();
    Event e{0, {}, {}, u"product"_s, id, Event::Kind::Created, {}, {}, p.key, {}};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    p.id = id;
    return id;
}

Status ProductRepository::update(const Product &p)
{
    if (Status s = validate(p); !s)
        return s;
    Database::Transaction tx(m_db);
    const Result<Product> old = find(p.id);
    if (!old)
        return old.error();
    FieldChanges c;
    c.compare(u"key"_s, old->key, p.key);
    c.compare(u"name_fr"_s, old->name.fr, p.name.fr.trimmed());
    c.compare(u"name_en"_s, old->name.en, p.name.en.trimmed());
    c.compare(u"unit_fr"_s, old->unit.fr, p.unit.fr.trimmed());
    c.compare(u"unit_en"_s, old->unit.en, p.unit.en.trimmed());
    c.compare(u"price_cents"_s, old->price.cents(), p.price.cents());
    c.compare(u"currency"_s, old->price.currency(), p.price.currency());
    c.compare(u"billing"_s, billingKey(old->billing), billingKey(p.billing));
    c.compare(u"vat_bp"_s, qint64(old->vatBp), qint64(p.vatBp));
    c.compare(u"active"_s, old->active, p.active);
    if (c.isEmpty())
        return tx.commit();
    QSqlQuery &q = m_db.prepared(
        u"UPDATE products SET key = ?, name_fr = ?, name_en = ?, unit_fr = ?, unit_en = ?, "
        "price_cents = ?, currency = ?, billing = ?, vat_bp = ?, active = ?, updated_at = ? "
        "WHERE id = ?"_s);
    bind(q, p);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(p.id);
    if (Status s = m_db.exec(q, tr("saving the product")); !s)
        return userError(tr("Cannot save the product (is the key \"%1\" already used?): %2")
                             .arg(p.key, s.errorMessage()));
    EventLog log(m_db);
    if (Status s = c.record(log, u"product"_s, p.id); !s)
        return s;
    return tx.commit();
}

Status ProductRepository::deactivate(qint64 id)
{
    Result<Product> p = find(id);
    if (!p)
        return p.error();
    if (!p->active)
        return userError(tr("The product \"%1\" is already inactive.").arg(p->key));
    p->active = false;
    return update(p.value());
}

Result<Product> ProductRepository::find(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM products WHERE id = ?"_s.arg(kColumns));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the product")); !s)
        return s.error();
    if (!q.next())
        return userError(tr("There is no product %1.").arg(id));
    return read(q);
}

Result<Product> ProductRepository::findByKey(const QString &key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM products WHERE key = ?"_s.arg(kColumns));
    q.addBindValue(key);
    if (Status s = m_db.exec(q, tr("reading the product")); !s)
        return s.error();
    if (!q.next())
        return userError(tr("There is no product \"%1\" in the catalogue.").arg(key));
    return read(q);
}

Result<QList<Product>> ProductRepository::list(bool includeInactive)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM products %2 ORDER BY key"_s.arg(
            kColumns, includeInactive ? QString() : u"WHERE active = 1"_s)))
        return m_db.sqlError(q, tr("reading the catalogue"));
    QList<Product> out;
    while (q.next())
        out << read(q);
    return out;
}

} // namespace dealboard

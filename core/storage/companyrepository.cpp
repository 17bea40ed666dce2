#include "companyrepository.h"

#include "clock.h"
#include "database.h"
#include "eventlog.h"
#include "fieldchanges.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kColumns =
    u"id, name, segment, sector, website, source, external_id, created_at, updated_at"_s;

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Company read(const QSqlQuery &q)
{
    Company c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.segment = q.value(2).toString();
    c.sector = q.value(3).toString();
    c.website = q.value(4).toString();
    c.source = q.value(5).toString();
    c.externalId = q.value(6).toString();
    c.createdAt = fromMs(q.value(7));
    c.updatedAt = fromMs(q.value(8));
    return c;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Status CompanyRepository::validate(const Company &c) const
{
    if (c.name.trimmed().isEmpty())
        return userError(tr("A company needs a name."));
    if (!c.segment.isEmpty() && !m_db.playbook().segment(c.segment)) {
        QStringList keys;
        for (const Segment &s : m_db.playbook().segments())
            keys << s.key;
        return userError(
            tr("Unknown segment \"%1\"; use one of: %2.").arg(c.segment, keys.join(u", "_s)));
    }
    return {};
}

Result<qint64> CompanyRepository::insertRow(const Company &c)
{
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO companies (name, segment, sector, website, source, external_id, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(c.name.trimmed());
    q.addBindValue(textOrNull(c.segment));
    q.addBindValue(textOrNull(c.sector));
    q.addBindValue(textOrNull(c.website));
    q.addBindValue(textOrNull(c.source));
    q.addBindValue(textOrNull(c.externalId));
    q.addBindValue(c.createdAt.toMSecsSinceEpoch());
    q.addBindValue(c.updatedAt.toMSecsSinceEpoch());
    if (Status s = m_db.exec(q, tr("saving the company")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<qint64> CompanyRepository::create(Company &c)
{
    if (Status s = validate(c); !s)
        return s.error();
    Database::Transaction tx(m_db);
    c.createdAt = c.updatedAt = Clock::current().now();
    const Result<qint64> id = insertRow(c);
    if (!id)
        return id.error();
    if (Result<qint64> e = EventLog(m_db).append(
            {0, {}, {}, u"company"_s, *id, Event::Kind::Created, {}, {}, c.name, {}});
        !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    c.id = *id;
    c.name = c.name.trimmed();
    return *id;
}

Status CompanyRepository::update(const Company &c)
{
    if (Status s = validate(c); !s)
        return s;
    Database::Transaction tx(m_db);
    const Result<Company> old = find(c.id);
    if (!old)
        return old.error();
    FieldChanges changes;
    changes.compare(u"name"_s, old->name, c.name.trimmed());
    changes.compare(u"segment"_s, old->segment, c.segment);
    changes.compare(u"sector"_s, old->sector, c.sector);
    changes.compare(u"website"_s, old->website, c.website);
    changes.compare(u"source"_s, old->source, c.source);
    if (changes.isEmpty())
        return tx.commit();
    QSqlQuery &q = m_db.prepared(u"UPDATE companies SET name = ?, segment = ?, sector = ?, "
                                 "website = ?, source = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(c.name.trimmed());
    q.addBindValue(textOrNull(c.segment));
    q.addBindValue(textOrNull(c.sector));
    q.addBindValue(textOrNull(c.website));
    q.addBindValue(textOrNull(c.source));
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    q.addBindValue(c.id);
    if (Status s = m_db.exec(q, tr("saving the company")); !s)
        return s;
    EventLog log(m_db);
    if (Status s = changes.record(log, u"company"_s, c.id); !s)
        return s;
    return tx.commit();
}

Status CompanyRepository::setDeleted(qint64 id, bool deleted)
{
    Database::Transaction tx(m_db);
    QSqlQuery &q =
        m_db.prepared(u"UPDATE companies SET deleted_at = ?, updated_at = ? WHERE id = ? AND "
                      "(deleted_at IS NULL) = ?"_s);
    const qint64 now = Clock::current().now().toMSecsSinceEpoch();
    q.addBindValue(deleted ? QVariant(now) : QVariant());
    q.addBindValue(now);
    q.addBindValue(id);
    q.addBindValue(deleted);
    if (Status s = m_db.exec(q, tr("deleting the company")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return userError(tr("There is no company %1 to %2.")
                             .arg(id)
                             .arg(deleted ? tr("delete") : tr("restore")));
    Event e{
        0,  {}, {}, u"company"_s, id, deleted ? Event::Kind::Deleted : Event::Kind::Restored, {},
        {}, {}, {}};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    return tx.commit();
}

Status CompanyRepository::remove(qint64 id)
{
    return setDeleted(id, true);
}

Status CompanyRepository::restore(qint64 id)
{
    return setDeleted(id, false);
}

Result<Company> CompanyRepository::find(qint64 id)
{
    QSqlQuery &q = m_db.prepared(
        u"SELECT %1 FROM companies WHERE id = ? AND deleted_at IS NULL"_s.arg(kColumns));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the company")); !s)
        return s.error();
    if (!q.next())
        return userError(tr("There is no company with id %1.").arg(id));
    const Company c = read(q);
    q.finish();
    return c;
}

Result<std::optional<Company>> CompanyRepository::findByName(const QString &name)
{
    QSqlQuery &q = m_db.prepared(u"SELECT %1 FROM companies WHERE name = ? COLLATE NOCASE "
                                 "AND deleted_at IS NULL ORDER BY id LIMIT 1"_s.arg(kColumns));
    q.addBindValue(name.trimmed());
    if (Status s = m_db.exec(q, tr("looking up the company")); !s)
        return s.error();
    std::optional<Company> c;
    if (q.next())
        c = read(q);
    q.finish();
    return c;
}

Result<Company> CompanyRepository::resolve(const QString &idOrName)
{
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber)
        return find(id);
    const Result<std::optional<Company>> byName = findByName(idOrName);
    if (!byName)
        return byName.error();
    if (!byName.value())
        return userError(tr("There is no company named \"%1\".").arg(idOrName));
    return *byName.value();
}

Result<QList<Company>> CompanyRepository::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT %1 FROM companies WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"_s.arg(
                kColumns)))
        return m_db.sqlError(q, tr("listing companies"));
    QList<Company> out;
    while (q.next())
        out.append(read(q));
    return out;
}

} // namespace dealboard

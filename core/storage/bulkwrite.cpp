#include "bulkwrite.h"

#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace dealboard {

BulkWrite::BulkWrite(Database &db)
    : m_db(db)
{
    // Allocated as used; 100,000 deals write about 90 MB.
    QSqlQuery q(m_db.connection());
    if (q.exec(SqlDialect::cacheSize()) && q.next())
        m_previousCache = q.value(0).toString();
    q.finish();
    if (!m_previousCache.isEmpty())
        q.exec(SqlDialect::cacheSizeKib(256 * 1024));
}

BulkWrite::~BulkWrite()
{
    if (!m_previousCache.isEmpty())
        QSqlQuery(m_db.connection()).exec(SqlDialect::cacheSize() + u" = "_s + m_previousCache);
}

Status BulkWrite::dropIndexes(const QString &tables)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(SqlDialect::indexDefinitions(tables)))
        return m_db.sqlError(q, tr("reading the indexes"));
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        m_indexes << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(names))
        if (Status s = m_db.exec(u"DROP INDEX \"%1\""_s.arg(name), tr("preparing")); !s)
            return s;
    return {};
}

Status BulkWrite::rebuildIndexes()
{
    for (const QString &sql : std::as_const(m_indexes))
        if (Status s = m_db.exec(sql, tr("rebuilding the indexes")); !s)
            return s;
    m_indexes.clear();
    return {};
}

} // namespace dealboard

#include "importbatchrepository.h"

#include "clock.h"
#include "model/event.h"
#include "storage/database.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kBatchColumns = u"id, at, actor, file_name, source, entity, rows, skipped, created, "
                              "updated, first_event, last_event, undone_at"_s;

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

ImportBatch readBatch(const QSqlQuery &q)
{
    return ImportBatch{q.value(0).toLongLong(), fromMs(q.value(1)),       q.value(2).toString(),
                       q.value(3).toString(),   q.value(4).toString(),    q.value(5).toString(),
                       q.value(6).toLongLong(), q.value(7).toLongLong(),  q.value(8).toLongLong(),
                       q.value(9).toLongLong(), q.value(10).toLongLong(), q.value(11).toLongLong(),
                       fromMs(q.value(12))};
}

} // namespace

QString ImportBatchRepository::tableOf(const QString &entity)
{
    if (entity == "deal"_L1)
        return u"deals"_s;
    if (entity == "company"_L1)
        return u"companies"_s;
    if (entity == "contact"_L1)
        return u"contacts"_s;
    return {};
}

Result<QStringList> ImportBatchRepository::columnsOf(const QString &table)
{
    if (const auto it = m_columns.constFind(table); it != m_columns.cend())
        return *it;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"PRAGMA table_info(%1)"_s.arg(table)))
        return m_db.sqlError(q, tr("reading the columns of %1").arg(table));
    QStringList out;
    while (q.next())
        if (const QString name = q.value(1).toString(); name != "id"_L1)
            out << name;
    m_columns.insert(table, out);
    return out;
}

Result<qint64> ImportBatchRepository::begin(const ImportBatch &b)
{
    QSqlQuery &q = m_db.prepared(u"INSERT INTO import_batches (at, actor, file_name, source, "
                                 "entity, rows, skipped, created, updated) "
                                 "VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0)"_s);
    q.addBindValue((b.at.isValid() ? b.at : Clock::current().now()).toMSecsSinceEpoch());
    q.addBindValue(b.actor.isEmpty() ? m_db.actor() : b.actor);
    q.addBindValue(b.fileName.isNull() ? u""_s : b.fileName);
    q.addBindValue(b.source);
    q.addBindValue(b.entity);
    if (Status s = m_db.exec(q, tr("recording the import")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status ImportBatchRepository::finish(const ImportBatch &b)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE import_batches SET rows = ?, skipped = ?, created = ?, "
                                 "updated = ?, first_event = ?, last_event = ? WHERE id = ?"_s);
    q.addBindValue(b.rows);
    q.addBindValue(b.skipped);
    q.addBindValue(b.created);
    q.addBindValue(b.updated);
    q.addBindValue(b.firstEvent > 0 ? QVariant(b.firstEvent) : QVariant());
    q.addBindValue(b.lastEvent > 0 ? QVariant(b.lastEvent) : QVariant());
    q.addBindValue(b.id);
    return m_db.exec(q, tr("recording the import"));
}

Status ImportBatchRepository::recordUpdate(qint64 batchId, const QString &entity, qint64 id,
                                           const QString &before)
{
    QSqlQuery &q = m_db.prepared(u"INSERT OR IGNORE INTO import_changes (batch_id, entity, "
                                 "entity_id, before) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(batchId);
    q.addBindValue(entity);
    q.addBindValue(id);
    q.addBindValue(before);
    return m_db.exec(q, tr("recording the import"));
}

Result<QString> ImportBatchRepository::restoreSql(const QString &table)
{
    if (const auto it = m_restoreSql.constFind(table); it != m_restoreSql.cend())
        return *it;
    const Result<QStringList> columns = columnsOf(table);
    if (!columns)
        return columns.error();
    QStringList sets;
    for (const QString &c : *columns)
        if (c != "deleted_at"_L1) // deleted since, by the user or another undo: it stays so
            sets << u"%1 = json_extract(?, '$.%1')"_s.arg(c);
    return *m_restoreSql.insert(table,
                                u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)));
}

Result<QString> ImportBatchRepository::snapshot(const QString &entity, qint64 id)
{
    const QString table = tableOf(entity);
    auto sql = m_snapshotSql.constFind(table);
    if (sql == m_snapshotSql.cend()) {
        const Result<QStringList> columns = columnsOf(table);
        if (!columns)
            return columns.error();
        QStringList pairs;
        for (const QString &c : *columns)
            pairs << u"'%1', %1"_s.arg(c);
        sql = m_snapshotSql.insert(table, u"SELECT json_object(%1) FROM %2 WHERE id = ?"_s.arg(
                                              pairs.join(u", "_s), table));
    }
    QSqlQuery &q = m_db.prepared(*sql);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the row before the import")); !s)
        return s.error();
    if (!q.next())
        return internalError(tr("There is no %1 %2.").arg(entity).arg(id));
    const QString json = q.value(0).toString();
    q.finish();
    return json;
}

Result<QList<ImportBatch>> ImportBatchRepository::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM import_batches ORDER BY id DESC"_s.arg(kBatchColumns)))
        return m_db.sqlError(q, tr("listing the imports"));
    QList<ImportBatch> out;
    while (q.next())
        out << readBatch(q);
    return out;
}

Result<ImportBatch> ImportBatchRepository::find(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM import_batches WHERE id = ?"_s.arg(kBatchColumns));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.sqlError(q, tr("reading the import"));
    if (!q.next())
        return userError(tr("There is no import %1.").arg(id));
    return readBatch(q);
}

Status ImportBatchRepository::fillTouched(const ImportBatch &batch)
{
    // The rows of the batch, looked up by (entity, id) by the queries that follow.
    for (const QString &sql :
         {u"CREATE TEMP TABLE IF NOT EXISTS import_touched (entity TEXT NOT NULL, "
          "entity_id INTEGER NOT NULL, created INTEGER NOT NULL, before TEXT, "
          "PRIMARY KEY (entity, entity_id)) WITHOUT ROWID"_s,
          u"DELETE FROM temp.import_touched"_s})
        if (Status s = m_db.exec(sql, tr("reading the import")); !s)
            return s;
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT OR IGNORE INTO temp.import_touched SELECT entity, entity_id, 1, NULL "
              "FROM events WHERE id BETWEEN ? AND ? AND kind = ?"_s);
    q.addBindValue(batch.firstEvent);
    q.addBindValue(batch.lastEvent);
    q.addBindValue(Event::kindKey(Event::Kind::Created));
    if (Status s = m_db.exec(q, tr("reading the import")); !s)
        return s;
    q.prepare(u"INSERT OR IGNORE INTO temp.import_touched SELECT entity, entity_id, 0, before "
              "FROM import_changes WHERE batch_id = ?"_s);
    q.addBindValue(batch.id);
    return m_db.exec(q, tr("reading the import"));
}

Error ImportBatchRepository::alreadyUndone(const ImportBatch &batch)
{
    return userError(
        tr("Import %1 was already undone on %2.")
            .arg(batch.id)
            .arg(QLocale().toString(batch.undoneAt.toLocalTime(), QLocale::ShortFormat)));
}

Result<qint64> ImportBatchRepository::changedSince(qint64 batchId)
{
    const Result<ImportBatch> batch = find(batchId);
    if (!batch)
        return batch.error();
    if (batch->undoneAt.isValid())
        return alreadyUndone(*batch);
    Database::Transaction tx(m_db); // the temporary table's rows go with it
    if (Status s = fillTouched(*batch); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    // Edited, moved or deleted after the import.
    q.prepare(u"SELECT COUNT(*) FROM temp.import_touched t WHERE EXISTS (SELECT 1 FROM events e "
              "WHERE e.entity = t.entity AND e.entity_id = t.entity_id AND e.id > ?)"_s);
    q.addBindValue(batch->lastEvent);
    if (!q.exec() || !q.next())
        return m_db.sqlError(q, tr("reading the import"));
    qint64 changed = q.value(0).toLongLong();
    // A deal from elsewhere that now points to a company or contact the import created.
    q.prepare(u"SELECT COUNT(*) FROM deals d WHERE d.deleted_at IS NULL AND NOT EXISTS "
              "(SELECT 1 FROM temp.import_touched t WHERE t.entity = 'deal' AND "
              "t.entity_id = d.id AND t.created) AND (EXISTS (SELECT 1 FROM temp.import_touched "
              "c WHERE c.entity = 'company' AND c.entity_id = d.company_id AND c.created) OR "
              "EXISTS (SELECT 1 FROM temp.import_touched c WHERE c.entity = 'contact' AND "
              "c.entity_id = d.contact_id AND c.created))"_s);
    if (!q.exec() || !q.next())
        return m_db.sqlError(q, tr("reading the import"));
    changed += q.value(0).toLongLong();
    return changed;
}

Result<ImportUndoOutcome> ImportBatchRepository::undo(qint64 batchId)
{
    const Result<ImportBatch> batch = find(batchId);
    if (!batch)
        return batch.error();
    if (batch->undoneAt.isValid())
        return userError(
            tr("Import %1 was already undone on %2.")
                .arg(batchId)
                .arg(QLocale().toString(batch->undoneAt.toLocalTime(), QLocale::ShortFormat)));
    const qint64 now = Clock::current().now().toMSecsSinceEpoch();
    Database::Transaction tx(m_db);
    ImportUndoOutcome outcome;
    if (Status s = fillTouched(*batch); !s)
        return s.error();
    // What it created goes, in one statement a table.
    for (const QString &entity : {u"deal"_s, u"contact"_s, u"company"_s}) {
        QSqlQuery q(m_db.connection());
        q.prepare(u"UPDATE %1 SET deleted_at = ? WHERE deleted_at IS NULL AND id IN (SELECT "
                  "entity_id FROM temp.import_touched WHERE entity = ? AND created)"_s.arg(
                      tableOf(entity)));
        q.addBindValue(now);
        q.addBindValue(entity);
        if (Status s = m_db.exec(q, tr("undoing the import")); !s)
            return s.error();
        outcome.removed += q.numRowsAffected();
    }
    // What it updated gets its columns back.
    QSqlQuery changes(m_db.connection());
    changes.setForwardOnly(true);
    if (!changes.exec(u"SELECT entity, entity_id, before FROM temp.import_touched "
                      "WHERE NOT created"_s))
        return m_db.sqlError(changes, tr("reading the import"));
    while (changes.next()) {
        const QString table = tableOf(changes.value(0).toString());
        const Result<QString> sql = restoreSql(table);
        if (!sql)
            return sql.error();
        QSqlQuery &q = m_db.prepared(*sql);
        const QString before = changes.value(2).toString();
        for (qsizetype i = 0; i < sql->count(u'?') - 1; ++i)
            q.addBindValue(before);
        q.addBindValue(changes.value(1).toLongLong());
        if (Status s = m_db.exec(q, tr("undoing the import")); !s)
            return s.error();
        outcome.restored += q.numRowsAffected();
    }
    changes.finish();
    if (batch->firstEvent > 0) {
        // One "undone" marker per event of the import, latest first, as EventLog::markUndone.
        QSqlQuery q(m_db.connection());
        q.prepare(u"INSERT INTO events (at, actor, entity, entity_id, kind, detail) "
                  "SELECT ?, ?, entity, entity_id, ?, CAST(id AS TEXT) FROM events "
                  "WHERE id BETWEEN ? AND ? AND kind <> ? ORDER BY id DESC"_s);
        q.addBindValue(now);
        q.addBindValue(m_db.actor());
        q.addBindValue(Event::kindKey(Event::Kind::Undone));
        q.addBindValue(batch->firstEvent);
        q.addBindValue(batch->lastEvent);
        q.addBindValue(Event::kindKey(Event::Kind::Undone));
        if (Status s = m_db.exec(q, tr("undoing the import")); !s)
            return s.error();
    }
    QSqlQuery &mark = m_db.prepared(u"UPDATE import_batches SET undone_at = ? WHERE id = ?"_s);
    mark.addBindValue(now);
    mark.addBindValue(batchId);
    if (Status s = m_db.exec(mark, tr("undoing the import")); !s)
        return s.error();
    changes.finish();
    if (Status s = m_db.exec(u"DELETE FROM temp.import_touched"_s, tr("undoing the import")); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

} // namespace dealboard

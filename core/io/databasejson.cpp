#include "databasejson.h"

#include "clock.h"
#include "playbook/playbook.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;

// What a new database holds by itself; every other table must be empty to import into it.
const QStringList &seededTables()
{
    static const QStringList tables{u"playbook"_s, u"products"_s};
    return tables;
}

QString quoted(const QString &identifier)
{
    return u"\""_s + QString(identifier).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

struct Table
{
    QString name;
    bool withoutRowid = false;
};

// Every user table, parents before the tables that reference them (a table's references to
// itself, like a quote's previous revision, are kept in order by the rows' own order).
Result<QList<Table>> tablesInOrder(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND "
                "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s))
        return db.sqlError(q, DatabaseJson::tr("reading the tables"));
    QList<Table> pending;
    while (q.next())
        pending.append(Table{q.value(0).toString(), q.value(1).toString().contains(
                                                        u"WITHOUT ROWID"_s, Qt::CaseInsensitive)});
    q.finish();
    QHash<QString, QSet<QString>> parents;
    for (const Table &t : std::as_const(pending)) {
        QSqlQuery fk(db.connection());
        if (!fk.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(quoted(t.name))))
            return db.sqlError(fk, DatabaseJson::tr("reading the foreign keys"));
        const int tableField = fk.record().indexOf(u"table"_s);
        while (fk.next())
            if (const QString parent = fk.value(tableField).toString(); parent != t.name)
                parents[t.name].insert(parent);
    }
    QList<Table> ordered;
    QSet<QString> placed;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (qsizetype i = 0; i < pending.size();) {
            const QSet<QString> &needs = parents.value(pending.at(i).name);
            const bool ready = std::all_of(needs.cbegin(), needs.cend(),
                                           [&](const QString &p) { return placed.contains(p); });
            if (ready) {
                placed.insert(pending.at(i).name);
                ordered.append(pending.takeAt(i));
            } else {
                ++i;
            }
        }
        if (pending.size() == before) { // a cycle: keep the rest in name order
            ordered.append(pending);
            pending.clear();
        }
    }
    return ordered;
}

QJsonValue toJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    case QMetaType::QByteArray:
        return QJsonObject{
            {DatabaseJson::kBase64Key, QString::fromLatin1(v.toByteArray().toBase64())}};
    default:
        return QJsonValue(v.toString());
    }
}

std::optional<QVariant> fromJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QVariant();
    case QJsonValue::Bool:
        return QVariant(qint64(v.toBool() ? 1 : 0));
    case QJsonValue::Double: {
        const QVariant number = v.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            return QVariant(number.toLongLong());
        return QVariant(v.toDouble());
    }
    case QJsonValue::String:
        return QVariant(v.toString());
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.size() != 1 || !o.value(DatabaseJson::kBase64Key).isString())
            return std::nullopt;
        const auto decoded =
            QByteArray::fromBase64Encoding(o.value(DatabaseJson::kBase64Key).toString().toLatin1(),
                                           QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        return QVariant(decoded.decoded);
    }
    case QJsonValue::Array:
    case QJsonValue::Undefined:
        break;
    }
    return std::nullopt;
}

QByteArray jsonString(const QString &text)
{
    // A one-element array is the shortest way to have Qt escape a string.
    QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

Result<qint64> DatabaseJson::write(QIODevice &out)
{
    const Result<QList<Table>> tables = tablesInOrder(m_db);
    if (!tables)
        return tables.error();
    QByteArray buffer;
    const auto flush = [&]() -> Status {
        if (!buffer.isEmpty() && out.write(buffer) != buffer.size())
            return internalError(tr("The file cannot be written: %1").arg(out.errorString()));
        buffer.clear();
        return {};
    };
    // A read transaction: the tables are one consistent snapshot.
    Database::Transaction snapshot(m_db);
    buffer +=
        "{\"format\":" + jsonString(kFormat) +
        ",\"schemaVersion\":" + QByteArray::number(m_db.schemaVersion()) +
        ",\"exportedAt\":" + jsonString(Clock::current().now().toUTC().toString(Qt::ISODate)) +
        ",\"tables\":{";
    qint64 rows = 0;
    bool firstTable = true;
    for (const Table &table : tables.value()) {
        buffer += (firstTable ? "\n" : ",\n") + jsonString(table.name) + ":[";
        firstTable = false;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        const QString order = table.withoutRowid ? QString() : u" ORDER BY rowid"_s;
        if (!q.exec(u"SELECT * FROM %1%2"_s.arg(quoted(table.name), order)))
            return m_db.sqlError(q, tr("reading the table %1").arg(table.name));
        const QSqlRecord record = q.record();
        bool firstRow = true;
        while (q.next()) {
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), toJson(q.value(i)));
            buffer += (firstRow ? "\n" : ",\n") + QJsonDocument(row).toJson(QJsonDocument::Compact);
            firstRow = false;
            ++rows;
            if (buffer.size() >= kFlushBytes)
                if (Status s = flush(); !s)
                    return s.error();
        }
        if (q.lastError().isValid())
            return m_db.sqlError(q, tr("reading the table %1").arg(table.name));
        buffer += "]";
    }
    buffer += "\n}}\n";
    if (Status s = flush(); !s)
        return s.error();
    (void)snapshot.commit();
    return rows;
}

Result<qint64> DatabaseJson::writeFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return userError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    Result<qint64> rows = write(file);
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit())
        return userError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return rows;
}

Result<qint64> DatabaseJson::readFile(const QString &path)
{
    Result<QJsonObject> root = QJsonObject();
    {
        // The bytes go as soon as they are parsed: a large export needs the memory.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return userError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        root = parse(file.readAll());
    }
    if (!root)
        return root.error();
    return importDocument(root.value());
}

Result<qint64> DatabaseJson::read(const QByteArray &json)
{
    const Result<QJsonObject> root = parse(json);
    if (!root)
        return root.error();
    return importDocument(root.value());
}

Result<QJsonObject> DatabaseJson::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return userError(tr("The file is not valid JSON: %1 (at byte %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"format"_s).toString() != kFormat ||
        !root.value(u"tables"_s).isObject())
        return userError(tr("The file is not a Dealboard database export."));
    return root;
}

Result<qint64> DatabaseJson::importDocument(const QJsonObject &root)
{
    // Everything that can be checked without writing is checked first: a refused file leaves
    // the database as it was.
    const int version = root.value(u"schemaVersion"_s).toInt(-1);
    if (version != m_db.schemaVersion())
        return refusal(tr("The file was exported from schema version %1; this database uses "
                          "version %2. Import it with the same version of Dealboard.")
                           .arg(version)
                           .arg(m_db.schemaVersion()));
    const QJsonObject data = root.value(u"tables"_s).toObject();

    const Result<QList<Table>> tables = tablesInOrder(m_db);
    if (!tables)
        return tables.error();
    QSet<QString> known;
    for (const Table &t : tables.value())
        known.insert(t.name);
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return userError(
                tr("The file has a table %1 this database does not know.").arg(it.key()));
        if (!it.value().isArray())
            return userError(tr("The table %1 of the file is not a list of rows.").arg(it.key()));
    }

    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return internalError(tr("Cannot start the import."));
    // Empty: nothing but what a new database holds by itself (its playbook, its catalogue).
    // Checked inside the transaction, so that nothing is written in between.
    for (const Table &t : tables.value()) {
        if (seededTables().contains(t.name))
            continue;
        QSqlQuery q(m_db.connection());
        if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM %1)"_s.arg(quoted(t.name))) || !q.next())
            return m_db.sqlError(q, tr("checking that the database is empty"));
        if (q.value(0).toBool())
            return refusal(tr("The database is not empty: its table %1 holds rows. A JSON "
                              "export is imported into a new, empty database only.")
                               .arg(t.name));
    }

    // The triggers would refuse rows the log and the frozen quotes hold; the indexes are
    // faster built once. Both come back from their own SQL before the commit.
    QStringList recreate;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(u"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', "
                    "'trigger') AND sql IS NOT NULL ORDER BY type, name"_s))
            return m_db.sqlError(q, tr("reading the schema"));
        QStringList drops;
        while (q.next()) {
            drops << u"DROP %1 %2"_s.arg(q.value(0).toString().toUpper(),
                                         quoted(q.value(1).toString()));
            recreate << q.value(2).toString();
        }
        q.finish();
        for (const QString &sql : std::as_const(drops))
            if (Status s = m_db.exec(sql, tr("preparing the import")); !s)
                return s.error();
    }
    // What the new database already holds (its catalogue, its playbook) makes way.
    for (auto it = tables->crbegin(); it != tables->crend(); ++it)
        if (data.contains(it->name))
            if (Status s = m_db.exec(u"DELETE FROM %1"_s.arg(quoted(it->name)),
                                     tr("emptying the table %1").arg(it->name));
                !s)
                return s.error();

    qint64 imported = 0;
    for (const Table &table : tables.value()) {
        const QJsonArray rows = data.value(table.name).toArray();
        QStringList columns;
        QSqlQuery insert(m_db.connection());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonObject row = rows.at(r).toObject();
            if (!rows.at(r).isObject() || row.isEmpty())
                return userError(
                    tr("Row %1 of the table %2 is not an object.").arg(r + 1).arg(table.name));
            if (row.keys() != columns) {
                columns = row.keys();
                QStringList names;
                for (const QString &c : std::as_const(columns))
                    names << quoted(c);
                const QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                    quoted(table.name), names.join(u", "_s),
                    QStringList(columns.size(), u"?"_s).join(u", "_s));
                if (!insert.prepare(sql))
                    return m_db.sqlError(insert, tr("importing the table %1").arg(table.name));
            }
            for (const QString &c : std::as_const(columns)) {
                const std::optional<QVariant> value = fromJson(row.value(c));
                if (!value)
                    return userError(tr("Row %1 of the table %2 has an unexpected value in %3.")
                                         .arg(r + 1)
                                         .arg(table.name, c));
                insert.addBindValue(*value);
            }
            if (!insert.exec())
                return m_db.sqlError(
                    insert, tr("importing row %1 of the table %2").arg(r + 1).arg(table.name));
            ++imported;
        }
    }

    {
        QSqlQuery check(m_db.connection());
        if (!check.exec(u"PRAGMA foreign_key_check"_s))
            return m_db.sqlError(check, tr("checking the references"));
        if (check.next())
            return userError(tr("The file is inconsistent: a row of the table %1 refers to a "
                                "missing row of %2.")
                                 .arg(check.value(0).toString(), check.value(2).toString()));
    }
    for (const QString &sql : std::as_const(recreate))
        if (Status s = m_db.exec(sql, tr("rebuilding the indexes and triggers")); !s)
            return s.error();

    // The Database's playbook is the imported one; its row stays exactly as imported.
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(u"SELECT json, updated_at FROM playbook WHERE id = 1"_s))
            return m_db.sqlError(q, tr("reading the playbook"));
        if (q.next()) {
            const QVariant text = q.value(0);
            const QVariant updatedAt = q.value(1);
            q.finish();
            const Result<Playbook> playbook =
                Playbook::fromJson(text.toString().toUtf8(), tr("the imported file"));
            if (!playbook)
                return userError(playbook.errorMessage());
            if (Status s = m_db.setPlaybook(playbook.value()); !s)
                return s.error();
            QSqlQuery restore(m_db.connection());
            restore.prepare(u"UPDATE playbook SET json = ?, updated_at = ? WHERE id = 1"_s);
            restore.addBindValue(text);
            restore.addBindValue(updatedAt);
            if (!restore.exec())
                return m_db.sqlError(restore, tr("importing the playbook"));
        } else {
            q.finish();
            const Result<Playbook> shipped = Playbook::loadDefault();
            if (!shipped)
                return shipped.error();
            if (Status s = m_db.setPlaybook(shipped.value()); !s)
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return imported;
}

} // namespace dealboard

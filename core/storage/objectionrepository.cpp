#include "objectionrepository.h"

#include "clock.h"
#include "database.h"
#include "playbook/builtinobjections.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kColumns = u"key, language, category, objection, answer, hidden"_s;

bool knownLanguage(const QString &language)
{
    return language == "fr"_L1 || language == "en"_L1;
}

} // namespace

Objection ObjectionRepository::read(const QSqlQuery &q)
{
    Objection o;
    o.key = q.value(0).toString();
    o.language = q.value(1).toString();
    o.category = q.value(2).toString();
    o.objection = q.value(3).toString();
    o.answer = q.value(4).toString();
    o.hidden = q.value(5).toInt() != 0;
    o.edited = true;
    return o;
}

QString ObjectionRepository::categoryName(const QString &category)
{
    if (category == "price"_L1)
        return tr("Price");
    if (category == "competition"_L1)
        return tr("Competition");
    if (category == "technical"_L1)
        return tr("Technical");
    if (category == "risk"_L1)
        return tr("Risk");
    if (category == "timing"_L1)
        return tr("Timing");
    return category;
}

Status ObjectionRepository::validate(const Objection &o)
{
    if (!knownLanguage(o.language))
        return userError(tr("Unknown language \"%1\"; use fr or en.").arg(o.language));
    if (!Objection::categories().contains(o.category))
        return userError(tr("Unknown category \"%1\"; use one of: %2.")
                             .arg(o.category, Objection::categories().join(u", "_s)));
    if (o.objection.trimmed().isEmpty())
        return userError(tr("Write the objection, as the prospect says it."));
    if (o.answer.trimmed().isEmpty())
        return userError(tr("Write the answer to the objection."));
    return {};
}

Result<QList<Objection>> ObjectionRepository::list(const QString &language, bool includeHidden)
{
    if (!knownLanguage(language))
        return userError(tr("Unknown language \"%1\"; use fr or en.").arg(language));
    QSqlQuery &q = m_db.prepared(
        u"SELECT %1 FROM objections WHERE language = ? ORDER BY objection, key"_s.arg(kColumns));
    q.addBindValue(language);
    if (Status s = m_db.exec(q, tr("reading the objections")); !s)
        return s.error();
    QList<Objection> rows;
    while (q.next())
        rows.append(read(q));
    q.finish();

    QList<Objection> out = BuiltInObjections::all(language);
    for (Objection &o : out) {
        const auto row = std::find_if(rows.begin(), rows.end(),
                                      [&o](const Objection &r) { return r.key == o.key; });
        if (row != rows.end()) {
            row->builtIn = true;
            o = *row;
            rows.erase(row);
        }
    }
    out.append(rows); // the added ones, by text
    std::stable_sort(out.begin(), out.end(), [](const Objection &a, const Objection &b) {
        return Objection::categories().indexOf(a.category) <
               Objection::categories().indexOf(b.category);
    });
    if (!includeHidden)
        out.removeIf([](const Objection &o) { return o.hidden; });
    return out;
}

Result<Objection> ObjectionRepository::find(const QString &key, const QString &language)
{
    const Result<std::optional<Objection>> row = storedRow(key, language);
    if (!row)
        return row.error();
    const std::optional<Objection> builtIn = BuiltInObjections::find(key, language);
    if (row->has_value()) {
        Objection o = **row;
        o.builtIn = builtIn.has_value();
        return o;
    }
    if (builtIn)
        return *builtIn;
    return userError(tr("There is no objection \"%1\".").arg(key));
}

Result<std::optional<Objection>> ObjectionRepository::storedRow(const QString &key,
                                                                const QString &language)
{
    if (!knownLanguage(language))
        return userError(tr("Unknown language \"%1\"; use fr or en.").arg(language));
    QSqlQuery &q =
        m_db.prepared(u"SELECT %1 FROM objections WHERE key = ? AND language = ?"_s.arg(kColumns));
    q.addBindValue(key);
    q.addBindValue(language);
    if (Status s = m_db.exec(q, tr("reading the objection")); !s)
        return s.error();
    std::optional<Objection> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

Status ObjectionRepository::upsert(const Objection &o)
{
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO objections (key, language, category, objection, answer, hidden, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key, language) DO UPDATE SET "
        "category = excluded.category, objection = excluded.objection, "
        "answer = excluded.answer, hidden = excluded.hidden, updated_at = excluded.updated_at"_s);
    q.addBindValue(o.key);
    q.addBindValue(o.language);
    q.addBindValue(o.category);
    q.addBindValue(o.objection.trimmed());
    q.addBindValue(o.answer.trimmed());
    q.addBindValue(o.hidden ? 1 : 0);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    return m_db.exec(q, tr("saving the objection"));
}

Status ObjectionRepository::save(const Objection &objection)
{
    if (Status s = validate(objection); !s)
        return s;
    Database::Transaction tx(m_db);
    if (const Result<Objection> existing = find(objection.key, objection.language); !existing)
        return existing.error();
    Objection row = objection;
    row.hidden = false;
    if (Status s = upsert(row); !s)
        return s;
    return tx.commit();
}

Result<QString> ObjectionRepository::add(const Objection &objection)
{
    Objection row = objection;
    if (Status s = validate(row); !s)
        return s.error();
    Database::Transaction tx(m_db);
    if (row.key.trimmed().isEmpty()) {
        // The first free "<category>-<n>" in both languages and the built-in keys.
        for (int n = 1;; ++n) {
            const QString key = u"%1-%2"_s.arg(row.category).arg(n);
            QSqlQuery &q = m_db.prepared(u"SELECT 1 FROM objections WHERE key = ?"_s);
            q.addBindValue(key);
            if (Status s = m_db.exec(q, tr("reading the objections")); !s)
                return s.error();
            const bool taken = q.next() || BuiltInObjections::find(key, row.language);
            q.finish();
            if (!taken) {
                row.key = key;
                break;
            }
        }
    } else {
        row.key = row.key.trimmed();
        const Result<std::optional<Objection>> stored = storedRow(row.key, row.language);
        if (!stored)
            return stored.error();
        if (stored->has_value() || BuiltInObjections::find(row.key, row.language))
            return userError(tr("There is already an objection \"%1\".").arg(row.key));
    }
    row.hidden = false;
    if (Status s = upsert(row); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return row.key;
}

Status ObjectionRepository::hide(const QString &key, const QString &language)
{
    Database::Transaction tx(m_db);
    Result<Objection> current = find(key, language);
    if (!current)
        return current.error();
    current->hidden = true;
    if (Status s = upsert(*current); !s)
        return s;
    return tx.commit();
}

Status ObjectionRepository::reset(const QString &key, const QString &language)
{
    if (!BuiltInObjections::find(key, language))
        return userError(
            tr("\"%1\" is not one of the playbook's objections: it has no text to go back to.")
                .arg(key));
    return restoreRow(key, language, std::nullopt);
}

Status ObjectionRepository::restoreRow(const QString &key, const QString &language,
                                       const std::optional<Objection> &row)
{
    if (row)
        return upsert(*row);
    QSqlQuery &q = m_db.prepared(u"DELETE FROM objections WHERE key = ? AND language = ?"_s);
    q.addBindValue(key);
    q.addBindValue(language);
    return m_db.exec(q, tr("resetting the objection"));
}

Result<QString> ObjectionRepository::categoryOf(const QString &key)
{
    QSqlQuery &q = m_db.prepared(
        u"SELECT category FROM objections WHERE key = ? ORDER BY updated_at DESC LIMIT 1"_s);
    q.addBindValue(key);
    if (Status s = m_db.exec(q, tr("reading the objection")); !s)
        return s.error();
    QString category = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (category.isEmpty())
        if (const std::optional<Objection> builtIn = BuiltInObjections::find(key, u"en"_s))
            category = builtIn->category;
    return category;
}

} // namespace dealboard

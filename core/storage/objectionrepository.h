#pragma once

#include "playbook/objection.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QSqlQuery;

namespace dealboard {

class Database;

// The objection library (§6.3) as the user sees it: the built-in objections (BuiltInObjections)
// with the user's rows of table objections over them. A row with a built-in key overrides it
// (hidden = 1 removes it), another key adds one; reset() deletes the override. Each language
// is its own library: an edit in French leaves the English text as it was.
class ObjectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ObjectionRepository)

public:
    explicit ObjectionRepository(Database &db)
        : m_db(db)
    {}

    // By category (Objection::categories() order), the built-in ones in the playbook's order,
    // then the added ones by text. Hidden ones only when asked.
    Result<QList<Objection>> list(const QString &language, bool includeHidden = false);
    Result<Objection> find(const QString &key, const QString &language);
    // A category's name for the user ("Price"); the key itself when unknown.
    static QString categoryName(const QString &category);
    // A known language and category, an objection and an answer.
    static Status validate(const Objection &objection);
    // Saves the texts (and category) of an existing objection as the user's; shows it again.
    Status save(const Objection &objection);
    // Adds a new objection; an empty key is made from the category and a number. Returns the key.
    Result<QString> add(const Objection &objection);
    Status hide(const QString &key, const QString &language);
    // Back to the playbook's text (shown again); refused for an added objection (no such text).
    Status reset(const QString &key, const QString &language);

    // The user's row as stored, for undo: nullopt when there is none.
    Result<std::optional<Objection>> storedRow(const QString &key, const QString &language);
    // Puts back a row read by storedRow() (nullopt deletes it).
    Status restoreRow(const QString &key, const QString &language,
                      const std::optional<Objection> &row);
    // The category of an objection in any language (the user's row first): empty when unknown.
    Result<QString> categoryOf(const QString &key);

private:
    Status upsert(const Objection &row);
    static Objection read(const QSqlQuery &query);

    Database &m_db;
};

} // namespace dealboard

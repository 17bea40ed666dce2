#pragma once

#include "email/emailtemplate.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dealboard {

class Database;

// The email templates of the playbook (annex A and §6.1): the built-in defaults, in French
// and English, and the user's edited versions (table email_templates) that override them.
// "Reset to default" deletes the edited version.
class EmailTemplates
{
    Q_DECLARE_TR_FUNCTIONS(EmailTemplates)

public:
    explicit EmailTemplates(Database &db)
        : m_db(db)
    {}

    // "inbound-reply", "post-demo", "silent-followup", "qualified-recap", "nurture".
    static QStringList keys();
    static QStringList languages(); // "fr", "en"
    // What the template is for, translated ("Reply to an inbound lead (within 4 hours)").
    static QString description(const QString &key);
    // The built-in version; nullopt for an unknown key or language.
    static std::optional<EmailTemplate> builtIn(const QString &key, const QString &language);

    // The template to use: the edited version when there is one, else the built-in one. An
    // unknown key or language is a user error that lists the valid ones.
    Result<EmailTemplate> find(const QString &key, const QString &language);
    // Every key in every language, edited or built-in, in keys() × languages() order.
    Result<QList<EmailTemplate>> list();
    // Saves the user's version (subject and body must not be empty).
    Status save(const EmailTemplate &edited);
    // Back to the built-in version: deletes the edited one (nothing to delete is fine).
    Status reset(const QString &key, const QString &language);

    static Status validateKey(const QString &key, const QString &language);

private:
    Database &m_db;
};

} // namespace dealboard

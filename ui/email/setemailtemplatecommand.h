#pragma once

#include "email/emailtemplate.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace dealboard {

class Database;

// Saves the user's version of one email template, or resets it to the built-in text
// (`after` nullopt); undo puts back what was there (the previous edit, or the built-in text).
// A failure is said and makes the command obsolete, so that push() drops it.
class SetEmailTemplateCommand : public QUndoCommand
{
public:
    SetEmailTemplateCommand(Database &db, QString key, QString language,
                            std::optional<EmailTemplate> before, std::optional<EmailTemplate> after,
                            std::function<void()> notify, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<EmailTemplate> &edited);

    Database &m_db;
    QString m_key;
    QString m_language;
    std::optional<EmailTemplate> m_before;
    std::optional<EmailTemplate> m_after;
    std::function<void()> m_notify;
};

} // namespace dealboard

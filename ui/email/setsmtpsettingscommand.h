#pragma once

#include "email/smtpsettings.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace dealboard {

class Database;

// Saves the SMTP settings (the database part; the password is in the keychain, outside the
// undo history); undo puts the previous ones back, or none. A failure is said and makes the
// command obsolete, so that push() drops it. `notify` runs after every successful step.
class SetSmtpSettingsCommand : public QUndoCommand
{
public:
    SetSmtpSettingsCommand(Database &db, std::optional<SmtpSettings> before, SmtpSettings after,
                           std::function<void()> notify, const QString &text);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    void apply(const std::optional<SmtpSettings> &settings);

    Database &m_db;
    std::optional<SmtpSettings> m_before;
    SmtpSettings m_after;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard

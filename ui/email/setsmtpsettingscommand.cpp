#include "setsmtpsettingscommand.h"

#include "email/smtpsettingsrepository.h"
#include "messagebox.h"

#include <QCoreApplication>

namespace dealboard {

SetSmtpSettingsCommand::SetSmtpSettingsCommand(Database &db, std::optional<SmtpSettings> before,
                                               SmtpSettings after, std::function<void()> notify,
                                               const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_notify(std::move(notify))
{}

void SetSmtpSettingsCommand::apply(const std::optional<SmtpSettings> &settings)
{
    SmtpSettingsRepository repo(m_db);
    const Status s = settings ? repo.save(*settings) : repo.clear();
    if (!s) {
        m_failed = true;
        MessageBox::critical(
            nullptr,
            QCoreApplication::translate("dealboard::Undo", "Cannot save the SMTP settings"),
            s.errorMessage());
        setObsolete(true);
        return;
    }
    if (m_notify)
        m_notify();
}

void SetSmtpSettingsCommand::redo()
{
    apply(m_after);
}

void SetSmtpSettingsCommand::undo()
{
    apply(m_before);
}

} // namespace dealboard

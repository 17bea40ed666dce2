#include "setemailtemplatecommand.h"

#include "email/emailtemplates.h"
#include "messagebox.h"

#include <QCoreApplication>

namespace dealboard {

SetEmailTemplateCommand::SetEmailTemplateCommand(Database &db, QString key, QString language,
                                                 std::optional<EmailTemplate> before,
                                                 std::optional<EmailTemplate> after,
                                                 std::function<void()> notify, const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_key(std::move(key))
    , m_language(std::move(language))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_notify(std::move(notify))
{}

void SetEmailTemplateCommand::apply(const std::optional<EmailTemplate> &edited)
{
    EmailTemplates templates(m_db);
    const Status s = edited ? templates.save(*edited) : templates.reset(m_key, m_language);
    if (!s) {
        MessageBox::critical(
            nullptr,
            QCoreApplication::translate("dealboard::Undo", "Cannot save the email template"),
            s.errorMessage());
        setObsolete(true);
        return;
    }
    if (m_notify)
        m_notify();
}

void SetEmailTemplateCommand::redo()
{
    apply(m_after);
}

void SetEmailTemplateCommand::undo()
{
    apply(m_before);
}

} // namespace dealboard

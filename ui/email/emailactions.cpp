#include "emailactions.h"

#include "dealeditordialog.h"
#include "emailcomposedialog.h"
#include "emailtemplateeditor.h"
#include "keychainsecretstore.h"
#include "settingspage.h"
#include "smtpsettingsform.h"

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

SecretStore *s_testSecrets = nullptr;

} // namespace

EmailActions::EmailActions(QUndoStack *undoStack, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
    , m_dialogParent(dialogParent)
{
    if (s_testSecrets) {
        m_secrets = s_testSecrets;
    } else {
        m_keychain = std::make_unique<KeychainSecretStore>();
        m_secrets = m_keychain.get();
    }
    DealEditorDialog::setEmailHandler(
        [this](qint64 dealId, QWidget *editor) { compose(dealId, editor); });
}

EmailActions::~EmailActions()
{
    DealEditorDialog::setEmailHandler({});
}

void EmailActions::setDatabase(Database *database)
{
    m_db = database;
    if (m_settingsForm)
        m_settingsForm->setDatabase(database);
    if (m_templateEditor)
        m_templateEditor->setDatabase(database);
}

void EmailActions::addSettingsSections(SettingsPage *page, DealStore *store)
{
    m_settingsForm = new SmtpSettingsForm(*m_secrets, m_undoStack);
    m_settingsForm->setObjectName(u"smtpSettings"_s);
    page->addSection(tr("Email sending (SMTP)"), m_settingsForm);
    m_templateEditor = new EmailTemplateEditor(store, m_undoStack);
    m_templateEditor->setObjectName(u"emailTemplateEditor"_s);
    page->addSection(tr("Email templates"), m_templateEditor);
}

SecretStore &EmailActions::secrets()
{
    return *m_secrets;
}

bool EmailActions::compose(qint64 dealId, QWidget *parent)
{
    if (!m_db || dealId <= 0)
        return false;
    return EmailComposeDialog::compose(
        *m_db, *m_secrets, m_undoStack, dealId, [this, dealId] { Q_EMIT emailLogged(dealId); },
        parent ? parent : m_dialogParent);
}

void EmailActions::setSecretStoreForTests(SecretStore *store)
{
    s_testSecrets = store;
}

} // namespace dealboard

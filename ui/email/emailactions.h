#pragma once

#include <QObject>

#include <memory>

class QUndoStack;
class QWidget;

namespace dealboard {

class Database;
class DealStore;
class EmailTemplateEditor;
class SecretStore;
class SettingsPage;
class SmtpSettingsForm;

// Email in the app: Deal ▸ Send Email… (the compose dialog) and where the SMTP password is
// kept (the OS keychain; an in-memory store in GUI tests, through setSecretStoreForTests).
class EmailActions : public QObject
{
    Q_OBJECT

public:
    EmailActions(QUndoStack *undoStack, QWidget *dialogParent, QObject *parent = nullptr);
    ~EmailActions() override;

    void setDatabase(Database *database);
    // Adds the sections "Email sending (SMTP)" and "Email templates" to the Settings page.
    void addSettingsSections(SettingsPage *page, DealStore *store);
    SmtpSettingsForm *settingsForm() const { return m_settingsForm; }
    EmailTemplateEditor *templateEditor() const { return m_templateEditor; }
    SecretStore &secrets();

    // The compose dialog for the deal; true when an email went out and was logged.
    bool compose(qint64 dealId, QWidget *parent = nullptr);

    // Test seam: every EmailActions made afterwards uses `store` (not owned), nullptr: the
    // keychain again.
    static void setSecretStoreForTests(SecretStore *store);

Q_SIGNALS:
    // An email was logged on the deal (its activities changed).
    void emailLogged(qint64 dealId);

private:
    QUndoStack *m_undoStack;
    QWidget *m_dialogParent;
    Database *m_db = nullptr;
    std::unique_ptr<SecretStore> m_keychain;
    SecretStore *m_secrets;
    SmtpSettingsForm *m_settingsForm = nullptr;
    EmailTemplateEditor *m_templateEditor = nullptr;
};

} // namespace dealboard

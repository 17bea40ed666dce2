#pragma once

#include "email/smtpsettings.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace dealboard {

class Database;
class SecretStore;
class SmtpJob;

// Settings ▸ Email sending: the SMTP server, the sender and the booking link. Each field's
// problem is written next to it and Save waits until there is none. Saving is one undoable
// step for what the database keeps; the password goes only to the SecretStore (the OS
// keychain), never to the database nor QSettings, and the form only says whether one is
// saved. When the user or the host changes, the old keychain entry is removed. "Send a test
// email" sends to the sender's own address off the GUI thread and says how it went.
class SmtpSettingsForm : public QWidget
{
    Q_OBJECT

public:
    SmtpSettingsForm(SecretStore &secrets, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~SmtpSettingsForm() override;

    void setDatabase(Database *database);
    // Reads the settings back from the database (after a save, an undo, another database).
    void refresh();
    SmtpSettings settings() const; // as in the form, trimmed
    // Each field's problem, by the field's objectName; empty when the form can be saved.
    QMap<QString, QString> problems() const;
    bool save();
    void sendTestEmail();
    bool isTesting() const;
    QString testResult() const;

Q_SIGNALS:
    void saved();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateState();
    void updatePasswordStatus();
    void testFinished();
    QLabel *errorLabel(const QString &objectName);

    SecretStore &m_secrets;
    QUndoStack *m_undoStack;
    Database *m_db = nullptr;
    std::optional<SmtpSettings> m_stored;
    bool m_loading = false;
    SmtpJob *m_job;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordStatus;
    QLineEdit *m_senderName;
    QLineEdit *m_senderEmail;
    QLineEdit *m_bookingLink;
    QMap<QString, QLabel *> m_errors; // by field objectName
    QPushButton *m_save;
    QPushButton *m_test;
    QLabel *m_testResult;
};

} // namespace dealboard

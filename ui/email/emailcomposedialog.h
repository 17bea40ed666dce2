#pragma once

#include "emailservice.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QUndoStack;

namespace dealboard {

class Database;
class SecretStore;
class SmtpJob;

// Writes an email to a deal's contact from a template: the template (the one the deal's open
// follow-up or stage calls for), the language, the recipient, and the subject and body filled
// in and editable. Placeholders left unfilled ("{contact.first_name}", or a "[Prénom]" blank)
// are listed and nothing goes out while any remains. Send talks SMTP off the GUI thread; a
// failure keeps the draft and says why. Without SMTP settings, the message can be opened in
// the mail client (mailto:) or copied. Whatever way it goes, the email is logged on the deal
// and the follow-up it answers is marked done, as one undoable step.
class EmailComposeDialog : public QDialog
{
    Q_OBJECT

public:
    EmailComposeDialog(Database &db, SecretStore &secrets, QUndoStack *undoStack, qint64 dealId,
                       std::function<void()> notify, QWidget *parent = nullptr);
    ~EmailComposeDialog() override;

    void setTemplate(const QString &key, const QString &language);
    QString templateKey() const;
    QString language() const;
    // What keeps the message from going out (unfilled placeholders, a bad recipient).
    QStringList problems() const;
    bool isSending() const;
    QString statusText() const;
    // The message as edited, for the mail client.
    QUrl mailtoUrl() const;

    // mailto: of RFC 6068, every part percent-encoded (line ends as %0D%0A).
    static QUrl buildMailtoUrl(const QString &to, const QString &subject, const QString &body);
    // "[Prénom]"-style blanks of the playbook's written templates, each once.
    static QStringList blanks(const QString &text);

    // Runs the dialog; true when the email went out (or was handed over) and was logged.
    static bool compose(Database &db, SecretStore &secrets, QUndoStack *undoStack, qint64 dealId,
                        std::function<void()> notify, QWidget *parent);
    // Test hooks: the dialog once shown (see execWithHook), and what opens a mailto: URL
    // (QDesktopServices::openUrl by default). Empty functions restore the defaults.
    static void setTestHook(std::function<void(EmailComposeDialog &)> hook);
    static void setUrlOpener(std::function<bool(const QUrl &)> opener);

public Q_SLOTS:
    void reject() override;

private:
    void render();
    void updateState();
    EmailDraft currentDraft() const;
    void send();
    void sendFinished();
    void handOver(bool viaMailClient);
    bool attachQuote(EmailDraft &draft);
    void logAndClose(qint64 loggedId, bool askFirst);

    Database &m_db;
    SecretStore &m_secrets;
    QUndoStack *m_undoStack;
    qint64 m_dealId;
    std::function<void()> m_notify;
    EmailDraft m_draft; // as rendered: the deal, the contact
    bool m_smtpReady = false;
    bool m_preparing = false; // Send pressed, the keychain being read
    qint64 m_quoteId = 0;     // the quote to attach, 0: none
    QString m_quoteNumber;
    OutgoingEmail m_outgoing;
    EmailDraft m_sending;
    SmtpJob *m_job;

    QComboBox *m_template;
    QComboBox *m_language;
    QLineEdit *m_to;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QCheckBox *m_attach;
    QLabel *m_followUp;
    QLabel *m_problems;
    QLabel *m_status;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_send;
    QPushButton *m_openClient;
    QPushButton *m_copy;
};

} // namespace dealboard

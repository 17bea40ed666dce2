#pragma once

#include "email/secretstore.h"
#include "mimemessage.h"
#include "result.h"
#include "smtpsender.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dealboard {

class Database;

// A message made from a template for a deal, ready to be shown, edited and sent. `problems`
// lists the placeholders that are unknown or have no value: they are left in the text as
// written, and send() refuses while there are any.
struct EmailDraft
{
    QString templateKey;
    QString language;
    qint64 dealId = 0;
    qint64 contactId = 0; // the deal's contact the message is for, 0: none
    MailAddress to;
    QString subject;
    QString body;
    QStringList problems;
    QList<MailAttachment> attachments;
};

struct SentEmail
{
    qint64 activityId = 0; // the done Email activity logged on the deal; 0: see logError
    QByteArray message;    // what was sent, as bytes
    QString logError;      // sent, but logging it on the deal failed: never send it again
};

// A draft ready to go: everything the SMTP exchange needs, read on the thread that owns the
// database and the keychain, so that transmit() can run on another.
struct OutgoingEmail
{
    SmtpSettings settings;
    QString password;
    QString from;
    QStringList recipients;
    QByteArray message;
    int connectSeconds = 10;
    int totalSeconds = 60;
};

// Renders templates for deals and sends them through the configured SMTP server, with the
// password from the SecretStore; a sent email is logged as a done Email activity on the deal.
class EmailService
{
    Q_DECLARE_TR_FUNCTIONS(EmailService)

public:
    EmailService(Database &db, SecretStore &secrets)
        : m_db(db)
        , m_secrets(secrets)
    {}

    // The template `key` in `language` filled from the deal; `to` overrides the contact's
    // email. The SMTP settings give the sender (none yet: the sender placeholders are empty).
    Result<EmailDraft> draft(const QString &key, qint64 dealId, const QString &language,
                             const QString &to = {});
    // Refuses a draft with problems, no recipient or no SMTP settings; sends it; logs the
    // activity in one transaction. On failure nothing is logged and the error says why
    // (SmtpSender's message); lastFailure() tells which kind.
    Result<SentEmail> send(const EmailDraft &draft);
    // send() in three steps, for the app, which sends off the GUI thread: prepare() checks the
    // draft and reads the settings and password; transmit() only talks SMTP (any thread);
    // logSent() logs the activity once it went.
    Result<OutgoingEmail> prepare(const EmailDraft &draft);
    static Status transmit(const OutgoingEmail &outgoing, SmtpSender::Failure *failure);
    Result<SentEmail> logSent(const EmailDraft &draft, const QByteArray &message);
    SmtpSender::Failure lastFailure() const { return m_lastFailure; }

    void setTimeouts(int connectSeconds, int totalSeconds);

private:
    Database &m_db;
    SecretStore &m_secrets;
    SmtpSender::Failure m_lastFailure = SmtpSender::Failure::None;
    int m_connectSeconds = 10;
    int m_totalSeconds = 60;
};

} // namespace dealboard

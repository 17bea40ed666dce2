#pragma once

#include "email/smtpsettings.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dealboard {

// Sends one message through the user's SMTP server with libcurl (STARTTLS, implicit TLS or
// none; user and password when the settings name a user). Blocking: run it off the GUI thread.
class SmtpSender
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)

public:
    // Why a send failed, for the message and for the tests.
    enum class Failure
    {
        None,
        Authentication, // the server refused the user or password
        Tls,            // the TLS handshake, the certificate, or no STARTTLS offered
        Network,        // cannot resolve, cannot connect, timed out, connection lost
        Sender,         // the server refused the sender address
        Recipient,      // the server refused a recipient
        Refused,        // the server refused the message itself (DATA)
        Other,
    };

    SmtpSender(SmtpSettings settings, QString password);

    // Seconds to connect and for the whole exchange (default 10 and 60).
    void setTimeouts(int connectSeconds, int totalSeconds);
    // The PEM bundle of the certificate authorities to trust (tests); the system's by default.
    void setCaBundle(const QString &path) { m_caBundle = path; }

    // Sends `message` (RFC 5322 bytes, CRLF) from `from` to `recipients` (bare addresses).
    Status send(const QString &from, const QStringList &recipients, const QByteArray &message);
    Failure lastFailure() const { return m_lastFailure; }

private:
    SmtpSettings m_settings;
    QString m_password;
    QString m_caBundle;
    int m_connectSeconds = 10;
    int m_totalSeconds = 60;
    Failure m_lastFailure = Failure::None;
};

} // namespace dealboard

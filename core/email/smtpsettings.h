#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace dealboard {

// How emails leave: the user's SMTP server and who they come from. The password is not here:
// it is in the OS keychain (SecretStore) under secretKey().
struct SmtpSettings
{
    enum class Security
    {
        StartTls, // plain connection upgraded with STARTTLS (port 587)
        Tls,      // implicit TLS (port 465)
        None,     // no encryption (a local relay, tests)
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString userName; // empty: no authentication
    QString senderName;
    QString senderEmail;
    QString bookingLink; // {booking_link} in the templates
    QDateTime updatedAt;

    static QString securityKey(Security security)
    {
        switch (security) {
        case Security::StartTls:
            return QStringLiteral("starttls");
        case Security::Tls:
            return QStringLiteral("tls");
        case Security::None:
            return QStringLiteral("none");
        }
        return QStringLiteral("starttls");
    }
    static std::optional<Security> securityFromKey(const QString &key)
    {
        for (const Security s : {Security::StartTls, Security::Tls, Security::None})
            if (securityKey(s) == key)
                return s;
        return std::nullopt;
    }
    static QStringList securityKeys()
    {
        return {QStringLiteral("starttls"), QStringLiteral("tls"), QStringLiteral("none")};
    }

    // The keychain entry of the password: "smtp:user@host".
    QString secretKey() const { return QStringLiteral("smtp:%1@%2").arg(userName, host); }
    bool needsPassword() const { return !userName.isEmpty(); }
};

} // namespace dealboard

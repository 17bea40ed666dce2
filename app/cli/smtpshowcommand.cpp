#include "smtpshowcommand.h"

#include "email/smtpsettingsrepository.h"
#include "keychainsecretstore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

SmtpShowCommand::SmtpShowCommand()
    : DatabaseCommand(u"smtp show"_s,
                      tr("Show the SMTP settings and whether the password is in the OS "
                         "keychain (never the password itself)."),
                      Database::Mode::ReadOnly)
{}

int SmtpShowCommand::runOn(Database &db, const QCommandLineParser &)
{
    const Result<std::optional<SmtpSettings>> loaded = SmtpSettingsRepository(db).load();
    if (!loaded)
        return fail(loaded.error());
    if (!loaded->has_value()) {
        if (json())
            printJson(QJsonObject{{u"configured"_s, false}});
        else
            out() << tr("No SMTP server is set: use dealboard-cli smtp set.") << u'\n';
        out().flush();
        return Success;
    }
    const SmtpSettings s = loaded->value();
    // Whether the password is there: yes, no, or the keychain could not say.
    QJsonValue saved;
    QString keychain;
    if (s.needsPassword()) {
        KeychainSecretStore secrets;
        const Result<std::optional<QString>> secret = secrets.read(s.secretKey());
        if (secret) {
            saved = secret->has_value();
            keychain = secret->has_value() ? tr("saved in the OS keychain (%1)").arg(s.secretKey())
                                           : tr("not saved (use smtp set --password-stdin)");
        } else {
            keychain = secret.errorMessage();
        }
    }
    if (json()) {
        printJson(QJsonObject{{u"configured"_s, true},
                              {u"host"_s, s.host},
                              {u"port"_s, s.port},
                              {u"security"_s, SmtpSettings::securityKey(s.security)},
                              {u"user"_s, s.userName},
                              {u"sender_name"_s, s.senderName},
                              {u"sender_email"_s, s.senderEmail},
                              {u"booking_link"_s, s.bookingLink},
                              {u"password_saved"_s, saved},
                              {u"updated_at"_s, s.updatedAt.toString(Qt::ISODate)}});
        return Success;
    }
    const QString none = tr("(none)");
    out() << tr("Server:       %1:%2 (%3)")
                 .arg(s.host)
                 .arg(s.port)
                 .arg(SmtpSettings::securityKey(s.security))
          << u'\n' << tr("User:         %1").arg(s.userName.isEmpty() ? none : s.userName) << u'\n'
          << tr("Sender:       %1")
                 .arg(s.senderName.isEmpty() ? s.senderEmail
                                             : u"%1 <%2>"_s.arg(s.senderName, s.senderEmail))
          << u'\n' << tr("Booking link: %1").arg(s.bookingLink.isEmpty() ? none : s.bookingLink)
          << u'\n';
    if (s.needsPassword())
        out() << tr("Password:     %1").arg(keychain) << u'\n';
    out().flush();
    return Success;
}

} // namespace dealboard::cli

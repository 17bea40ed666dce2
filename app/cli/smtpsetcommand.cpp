#include "smtpsetcommand.h"

#include "email/smtpsettingsrepository.h"
#include "keychainsecretstore.h"

#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

// The first line of stdin; typed at a terminal, it is not echoed.
QString readPassword()
{
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        QTextStream err(stderr);
        err << SmtpSetCommand::tr("Password: ") << Qt::flush;
    }
#endif
    QTextStream in(stdin);
    QString password = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        QTextStream err(stderr);
        err << Qt::endl;
    }
#endif
    return password;
}

} // namespace

SmtpSetCommand::SmtpSetCommand()
    : DatabaseCommand(u"smtp set"_s,
                      tr("Set the SMTP server emails are sent through and the sender. The "
                         "password goes to the OS keychain (--password-stdin), never to the "
                         "database."))
{
    addOption({u"host"_s, tr("The SMTP server's host name."), tr("host")});
    addOption({u"port"_s, tr("Its port (default: 587 for starttls, 465 for tls, 25 for none)."),
               tr("port")});
    addOption({u"security"_s, tr("starttls (default), tls or none."), tr("security")});
    addOption({u"from"_s, tr("The sender's email address."), tr("email")});
    addOption(
        {u"user"_s, tr("The user name to log in with (none: no authentication)."), tr("user")});
    addOption({u"name"_s, tr("The sender's name, as recipients see it."), tr("name")});
    addOption({u"booking-link"_s, tr("The booking link the templates offer ({booking_link})."),
               tr("url")});
    addOption({u"password-stdin"_s,
               tr("Read the password from the first line of stdin and save it in the OS "
                  "keychain.")});
}

int SmtpSetCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    SmtpSettingsRepository repo(db);
    const Result<std::optional<SmtpSettings>> current = repo.load();
    if (!current)
        return fail(current.error());
    SmtpSettings s = current->value_or(SmtpSettings{});
    const bool fresh = !current->has_value();
    if (fresh && (!parser.isSet(u"host"_s) || !parser.isSet(u"from"_s)))
        return fail(tr("Give at least --host and --from the first time."));
    if (parser.isSet(u"host"_s))
        s.host = parser.value(u"host"_s).trimmed();
    if (parser.isSet(u"security"_s)) {
        const auto security = SmtpSettings::securityFromKey(parser.value(u"security"_s));
        if (!security)
            return fail(
                tr("Unknown security \"%1\"; use one of: %2.")
                    .arg(parser.value(u"security"_s), SmtpSettings::securityKeys().join(u", "_s)));
        s.security = *security;
        if (!parser.isSet(u"port"_s))
            s.port = s.security == SmtpSettings::Security::Tls    ? 465
                     : s.security == SmtpSettings::Security::None ? 25
                                                                  : 587;
    }
    if (parser.isSet(u"port"_s)) {
        bool ok = false;
        s.port = parser.value(u"port"_s).toInt(&ok);
        if (!ok)
            return fail(tr("The port \"%1\" is not a number.").arg(parser.value(u"port"_s)));
    }
    if (parser.isSet(u"from"_s))
        s.senderEmail = parser.value(u"from"_s).trimmed();
    if (parser.isSet(u"user"_s))
        s.userName = parser.value(u"user"_s).trimmed();
    if (parser.isSet(u"name"_s))
        s.senderName = parser.value(u"name"_s).trimmed();
    if (parser.isSet(u"booking-link"_s))
        s.bookingLink = parser.value(u"booking-link"_s).trimmed();
    if (Status v = SmtpSettingsRepository::validate(s); !v)
        return fail(v.error());

    // The password first: when the keychain refuses it, nothing is saved.
    bool passwordSaved = false;
    if (parser.isSet(u"password-stdin"_s)) {
        if (!s.needsPassword())
            return fail(tr("A password needs a user: add --user."));
        const QString password = readPassword();
        if (password.isEmpty())
            return fail(tr("No password on stdin."));
        KeychainSecretStore secrets;
        if (Status w = secrets.write(s.secretKey(), password); !w)
            return fail(w.error());
        passwordSaved = true;
    }
    if (Status saved = repo.save(s); !saved)
        return fail(saved.error());
    // A new user or host is another keychain entry: the old password must not linger there.
    QString leftover;
    if (!fresh && current->value().needsPassword() &&
        current->value().secretKey() != s.secretKey()) {
        KeychainSecretStore secrets;
        if (Status removed = secrets.remove(current->value().secretKey()); !removed)
            leftover = removed.errorMessage();
    }
    if (json()) {
        printJson(QJsonObject{{u"host"_s, s.host},
                              {u"port"_s, s.port},
                              {u"security"_s, SmtpSettings::securityKey(s.security)},
                              {u"from"_s, s.senderEmail},
                              {u"password_saved"_s, passwordSaved}});
        return Success;
    }
    out() << tr("SMTP set: %1:%2 (%3), from %4.")
                 .arg(s.host)
                 .arg(s.port)
                 .arg(SmtpSettings::securityKey(s.security), s.senderEmail)
          << u'\n';
    if (passwordSaved)
        out() << tr("The password of %1 is saved in the OS keychain.").arg(s.secretKey()) << u'\n';
    else if (s.needsPassword())
        out() << tr("Save the password of %1 with: dealboard-cli smtp set --password-stdin")
                     .arg(s.secretKey())
              << u'\n';
    if (!leftover.isEmpty())
        out() << tr("The old password could not be removed from the keychain: %1").arg(leftover)
              << u'\n';
    out().flush();
    return Success;
}

} // namespace dealboard::cli

#include "smtpsettingsrepository.h"

#include "clock.h"
#include "storage/database.h"
#include "validation.h"

#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace dealboard {

Result<std::optional<SmtpSettings>> SmtpSettingsRepository::load()
{
    QSqlQuery &q = m_db.prepared(u"SELECT host, port, security, user_name, sender_name, "
                                 "sender_email, booking_link, updated_at FROM smtp_settings "
                                 "WHERE id = 1"_s);
    if (Status s = m_db.exec(q, tr("reading the SMTP settings")); !s)
        return s.error();
    std::optional<SmtpSettings> settings;
    if (q.next()) {
        SmtpSettings s;
        s.host = q.value(0).toString();
        s.port = q.value(1).toInt();
        s.security = SmtpSettings::securityFromKey(q.value(2).toString())
                         .value_or(SmtpSettings::Security::StartTls);
        s.userName = q.value(3).toString();
        s.senderName = q.value(4).toString();
        s.senderEmail = q.value(5).toString();
        s.bookingLink = q.value(6).toString();
        s.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        settings = s;
    }
    q.finish();
    return settings;
}

Status SmtpSettingsRepository::validate(const SmtpSettings &s)
{
    const QString host = s.host.trimmed();
    if (host.isEmpty() || host.contains(u' ') || host.contains(u'/'))
        return userError(tr("The SMTP server \"%1\" is not a host name.").arg(s.host));
    if (s.port < 1 || s.port > 65535)
        return userError(tr("The SMTP port must be between 1 and 65535, not %1.").arg(s.port));
    const bool loopback = host == "localhost"_L1 || host.startsWith(u"127."_s) || host == "::1"_L1;
    if (s.security == SmtpSettings::Security::None && !s.userName.trimmed().isEmpty() && !loopback)
        return userError(tr("A password is never sent unencrypted: choose starttls or tls for "
                            "%1, or no user.")
                             .arg(host));
    if (!isValidEmail(s.senderEmail.trimmed()))
        return userError(tr("The sender's email \"%1\" is not valid.").arg(s.senderEmail));
    if (!s.bookingLink.trimmed().isEmpty()) {
        const QUrl url(s.bookingLink.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) ||
            url.host().isEmpty())
            return userError(
                tr("The booking link \"%1\" is not an http(s) address.").arg(s.bookingLink));
    }
    return {};
}

Status SmtpSettingsRepository::save(const SmtpSettings &settings)
{
    if (Status s = validate(settings); !s)
        return s;
    auto nullable = [](const QString &text) {
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
    };
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO smtp_settings (id, host, port, security, user_name, sender_name, "
        "sender_email, booking_link, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET host = excluded.host, port = excluded.port, "
        "security = excluded.security, user_name = excluded.user_name, "
        "sender_name = excluded.sender_name, sender_email = excluded.sender_email, "
        "booking_link = excluded.booking_link, updated_at = excluded.updated_at"_s);
    q.addBindValue(settings.host.trimmed());
    q.addBindValue(settings.port);
    q.addBindValue(SmtpSettings::securityKey(settings.security));
    q.addBindValue(nullable(settings.userName));
    q.addBindValue(nullable(settings.senderName));
    q.addBindValue(settings.senderEmail.trimmed());
    q.addBindValue(nullable(settings.bookingLink));
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    return m_db.exec(q, tr("saving the SMTP settings"));
}

Status SmtpSettingsRepository::clear()
{
    return m_db.exec(u"DELETE FROM smtp_settings"_s, tr("removing the SMTP settings"));
}

} // namespace dealboard

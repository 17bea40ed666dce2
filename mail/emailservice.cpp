#include "emailservice.h"

#include "clock.h"
#include "email/emailtemplates.h"
#include "email/smtpsettingsrepository.h"
#include "email/templaterenderer.h"
#include "model/activity.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "validation.h"

using namespace Qt::StringLiterals;

namespace dealboard {

void EmailService::setTimeouts(int connectSeconds, int totalSeconds)
{
    m_connectSeconds = connectSeconds;
    m_totalSeconds = totalSeconds;
}

Result<EmailDraft> EmailService::draft(const QString &key, qint64 dealId, const QString &language,
                                       const QString &to)
{
    const Result<EmailTemplate> tmpl = EmailTemplates(m_db).find(key, language);
    if (!tmpl)
        return tmpl.error();
    const Result<std::optional<SmtpSettings>> settings = SmtpSettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    TemplateRenderer renderer(m_db);
    const Result<TemplateRenderer::Values> values =
        renderer.valuesForDeal(dealId, settings->value_or(SmtpSettings{}), language);
    if (!values)
        return values.error();
    const RenderedEmail rendered = TemplateRenderer::render(tmpl.value(), values.value());
    const Result<Deal> deal = DealRepository(m_db).find(dealId);
    if (!deal)
        return deal.error();

    EmailDraft d;
    d.templateKey = key;
    d.language = language;
    d.dealId = dealId;
    d.contactId = deal->contactId;
    d.to = MailAddress{values->value(u"contact.name"_s), values->value(u"contact.email"_s)};
    if (!to.trimmed().isEmpty())
        d.to = MailAddress{{}, to.trimmed()};
    d.subject = rendered.subject;
    d.body = rendered.body;
    d.problems = rendered.problems();
    return d;
}

Result<SentEmail> EmailService::send(const EmailDraft &draft)
{
    const Result<OutgoingEmail> outgoing = prepare(draft);
    if (!outgoing)
        return outgoing.error();
    if (Status s = transmit(outgoing.value(), &m_lastFailure); !s)
        return s.error();
    return logSent(draft, outgoing->message);
}

Result<OutgoingEmail> EmailService::prepare(const EmailDraft &draft)
{
    m_lastFailure = SmtpSender::Failure::None;
    if (!draft.problems.isEmpty())
        return userError(tr("The email was not sent: fill or remove %1 first.")
                             .arg(draft.problems.join(u", "_s)));
    if (draft.to.email.isEmpty())
        return userError(tr("The email was not sent: the deal's contact has no email address."));
    if (!isValidEmail(draft.to.email))
        return userError(
            tr("The email was not sent: \"%1\" is not an email address.").arg(draft.to.email));
    const Result<std::optional<SmtpSettings>> loaded = SmtpSettingsRepository(m_db).load();
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value())
        return userError(tr("The email was not sent: no SMTP server is set up yet."));
    OutgoingEmail out;
    out.settings = loaded->value();
    const SmtpSettings &settings = out.settings;
    if (settings.needsPassword()) {
        const Result<std::optional<QString>> secret = m_secrets.read(settings.secretKey());
        if (!secret)
            return secret.error();
        if (!secret->has_value())
            return userError(tr("The email was not sent: no password is saved for %1 in the "
                                "keychain.")
                                 .arg(settings.secretKey()));
        out.password = secret->value();
    }

    MimeMessage message;
    message.setFrom(MailAddress{settings.senderName, settings.senderEmail});
    message.setTo({draft.to});
    message.setSubject(draft.subject);
    message.setBody(draft.body);
    message.setDate(Clock::current().now().toLocalTime());
    for (const auto &a : draft.attachments)
        message.addAttachment(a);
    out.message = message.toBytes();
    out.from = settings.senderEmail;
    out.recipients = {draft.to.email};
    out.connectSeconds = m_connectSeconds;
    out.totalSeconds = m_totalSeconds;
    return out;
}

Status EmailService::transmit(const OutgoingEmail &outgoing, SmtpSender::Failure *failure)
{
    SmtpSender sender(outgoing.settings, outgoing.password);
    sender.setTimeouts(outgoing.connectSeconds, outgoing.totalSeconds);
    Status s = sender.send(outgoing.from, outgoing.recipients, outgoing.message);
    if (failure)
        *failure = sender.lastFailure();
    return s;
}

Result<SentEmail> EmailService::logSent(const EmailDraft &draft, const QByteArray &bytes)
{
    // Sent: log it, done, in one transaction.
    Database::Transaction tx(m_db);
    Activity activity;
    activity.dealId = draft.dealId;
    activity.contactId = draft.contactId;
    activity.kind = Activity::Kind::Email;
    activity.title = draft.subject;
    activity.note = draft.to.email;
    activity.due = Clock::current().now().toLocalTime().date();
    ActivityRepository activities(m_db);
    // The email is gone whatever happens now: a failure to log it is said, not an error.
    const Result<qint64> id = activities.add(activity);
    Status done = id ? activities.complete(id.value()) : Status(id.error());
    if (done)
        done = tx.commit();
    if (!done)
        return SentEmail{0, bytes,
                         tr("The email was sent, but logging it on the deal failed: %1")
                             .arg(done.errorMessage())};
    return SentEmail{id.value(), bytes, {}};
}

} // namespace dealboard

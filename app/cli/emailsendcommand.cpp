#include "emailsendcommand.h"

#include "documents/quoteissuer.h"
#include "email/emailtemplates.h"
#include "emailformat.h"
#include "keychainsecretstore.h"
#include "quoteformat.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

EmailSendCommand::EmailSendCommand()
    : DatabaseCommand(u"email send"_s,
                      tr("Send an email template filled from a deal through the SMTP server "
                         "(smtp set) and log it as a done email activity on the deal. Refuses "
                         "while a placeholder is unknown or empty; on failure prints the "
                         "draft. --lang fr|en picks the template's language (default fr)."))
{
    addPositional({u"template"_s, tr("The template: %1.").arg(EmailTemplates::keys().join(u", "_s)),
                   u"TEMPLATE"_s});
    addPositional({u"deal"_s, tr("The deal's id."), u"DEAL"_s});
    addOption({u"to"_s, tr("The recipient (default: the deal's contact)."), tr("email")});
    addOption({u"attach-quote"_s, tr("Attach this quote of the deal as a PDF."), tr("id")});
}

int EmailSendCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 dealId = parser.positionalArguments().at(1).toLongLong(&ok);
    if (!ok || dealId <= 0)
        return fail(tr("\"%1\" is not a deal id.").arg(parser.positionalArguments().at(1)));
    KeychainSecretStore secrets;
    EmailService service(db, secrets);
    Result<EmailDraft> draft =
        service.draft(parser.positionalArguments().at(0), dealId,
                      EmailFormat::language(parser.value(u"lang"_s)), parser.value(u"to"_s));
    if (!draft)
        return fail(draft.error());

    if (parser.isSet(u"attach-quote"_s)) {
        const Result<Quote> quote = QuoteView::find(db, parser.value(u"attach-quote"_s));
        if (!quote)
            return fail(quote.error());
        if (quote->dealId != dealId)
            return fail(tr("Quote %1 belongs to deal %2, not to deal %3.")
                            .arg(quote->displayNumber())
                            .arg(quote->dealId)
                            .arg(dealId));
        QTemporaryDir dir;
        const QString path = dir.filePath(quote->displayNumber() + u".pdf"_s);
        const Result<IssuedDocument> issued = QuoteIssuer(db).writePdf(quote->id, path);
        if (!issued)
            return fail(issued.error());
        QFile pdf(path);
        if (!pdf.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the quote's PDF: %1").arg(pdf.errorString()));
        draft->attachments.append(
            MailAttachment{quote->displayNumber() + u".pdf"_s, "application/pdf", pdf.readAll()});
    }

    if (!draft->problems.isEmpty()) {
        if (json())
            printJson(EmailFormat::json(draft.value()));
        else
            out() << EmailFormat::text(draft.value());
        out().flush();
        return fail(EmailFormat::problems(draft.value()));
    }
    const Result<SentEmail> sent = service.send(draft.value());
    if (!sent) {
        // The draft is kept: printed back, to send by hand or again.
        if (json()) {
            QJsonObject o = EmailFormat::json(draft.value());
            o.insert(u"sent"_s, false);
            o.insert(u"error"_s, sent.errorMessage());
            printJson(o);
        } else {
            out() << EmailFormat::text(draft.value());
        }
        out().flush();
        return fail(sent.error());
    }
    if (json()) {
        QJsonObject o = EmailFormat::json(draft.value());
        o.insert(u"sent"_s, true);
        o.insert(u"activity_id"_s, sent->activityId > 0 ? QJsonValue(sent->activityId)
                                                        : QJsonValue(QJsonValue::Null));
        if (!sent->logError.isEmpty())
            o.insert(u"log_error"_s, sent->logError);
        printJson(o);
    } else if (!sent->logError.isEmpty()) {
        out() << tr("Sent \"%1\" to %2. %3").arg(draft->subject, draft->to.email, sent->logError)
              << Qt::endl;
    } else {
        out() << tr("Sent \"%1\" to %2; logged as activity %3 on deal %4.")
                     .arg(draft->subject, draft->to.email)
                     .arg(sent->activityId)
                     .arg(dealId)
              << u'\n';
    }
    out().flush();
    return Success;
}

} // namespace dealboard::cli

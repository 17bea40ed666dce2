#include "emailrendercommand.h"

#include "email/emailtemplates.h"
#include "emailformat.h"
#include "keychainsecretstore.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

EmailRenderCommand::EmailRenderCommand()
    : DatabaseCommand(u"email render"_s,
                      tr("Print an email template filled from a deal; exit 1 listing the "
                         "placeholders that are unknown or have no value. --lang fr|en picks "
                         "the template's language (default fr)."),
                      Database::Mode::ReadOnly)
{
    addPositional({u"template"_s, tr("The template: %1.").arg(EmailTemplates::keys().join(u", "_s)),
                   u"TEMPLATE"_s});
    addPositional({u"deal"_s, tr("The deal's id."), u"DEAL"_s});
    addOption({u"to"_s, tr("The recipient (default: the deal's contact)."), tr("email")});
}

int EmailRenderCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 dealId = parser.positionalArguments().at(1).toLongLong(&ok);
    if (!ok || dealId <= 0)
        return fail(tr("\"%1\" is not a deal id.").arg(parser.positionalArguments().at(1)));
    // Rendering reads no secret; the store is never asked.
    KeychainSecretStore secrets;
    const Result<EmailDraft> draft =
        EmailService(db, secrets)
            .draft(parser.positionalArguments().at(0), dealId,
                   EmailFormat::language(parser.value(u"lang"_s)), parser.value(u"to"_s));
    if (!draft)
        return fail(draft.error());
    if (json())
        printJson(EmailFormat::json(draft.value()));
    else
        out() << EmailFormat::text(draft.value());
    out().flush();
    if (!draft->problems.isEmpty())
        return fail(EmailFormat::problems(draft.value()));
    return Success;
}

} // namespace dealboard::cli

#include "emailtemplatescommand.h"

#include "email/emailtemplates.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

EmailTemplatesCommand::EmailTemplatesCommand()
    : DatabaseCommand(u"email templates"_s,
                      tr("List the email templates in each language, edited or built-in."),
                      Database::Mode::ReadOnly)
{}

int EmailTemplatesCommand::runOn(Database &db, const QCommandLineParser &)
{
    const Result<QList<EmailTemplate>> all = EmailTemplates(db).list();
    if (!all)
        return fail(all.error());
    if (json()) {
        QJsonArray rows;
        for (const auto &t : all.value())
            rows.append(QJsonObject{
                {u"key"_s, t.key},
                {u"language"_s, t.language},
                {u"edited"_s, t.edited},
                {u"description"_s, EmailTemplates::description(t.key)},
                {u"subject"_s, t.subject},
                {u"updated_at"_s,
                 t.edited ? QJsonValue(t.updatedAt.toString(Qt::ISODate)) : QJsonValue()}});
        printJson(rows);
        return Success;
    }
    qsizetype width = 0;
    for (const auto &key : EmailTemplates::keys())
        width = std::max(width, key.size());
    for (const auto &t : all.value())
        out() << t.key.leftJustified(width + 2) << t.language << u"  "_s
              << (t.edited ? tr("edited").leftJustified(9) : tr("built-in").leftJustified(9))
              << u' ' << EmailTemplates::description(t.key) << u'\n';
    out().flush();
    return Success;
}

} // namespace dealboard::cli

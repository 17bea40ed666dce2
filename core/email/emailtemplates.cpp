#include "emailtemplates.h"

#include "clock.h"
#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

struct BuiltIn
{
    const char16_t *key;
    const char16_t *language;
    const char16_t *subject;
    const char16_t *body;
};

// Annex A of the playbook, in its tone; its "[Prénom]" blanks are placeholders filled from the
// deal, and what only the founder can write ("[reformuler leur besoin]") is left to the edit.
const BuiltIn kBuiltIns[] = {
    {u"inbound-reply", u"fr", u"Re: votre demande – {deal.title}",
     u"Bonjour {contact.first_name},\n\n"
     u"Merci pour votre message ! Je suis {sender.name}, et je m'occupe personnellement de "
     u"votre demande.\n\n"
     u"J'ai bien noté ce que vous cherchez pour {company.name}. C'est exactement ce qu'on fait "
     u"pour des entreprises comme la vôtre.\n\n"
     u"Seriez-vous disponible pour un call de 15 min cette semaine ?\n"
     u"Voici mon lien de booking : {booking_link}\n\n"
     u"À très vite,\n{sender.name}\n{sender.email}\n"},
    {u"inbound-reply", u"en", u"Re: your request – {deal.title}",
     u"Hello {contact.first_name},\n\n"
     u"Thank you for your message! I'm {sender.name}, and I'm handling your request "
     u"personally.\n\n"
     u"I've noted what you are looking for at {company.name}. It's exactly what we do for "
     u"companies like yours.\n\n"
     u"Would you have 15 minutes for a call this week?\n"
     u"Here is my booking link: {booking_link}\n\n"
     u"Talk soon,\n{sender.name}\n{sender.email}\n"},
    {u"post-demo", u"fr", u"Suite à notre échange – {deal.title}",
     u"{contact.first_name},\n\n"
     u"Merci pour cet échange hier ! Content que la démo vous ait parlé.\n\n"
     u"Comme discuté, voici :\n"
     u"• Le récap de vos besoins pour {company.name}\n"
     u"• La proposition adaptée, que je vous envoie très vite\n"
     u"• Les prochaines étapes : un point de validation, puis la mise en place\n\n"
     u"S'il reste une question en suspens, dites-le-moi : je préfère la clarifier tout de "
     u"suite.\n\n"
     u"Dispo pour en rediscuter cette semaine ? Mon agenda : {booking_link}\n\n"
     u"{sender.name}\n"},
    {u"post-demo", u"en", u"Following our call – {deal.title}",
     u"{contact.first_name},\n\n"
     u"Thank you for yesterday's call! Glad the demo spoke to you.\n\n"
     u"As discussed, here is:\n"
     u"• A recap of {company.name}'s needs\n"
     u"• The tailored proposal, coming to you shortly\n"
     u"• The next steps: a validation call, then the set-up\n\n"
     u"If a question is still open, tell me: I'd rather clear it up right away.\n\n"
     u"Free to talk it over again this week? My calendar: {booking_link}\n\n"
     u"{sender.name}\n"},
    {u"silent-followup", u"fr", u"{contact.first_name} – On avance ?",
     u"{contact.first_name},\n\n"
     u"Je reviens vers vous au sujet de notre proposition {quote.number} pour "
     u"{company.name}.\n\n"
     u"Avez-vous eu le temps de la regarder ? Elle reste valable jusqu'au "
     u"{quote.valid_until}.\n"
     u"Y a-t-il des questions ou points bloquants ?\n\n"
     u"Si le timing n'est pas bon, pas de souci.\n"
     u"Dites-moi juste où vous en êtes pour que je m'adapte.\n\n"
     u"{sender.name}\n"},
    {u"silent-followup", u"en", u"{contact.first_name} – shall we move forward?",
     u"{contact.first_name},\n\n"
     u"I'm getting back to you about our proposal {quote.number} for {company.name}.\n\n"
     u"Have you had time to look at it? It remains valid until {quote.valid_until}.\n"
     u"Are there any questions or blocking points?\n\n"
     u"If the timing isn't right, no problem.\n"
     u"Just tell me where you stand so I can adapt.\n\n"
     u"{sender.name}\n"},
    {u"qualified-recap", u"fr", u"Récap de notre call et agenda de la démo – {deal.title}",
     u"Bonjour {contact.first_name},\n\n"
     u"Merci pour notre call de découverte. Voici ce que j'en retiens pour {company.name}, "
     u"et ce que je vous propose pour la suite.\n\n"
     u"Agenda de la démo (45 min) :\n"
     u"• 5 min – vos enjeux et ce qui a changé depuis notre call\n"
     u"• 25 min – la démo, sur vos cas d'usage\n"
     u"• 10 min – vos questions\n"
     u"• 5 min – les prochaines étapes\n\n"
     u"Choisissez le créneau qui vous arrange : {booking_link}\n"
     u"N'hésitez pas à inviter les personnes concernées de votre côté.\n\n"
     u"À très vite,\n{sender.name}\n{sender.email}\n"},
    {u"qualified-recap", u"en", u"Recap of our call and demo agenda – {deal.title}",
     u"Hello {contact.first_name},\n\n"
     u"Thank you for our discovery call. Here is what I took away for {company.name}, and "
     u"what I suggest next.\n\n"
     u"Demo agenda (45 min):\n"
     u"• 5 min – your goals and what changed since our call\n"
     u"• 25 min – the demo, on your use cases\n"
     u"• 10 min – your questions\n"
     u"• 5 min – next steps\n\n"
     u"Pick the slot that suits you: {booking_link}\n"
     u"Feel free to invite the people concerned on your side.\n\n"
     u"Talk soon,\n{sender.name}\n{sender.email}\n"},
    {u"nurture", u"fr", u"Des nouvelles de votre projet, {contact.first_name} ?",
     u"Bonjour {contact.first_name},\n\n"
     u"Nous avions échangé il y a quelque temps au sujet de {deal.title}. Le timing n'était "
     u"pas le bon, et c'est normal.\n\n"
     u"Je prends simplement des nouvelles : où en est le projet chez {company.name} ?\n"
     u"Si le sujet revient sur la table, je reste disponible pour un call de 15 min : "
     u"{booking_link}\n\n"
     u"Bonne journée,\n{sender.name}\n"},
    {u"nurture", u"en", u"Any news on your project, {contact.first_name}?",
     u"Hello {contact.first_name},\n\n"
     u"We talked a while ago about {deal.title}. The timing wasn't right, and that's fine.\n\n"
     u"I'm just checking in: where does the project stand at {company.name}?\n"
     u"If it comes back on the table, I'm available for a 15-minute call: {booking_link}\n\n"
     u"Have a good day,\n{sender.name}\n"},
};

EmailTemplate fromBuiltIn(const BuiltIn &b)
{
    return EmailTemplate{QString::fromUtf16(b.key),
                         QString::fromUtf16(b.language),
                         QString::fromUtf16(b.subject),
                         QString::fromUtf16(b.body),
                         false,
                         {}};
}

} // namespace

QStringList EmailTemplates::keys()
{
    return {u"inbound-reply"_s, u"post-demo"_s, u"silent-followup"_s, u"qualified-recap"_s,
            u"nurture"_s};
}

QStringList EmailTemplates::languages()
{
    return {u"fr"_s, u"en"_s};
}

QString EmailTemplates::description(const QString &key)
{
    if (key == "inbound-reply"_L1)
        return tr("Reply to an inbound lead (within 4 hours)");
    if (key == "post-demo"_L1)
        return tr("Follow-up the day after a demo (D+1)");
    if (key == "silent-followup"_L1)
        return tr("Follow-up on a quote left unanswered (D+7)");
    if (key == "qualified-recap"_L1)
        return tr("Recap and demo agenda after a qualified discovery call");
    if (key == "nurture"_L1)
        return tr("News from a lead whose timing was not right");
    return {};
}

std::optional<EmailTemplate> EmailTemplates::builtIn(const QString &key, const QString &language)
{
    for (const auto &b : kBuiltIns)
        if (key == QStringView(b.key) && language == QStringView(b.language))
            return fromBuiltIn(b);
    return std::nullopt;
}

Status EmailTemplates::validateKey(const QString &key, const QString &language)
{
    if (!keys().contains(key))
        return userError(
            tr("Unknown email template \"%1\"; use one of: %2.").arg(key, keys().join(u", "_s)));
    if (!languages().contains(language))
        return userError(tr("Unknown template language \"%1\"; use fr or en.").arg(language));
    return {};
}

Result<EmailTemplate> EmailTemplates::find(const QString &key, const QString &language)
{
    if (Status s = validateKey(key, language); !s)
        return s.error();
    QSqlQuery &q = m_db.prepared(u"SELECT subject, body, updated_at FROM email_templates "
                                 "WHERE key = ? AND language = ?"_s);
    q.addBindValue(key);
    q.addBindValue(language);
    if (Status s = m_db.exec(q, tr("reading the email template")); !s)
        return s.error();
    std::optional<EmailTemplate> edited;
    if (q.next())
        edited = EmailTemplate{key,
                               language,
                               q.value(0).toString(),
                               q.value(1).toString(),
                               true,
                               QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC)};
    q.finish();
    if (edited)
        return *edited;
    return *builtIn(key, language);
}

Result<QList<EmailTemplate>> EmailTemplates::list()
{
    QList<EmailTemplate> all;
    for (const auto &key : keys())
        for (const auto &language : languages()) {
            Result<EmailTemplate> t = find(key, language);
            if (!t)
                return t.error();
            all.append(t.value());
        }
    return all;
}

Status EmailTemplates::save(const EmailTemplate &edited)
{
    if (Status s = validateKey(edited.key, edited.language); !s)
        return s;
    if (edited.subject.trimmed().isEmpty())
        return userError(tr("The email's subject cannot be empty."));
    if (edited.body.trimmed().isEmpty())
        return userError(tr("The email's body cannot be empty."));
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO email_templates (key, language, subject, body, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key, language) DO UPDATE SET "
        "subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at"_s);
    q.addBindValue(edited.key);
    q.addBindValue(edited.language);
    q.addBindValue(edited.subject);
    q.addBindValue(edited.body);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    return m_db.exec(q, tr("saving the email template"));
}

Status EmailTemplates::reset(const QString &key, const QString &language)
{
    if (Status s = validateKey(key, language); !s)
        return s;
    QSqlQuery &q = m_db.prepared(u"DELETE FROM email_templates WHERE key = ? AND language = ?"_s);
    q.addBindValue(key);
    q.addBindValue(language);
    return m_db.exec(q, tr("resetting the email template"));
}

} // namespace dealboard

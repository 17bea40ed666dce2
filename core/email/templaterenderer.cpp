#include "templaterenderer.h"

#include "clock.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/quoterepository.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(
        u"\\{([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\}"_s);
    return re;
}

const QStringList &knownNames()
{
    static const QStringList names{
        u"contact.first_name"_s, u"contact.name"_s,      u"contact.email"_s, u"company.name"_s,
        u"deal.title"_s,         u"sender.name"_s,       u"sender.email"_s,  u"booking_link"_s,
        u"quote.number"_s,       u"quote.valid_until"_s, u"today"_s,
    };
    return names;
}

QString fillText(const QString &text, const TemplateRenderer::Values &values, QStringList &unknown,
                 QStringList &empty)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        const QString written = m.captured(0);
        if (!knownNames().contains(name)) {
            if (!unknown.contains(written))
                unknown.append(written);
            out += written;
            continue;
        }
        const QString value = values.value(name).trimmed();
        if (value.isEmpty()) {
            if (!empty.contains(written))
                empty.append(written);
            out += written;
            continue;
        }
        out += value;
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QStringList TemplateRenderer::knownPlaceholders()
{
    QStringList out;
    for (const auto &name : knownNames())
        out.append(u'{' + name + u'}');
    return out;
}

QStringList TemplateRenderer::placeholders(const QString &text)
{
    QStringList out;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString p = it.next().captured(0);
        if (!out.contains(p))
            out.append(p);
    }
    return out;
}

RenderedEmail TemplateRenderer::render(const EmailTemplate &tmpl, const Values &values)
{
    RenderedEmail r;
    r.subject = fillText(tmpl.subject, values, r.unknown, r.empty);
    r.body = fillText(tmpl.body, values, r.unknown, r.empty);
    // A subject is one line, whatever a value held.
    r.subject.replace(u'\n', u' ');
    r.subject.replace(u'\r', u' ');
    return r;
}

QString TemplateRenderer::formatDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    const QLocale locale(language == "en"_L1 ? QLocale::English : QLocale::French);
    return locale.toString(date, u"d MMMM yyyy"_s);
}

Result<TemplateRenderer::Values>
TemplateRenderer::valuesForDeal(qint64 dealId, const SmtpSettings &sender, const QString &language)
{
    const Result<Deal> deal = DealRepository(m_db).find(dealId);
    if (!deal)
        return deal.error();
    Values v;
    v.insert(u"deal.title"_s, deal->title);
    if (deal->companyId > 0) {
        const Result<Company> company = CompanyRepository(m_db).find(deal->companyId);
        if (!company)
            return company.error();
        v.insert(u"company.name"_s, company->name);
    }
    Contact contact;
    if (deal->contactId > 0) {
        const Result<Contact> found = ContactRepository(m_db).find(deal->contactId);
        if (!found)
            return found.error();
        contact = found.value();
    } else if (deal->companyId > 0) {
        const Result<QList<Contact>> all = ContactRepository(m_db).list(deal->companyId);
        if (!all)
            return all.error();
        if (!all->isEmpty())
            contact = all->first();
    }
    const QString name = contact.name.simplified();
    v.insert(u"contact.name"_s, name);
    v.insert(u"contact.first_name"_s, name.section(u' ', 0, 0));
    v.insert(u"contact.email"_s, contact.email.trimmed());

    const Result<QList<Quote>> quotes = QuoteRepository(m_db).forDeal(dealId);
    if (!quotes)
        return quotes.error();
    const Quote *latest = nullptr;
    for (const auto &q : quotes.value())
        if ((q.status == QuoteStatus::Sent || q.status == QuoteStatus::Draft) &&
            (!latest || q.createdAt > latest->createdAt ||
             (q.createdAt == latest->createdAt && q.id > latest->id)))
            latest = &q;
    if (latest) {
        v.insert(u"quote.number"_s, latest->displayNumber());
        v.insert(u"quote.valid_until"_s, formatDate(latest->validUntil, language));
    }

    v.insert(u"sender.name"_s, sender.senderName);
    v.insert(u"sender.email"_s, sender.senderEmail);
    v.insert(u"booking_link"_s, sender.bookingLink);
    v.insert(u"today"_s, formatDate(Clock::current().now().toLocalTime().date(), language));
    return v;
}

Result<QString> TemplateRenderer::recipientForDeal(qint64 dealId)
{
    const Result<Values> v = valuesForDeal(dealId, SmtpSettings{}, u"fr"_s);
    if (!v)
        return v.error();
    return v->value(u"contact.email"_s);
}

} // namespace dealboard

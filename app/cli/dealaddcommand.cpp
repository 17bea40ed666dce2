#include "dealaddcommand.h"

#include "cliformat.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/dealrepository.h"
#include "validation.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

DealAddCommand::DealAddCommand()
    : DatabaseCommand(u"deal add"_s, tr("Add a deal."))
{
    addOption({u"title"_s, tr("What is being sold."), u"text"_s});
    addOption(
        {u"company"_s, tr("The company, by name or id; a new name creates it."), u"company"_s});
    addOption(
        {u"mrr"_s, tr("Monthly recurring revenue in euros (1234.50 or 1 234,50)."), u"amount"_s});
    addOption({u"one-time"_s, tr("One-time amount in euros."), u"amount"_s});
    addOption({u"stage"_s, tr("Stage key (default: the first stage)."), u"stage"_s});
    addOption(
        {u"email"_s, tr("Primary contact's email; a new one creates the contact."), u"email"_s});
    addOption({u"close-date"_s, tr("Expected close date, YYYY-MM-DD."), u"date"_s});
    addOption({u"owner"_s, tr("Who owns the deal."), u"name"_s});
    addOption({u"source"_s, tr("Where the deal came from."), u"text"_s});
}

int DealAddCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    for (const QString &required : {u"title"_s, u"company"_s, u"mrr"_s})
        if (!parser.isSet(required))
            return fail(tr("Missing --%1. See: dealboard-cli deal add --help").arg(required));
    const Playbook &pb = db.playbook();
    Deal d;
    d.title = parser.value(u"title"_s);
    d.stage = parser.isSet(u"stage"_s) ? parser.value(u"stage"_s) : pb.stages().first().key;
    if (d.stage == pb.lostStage())
        return fail(tr("A deal cannot start as lost; add it, then use deal move with --reason."));
    const Result<Money> mrr = Money::parse(parser.value(u"mrr"_s), QLocale(), pb.currency());
    if (!mrr)
        return fail(tr("--mrr: %1").arg(mrr.errorMessage()));
    d.mrr = *mrr;
    d.oneTime = Money(0, pb.currency());
    if (parser.isSet(u"one-time"_s)) {
        const Result<Money> once =
            Money::parse(parser.value(u"one-time"_s), QLocale(), pb.currency());
        if (!once)
            return fail(tr("--one-time: %1").arg(once.errorMessage()));
        d.oneTime = *once;
    }
    if (parser.isSet(u"close-date"_s)) {
        d.expectedClose = QDate::fromString(parser.value(u"close-date"_s), Qt::ISODate);
        if (!d.expectedClose.isValid())
            return fail(tr("--close-date: \"%1\" is not a date like 2026-12-31.")
                            .arg(parser.value(u"close-date"_s)));
    }
    const QString email = parser.value(u"email"_s).trimmed();
    if (!email.isEmpty() && !isValidEmail(email))
        return fail(tr("--email: \"%1\" is not a valid email address.").arg(email));
    d.owner = parser.isSet(u"owner"_s) ? parser.value(u"owner"_s) : db.actor();
    d.source = parser.value(u"source"_s);

    // The company, the contact and the deal are saved together or not at all.
    Database::Transaction tx(db);
    CompanyRepository companies(db);
    const QString companyArg = parser.value(u"company"_s);
    Result<Company> company = companies.resolve(companyArg);
    if (!company) {
        bool isNumber = false;
        companyArg.toLongLong(&isNumber);
        if (isNumber)
            return fail(company.error());
        Company created;
        created.name = companyArg;
        created.segment = pb.suggestedSegment(d.mrr.cents())
                              ? pb.suggestedSegment(d.mrr.cents())->key
                              : QString();
        if (Result<qint64> id = companies.create(created); !id)
            return fail(id.error());
        company = created;
    }
    d.companyId = company->id;
    if (!email.isEmpty()) {
        ContactRepository contacts(db);
        const Result<std::optional<Contact>> found = contacts.findByEmail(email);
        if (!found)
            return fail(found.error());
        if (found.value()) {
            d.contactId = found.value()->id;
        } else {
            Contact c;
            c.name = nameFromEmail(email);
            c.email = email;
            c.companyId = d.companyId;
            if (Result<qint64> id = contacts.create(c); !id)
                return fail(id.error());
            d.contactId = c.id;
        }
    }
    DealRepository deals(db);
    if (Result<qint64> id = deals.create(d); !id)
        return fail(id.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    const Result<Deal> stored = deals.find(d.id);
    if (!stored)
        return fail(stored.error());
    if (json())
        printJson(toJson(*stored));
    else
        out() << tr("Added deal %1: %2 (%3, %4/month)")
                     .arg(d.id)
                     .arg(d.title, stored->companyName, d.mrr.format())
              << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

#include "contactaddcommand.h"

#include "cliformat.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ContactAddCommand::ContactAddCommand()
    : DatabaseCommand(u"contact add"_s, tr("Add a contact."))
{
    addPositional({u"name"_s, tr("The contact's full name."), u"NAME"_s});
    addOption({u"company"_s, tr("The contact's company, by name or id."), u"company"_s});
    addOption({u"email"_s, tr("Professional email."), u"email"_s});
    addOption({u"phone"_s, tr("Phone number."), u"phone"_s});
    addOption({u"role"_s, tr("Job title."), u"text"_s});
    addOption(
        {u"decision-role"_s, tr("user, influencer, decision-maker or economic-buyer."), u"key"_s});
    addOption({u"linkedin"_s, tr("LinkedIn profile."), u"url"_s});
}

int ContactAddCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    Contact c;
    c.name = parser.positionalArguments().at(0);
    if (parser.isSet(u"company"_s)) {
        const Result<Company> company = CompanyRepository(db).resolve(parser.value(u"company"_s));
        if (!company)
            return fail(company.error());
        c.companyId = company->id;
    }
    c.email = parser.value(u"email"_s);
    c.phone = parser.value(u"phone"_s);
    c.role = parser.value(u"role"_s);
    c.decisionRole = parser.value(u"decision-role"_s);
    c.linkedin = parser.value(u"linkedin"_s);
    const Result<qint64> id = ContactRepository(db).create(c);
    if (!id)
        return fail(id.error());
    if (json())
        printJson(toJson(c));
    else
        out() << tr("Added contact %1: %2").arg(*id).arg(c.name) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

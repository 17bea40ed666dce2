#include "companyaddcommand.h"

#include "cliformat.h"
#include "storage/companyrepository.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

CompanyAddCommand::CompanyAddCommand()
    : DatabaseCommand(u"company add"_s, tr("Add a company."))
{
    addPositional({u"name"_s, tr("The company's name."), u"NAME"_s});
    addOption({u"segment"_s, tr("freelance, tpe, pme, agency or enterprise."), u"key"_s});
    addOption({u"sector"_s, tr("Business sector."), u"text"_s});
    addOption({u"website"_s, tr("Web site."), u"url"_s});
    addOption({u"source"_s, tr("Where the company came from."), u"text"_s});
}

int CompanyAddCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    Company c;
    c.name = parser.positionalArguments().at(0);
    c.segment = parser.value(u"segment"_s);
    c.sector = parser.value(u"sector"_s);
    c.website = parser.value(u"website"_s);
    c.source = parser.value(u"source"_s);
    const Result<qint64> id = CompanyRepository(db).create(c);
    if (!id)
        return fail(id.error());
    if (json())
        printJson(toJson(c));
    else
        out() << tr("Added company %1: %2").arg(*id).arg(c.name) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

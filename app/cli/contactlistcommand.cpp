#include "contactlistcommand.h"

#include "cliformat.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ContactListCommand::ContactListCommand()
    : DatabaseCommand(u"contact list"_s, tr("List the contacts."), Database::Mode::ReadOnly)
{
    addOption({u"company"_s, tr("Only the contacts of this company (name or id)."), u"company"_s});
}

int ContactListCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    qint64 companyId = 0;
    if (parser.isSet(u"company"_s)) {
        const Result<Company> company = CompanyRepository(db).resolve(parser.value(u"company"_s));
        if (!company)
            return fail(company.error());
        companyId = company->id;
    }
    const Result<QList<Contact>> contacts = ContactRepository(db).list(companyId);
    if (!contacts)
        return fail(contacts.error());
    if (json()) {
        QJsonArray array;
        for (const Contact &c : contacts.value())
            array.append(toJson(c));
        printJson(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const Contact &c : contacts.value())
        rows.append({QString::number(c.id), c.name, c.email, c.role, c.decisionRole});
    out() << table({tr("ID"), tr("Name"), tr("Email"), tr("Role"), tr("Decision role")}, rows);
    return Success;
}

} // namespace dealboard::cli

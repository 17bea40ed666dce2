#include "companylistcommand.h"

#include "cliformat.h"
#include "storage/companyrepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

CompanyListCommand::CompanyListCommand()
    : DatabaseCommand(u"company list"_s, tr("List the companies."), Database::Mode::ReadOnly)
{}

int CompanyListCommand::runOn(Database &db, const QCommandLineParser &)
{
    const Result<QList<Company>> companies = CompanyRepository(db).list();
    if (!companies)
        return fail(companies.error());
    if (json()) {
        QJsonArray array;
        for (const Company &c : companies.value())
            array.append(toJson(c));
        printJson(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const Company &c : companies.value()) {
        const Segment *segment = db.playbook().segment(c.segment);
        rows.append(
            {QString::number(c.id), c.name, segment ? segment->name.text() : QString(), c.sector});
    }
    out() << table({tr("ID"), tr("Name"), tr("Segment"), tr("Sector")}, rows);
    return Success;
}

} // namespace dealboard::cli

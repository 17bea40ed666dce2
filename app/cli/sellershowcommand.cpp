#include "sellershowcommand.h"

#include "documentformat.h"
#include "storage/sellerrepository.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

SellerShowCommand::SellerShowCommand()
    : DatabaseCommand(u"seller show"_s,
                      tr("Show the seller's details the quotes print (letterhead, footer, terms)."),
                      Database::Mode::ReadOnly)
{}

int SellerShowCommand::runOn(Database &db, const QCommandLineParser &)
{
    const Result<SellerDetails> seller = SellerRepository(db).load();
    if (!seller)
        return fail(seller.error());
    if (json()) {
        printJson(DocumentFormat::json(seller.value()));
        return Success;
    }
    if (seller.value() == SellerDetails{}) {
        out() << tr("No seller details yet: set them with dealboard-cli seller set --name NAME "
                    "(and --address, --siret, --vat, --iban, --terms-url, --logo).")
              << Qt::endl;
        return Success;
    }
    const QString none = tr("—");
    const auto value = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    const QList<std::pair<QString, QString>> rows{
        {tr("Company name:"), value(seller->companyName)},
        {tr("Address:"), value(seller->addressLines.join(u'\n'))},
        {tr("SIRET:"), value(seller->siret)},
        {tr("VAT number:"), value(seller->vatNumber)},
        {tr("IBAN:"), value(seller->iban)},
        {tr("Terms URL:"), value(seller->termsUrl)},
        {tr("Logo:"), seller->logo.isEmpty() ? none : DocumentFormat::imageSummary(seller->logo)}};
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const auto &[label, text] : rows) {
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i)
            out() << (i == 0 ? label : QString()).leftJustified(width + 2) << lines.at(i) << u'\n';
    }
    out().flush();
    return Success;
}

} // namespace dealboard::cli

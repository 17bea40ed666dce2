#include "sellersetcommand.h"

#include "documentformat.h"
#include "storage/sellerrepository.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

SellerSetCommand::SellerSetCommand()
    : DatabaseCommand(u"seller set"_s,
                      tr("Set the seller's details the quotes print; only the options given "
                         "change (an empty value clears a field)."))
{
    addOption({u"name"_s, tr("The company's legal name (required once)."), u"name"_s});
    addOption({u"address"_s,
               tr("The whole postal address, its lines separated by \\n (\"12 rue de la "
                  "Paix\\n75002 Paris\")."),
               u"address"_s});
    addOption(
        {u"address-line"_s, tr("One line of the postal address (repeat, in order)."), u"line"_s});
    addOption({u"siret"_s, tr("The SIRET, 14 digits (spaces allowed)."), u"siret"_s});
    addOption(
        {u"vat"_s, tr("The intra-EU VAT number (FR and 11 characters in France)."), u"number"_s});
    addOption({u"iban"_s, tr("The IBAN the quotes give for bank transfers."), u"iban"_s});
    addOption({u"terms-url"_s, tr("The web address of the general terms of sale."), u"url"_s});
    addOption({u"logo"_s, tr("The logo's image file (PNG or JPEG, at most 1 MB)."), u"file"_s});
    addOption({u"no-logo"_s, tr("Remove the logo.")});
}

int SellerSetCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const QStringList fields{u"name"_s, u"address"_s,   u"address-line"_s, u"siret"_s,  u"vat"_s,
                             u"iban"_s, u"terms-url"_s, u"logo"_s,         u"no-logo"_s};
    if (std::none_of(fields.cbegin(), fields.cend(),
                     [&parser](const QString &f) { return parser.isSet(f); }))
        return fail(tr("Nothing to change: give at least one of --name, --address, --siret, "
                       "--vat, --iban, --terms-url, --logo, --no-logo."));
    if (parser.isSet(u"logo"_s) && parser.isSet(u"no-logo"_s))
        return fail(tr("Logo: give --logo FILE or --no-logo, not both."));
    if (parser.isSet(u"address"_s) && parser.isSet(u"address-line"_s))
        return fail(tr("Address: give --address or --address-line, not both."));

    Result<SellerDetails> stored = SellerRepository(db).load();
    if (!stored)
        return fail(stored.error());
    SellerDetails seller = stored.value();
    if (parser.isSet(u"name"_s))
        seller.companyName = parser.value(u"name"_s);
    if (parser.isSet(u"address"_s)) {
        QString address = parser.value(u"address"_s);
        address.replace(u"\\n"_s, u"\n"_s);
        seller.addressLines = address.split(u'\n');
    }
    if (parser.isSet(u"address-line"_s))
        seller.addressLines = parser.values(u"address-line"_s);
    if (parser.isSet(u"siret"_s))
        seller.siret = parser.value(u"siret"_s);
    if (parser.isSet(u"vat"_s))
        seller.vatNumber = parser.value(u"vat"_s);
    if (parser.isSet(u"iban"_s))
        seller.iban = parser.value(u"iban"_s);
    if (parser.isSet(u"terms-url"_s))
        seller.termsUrl = parser.value(u"terms-url"_s);
    if (parser.isSet(u"no-logo"_s))
        seller.logo.clear();
    if (parser.isSet(u"logo"_s)) {
        const Result<QByteArray> logo = DocumentFormat::readImage(
            parser.value(u"logo"_s), tr("Logo"), SellerRepository::kMaxLogoBytes);
        if (!logo)
            return fail(logo.error());
        seller.logo = logo.value();
    }
    if (Status s = SellerRepository(db).save(seller); !s)
        return fail(s.error());
    const Result<SellerDetails> saved = SellerRepository(db).load();
    if (!saved)
        return fail(saved.error());
    if (json()) {
        printJson(DocumentFormat::json(saved.value()));
        return Success;
    }
    out() << (saved.value() == stored.value()
                  ? tr("The seller's details were already so; nothing changed.")
                  : tr("Saved the seller's details of %1; dealboard-cli seller show lists them.")
                        .arg(saved->companyName))
          << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

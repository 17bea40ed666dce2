#include "productsetcommand.h"

#include "productformat.h"
#include "storage/productrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ProductSetCommand::ProductSetCommand()
    : DatabaseCommand(u"product set"_s,
                      tr("Change a product of the catalogue; only the options given change "
                         "(quotes already made keep their prices)."))
{
    addPositional({u"key"_s, tr("The product's key (see product list --all)."), u"KEY"_s});
    addOption({u"key"_s, tr("A new key for the product (its quotes follow it)."), u"newkey"_s});
    for (const QCommandLineOption &option : ProductFormat::fieldOptions())
        addOption(option);
}

int ProductSetCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const QStringList fields{u"key"_s,   u"name-fr"_s, u"name-en"_s, u"unit-fr"_s, u"unit-en"_s,
                             u"price"_s, u"once"_s,    u"monthly"_s, u"vat"_s};
    if (std::none_of(fields.cbegin(), fields.cend(),
                     [&parser](const QString &f) { return parser.isSet(f); }))
        return fail(tr("Nothing to change: give at least one of --key, --name-fr, --name-en, "
                       "--unit-fr, --unit-en, --price, --once, --monthly, --vat."));
    ProductRepository products(db);
    const Result<Product> stored = products.findByKey(parser.positionalArguments().at(0).trimmed());
    if (!stored)
        return fail(stored.error());
    Product p = stored.value();
    if (parser.isSet(u"key"_s))
        p.key = parser.value(u"key"_s).trimmed();
    if (Status s = ProductFormat::apply(parser, p); !s)
        return fail(s.error());
    if (Status s = ProductFormat::check(db, p, u"--key"_s); !s)
        return fail(s.error());
    if (Status s = products.update(p); !s)
        return fail(s.error());
    const Result<Product> saved = products.find(p.id);
    if (!saved)
        return fail(saved.error());
    if (json()) {
        printJson(ProductFormat::json(saved.value()));
        return Success;
    }
    const bool same = ProductFormat::json(saved.value()) == ProductFormat::json(stored.value());
    out() << (same ? tr("Nothing changed: %1.") : tr("Saved %1."))
                 .arg(ProductFormat::line(saved.value()))
          << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

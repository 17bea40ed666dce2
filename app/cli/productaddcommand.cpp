#include "productaddcommand.h"

#include "productformat.h"
#include "storage/productrepository.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ProductAddCommand::ProductAddCommand()
    : DatabaseCommand(u"product add"_s,
                      tr("Add a product to the catalogue (--name-fr, --unit-fr and --price "
                         "required)."))
{
    addPositional({u"key"_s,
                   tr("The new product's key: lower-case letters, digits and dashes (vps-xl)."),
                   u"KEY"_s});
    for (const QCommandLineOption &option : ProductFormat::fieldOptions())
        addOption(option);
}

int ProductAddCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    for (const auto &[option, what] :
         {std::pair{u"name-fr"_s, tr("NAME")}, std::pair{u"unit-fr"_s, tr("UNIT")},
          std::pair{u"price"_s, tr("AMOUNT")}})
        if (!parser.isSet(option))
            return fail(tr("--%1: a new product needs --%1 %2.").arg(option, what));
    Product p;
    p.key = parser.positionalArguments().at(0).trimmed();
    if (Status s = ProductFormat::apply(parser, p); !s)
        return fail(s.error());
    if (Status s = ProductFormat::check(db, p, tr("KEY")); !s)
        return fail(s.error());
    const Result<qint64> id = ProductRepository(db).add(p);
    if (!id)
        return fail(id.error());
    const Result<Product> saved = ProductRepository(db).find(*id);
    if (!saved)
        return fail(saved.error());
    if (json()) {
        printJson(ProductFormat::json(saved.value()));
        return Success;
    }
    out() << tr("Added %1.").arg(ProductFormat::line(saved.value())) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

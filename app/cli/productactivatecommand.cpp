#include "productactivatecommand.h"

#include "productformat.h"
#include "storage/productrepository.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ProductActivateCommand::ProductActivateCommand()
    : DatabaseCommand(u"product activate"_s, tr("Offer a deactivated product on new quotes again."))
{
    addPositional({u"key"_s, tr("The product's key (see product list --all)."), u"KEY"_s});
}

int ProductActivateCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    ProductRepository products(db);
    Result<Product> p = products.findByKey(parser.positionalArguments().at(0).trimmed());
    if (!p)
        return fail(p.error());
    if (p->active)
        return fail(tr("The product \"%1\" is already active.").arg(p->key));
    p->active = true;
    if (Status s = products.update(p.value()); !s)
        return fail(s.error());
    const Result<Product> saved = products.find(p->id);
    if (!saved)
        return fail(saved.error());
    if (json()) {
        printJson(ProductFormat::json(saved.value()));
        return Success;
    }
    out() << tr("Reactivated %1.").arg(ProductFormat::line(saved.value())) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

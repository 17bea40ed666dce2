#include "productdeactivatecommand.h"

#include "productformat.h"
#include "storage/productrepository.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ProductDeactivateCommand::ProductDeactivateCommand()
    : DatabaseCommand(u"product deactivate"_s,
                      tr("Stop offering a product: quotes that have it keep it, new quotes "
                         "cannot use it (products are never deleted)."))
{
    addPositional({u"key"_s, tr("The product's key."), u"KEY"_s});
}

int ProductDeactivateCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    ProductRepository products(db);
    const Result<Product> p = products.findByKey(parser.positionalArguments().at(0).trimmed());
    if (!p)
        return fail(p.error());
    if (Status s = products.deactivate(p->id); !s)
        return fail(s.error());
    const Result<Product> saved = products.find(p->id);
    if (!saved)
        return fail(saved.error());
    if (json()) {
        printJson(ProductFormat::json(saved.value()));
        return Success;
    }
    out() << tr("Deactivated %1; product activate %2 offers it again.")
                 .arg(ProductFormat::line(saved.value()), saved->key)
          << Qt::endl;
    return Success;
}

} // namespace dealboard::cli

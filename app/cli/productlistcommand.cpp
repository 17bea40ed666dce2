#include "productlistcommand.h"

#include "cliformat.h"
#include "storage/productrepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ProductListCommand::ProductListCommand()
    : DatabaseCommand(u"product list"_s,
                      tr("List the product catalogue (the keys quote create --line takes)."),
                      Database::Mode::ReadOnly)
{
    addOption({u"all"_s, tr("Include the products no longer offered.")});
}

int ProductListCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Result<QList<Product>> products = ProductRepository(db).list(parser.isSet(u"all"_s));
    if (!products)
        return fail(products.error());
    if (json()) {
        QJsonArray array;
        for (const Product &p : products.value())
            array.append(QJsonObject{{u"id"_s, p.id},
                                     {u"key"_s, p.key},
                                     {u"name"_s, p.name.text()},
                                     {u"unit"_s, p.unit.text()},
                                     {u"price_cents"_s, p.price.cents()},
                                     {u"billing"_s, billingKey(p.billing)},
                                     {u"vat_bp"_s, p.vatBp},
                                     {u"active"_s, p.active}});
        printJson(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const Product &p : products.value())
        rows.append({p.key, p.name.text(), p.price.format(QLocale(), Money::Cents::Always),
                     p.billing == Billing::Monthly ? tr("per %1 a month").arg(p.unit.text())
                                                   : tr("per %1, once").arg(p.unit.text())});
    out() << table({tr("Key"), tr("Name"), tr("Price HT"), tr("Billing")}, rows);
    return Success;
}

} // namespace dealboard::cli

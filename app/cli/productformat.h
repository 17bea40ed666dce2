#pragma once

#include "model/product.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace dealboard {
class Database;
}

namespace dealboard::cli {

// What the product commands share: their options, reading them into a product, and how a
// product is printed.
class ProductFormat
{
    Q_DECLARE_TR_FUNCTIONS(ProductFormat)

public:
    // --name-fr, --name-en, --unit-fr, --unit-en, --price, --once, --monthly, --vat.
    static QList<QCommandLineOption> fieldOptions();
    // Applies the options given to `product` (the others leave it as it is); a value that does
    // not parse is refused naming its option.
    static Status apply(const QCommandLineParser &parser, Product &product);
    // ProductRepository::validate, its refusal prefixed with the option of the field it is
    // about ("--price: …", the key's as `keyName`); a blank unit and a key another product
    // has are refused too.
    static Status check(Database &db, const Product &product, const QString &keyName);
    // "12", "5.5", "5,5 %" → basis points; -1 when it is not a rate.
    static int parsePercent(const QString &text);

    // Every field, money as price_cents (the shape of product list, with both languages).
    static QJsonObject json(const Product &product);
    // "vps-m — VPS M: 39,90 € per VM a month, VAT 20 %"
    static QString line(const Product &product);
};

} // namespace dealboard::cli

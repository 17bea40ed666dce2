#include "productformat.h"

#include "storage/database.h"
#include "storage/productrepository.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

QList<QCommandLineOption> ProductFormat::fieldOptions()
{
    return {
        {u"name-fr"_s, tr("The name in French (what French quotes print)."), u"name"_s},
        {u"name-en"_s, tr("The name in English (default: the French name)."), u"name"_s},
        {u"unit-fr"_s, tr("What the quantity counts, in French (\"VM\", \"To\", \"mois\")."),
         u"unit"_s},
        {u"unit-en"_s, tr("The unit in English (default: the French unit)."), u"unit"_s},
        {u"price"_s,
         tr("The price before tax per unit: per month, or once with --once (\"39.90\", "
            "\"1 200,50\")."),
         u"amount"_s},
        {u"once"_s, tr("Billed once (a set-up fee, a migration), not every month.")},
        {u"monthly"_s, tr("Billed every month (the default of a new product).")},
        {u"vat"_s, tr("The VAT rate in percent (default 20; \"5.5\" for 5,5 %)."), u"pct"_s},
    };
}

int ProductFormat::parsePercent(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toInt() * 100 + m.captured(2).leftJustified(2, u'0').toInt();
}

Status ProductFormat::apply(const QCommandLineParser &parser, Product &p)
{
    if (parser.isSet(u"once"_s) && parser.isSet(u"monthly"_s))
        return userError(tr("Billing: give --once or --monthly, not both."));
    if (parser.isSet(u"name-fr"_s))
        p.name.fr = parser.value(u"name-fr"_s).trimmed();
    if (parser.isSet(u"name-en"_s))
        p.name.en = parser.value(u"name-en"_s).trimmed();
    if (parser.isSet(u"unit-fr"_s))
        p.unit.fr = parser.value(u"unit-fr"_s).trimmed();
    if (parser.isSet(u"unit-en"_s))
        p.unit.en = parser.value(u"unit-en"_s).trimmed();
    if (parser.isSet(u"price"_s)) {
        const Result<Money> price =
            Money::parse(parser.value(u"price"_s), QLocale(), p.price.currency());
        if (!price)
            return userError(u"--price: "_s + price.errorMessage());
        p.price = price.value();
    }
    if (parser.isSet(u"once"_s))
        p.billing = Billing::OneTime;
    if (parser.isSet(u"monthly"_s))
        p.billing = Billing::Monthly;
    if (parser.isSet(u"vat"_s)) {
        const int bp = parsePercent(parser.value(u"vat"_s));
        if (bp < 0)
            return userError(tr("--vat: \"%1\" is not a rate; give a percentage like 20 or 5.5.")
                                 .arg(parser.value(u"vat"_s)));
        p.vatBp = bp;
    }
    return {};
}

Status ProductFormat::check(Database &db, const Product &p, const QString &keyName)
{
    if (const Status s = ProductRepository::validate(p); !s) {
        // Which field: each alone in a product every check accepts.
        Product probe;
        probe.key = u"x"_s;
        probe.name.fr = u"x"_s;
        probe.unit.fr = u"x"_s;
        QString option;
        Product key = probe;
        key.key = p.key;
        Product name = probe;
        name.name = p.name;
        Product unit = probe;
        unit.unit = p.unit;
        Product price = probe;
        price.price = p.price;
        if (!ProductRepository::validate(key))
            option = keyName;
        else if (!ProductRepository::validate(name))
            option = u"--name-fr"_s;
        else if (!ProductRepository::validate(unit))
            option = u"--unit-fr"_s;
        else if (!ProductRepository::validate(price))
            option = u"--price"_s;
        else
            option = u"--vat"_s;
        return userError(option + u": "_s + s.errorMessage());
    }
    const Result<Product> other = ProductRepository(db).findByKey(p.key);
    if (other && other->id != p.id)
        return userError(other->active
                             ? tr("%1: there is already a product \"%2\" (%3); choose another "
                                  "key.")
                                   .arg(keyName, p.key, other->name.text())
                             : tr("%1: there is already an inactive product \"%2\" (%3); "
                                  "reactivate it with product activate or choose another key.")
                                   .arg(keyName, p.key, other->name.text()));
    return {};
}

QJsonObject ProductFormat::json(const Product &p)
{
    return QJsonObject{{u"id"_s, p.id},
                       {u"key"_s, p.key},
                       {u"name"_s, p.name.text()},
                       {u"name_fr"_s, p.name.fr},
                       {u"name_en"_s, p.name.en},
                       {u"unit"_s, p.unit.text()},
                       {u"unit_fr"_s, p.unit.fr},
                       {u"unit_en"_s, p.unit.en},
                       {u"price_cents"_s, p.price.cents()},
                       {u"currency"_s, p.price.currency()},
                       {u"billing"_s, billingKey(p.billing)},
                       {u"vat_bp"_s, p.vatBp},
                       {u"active"_s, p.active}};
}

QString ProductFormat::line(const Product &p)
{
    const QString price = p.price.format(QLocale(), Money::Cents::Always);
    const int decimals = p.vatBp % 100 == 0 ? 0 : (p.vatBp % 10 == 0 ? 1 : 2);
    const QString vat = QLocale().toString(p.vatBp / 100.0, 'f', decimals);
    const QString billing = p.billing == Billing::Monthly
                                ? tr("%1 per %2 a month").arg(price, p.unit.text())
                                : tr("%1 per %2, once").arg(price, p.unit.text());
    QString text = tr("%1 — %2: %3, VAT %4 %").arg(p.key, p.name.text(), billing, vat);
    if (!p.active)
        text += tr(" (inactive)");
    return text;
}

} // namespace dealboard::cli

#pragma once

#include "money.h"
#include "playbook/localizedtext.h"

#include <QString>

#include <optional>

namespace dealboard {

// How a price is charged: every month (recurring, counts in the MRR) or once.
enum class Billing
{
    Monthly,
    OneTime,
};

inline QString billingKey(Billing billing)
{
    using namespace Qt::StringLiterals;
    return billing == Billing::Monthly ? u"monthly"_s : u"one-time"_s;
}

inline std::optional<Billing> billingFromKey(const QString &key)
{
    using namespace Qt::StringLiterals;
    if (key == "monthly"_L1)
        return Billing::Monthly;
    if (key == "one-time"_L1)
        return Billing::OneTime;
    return std::nullopt;
}

// One entry of the product catalogue (table products). A quote line copies the price, the
// billing and the VAT rate when it is added, so changing the catalogue never changes a quote.
struct Product
{
    qint64 id = 0;
    QString key;        // the SKU: unique, stable, typed on the command line ("vps-m")
    LocalizedText name; // shown in the quote's language
    LocalizedText unit; // what the quantity counts: "VM", "To"/"TB", "mois"/"month"
    Money price;        // per unit: per month when billing is Monthly, else once
    Billing billing = Billing::Monthly;
    int vatBp = 2000;   // default VAT rate in basis points (2000 = 20 %, the French standard rate)
    bool active = true; // inactive products stay on old quotes but are not offered any more

    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace dealboard

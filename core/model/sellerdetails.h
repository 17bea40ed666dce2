#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dealboard {

// Who issues the quote, as the letterhead and the footer show it (Settings, stored in the
// database by SellerRepository so the CLI renders the same PDF as the app).
struct SellerDetails
{
    QString companyName;
    QStringList addressLines; // street, postcode and city, country: one per line
    QString siret;            // French company id (14 digits)
    QString vatNumber;        // intra-EU VAT number ("FR12345678901")
    QString iban;
    QString termsUrl; // the general terms of sale the quote refers to
    QByteArray logo;  // the logo image's file bytes (PNG, JPEG); empty or unreadable: no logo

    friend bool operator==(const SellerDetails &, const SellerDetails &) = default;
};

} // namespace dealboard

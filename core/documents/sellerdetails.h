#pragma once

#include <QString>
#include <QStringList>

namespace dealboard {

// Who issues the quote, as the letterhead and the footer show it. A plain value: where it is
// stored (Settings) is the caller's business.
struct SellerDetails
{
    QString companyName;
    QStringList addressLines; // street, postcode and city, country: one per line
    QString siret;            // French company id (14 digits)
    QString vatNumber;        // intra-EU VAT number ("FR12345678901")
    QString iban;
    QString termsUrl; // the general terms of sale the quote refers to
    QString logoPath; // an image file; empty or unreadable: no logo
};

} // namespace dealboard

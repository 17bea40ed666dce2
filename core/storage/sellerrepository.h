#pragma once

#include "model/sellerdetails.h"
#include "result.h"

#include <QCoreApplication>

namespace dealboard {

class Database;

// The seller's details (table seller, one row): what the quotes' letterhead and footer show.
// Stored in the database, not in the app's settings, so the CLI and the app issue the same PDF
// from the same file. Saving logs an event (entity "seller", kind "edited", one per field that
// changed; the logo as its size and SHA-256, never its bytes).
class SellerRepository
{
    Q_DECLARE_TR_FUNCTIONS(SellerRepository)

public:
    static constexpr qsizetype kMaxLogoBytes = 1024 * 1024;

    explicit SellerRepository(Database &db)
        : m_db(db)
    {}

    // The stored details; an empty SellerDetails when none were saved yet.
    Result<SellerDetails> load();
    // Validates, then replaces the stored details in one transaction (joins the caller's).
    // An empty SellerDetails removes them (so the first save can be undone).
    Status save(const SellerDetails &seller);

    // Field problems, each message naming the field: company name required; SIRET 14 digits
    // (spaces allowed) passing the Luhn check; VAT number as an EU VAT id (two letters and
    // 2–13 letters/digits, spaces allowed; FR: "FR" + 2 check chars + the 9-digit SIREN);
    // IBAN passing ISO 13616 mod-97; terms URL http(s); logo ≤ kMaxLogoBytes. Empty optional
    // fields are fine. (Whether the logo decodes as an image is checked by the callers that
    // have Qt Gui.)
    static Status validate(const SellerDetails &seller);

private:
    Database &m_db;
};

} // namespace dealboard

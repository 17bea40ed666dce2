#pragma once

#include "documents/quotedocument.h"
#include "result.h"
#include "storage/issueddocumentrepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dealboard {

class Database;

// What `quote verify` found about a file.
struct VerifyOutcome
{
    // The record of the PDF whose SHA-256 matches, byte for byte.
    std::optional<IssuedDocument> issued;
    // No match: the quote number the file's metadata claims ("DEV-2026-0007-R2"), when it has
    // one Dealboard knows — the file was altered after Dealboard wrote it. Empty otherwise.
    QString claimedNumber;
};

// Issues quotes as documents from the database: reads the quote, the seller's details
// (SellerRepository) and the buyer (the deal's company and primary contact), lays them out
// (QuoteDocument), and records the SHA-256 of every PDF it writes (IssuedDocumentRepository).
// The CLI (`quote pdf`, `quote verify`) and the app (Export PDF…, Print…) share it.
class QuoteIssuer
{
    Q_DECLARE_TR_FUNCTIONS(QuoteIssuer)

public:
    explicit QuoteIssuer(Database &db)
        : m_db(db)
    {}

    // The quote laid out, ready for QuoteDocument::print (a printer) or QuotePdf.
    Result<QuoteDocument> document(qint64 quoteId);
    // Renders the PDF, records its SHA-256 and writes the file whole (QSaveFile) — the record
    // is committed only when the file was written. Returns the record.
    Result<IssuedDocument> writePdf(qint64 quoteId, const QString &path);
    // Reads the file (refuses anything over 50 MB or unreadable, with the path in the message)
    // and looks its SHA-256 up.
    Result<VerifyOutcome> verify(const QString &path);

    // The buyer of a deal: its company and its contact (the deal's contact, else the company's
    // first contact), with the contact's email.
    Result<Buyer> buyerForDeal(qint64 dealId);

    // The title a PDF's metadata gives ("Devis DEV-2026-0007-R2"): the Info dictionary's
    // /Title, else the XMP dc:title; empty when it has none.
    static QString pdfTitle(const QByteArray &pdf);
    // The number of pages of a PDF (its /Type /Page objects), 0 when it has none.
    static int pdfPageCount(const QByteArray &pdf);

private:
    Database &m_db;
};

} // namespace dealboard
